//! KIND-1, VIS-1, OWN-1, OWN-2: who sees which image, who may manage it.
mod common;
use common::*;
use image_policy_core::{sees, Code, ImageView};
use serde_json::json;

/// KIND-1 (seed 003): "Shared images are images shared to you by other
/// Alibaba Cloud accounts." Public, marketplace and custom are kinds; to a
/// sharee, another account's custom image is a shared image.
#[test]
fn kind_1_each_account_sees_the_kind_it_should() {
    let world = world(&aliyun());
    let view = |account: &str, id: &str| sees(account, world.image(id).unwrap());
    assert_eq!(view(FRIEND, "pub-1"), Some(ImageView::Public));
    assert_eq!(view(FRIEND, "mkt-1"), Some(ImageView::Marketplace));
    assert_eq!(view(OWNER, "shared-1"), Some(ImageView::Custom));
    assert_eq!(view(FRIEND, "shared-1"), Some(ImageView::Shared));
    assert_eq!(view(FRIEND, "own-1"), None);
}

/// VIS-1 (seeds 002, 003): an image not visible to the actor is reported as
/// not found, exactly as one that does not exist (no existence leak).
#[test]
fn vis_1_invisible_image_reads_exactly_like_a_missing_one() {
    for state in [aliyun(), jdcloud()] {
        let hidden = check(
            &state,
            json!({"type": "deleteImage", "actor": STRANGER, "imageId": "own-1"}),
        );
        let missing = check(
            &state,
            json!({"type": "deleteImage", "actor": STRANGER, "imageId": "nope-1"}),
        );
        assert_denied_by(&hidden, &["VIS-1"]);
        assert_eq!(codes(&hidden), [Code::NotFound]);
        assert_eq!(
            hidden.reasons[0].details.provider_code,
            missing.reasons[0].details.provider_code
        );
        // Same message shape: only the ID differs, never "forbidden".
        assert_eq!(
            hidden.reasons[0].message.replace("own-1", "X"),
            missing.reasons[0].message.replace("nope-1", "X")
        );
        assert!(
            hidden.warnings.is_empty() && hidden.consequences.is_empty(),
            "nothing else leaks: {hidden:#?}"
        );
    }
}

/// VIS-1: the provider's own not-found code, per profile.
#[test]
fn vis_1_carries_the_provider_code() {
    let aliyun = check(
        &aliyun(),
        json!({"type": "shareImage", "actor": STRANGER, "imageId": "own-1", "accountIds": []}),
    );
    let jdcloud = check(
        &jdcloud(),
        json!({"type": "shareImage", "actor": STRANGER, "imageId": "own-1", "accountIds": []}),
    );
    assert_eq!(
        aliyun.reasons[0].details.provider_code,
        Some("InvalidImageId.NotFound")
    );
    assert_eq!(jdcloud.reasons[0].details.provider_code, Some("NOT_FOUND"));
}

/// VIS-1: a sharee sees the image; a non-sharee cannot create instances from it.
#[test]
fn vis_1_sharee_sees_shared_image_stranger_does_not() {
    let state = aliyun();
    let friend = check(
        &state,
        json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": REGION}),
    );
    let stranger = check(
        &state,
        json!({"type": "createInstance", "actor": STRANGER, "imageId": "shared-1", "region": REGION}),
    );
    assert_allowed(&friend);
    assert_denied_by(&stranger, &["VIS-1"]);
}

/// OWN-1 (seeds 003, 004): "Only the creator of a custom image can use,
/// share, copy, and delete the image." A sharee breaks OWN-1 and SHR-5 (and
/// the command's own owner rule); every one is listed.
#[test]
fn own_1_only_the_owner_manages_a_custom_image() {
    let state = aliyun();
    let delete = check(
        &state,
        json!({"type": "deleteImage", "actor": FRIEND, "imageId": "shared-1"}),
    );
    assert_denied_by(&delete, &["OWN-1", "SHR-5", "DEL-1", "DEL-2"]);
    assert_eq!(
        reason(&delete, Code::NotOwner).details.provider_code,
        Some("InvalidImageId.NotFound")
    );
    assert_eq!(ids(&delete.reasons[0].details.accounts), [OWNER]);

    let modify = check(
        &state,
        json!({"type": "modifyImage", "actor": FRIEND, "imageId": "shared-1", "name": "mine"}),
    );
    assert_denied_by(&modify, &["OWN-1", "MOD-1", "SHR-5"]);
    let export = check(
        &state,
        json!({"type": "exportImage", "actor": FRIEND, "imageId": "shared-1", "bucket": "my-bucket"}),
    );
    assert_denied_by(&export, &["OWN-1", "EXP-1", "SHR-5"]);
    let unshare = check(
        &state,
        json!({"type": "unshareImage", "actor": FRIEND, "imageId": "shared-1", "accountIds": [FRIEND]}),
    );
    assert_denied_by(&unshare, &["OWN-1"]);
}

