//! The tencent profile (RULES.md v3), rule by rule in its tencent form: every
//! rule ID that names tencent (or `all`) is named by a test here, with the
//! codes of Tencent's API (RULES.md's code table, tencent column). The last
//! test holds this file to that.
mod common;
use common::*;
use image_policy_core::{Code, Event};
use serde_json::{json, Value};

fn code_of<'d>(decision: &'d image_policy_core::Decision, rule: &str) -> Option<&'d str> {
    decision
        .reasons
        .iter()
        .find(|r| r.rule.as_str() == rule)
        .and_then(|r| r.details.provider_code)
}

fn share(actor: &str, image: &str, accounts: &[&str]) -> Value {
    json!({"type": "shareImage", "actor": actor, "imageId": image, "accountIds": accounts})
}

fn copy(actor: &str, image: &str, region: &str) -> Value {
    json!({"type": "copyImage", "actor": actor, "imageId": image, "destinationRegion": region})
}

fn delete(actor: &str, image: &str) -> Value {
    json!({"type": "deleteImage", "actor": actor, "imageId": image})
}

/// KIND-1, VIS-1: public images serve everyone, a shared image its sharee
/// only; what is not visible reads as not found (InvalidImageId.NotFound).
#[test]
fn kind_1_vis_1_in_tencent() {
    let state = tencent();
    assert_allowed(&check(
        &state,
        json!({"type": "createInstance", "actor": STRANGER, "imageId": "pub-1", "region": REGION}),
    ));
    let hidden = check(
        &state,
        json!({"type": "createInstance", "actor": STRANGER, "imageId": "shared-1", "region": REGION}),
    );
    assert_denied_by(&hidden, &["VIS-1"]);
    assert_eq!(code_of(&hidden, "VIS-1"), Some("InvalidImageId.NotFound"));
}

/// OWN-1, SHR-5: a sharee may not share, modify, export or delete the image,
/// each refused with that API's own code; OWN-2: public images are not
/// managed (export, delete codes).
#[test]
fn own_1_own_2_shr_5_codes_differ_by_api() {
    let state = tencent();
    let modify = check(
        &state,
        json!({"type": "modifyImage", "actor": FRIEND, "imageId": "shared-1", "name": "x"}),
    );
    assert_eq!(
        code_of(&modify, "OWN-1"),
        Some("UnsupportedOperation.SharedImageModifyUnsupported")
    );
    let delete_shared = check(&state, delete(FRIEND, "shared-1"));
    assert_eq!(
        code_of(&delete_shared, "OWN-1"),
        Some("InvalidParameterValue.InvalidImageIdIsShared")
    );
    let export = check(
        &state,
        json!({"type": "exportImage", "actor": FRIEND, "imageId": "shared-1", "bucket": "b-1250000000"}),
    );
    assert_eq!(
        code_of(&export, "OWN-1"),
        Some("UnsupportedOperation.SharedImageExportUnsupported")
    );
    assert!(rules(&export).contains(&"SHR-5"));
    let public = check(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "pub-1", "bucket": "b-1250000000"}),
    );
    assert_eq!(
        code_of(&public, "OWN-2"),
        Some("UnsupportedOperation.PublicImageExportUnsupported")
    );
    assert_eq!(
        code_of(&check(&state, delete(OWNER, "pub-1")), "OWN-2"),
        Some("InvalidParameterValue.InvalidImageId")
    );
}

/// CRT-1, CRT-2: an image from an instance lands in the actor's account and
/// region, records its source.
#[test]
fn crt_1_crt_2_in_tencent() {
    let (world, result) = run(
        &tencent(),
        json!({"type": "createImage", "actor": OWNER, "name": "from-vm", "from": "instance", "instanceId": "i-own"}),
    );
    let created = events(&result)
        .iter()
        .find_map(|e| match e {
            Event::ImageCreated { image_id, .. } => Some(image_id.clone()),
            _ => None,
        })
        .unwrap();
    let image = world.image(&created).unwrap();
    assert_eq!(
        (image.owner_id.as_deref(), image.region.as_str()),
        (Some(OWNER), REGION)
    );
    assert_eq!(image.source_instance_id.as_deref(), Some("i-own"));
    assert!(created.starts_with("img-"), "{created}");
}

