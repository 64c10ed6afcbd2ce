//! Deprecation (DEP-*): aliyun's `deprecated` status; jdcloud has none.
mod common;
use common::*;
use image_policy_core::{decode, Argument, Code, Event, ImageStatus, World};
use serde_json::{json, Value};

fn modify(image: &str, status: &str) -> Value {
    json!({"type": "modifyImage", "actor": OWNER, "imageId": image, "status": status})
}

fn deprecated(mut state: Value, image: &str) -> Value {
    image_mut(&mut state, image)["status"] = json!("deprecated");
    state
}

/// DEP-1, aliyun: deprecate an available image and restore it, each with an
/// event of its own; any other change of status is refused.
#[test]
fn dep_1_deprecate_and_restore_on_aliyun() {
    let (world, result) = run(&aliyun(), modify("own-1", "deprecated"));
    assert!(matches!(events(&result), [Event::ImageDeprecated { .. }]));
    let kept = consequence(
        &result.as_ref().unwrap().decision,
        Code::InstancesUnaffected,
    );
    assert_eq!(kept.rule.as_str(), "DEP-4");
    assert_eq!(
        world.image("own-1").unwrap().status,
        ImageStatus::Deprecated
    );
    let state = serde_json::to_value(world.to_state()).unwrap();
    let (world, result) = run(&state, modify("own-1", "available"));
    assert!(matches!(events(&result), [Event::ImageRestored { .. }]));
    assert_eq!(world.image("own-1").unwrap().status, ImageStatus::Available);

    let again = check(
        &deprecated(aliyun(), "own-1"),
        modify("own-1", "deprecated"),
    );
    assert_denied_by(&again, &["DEP-1"]);
    assert_eq!(
        again.reasons[0].details.provider_code,
        Some("IncorrectImageStatus")
    );
    assert_denied_by(&check(&aliyun(), modify("own-1", "available")), &["DEP-1"]);
    let public = check(&aliyun(), modify("pub-1", "deprecated"));
    assert_eq!(rules(&public)[0], "OWN-2");
}

/// DEP-1, jdcloud: no deprecation; a status change is NotSupported, and a
/// deprecated image in a jdcloud state is an input error.
#[test]
fn dep_1_jdcloud_has_no_deprecation() {
    let decision = check(&jdcloud(), modify("own-1", "deprecated"));
    assert_denied_by(&decision, &["DEP-1"]);
    assert_eq!(decision.reasons[0].code, Code::NotSupported);
    let state = deprecated(jdcloud(), "own-1");
    let error = World::new(decode::state(&state.to_string()).unwrap()).unwrap_err();
    assert_eq!(
        (error.argument, error.path.as_str()),
        (Argument::State, "images[2].status")
    );
}

/// DEP-2, aliyun: unshare before deprecating; the denial names the accounts
/// and carries no provider code (none is documented).
#[test]
fn dep_2_unshare_before_deprecating() {
    let decision = check(&aliyun(), modify("shared-1", "deprecated"));
    assert_denied_by(&decision, &["DEP-2"]);
    assert_eq!(ids(&decision.reasons[0].details.accounts), [FRIEND]);
    assert_eq!(decision.reasons[0].details.provider_code, None);
}

/// DEP-3, aliyun: a deprecated image is not shared; copy and export are
/// refused by CPY-3 and EXP-1, which ask for an available image.
#[test]
fn dep_3_deprecated_images_are_not_shared() {
    let state = deprecated(aliyun(), "own-1");
    let share = check(
        &state,
        json!({"type": "shareImage", "actor": OWNER, "imageId": "own-1", "accountIds": [FRIEND]}),
    );
    assert_denied_by(&share, &["DEP-3"]);
    assert_eq!(
        share.reasons[0].details.provider_code,
        Some("IncorrectImageStatus")
    );
    let copy = check(
        &state,
        json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION}),
    );
    assert_denied_by(&copy, &["CPY-3"]);
    let export = check(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "images-1"}),
    );
    assert_denied_by(&export, &["EXP-1"]);
}

/// DEP-4, aliyun: a deprecated image still creates instances, replaces
/// system disks, and its instances still re-initialize.
#[test]
fn dep_4_deprecated_images_stay_usable() {
    let state = deprecated(deprecated(aliyun(), "shared-1"), "own-1");
    assert_allowed(&check(
        &state,
        json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": REGION}),
    ));
    assert_allowed(&check(
        &state,
        json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-own", "imageId": "own-1"}),
    ));
    assert_allowed(&check(
        &state,
        json!({"type": "reinitDisk", "actor": FRIEND, "instanceId": "i-friend"}),
    ));
    let mut broken = aliyun();
    image_mut(&mut broken, "own-1")["status"] = json!("error");
    let decision = check(
        &broken,
        json!({"type": "createInstance", "actor": OWNER, "imageId": "own-1", "region": REGION}),
    );
    assert_denied_by(&decision, &["INS-1"]);
}
