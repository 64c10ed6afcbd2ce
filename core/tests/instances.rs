//! INS-1..INS-3 and SIM-1: instances made from images.
mod common;
use common::*;
use image_policy_core::{Code, Event};
use serde_json::json;

/// INS-1 (seeds 002, 003): an instance comes from a visible, available image
/// in the instance's region; both failures are listed.
#[test]
fn ins_1_visible_available_same_region() {
    let mut state = aliyun();
    assert_allowed(&check(
        &state,
        json!({"type": "createInstance", "actor": OWNER, "imageId": "own-1", "region": REGION}),
    ));
    image_mut(&mut state, "own-1")["status"] = json!("creating");
    let decision = check(
        &state,
        json!({"type": "createInstance", "actor": OWNER, "imageId": "own-1", "region": OTHER_REGION}),
    );
    assert_denied_by(&decision, &["INS-1", "INS-1"]);
    assert_eq!(
        codes(&decision),
        [Code::IncorrectImageStatus, Code::RegionMismatch]
    );
    assert_eq!(
        decision.reasons[0].details.provider_code,
        Some("IncorrectImageStatus")
    );

    let (world, result) = run(
        &aliyun(),
        json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": REGION, "instanceId": "i-new"}),
    );
    assert!(matches!(&events(&result)[0], Event::InstanceCreated { .. }));
    assert_eq!(world.instance("i-new").unwrap().owner_id.as_str(), FRIEND);
}

/// INS-2 (seeds 000, 001, 002): re-initializing needs the source image to
/// exist and be visible to the instance's owner.
#[test]
fn ins_2_reinit_needs_the_source_image() {
    let state = jdcloud();
    let (_, result) = run(
        &state,
        json!({"type": "reinitDisk", "actor": FRIEND, "instanceId": "i-friend"}),
    );
    assert!(matches!(
        &events(&result)[0],
        Event::DiskReinitialized { .. }
    ));
    let mut orphan = state.clone();
    orphan["instances"].as_array_mut().unwrap().push(
        json!({"id": "i-orphan", "ownerId": OWNER, "region": REGION, "imageId": "deleted-1"}),
    );
    let decision = check(
        &orphan,
        json!({"type": "reinitDisk", "actor": OWNER, "instanceId": "i-orphan"}),
    );
    assert_denied_by(&decision, &["INS-2"]);
    assert_eq!(ids(&decision.reasons[0].details.images), ["deleted-1"]);
}

/// INS-3 (seeds 002, 003): replacing a system disk needs a visible, available
/// image in the instance's region; public or not.
#[test]
fn ins_3_replace_system_disk() {
    let mut state = aliyun();
    let (world, result) = run(
        &state,
        json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-base", "imageId": "mkt-1"}),
    );
    assert!(matches!(
        &events(&result)[0],
        Event::SystemDiskReplaced { .. }
    ));
    assert_eq!(world.instance("i-base").unwrap().image_id.as_str(), "mkt-1");
    assert_eq!(
        world.instances_of("mkt-1").count(),
        2,
        "index follows the replacement"
    );
    assert_eq!(world.instances_of("pub-1").count(), 0);

    image_mut(&mut state, "own-1")["region"] = json!(OTHER_REGION);
    image_mut(&mut state, "own-1")["status"] = json!("unavailable");
    let decision = check(
        &state,
        json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-base", "imageId": "own-1"}),
    );
    assert_denied_by(&decision, &["INS-3", "INS-3"]);
    let hidden = check(
        &state,
        json!({"type": "replaceSystemDisk", "actor": FRIEND, "instanceId": "i-friend", "imageId": "own-1"}),
    );
    assert_denied_by(&hidden, &["VIS-1"]);
}

/// SIM-1: another account's instance reads as not found.
#[test]
fn sim_1_instances_are_visible_only_to_their_owner() {
    let state = aliyun();
    for command in [
        json!({"type": "deleteInstance", "actor": OWNER, "instanceId": "i-friend"}),
        json!({"type": "reinitDisk", "actor": OWNER, "instanceId": "i-friend"}),
        json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-friend", "imageId": "pub-1"}),
        json!({"type": "deleteInstance", "actor": OWNER, "instanceId": "i-none"}),
    ] {
        let decision = check(&state, command.clone());
        assert_denied_by(&decision, &["SIM-1"]);
        assert_eq!(decision.reasons[0].code, Code::NotFound, "{command}");
    }
    let (world, _) = run(
        &state,
        json!({"type": "deleteInstance", "actor": FRIEND, "instanceId": "i-friend"}),
    );
    assert!(world.instance("i-friend").is_none());
    assert_eq!(world.instances_of("shared-1").count(), 0);
}