/// SHR-1 (UnauthorizedOperation.ImageNotBelongToAccount), SHR-4 (access in
/// the image's region only), SHR-2 (500 accounts, OverQuota), SHR-6 (self:
/// InvalidAccountIs.YourSelf), SHR-7 (available only,
/// InvalidParameterValue.InvalidImageState), SHR-8 (BYOL:
/// FailedOperation.BYOLImageShareFailed).
#[test]
fn shr_1_2_4_6_7_8_in_tencent() {
    let mut state = tencent();
    let reshare = check(&state, share(FRIEND, "shared-1", &[STRANGER]));
    assert_eq!(
        code_of(&reshare, "SHR-1"),
        Some("UnauthorizedOperation.ImageNotBelongToAccount")
    );
    let granted = check(&state, share(OWNER, "own-1", &[FRIEND]));
    assert_eq!(
        consequence(&granted, Code::AccessGranted)
            .details
            .region
            .as_deref(),
        Some(REGION),
        "SHR-4"
    );
    let many: Vec<String> = (0..499).map(|n| format!("acct-{n}")).collect();
    image_mut(&mut state, "own-1")["sharedWith"] = json!(many);
    assert_allowed(&check(&state, share(OWNER, "own-1", &["acct-x"])));
    let over = check(&state, share(OWNER, "own-1", &["acct-x", "acct-y"]));
    assert_denied_by(&over, &["SHR-2"]);
    assert_eq!(
        (over.reasons[0].details.limit, code_of(&over, "SHR-2")),
        (Some(500), Some("OverQuota"))
    );
    let mut state = tencent();
    assert_eq!(
        code_of(&check(&state, share(OWNER, "own-1", &[OWNER])), "SHR-6"),
        Some("InvalidAccountIs.YourSelf")
    );
    image_mut(&mut state, "own-1")["status"] = json!("creating");
    let creating = check(&state, share(OWNER, "own-1", &[FRIEND]));
    assert_denied_by(&creating, &["SHR-7"]);
    assert_eq!(
        code_of(&creating, "SHR-7"),
        Some("InvalidParameterValue.InvalidImageState")
    );
    let mut state = tencent();
    image_mut(&mut state, "own-1")["byol"] = json!(true);
    let byol = check(&state, share(OWNER, "own-1", &[FRIEND]));
    assert_denied_by(&byol, &["SHR-8"]);
    assert_eq!(byol.reasons[0].code, Code::ByolImage);
    assert_eq!(
        code_of(&byol, "SHR-8"),
        Some("FailedOperation.BYOLImageShareFailed")
    );
}

