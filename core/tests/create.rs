//! CRT-1, CRT-2: creating and importing images; SIM-2 for chosen IDs.
mod common;
use common::*;
use image_policy_core::{Code, DiskKind, Event, ImageKind, ImageStatus};
use serde_json::json;

/// CRT-1 (seeds 003, 004): "Custom images are created from instances or
/// snapshots, or imported from your local device." The image lands in the
/// actor's account, in the source's region, available.
#[test]
fn crt_1_from_an_own_instance_lands_available_in_its_region() {
    let (world, result) = run(
        &aliyun(),
        json!({"type": "createImage", "actor": OWNER, "imageId": "new-1", "name": "web-v2", "from": "instance", "instanceId": "i-own"}),
    );
    let events = events(&result);
    assert!(
        matches!(&events[0], Event::ImageCreated { image_id, .. } if image_id.as_str() == "new-1")
    );
    let image = world.image("new-1").expect("created");
    assert_eq!(image.kind, ImageKind::Custom);
    assert_eq!(image.owner_id.as_deref(), Some(OWNER));
    assert_eq!(image.region.as_str(), REGION);
    assert_eq!(image.status, ImageStatus::Available);
}

/// CRT-1: from snapshots the actor owns, in one region; others' snapshots
/// read as not found.
#[test]
fn crt_1_from_snapshots_must_be_own_and_in_one_region() {
    let state = jdcloud();
    let ok = run(
        &state,
        json!({"type": "createImage", "actor": OWNER, "name": "data", "from": "snapshots", "snapshotIds": ["snap-1", "snap-2"]}),
    );
    let (world, result) = ok;
    let created = match &events(&result)[0] {
        Event::ImageCreated { image_id, .. } => image_id.clone(),
        other => panic!("unexpected {other:?}"),
    };
    assert_eq!(
        ids(&world.image(&created).unwrap().snapshot_ids),
        ["snap-1", "snap-2"]
    );

    let foreign = check(
        &state,
        json!({"type": "createImage", "actor": OWNER, "name": "x1", "from": "snapshots", "snapshotIds": ["snap-1", "snap-friend"]}),
    );
    assert_denied_by(&foreign, &["CRT-1"]);
    assert_eq!(ids(&foreign.reasons[0].details.snapshots), ["snap-friend"]);

    let mixed = check(
        &state,
        json!({"type": "createImage", "actor": OWNER, "name": "x2", "from": "snapshots", "snapshotIds": ["snap-1", "snap-far"]}),
    );
    assert_denied_by(&mixed, &["CRT-1"]);
    assert_eq!(mixed.reasons[0].code, Code::RegionMismatch);
}

/// CRT-1: another account's instance is not found; a region other than the
/// source's is refused.
#[test]
fn crt_1_instance_must_be_own_and_region_is_the_sources() {
    let state = aliyun();
    let foreign = check(
        &state,
        json!({"type": "createImage", "actor": OWNER, "name": "x1", "from": "instance", "instanceId": "i-friend"}),
    );
    assert_denied_by(&foreign, &["CRT-1"]);
    assert_eq!(foreign.reasons[0].code, Code::NotFound);
    let elsewhere = check(
        &state,
        json!({"type": "createImage", "actor": OWNER, "name": "x1", "from": "instance", "instanceId": "i-own", "region": OTHER_REGION}),
    );
    assert_denied_by(&elsewhere, &["CRT-1"]);
    assert_eq!(elsewhere.reasons[0].code, Code::RegionMismatch);
}

/// CRT-1: import lands in the region given, and a new snapshot backs it.
#[test]
fn crt_1_import_lands_in_the_given_region() {
    let (world, result) = run(
        &aliyun(),
        json!({"type": "createImage", "actor": STRANGER, "name": "imported", "from": "import", "region": OTHER_REGION}),
    );
    let events = events(&result);
    let Event::ImageCreated {
        image_id, region, ..
    } = &events[0]
    else {
        panic!("{events:?}")
    };
    assert_eq!(region.as_str(), OTHER_REGION);
    assert!(matches!(&events[1], Event::SnapshotCreated { .. }));
    assert_eq!(
        world.image(image_id).unwrap().owner_id.as_deref(),
        Some(STRANGER)
    );
}

/// CRT-2 (seeds 001, 002, 003): an image from an instance records the
/// instance and whether its system disk is local; from a marketplace-based
/// instance it is marketplace-based.
#[test]
fn crt_2_records_source_disk_and_marketplace_origin() {
    let (world, _) = run(
        &jdcloud(),
        json!({"type": "createImage", "actor": OWNER, "imageId": "loc-1", "name": "local", "from": "instance", "instanceId": "i-own", "systemDisk": "local"}),
    );
    let image = world.image("loc-1").unwrap();
    assert_eq!(image.source_instance_id.as_deref(), Some("i-own"));
    assert_eq!(image.system_disk, Some(DiskKind::Local));
    assert!(!image.marketplace_based);

    let (world, _) = run(
        &aliyun(),
        json!({"type": "createImage", "actor": OWNER, "imageId": "from-mkt", "name": "shop2", "from": "instance", "instanceId": "i-mkt"}),
    );
    assert!(
        world.image("from-mkt").unwrap().marketplace_based,
        "instance of a marketplace image"
    );
}

/// SIM-2: a caller-chosen ID must be free, including IDs still named by
/// instances of a deleted image; generated IDs never collide.
#[test]
fn sim_2_chosen_ids_must_be_free_and_generated_ones_are_deterministic() {
    let mut state = aliyun();
    state["instances"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "i-orphan", "ownerId": OWNER, "region": REGION, "imageId": "gone-1"}));
    for taken in ["own-1", "gone-1"] {
        let decision = check(
            &state,
            json!({"type": "createImage", "actor": OWNER, "imageId": taken, "name": "dup", "from": "import", "region": REGION}),
        );
        assert_denied_by(&decision, &["SIM-2"]);
        assert_eq!(decision.reasons[0].code, Code::IdInUse);
    }
    let make = || {
        run(
            &state,
            json!({"type": "createImage", "actor": OWNER, "name": "auto", "from": "import", "region": REGION}),
        )
    };
    let (first, a) = make();
    let (_, b) = make();
    assert_eq!(events(&a), events(&b), "same state and command, same IDs");
    let Event::ImageCreated { image_id, .. } = &events(&a)[0] else {
        panic!()
    };
    assert!(
        image_id.starts_with("m-"),
        "aliyun image IDs start with m-: {image_id}"
    );
    assert_eq!(first.image_count(), 7);
}