/// OWN-1: the owner is allowed what the sharee is not (jdcloud follows the
/// same rule; seed 001 is silent on ownership).
#[test]
fn own_1_owner_may_modify_in_both_profiles() {
    for state in [aliyun(), jdcloud()] {
        let modify = check(
            &state,
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "shared-1", "name": "renamed"}),
        );
        assert_allowed(&modify);
    }
}

/// OWN-2 (seed 003): public and marketplace images are used, never shared,
/// copied, exported, modified or deleted.
#[test]
fn own_2_public_and_marketplace_images_are_never_managed() {
    let state = aliyun();
    for image in ["pub-1", "mkt-1"] {
        for command in [
            json!({"type": "deleteImage", "actor": OWNER, "imageId": image, "force": true}),
            json!({"type": "copyImage", "actor": OWNER, "imageId": image, "destinationRegion": OTHER_REGION}),
            json!({"type": "exportImage", "actor": OWNER, "imageId": image, "bucket": "my-bucket"}),
            json!({"type": "modifyImage", "actor": OWNER, "imageId": image, "name": "mine"}),
        ] {
            let decision = check(&state, command.clone());
            assert_denied_by(&decision, &["OWN-2"]);
            assert_eq!(decision.reasons[0].code, Code::ImageIsPublic);
            assert_eq!(
                decision.reasons[0].details.provider_code,
                Some("ImageIsPublic"),
                "{command}"
            );
        }
        let share = check(
            &state,
            json!({"type": "shareImage", "actor": OWNER, "imageId": image, "accountIds": [FRIEND]}),
        );
        assert_denied_by(&share, &["OWN-2", "SHR-1"]);
        // ... but they are used.
        let use_it = check(
            &state,
            json!({"type": "createInstance", "actor": STRANGER, "imageId": image, "region": REGION}),
        );
        assert_allowed(&use_it);
    }
    let jd = check(
        &jdcloud(),
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "pub-1"}),
    );
    assert_eq!(
        jd.reasons[0].details.provider_code,
        Some("FAILED_PRECONDITION")
    );
}

/// VIS-1, OWN-1 (API.md v3): an image shared with the actor whose owner the
/// provider does not name (`ownerId` left out) is visible to that sharee,
/// usable for instances, and managed by nobody it can see; a custom image
/// with neither owner nor shares stays an input error.
#[test]
fn vis_1_own_1_a_shared_image_without_a_named_owner() {
    let mut state = aliyun();
    image_mut(&mut state, "shared-1")
        .as_object_mut()
        .unwrap()
        .remove("ownerId");
    let instance = check(
        &state,
        json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": REGION}),
    );
    assert_allowed(&instance);
    let delete = check(
        &state,
        json!({"type": "deleteImage", "actor": FRIEND, "imageId": "shared-1"}),
    );
    assert!(rules(&delete).contains(&"OWN-1"), "{:?}", rules(&delete));
    let stranger = check(
        &state,
        json!({"type": "createInstance", "actor": STRANGER, "imageId": "shared-1", "region": REGION}),
    );
    assert_denied_by(&stranger, &["VIS-1"]);
    image_mut(&mut state, "own-1")
        .as_object_mut()
        .unwrap()
        .remove("ownerId");
    let error = image_policy_core::World::new(
        image_policy_core::decode::state(&state.to_string()).unwrap(),
    )
    .unwrap_err();
    assert_eq!(error.path, "images[2].ownerId");
}