/// UNS-1: the former sharee loses the image and its instances' reinit;
/// UNS-2: nothing to unshare on an image shared with nobody.
#[test]
fn uns_1_uns_2_in_tencent() {
    let state = tencent();
    let unshare = check(
        &state,
        json!({"type": "unshareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]}),
    );
    assert_eq!(
        ids(&consequence(&unshare, Code::ReinitLost).details.instances),
        ["i-friend"]
    );
    let nobody = check(
        &state,
        json!({"type": "unshareImage", "actor": OWNER, "imageId": "own-1", "accountIds": []}),
    );
    assert_denied_by(&nobody, &["UNS-2"]);
}

/// DEL-1 (InvalidImageId.InShared); DEL-2: tencent has no force delete, so
/// instances never block and `force` is NotSupported; DEL-3 names the
/// instances that lose reinit; DEL-4 copies stay; DEL-6 status
/// (InvalidImageId.IncorrectState); DEL-8 snapshots deleted on request.
#[test]
fn del_1_2_3_4_6_8_in_tencent() {
    let state = tencent();
    let shared = check(&state, delete(OWNER, "shared-1"));
    assert_eq!(code_of(&shared, "DEL-1"), Some("InvalidImageId.InShared"));
    let used = check(&state, delete(OWNER, "used-1"));
    assert_allowed(&used);
    assert_eq!(
        ids(&consequence(&used, Code::ReinitLost).details.instances),
        ["i-own"],
        "DEL-3"
    );
    let forced = check(
        &state,
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true}),
    );
    assert_denied_by(&forced, &["DEL-2"]);
    assert_eq!(
        (forced.reasons[0].code, forced.reasons[0].details.field),
        (Code::NotSupported, Some("force"))
    );
    let mut state = tencent();
    image_mut(&mut state, "used-1")["copiedFrom"] = json!("own-1");
    assert!(
        check(&state, delete(OWNER, "own-1"))
            .consequences
            .iter()
            .any(|c| c.code == Code::CopiesUnaffected),
        "DEL-4"
    );
    image_mut(&mut state, "own-1")["status"] = json!("creating");
    let creating = check(&state, delete(OWNER, "own-1"));
    assert_denied_by(&creating, &["DEL-6"]);
    assert_eq!(
        code_of(&creating, "DEL-6"),
        Some("InvalidImageId.IncorrectState")
    );
    let (world, result) = run(
        &tencent(),
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true}),
    );
    assert!(
        events(&result)
            .iter()
            .any(|e| matches!(e, Event::SnapshotDeleted { .. })),
        "DEL-8"
    );
    assert!(world.snapshot("snap-1").is_none());
}

/// CPY-1 (a new image of the actor's), CPY-2 (a sharee copies, within the
/// image's region only: InvalidParameterValue.InvalidRegion), CPY-3 (the
/// owner copies to another region; a sharee's copy is not asked to leave).
#[test]
fn cpy_1_2_3_sharees_copy_within_the_region() {
    let state = tencent();
    let (world, result) = run(&state, copy(FRIEND, "shared-1", REGION));
    let copied = events(&result)
        .iter()
        .find_map(|e| match e {
            Event::ImageCopied { image_id, .. } => Some(image_id.clone()),
            _ => None,
        })
        .unwrap();
    let copy_image = world.image(&copied).unwrap();
    assert_eq!(
        (copy_image.owner_id.as_deref(), copy_image.region.as_str()),
        (Some(FRIEND), REGION),
        "CPY-1"
    );
    let away = check(&state, copy(FRIEND, "shared-1", OTHER_REGION));
    assert_denied_by(&away, &["CPY-2"]);
    assert_eq!(
        (away.reasons[0].code, code_of(&away, "CPY-2")),
        (
            Code::SameRegionOnly,
            Some("InvalidParameterValue.InvalidRegion")
        )
    );
    assert_allowed(&check(&state, copy(OWNER, "own-1", OTHER_REGION)));
    let same = check(&state, copy(OWNER, "own-1", REGION));
    assert_denied_by(&same, &["CPY-3"]);
    assert_eq!(
        code_of(&same, "CPY-3"),
        Some("InvalidParameterValue.InvalidRegion")
    );
}

/// ENC-1 (no share: UnsupportedOperation.EncryptedImagesNotSupported), ENC-2
/// (an encrypted image is not copied; an encrypted copy stays in the source's
/// region), ENC-3 (no export).
#[test]
fn enc_1_2_3_in_tencent() {
    let mut state = tencent();
    assert_allowed(&check(
        &state,
        json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": REGION, "encrypted": true}),
    ));
    let away = check(
        &state,
        json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "encrypted": true}),
    );
    assert_denied_by(&away, &["ENC-2"]);
    assert_eq!(away.reasons[0].code, Code::SameRegionOnly);
    image_mut(&mut state, "own-1")["encrypted"] = json!(true);
    let copy_encrypted = check(&state, copy(OWNER, "own-1", OTHER_REGION));
    assert_denied_by(&copy_encrypted, &["ENC-2"]);
    assert_eq!(
        code_of(&copy_encrypted, "ENC-2"),
        Some("UnsupportedOperation.EncryptedImagesNotSupported")
    );
    assert_denied_by(&check(&state, share(OWNER, "own-1", &[FRIEND])), &["ENC-1"]);
    let export = check(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "b-1250000000"}),
    );
    assert_denied_by(&export, &["ENC-3"]);
}

