//! DEL-1..DEL-8: delete and force delete.
mod common;
use common::*;
use image_policy_core::{Code, Event, KeptBecause};
use serde_json::{json, Value};

fn delete(actor: &str, image: &str) -> Value {
    json!({"type": "deleteImage", "actor": actor, "imageId": image})
}

/// DEL-1 (seeds 000, 001, 002): "you must remove all permissions that allow
/// shared access to the custom image before you can delete the image." The
/// denial lists the accounts still shared.
#[test]
fn del_1_shared_image_needs_unsharing_first() {
    let mut state = aliyun();
    image_mut(&mut state, "own-1")["sharedWith"] = json!([FRIEND, STRANGER, "acct-3"]);
    for provider in ["aliyun", "jdcloud"] {
        state["provider"] = json!(provider);
        let decision = check(&state, delete(OWNER, "own-1"));
        assert_denied_by(&decision, &["DEL-1"]);
        assert_eq!(decision.reasons[0].code, Code::ImageShared);
        assert_eq!(
            ids(&decision.reasons[0].details.accounts),
            [FRIEND, STRANGER, "acct-3"]
        );
        assert!(
            decision.reasons[0].message.contains("3 accounts"),
            "{}",
            decision.reasons[0].message
        );
    }
    assert_eq!(
        check(&aliyun(), delete(OWNER, "shared-1")).reasons[0]
            .details
            .provider_code,
        Some("ImageUseShared")
    );
}

/// DEL-2 (seed 000): "Force Delete: Select this option if you have created
/// ECS instances by using this image." A normal delete names the instances.
#[test]
fn del_2_image_with_instances_needs_force_on_aliyun() {
    let state = aliyun();
    let normal = check(&state, delete(OWNER, "used-1"));
    assert_denied_by(&normal, &["DEL-2"]);
    assert_eq!(ids(&normal.reasons[0].details.instances), ["i-own"]);
    assert_eq!(
        normal.reasons[0].details.provider_code,
        Some("ImageUsingByInstance")
    );
    let forced = check(
        &state,
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true}),
    );
    assert_allowed(&forced);
    // jdcloud has no force delete: instances do not block (seed 001).
    assert_allowed(&check(&jdcloud(), delete(OWNER, "used-1")));
}

/// DEL-2 (RULES.md v3): an image the provider reports in use (aliyun
/// `Usage: "instance"`, here `inUse`) needs force delete even when none of
/// its instances is listed; jdcloud ignores the flag.
#[test]
fn del_2_an_image_in_use_needs_force_without_listed_instances() {
    let mut state = aliyun();
    image_mut(&mut state, "own-1")["inUse"] = json!(true);
    let normal = check(&state, delete(OWNER, "own-1"));
    assert_denied_by(&normal, &["DEL-2"]);
    assert_eq!(normal.reasons[0].code, Code::ImageInUse);
    assert!(normal.reasons[0].details.instances.is_empty());
    assert_eq!(
        normal.reasons[0].details.provider_code,
        Some("ImageUsingByInstance")
    );
    assert_eq!(
        normal.reasons[0].message,
        "The provider reports instances created from image own-1: use force delete."
    );
    let forced = json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "force": true});
    assert_allowed(&check(&state, forced));
    state["provider"] = json!("jdcloud");
    assert_allowed(&check(&state, delete(OWNER, "own-1")));
}

/// DEL-3 (seeds 000, 001, 003): after deletion, instances keep running but
/// cannot re-initialize their disks, sharees' instances included; the
/// decision lists them before it happens.
#[test]
fn del_3_consequences_name_every_instance_that_loses_reinit() {
    let mut state = aliyun();
    state["instances"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "i-own-2", "ownerId": OWNER, "region": REGION, "imageId": "shared-1"}));
    image_mut(&mut state, "shared-1")["sharedWith"] = json!([]);
    let decision = check(
        &state,
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "shared-1", "force": true}),
    );
    assert_allowed(&decision);
    let lost = consequence(&decision, Code::ReinitLost);
    assert_eq!(lost.rule.as_str(), "DEL-3");
    assert_eq!(ids(&lost.details.instances), ["i-friend", "i-own-2"]);
    assert_eq!(ids(&lost.details.accounts), [OWNER, FRIEND]);
    consequence(&decision, Code::NoNewInstances);

    let (world, result) = run(
        &state,
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "shared-1", "force": true}),
    );
    assert!(matches!(
        &events(&result)[0],
        Event::ImageDeleted { forced: true, .. }
    ));
    assert!(world.image("shared-1").is_none());
    assert!(
        world.instance("i-friend").is_some(),
        "instances keep running"
    );
    let after = serde_json::to_value(world.to_state()).unwrap();
    assert_denied_by(
        &check(
            &after,
            json!({"type": "reinitDisk", "actor": OWNER, "instanceId": "i-own-2"}),
        ),
        &["INS-2"],
    );
    assert_denied_by(
        &check(
            &after,
            json!({"type": "createInstance", "actor": OWNER, "imageId": "shared-1", "region": REGION}),
        ),
        &["VIS-1"],
    );
}

