//! SIM-3: a state never grows past what the module loads again.
use image_policy_core::*;

fn id(s: impl Into<String>) -> Id {
    Id::new(s).unwrap()
}

/// SIM-3: with 1,000,000 instances a new instance is refused (check and
/// apply agree); after one is deleted it fits, and the state still loads.
#[test]
fn sim_3_a_full_state_takes_no_more() {
    let owner = AccountId::new("a1").unwrap();
    let region = Region::new("r1").unwrap();
    let image = Image {
        id: id("pub-1"),
        name: Text::new("CentOS").unwrap(),
        description: None,
        kind: ImageKind::Public,
        owner_id: None,
        region: region.clone(),
        status: ImageStatus::Available,
        marketplace_based: false,
        source_instance_id: None,
        system_disk: None,
        shared_with: Vec::new(),
        snapshot_ids: Vec::new(),
        copied_from: None,
        task: None,
        encrypted: false,
        in_use: false,
        deprecated: false,
        byol: false,
    };
    let instances = (0..MAX_ITEMS)
        .map(|k| Instance {
            id: id(format!("i-{k}")),
            owner_id: owner.clone(),
            region: region.clone(),
            image_id: id("pub-1"),
        })
        .collect();
    let state = State {
        provider: Provider::Aliyun,
        images: vec![image],
        instances,
        snapshots: Vec::new(),
    };
    let mut world = World::new(state).unwrap();
    let create = Command::CreateInstance(CreateInstance {
        actor: owner.clone(),
        image_id: id("pub-1"),
        region,
        instance_id: None,
    });
    let full = apply(&mut world, &create).unwrap_err();
    assert_eq!(full.denying_rules(), [RuleId::Sim3]);
    assert_eq!(full.reasons[0].code, Code::CapacityExceeded);
    assert_eq!(decide(&world, &create), full, "check and apply agree");
    let delete = Command::DeleteInstance(DeleteInstance {
        actor: owner,
        instance_id: id("i-0"),
    });
    apply(&mut world, &delete).unwrap();
    apply(&mut world, &create).unwrap();
    assert_eq!(world.instance_count(), MAX_ITEMS);
    assert!(
        World::new(world.to_state()).is_ok(),
        "the state the module returns loads again"
    );
}