/// EXP-1 (a COS bucket named in full fits the pattern; status:
/// InvalidParameterValue.InvalidImageState), EXP-2 (marketplace-based:
/// UnsupportedOperation.MarketImageExportUnsupported).
#[test]
fn exp_1_exp_2_in_tencent() {
    let mut state = tencent();
    assert_allowed(&check(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "examplebucket-1250000000"}),
    ));
    let market = check(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "mb-1", "bucket": "b-1250000000"}),
    );
    assert_eq!(
        code_of(&market, "EXP-2"),
        Some("UnsupportedOperation.MarketImageExportUnsupported")
    );
    image_mut(&mut state, "own-1")["status"] = json!("error");
    let failed = check(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "b-1250000000"}),
    );
    assert_eq!(
        code_of(&failed, "EXP-1"),
        Some("InvalidParameterValue.InvalidImageState")
    );
}

/// MOD-1, NAME-3: a name of 1 to 60 characters and a description of at
/// most 256 (InvalidParameterValue.TooLarge on modify); a copy takes no
/// description (NotSupported). NAME-4: no two of the actor's custom images
/// in one region share a name (InvalidImageName.Duplicate), for a copy in
/// the destination region with the source's name kept.
#[test]
fn mod_1_name_3_name_4_in_tencent() {
    let state = tencent();
    let (world, result) = run(
        &state,
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": "web-2", "description": "d"}),
    );
    assert!(result.is_ok(), "MOD-1");
    assert_eq!(world.image("own-1").unwrap().name.as_str(), "web-2");
    let long = check(
        &state,
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": "x".repeat(61)}),
    );
    assert_denied_by(&long, &["NAME-3"]);
    assert_eq!(
        code_of(&long, "NAME-3"),
        Some("InvalidParameterValue.TooLarge")
    );
    let empty = check(
        &state,
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": ""}),
    );
    assert_denied_by(&empty, &["NAME-3"]);
    let described = check(
        &state,
        json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "description": "d"}),
    );
    assert_denied_by(&described, &["NAME-3"]);
    assert_eq!(described.reasons[0].code, Code::NotSupported);
    // "db" is shared-1's name in the same region.
    let taken = check(
        &state,
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": "db"}),
    );
    assert_denied_by(&taken, &["NAME-4"]);
    assert_eq!(
        (taken.reasons[0].code, code_of(&taken, "NAME-4")),
        (Code::NameTaken, Some("InvalidImageName.Duplicate"))
    );
    assert_eq!(ids(&taken.reasons[0].details.images), ["shared-1"]);
    assert_allowed(&check(
        &state,
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": "web"}),
    ));
    let create = check(
        &state,
        json!({"type": "createImage", "actor": OWNER, "name": "app", "from": "instance", "instanceId": "i-own"}),
    );
    assert_denied_by(&create, &["NAME-4"]);
    let mut state = tencent();
    state["images"].as_array_mut().unwrap().push(json!({"id": "bj-1", "name": "web", "kind": "custom", "ownerId": OWNER, "region": OTHER_REGION, "status": "available"}));
    assert_denied_by(
        &check(&state, copy(OWNER, "own-1", OTHER_REGION)),
        &["NAME-4"],
    );
    assert_allowed(&check(
        &state,
        json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "name": "web-bj"}),
    ));
}

