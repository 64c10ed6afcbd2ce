//! Images with encrypted snapshots (ENC-*).
mod common;
use common::*;
use image_policy_core::Code;
use serde_json::{json, Value};

fn encrypted(mut state: Value) -> Value {
    image_mut(&mut state, "own-1")["encrypted"] = json!(true);
    state
}

fn copy(encrypted: bool) -> Value {
    json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "encrypted": encrypted})
}

/// ENC-1, both profiles: an encrypted image is not shared.
#[test]
fn enc_1_encrypted_images_are_not_shared() {
    let share =
        json!({"type": "shareImage", "actor": OWNER, "imageId": "own-1", "accountIds": [FRIEND]});
    for (state, provider_code) in [
        (aliyun(), "OperationDeined.EncryptedSnapshot"),
        (jdcloud(), "FAILED_PRECONDITION"),
    ] {
        let decision = check(&encrypted(state), share.clone());
        assert_denied_by(&decision, &["ENC-1"]);
        assert_eq!(decision.reasons[0].code, Code::EncryptedSnapshot);
        assert_eq!(
            decision.reasons[0].details.provider_code,
            Some(provider_code)
        );
    }
}

/// ENC-2, aliyun: an encrypted image is copied only into an encrypted copy;
/// the copy of an encrypted image, or one asked encrypted, is encrypted.
#[test]
fn enc_2_encrypted_copies_on_aliyun() {
    assert_denied_by(&check(&encrypted(aliyun()), copy(false)), &["ENC-2"]);
    let (world, _) = run(&encrypted(aliyun()), copy(true));
    assert!(world
        .images()
        .filter(|i| i.copied_from.is_some())
        .all(|i| i.encrypted));
    let (world, result) = run(&aliyun(), copy(true));
    assert!(result.is_ok());
    assert!(
        world
            .images()
            .any(|i| i.copied_from.is_some() && i.encrypted),
        "asked encrypted"
    );
    let (world, _) = run(&aliyun(), copy(false));
    assert!(world.images().all(|i| !i.encrypted));
}

/// ENC-2, jdcloud: an encrypted image is not copied, and an encrypted copy
/// is NotSupported.
#[test]
fn enc_2_jdcloud_copies_nothing_encrypted() {
    let decision = check(&encrypted(jdcloud()), copy(false));
    assert_denied_by(&decision, &["ENC-2"]);
    assert_eq!(
        decision.reasons[0].details.provider_code,
        Some("FAILED_PRECONDITION")
    );
    let option = check(&jdcloud(), copy(true));
    assert_denied_by(&option, &["ENC-2"]);
    assert_eq!(option.reasons[0].code, Code::NotSupported);
}

/// ENC-3, aliyun: an encrypted image is not exported; jdcloud has no such rule.
#[test]
fn enc_3_encrypted_images_are_not_exported_on_aliyun() {
    let export =
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "images-1"});
    let decision = check(&encrypted(aliyun()), export.clone());
    assert_denied_by(&decision, &["ENC-3"]);
    assert_eq!(
        decision.reasons[0].details.provider_code,
        Some("ImageNotSupported")
    );
    assert_allowed(&check(&encrypted(jdcloud()), export));
}