/// DEL-4 (seeds 000, 004): deleting an image does not affect its copies, nor
/// deleting a copy the source.
#[test]
fn del_4_copies_and_sources_are_independent() {
    let state = jdcloud();
    let (world, _) = run(
        &state,
        json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "newImageId": "copy-1"}),
    );
    let copied = serde_json::to_value(world.to_state()).unwrap();
    let decision = check(&copied, delete(OWNER, "own-1"));
    assert_eq!(
        ids(&consequence(&decision, Code::CopiesUnaffected)
            .details
            .images),
        ["copy-1"]
    );
    let (world, _) = run(&copied, delete(OWNER, "own-1"));
    let copy = world.image("copy-1").expect("copy survives its source");
    assert_eq!(copy.copied_from.as_deref(), Some("own-1"));
    let (world, _) = run(&copied, delete(OWNER, "copy-1"));
    assert!(world.image("own-1").is_some(), "source survives its copy");
}

/// DEL-5 (seed 003): "The delete operation does not delete snapshots
/// contained in the image." Asking for it on aliyun is a warning.
#[test]
fn del_5_aliyun_keeps_snapshots() {
    let command =
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true});
    let (world, result) = run(&aliyun(), command);
    let applied = result.expect("allowed");
    assert_eq!(warning_codes(&applied.decision), [Code::OptionIgnored]);
    assert_eq!(applied.decision.warnings[0].rule.as_str(), "DEL-5");
    let kept = consequence(&applied.decision, Code::SnapshotsKept);
    assert_eq!(
        kept.details.kept[0].because,
        [KeptBecause::ProviderKeepsSnapshots]
    );
    assert!(world.snapshot("snap-1").is_some());
    assert!(applied.events.contains(&Event::SnapshotKept {
        snapshot_id: image_policy_core::Id::new("snap-1").unwrap(),
        because: vec![KeptBecause::ProviderKeepsSnapshots]
    }));
}

/// DEL-6 (seed 001): "Only ... images with the Available or Error status
/// support deleting." jdcloud only.
#[test]
fn del_6_jdcloud_deletes_only_available_or_error() {
    for (status, allowed) in [
        ("available", true),
        ("error", true),
        ("creating", false),
        ("unavailable", false),
    ] {
        let mut state = jdcloud();
        image_mut(&mut state, "own-1")["status"] = json!(status);
        let decision = check(&state, delete(OWNER, "own-1"));
        assert_eq!(decision.allowed, allowed, "{status}");
        if !allowed {
            assert_denied_by(&decision, &["DEL-6"]);
            assert_eq!(
                decision.reasons[0].details.provider_code,
                Some("FAILED_PRECONDITION")
            );
        }
        state["provider"] = json!("aliyun");
        assert_allowed(&check(&state, delete(OWNER, "own-1")));
    }
}

/// DEL-7 (seed 001): "Images of local system disk cannot be deleted if the
/// machine creating such images is available."
#[test]
fn del_7_local_disk_image_waits_for_its_instance() {
    let mut state = jdcloud();
    let image = image_mut(&mut state, "own-1");
    image["systemDisk"] = json!("local");
    image["sourceInstanceId"] = json!("i-base");
    let decision = check(&state, delete(OWNER, "own-1"));
    assert_denied_by(&decision, &["DEL-7"]);
    assert_eq!(ids(&decision.reasons[0].details.instances), ["i-base"]);
    let (world, _) = run(
        &state,
        json!({"type": "deleteInstance", "actor": OWNER, "instanceId": "i-base"}),
    );
    let after = serde_json::to_value(world.to_state()).unwrap();
    assert_allowed(&check(&after, delete(OWNER, "own-1")));
    // A cloud-disk image is not held back.
    image_mut(&mut state, "own-1")["systemDisk"] = json!("cloud");
    assert_allowed(&check(&state, delete(OWNER, "own-1")));
}

/// DEL-8 (seed 001): with the option, each snapshot is deleted unless it is
/// shared, used by another image or busy; the result says which stayed and
/// why, and the image is deleted regardless. Without it, snapshots stay.
#[test]
fn del_8_jdcloud_deletes_free_snapshots_and_says_why_others_stay() {
    let mut state = jdcloud();
    image_mut(&mut state, "own-1")["snapshotIds"] = json!(["snap-1", "snap-2", "snap-3"]);
    image_mut(&mut state, "used-1")["snapshotIds"] = json!(["snap-2"]);
    let snapshots = state["snapshots"].as_array_mut().unwrap();
    snapshots.push(
        json!({"id": "snap-3", "ownerId": OWNER, "region": REGION, "shared": true, "busy": true}),
    );

    let (world, result) = run(
        &state,
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true}),
    );
    let applied = result.expect("a kept snapshot never fails the deletion");
    assert!(world.image("own-1").is_none());
    assert!(world.snapshot("snap-1").is_none(), "free snapshot deleted");
    assert!(world.snapshot("snap-2").is_some() && world.snapshot("snap-3").is_some());
    assert_eq!(
        ids(&consequence(&applied.decision, Code::SnapshotsDeleted)
            .details
            .snapshots),
        ["snap-1"]
    );
    let kept = &consequence(&applied.decision, Code::SnapshotsKept)
        .details
        .kept;
    assert_eq!(kept[0].because, [KeptBecause::UsedByAnotherImage]);
    assert_eq!(kept[1].because, [KeptBecause::Shared, KeptBecause::Busy]);
    assert!(applied.events.iter().any(
        |e| matches!(e, Event::SnapshotDeleted { snapshot_id } if snapshot_id.as_str() == "snap-1")
    ));

    let (world, result) = run(&state, delete(OWNER, "own-1"));
    assert!(
        world.snapshot("snap-1").is_some(),
        "without the option snapshots stay"
    );
    let decision = result.unwrap().decision;
    let kept = &consequence(&decision, Code::SnapshotsKept).details.kept;
    assert_eq!(kept[0].because, [KeptBecause::NotRequested]);
}