/// INS-1 (visible, available, same region; status:
/// InvalidParameterValue.InvalidImageState), INS-2 (reinit needs the image),
/// INS-3 (replace with a visible available image of the region).
#[test]
fn ins_1_2_3_in_tencent() {
    let mut state = tencent();
    image_mut(&mut state, "own-1")["status"] = json!("creating");
    let creating = check(
        &state,
        json!({"type": "createInstance", "actor": OWNER, "imageId": "own-1", "region": REGION}),
    );
    assert_eq!(
        code_of(&creating, "INS-1"),
        Some("InvalidParameterValue.InvalidImageState")
    );
    assert_allowed(&check(
        &state,
        json!({"type": "reinitDisk", "actor": OWNER, "instanceId": "i-own"}),
    ));
    let (world, _) = run(
        &tencent(),
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1"}),
    );
    let state_after: Value = serde_json::to_value(world.to_state()).unwrap();
    assert_denied_by(
        &check(
            &state_after,
            json!({"type": "reinitDisk", "actor": OWNER, "instanceId": "i-own"}),
        ),
        &["INS-2"],
    );
    assert_denied_by(
        &check(
            &state,
            json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-own", "imageId": "own-1"}),
        ),
        &["INS-3"],
    );
}

/// TSK-1 (no delete while a task runs: InvalidImageId.IncorrectState), TSK-4
/// (no cancel: NotSupported), TSK-5 (no share, copy or export while a task
/// runs; copy answers FailedOperation.InvalidImageState).
#[test]
fn tsk_1_4_5_in_tencent() {
    let mut state = tencent();
    image_mut(&mut state, "own-1")["task"] = json!("exporting");
    let deleting = check(&state, delete(OWNER, "own-1"));
    assert!(rules(&deleting).contains(&"TSK-1"));
    assert_eq!(
        code_of(&deleting, "TSK-1"),
        Some("InvalidImageId.IncorrectState")
    );
    let exporting = check(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "b-1250000000"}),
    );
    assert_denied_by(&exporting, &["TSK-5"]);
    assert_eq!(
        code_of(&exporting, "TSK-5"),
        Some("InvalidParameterValue.InvalidImageState")
    );
    assert_eq!(
        code_of(&check(&state, copy(OWNER, "own-1", OTHER_REGION)), "TSK-5"),
        Some("FailedOperation.InvalidImageState")
    );
    assert_denied_by(&check(&state, share(OWNER, "own-1", &[FRIEND])), &["TSK-5"]);
    let cancel = check(
        &tencent(),
        json!({"type": "cancelCopy", "actor": OWNER, "imageId": "own-1"}),
    );
    assert_denied_by(&cancel, &["TSK-4"]);
    assert_eq!(cancel.reasons[0].code, Code::NotSupported);
}

/// DEP-1: deprecation is a flag; the status stays, the flag is set and
/// cleared, asking for the value it has is refused, and a deprecated image
/// still shares (the flag changes no other rule). A `deprecated` status is
/// an input error in a tencent state, the flag one in an aliyun state.
#[test]
fn dep_1_is_a_flag_in_tencent() {
    let (world, result) = run(
        &tencent(),
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "status": "deprecated"}),
    );
    assert!(events(&result)
        .iter()
        .any(|e| matches!(e, Event::ImageDeprecated { .. })));
    let image = world.image("own-1").unwrap();
    assert!(image.deprecated);
    assert_eq!(image.status, image_policy_core::ImageStatus::Available);
    let state: Value = serde_json::to_value(world.to_state()).unwrap();
    assert_denied_by(
        &check(
            &state,
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "status": "deprecated"}),
        ),
        &["DEP-1"],
    );
    assert_allowed(&check(&state, share(OWNER, "own-1", &[FRIEND])));
    assert_allowed(&check(
        &state,
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "status": "available"}),
    ));
    assert_denied_by(
        &check(
            &tencent(),
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "status": "available"}),
        ),
        &["DEP-1"],
    );
    let mut bad = tencent();
    image_mut(&mut bad, "own-1")["status"] = json!("deprecated");
    assert!(image_policy_core::World::new(
        image_policy_core::decode::state(&bad.to_string()).unwrap()
    )
    .is_err());
    let mut bad = aliyun();
    image_mut(&mut bad, "own-1")["deprecated"] = json!(true);
    let error =
        image_policy_core::World::new(image_policy_core::decode::state(&bad.to_string()).unwrap())
            .unwrap_err();
    assert_eq!(error.path, "images[2].deprecated");
}
