//! SHR-1..SHR-7, UNS-1 and UNS-2: sharing and unsharing.
mod common;
use common::*;
use image_policy_core::{Code, Event};
use serde_json::{json, Value};

fn share(actor: &str, image: &str, accounts: &[&str]) -> Value {
    json!({"type": "shareImage", "actor": actor, "imageId": image, "accountIds": accounts})
}

fn unshare(actor: &str, image: &str, accounts: &[&str]) -> Value {
    json!({"type": "unshareImage", "actor": actor, "imageId": image, "accountIds": accounts})
}

/// SHR-1 (seed 002): "You cannot share custom images that are created and
/// shared by other accounts." jdcloud follows (seed 001 is silent).
#[test]
fn shr_1_shared_images_cannot_be_reshared() {
    for state in [aliyun(), jdcloud()] {
        let decision = check(&state, share(FRIEND, "shared-1", &[STRANGER]));
        assert_denied_by(&decision, &["OWN-1", "SHR-1", "SHR-5"]);
        assert!(
            decision.consequences.is_empty()
                || decision
                    .consequences
                    .iter()
                    .all(|c| c.code == Code::AccessGranted)
        );
    }
    let own = check(&aliyun(), share(OWNER, "own-1", &[FRIEND]));
    assert_allowed(&own);
}

/// SHR-2 (seed 002): "Each custom image can be shared with up to 50
/// accounts." A share past the limit is refused whole.
#[test]
fn shr_2_aliyun_limit_is_50_and_refusal_adds_nothing() {
    let mut state = aliyun();
    let many: Vec<String> = (0..49).map(|n| format!("acct-{n}")).collect();
    image_mut(&mut state, "own-1")["sharedWith"] = json!(many);
    assert_allowed(&check(&state, share(OWNER, "own-1", &["acct-x"])));
    let (world, result) = run(&state, share(OWNER, "own-1", &["acct-x", "acct-y"]));
    let decision = result.expect_err("over the limit");
    assert_denied_by(&decision, &["SHR-2"]);
    let details = &decision.reasons[0].details;
    assert_eq!(
        (details.limit, details.current, details.requested),
        (Some(50), Some(49), Some(2))
    );
    assert_eq!(details.provider_code, Some("QuotaExceed.ShareImageUser"));
    assert_eq!(
        world.image("own-1").unwrap().shared_with.len(),
        49,
        "nothing added"
    );
}

/// SHR-2: jdcloud's limit is 20 (JD API reference, shareImage: "a single
/// image can be shared for up to 20 JD Cloud accounts").
#[test]
fn shr_2_jdcloud_limit_is_20() {
    let accounts: Vec<String> = (0..21).map(|n| format!("acct-{n}")).collect();
    let refs: Vec<&str> = accounts.iter().map(String::as_str).collect();
    let decision = check(&jdcloud(), share(OWNER, "own-1", &refs));
    assert_denied_by(&decision, &["SHR-2"]);
    assert_eq!(
        decision.reasons[0].details.provider_code,
        Some("QUOTA_EXCEEDED")
    );
    assert_allowed(&check(&jdcloud(), share(OWNER, "own-1", &refs[..20])));
}

/// SHR-3 (seed 002): "the custom images that are created based on Alibaba
/// Cloud Marketplace images cannot be shared." aliyun only.
#[test]
fn shr_3_marketplace_based_images_are_not_shared_on_aliyun() {
    let decision = check(&aliyun(), share(OWNER, "mb-1", &[FRIEND]));
    assert_denied_by(&decision, &["SHR-3"]);
    assert_eq!(decision.reasons[0].code, Code::MarketplaceBased);
    assert_allowed(&check(&jdcloud(), share(OWNER, "mb-1", &[FRIEND])));
}

/// SHR-4 (seeds 002, 003): "Custom images cannot be shared across regions."
/// The sharee uses the image in its region only; the denial says to copy.
#[test]
fn shr_4_sharee_uses_the_image_only_in_its_region() {
    let state = aliyun();
    let decision = check(
        &state,
        json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": OTHER_REGION}),
    );
    assert_denied_by(&decision, &["INS-1", "SHR-4"]);
    assert!(
        decision.reasons[1].message.contains("copy"),
        "{}",
        decision.reasons[1].message
    );
    let granted = check(&state, share(OWNER, "own-1", &[FRIEND]));
    let access = consequence(&granted, Code::AccessGranted);
    assert_eq!(access.details.region.as_deref(), Some(REGION));
}

/// SHR-5 (seed 002): the sharee may create instances and replace a system
/// disk with the image; it may not delete, share, copy, export or modify it.
#[test]
fn shr_5_sharee_uses_but_does_not_manage() {
    let state = jdcloud();
    assert_allowed(&check(
        &state,
        json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": REGION}),
    ));
    let mut with_instance = state.clone();
    with_instance["instances"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "i-f2", "ownerId": FRIEND, "region": REGION, "imageId": "pub-1"}));
    assert_allowed(&check(
        &with_instance,
        json!({"type": "replaceSystemDisk", "actor": FRIEND, "instanceId": "i-f2", "imageId": "shared-1"}),
    ));
    for command in [
        json!({"type": "deleteImage", "actor": FRIEND, "imageId": "shared-1"}),
        share(FRIEND, "shared-1", &[STRANGER]),
        json!({"type": "copyImage", "actor": FRIEND, "imageId": "shared-1", "destinationRegion": OTHER_REGION}),
        json!({"type": "exportImage", "actor": FRIEND, "imageId": "shared-1", "bucket": "bucket-1"}),
        json!({"type": "modifyImage", "actor": FRIEND, "imageId": "shared-1", "name": "mine"}),
    ] {
        let decision = check(&state, command.clone());
        assert!(
            decision.denies_by(image_policy_core::RuleId::Shr5),
            "{command}: {decision:#?}"
        );
    }
}

/// SHR-6 (seed 002): sharing with the owner is denied; an account already
/// shared is a warning and a no-op; repeats count once.
#[test]
fn shr_6_owner_denied_already_shared_warned() {
    let state = aliyun();
    let to_owner = check(&state, share(OWNER, "own-1", &[OWNER]));
    assert_denied_by(&to_owner, &["SHR-6"]);
    assert_eq!(to_owner.reasons[0].code, Code::ShareWithOwner);
    assert_eq!(
        to_owner.reasons[0].details.provider_code,
        Some("InvalidAccount.Forbbiden")
    );

    let (world, result) = run(
        &state,
        share(OWNER, "shared-1", &[FRIEND, STRANGER, STRANGER]),
    );
    let applied = result.expect("allowed");
    assert_eq!(
        warning_codes(&applied.decision),
        [Code::AlreadyShared, Code::DuplicateAccount]
    );
    assert_eq!(
        ids(&world.image("shared-1").unwrap().shared_with),
        [FRIEND, STRANGER]
    );
    assert_eq!(
        applied.events.len(),
        1,
        "one event per share added: {:?}",
        applied.events
    );
}

/// SHR-6 (v3): what a person types is judged, never thrown: a malformed
/// account ID is `InvalidAccountId`, more than 50 accounts `TooManyAccounts`,
/// both in one decision with the owner rule; nothing is shared. Only a list
/// past 1,000 entries, or a value that is no string, is an input error.
#[test]
fn shr_6_malformed_and_too_many_accounts_are_denials() {
    for state in [aliyun(), jdcloud()] {
        let (world, result) = run(
            &state,
            share(OWNER, "own-1", &["ok-1", "bob carol", "", OWNER]),
        );
        let decision = result.expect_err("denied");
        assert_denied_by(&decision, &["SHR-6", "SHR-6"]);
        assert_eq!(
            codes(&decision),
            [Code::InvalidAccountId, Code::ShareWithOwner]
        );
        assert_eq!(decision.reasons[0].details.values, ["bob carol", ""]);
        assert_eq!(decision.reasons[0].details.field, Some("accountIds"));
        assert!(decision.reasons[0]
            .message
            .starts_with("\"bob carol\" and \"\": an account ID is"));
        assert!(world.image("own-1").unwrap().shared_with.is_empty());
    }
    let many: Vec<String> = (0..51).map(|n| format!("a{n}")).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let too_many = check(&aliyun(), unshare(OWNER, "shared-1", &refs));
    assert_denied_by(&too_many, &["SHR-6"]);
    assert_eq!(codes(&too_many), [Code::TooManyAccounts]);
    let details = &too_many.reasons[0].details;
    assert_eq!((details.limit, details.requested), (Some(50), Some(51)));
    assert_eq!(
        too_many.reasons[0].message,
        "One request can name at most 50 accounts; this one names 51 accounts."
    );
    let past_cap: Vec<String> = (0..1001).map(|n| format!("a{n}")).collect();
    let refs: Vec<&str> = past_cap.iter().map(String::as_str).collect();
    let error =
        image_policy_core::decode::command(&share(OWNER, "own-1", &refs).to_string()).unwrap_err();
    assert_eq!(error.path, "accountIds");
    let error = image_policy_core::decode::command(
        &json!({"type": "shareImage", "actor": OWNER, "imageId": "own-1", "accountIds": ["a", 7]})
            .to_string(),
    )
    .unwrap_err();
    assert_eq!(error.path, "accountIds[1]");
}

/// SHR-7 (JD API reference): only available images are shared (jdcloud);
/// aliyun's profile has no such rule.
#[test]
fn shr_7_jdcloud_shares_only_available_images() {
    let mut state = jdcloud();
    image_mut(&mut state, "own-1")["status"] = json!("creating");
    let decision = check(&state, share(OWNER, "own-1", &[FRIEND]));
    assert_denied_by(&decision, &["SHR-7"]);
    assert_eq!(decision.reasons[0].code, Code::IncorrectImageStatus);
    state["provider"] = json!("aliyun");
    assert_allowed(&check(&state, share(OWNER, "own-1", &[FRIEND])));
}

/// UNS-1 (seed 002): after unsharing, the former sharee cannot see the image,
/// create instances or replace a system disk with it, and its instances
/// cannot re-initialize their disks. The decision says so beforehand.
#[test]
fn uns_1_unshare_revokes_everything_and_says_so() {
    let state = aliyun();
    let decision = check(&state, unshare(OWNER, "shared-1", &[FRIEND]));
    assert_allowed(&decision);
    assert_eq!(
        ids(&consequence(&decision, Code::AccessRevoked).details.accounts),
        [FRIEND]
    );
    assert_eq!(
        ids(&consequence(&decision, Code::ReinitLost).details.instances),
        ["i-friend"]
    );

    let (world, result) = run(&state, unshare(OWNER, "shared-1", &[FRIEND]));
    assert!(matches!(&events(&result)[0], Event::ImageUnshared { .. }));
    let after = world.to_state();
    let after = serde_json::to_value(&after).unwrap();
    assert_denied_by(
        &check(
            &after,
            json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": REGION}),
        ),
        &["VIS-1"],
    );
    let reinit = check(
        &after,
        json!({"type": "reinitDisk", "actor": FRIEND, "instanceId": "i-friend"}),
    );
    assert_denied_by(&reinit, &["INS-2"]);
    assert_eq!(reinit.reasons[0].code, Code::SourceImageUnavailable);
}

/// UNS-2: unsharing an account that is not shared is a warning and a no-op.
#[test]
fn uns_2_unsharing_a_stranger_is_a_warning() {
    let (world, result) = run(&aliyun(), unshare(OWNER, "shared-1", &[STRANGER]));
    let applied = result.expect("allowed");
    assert_eq!(warning_codes(&applied.decision), [Code::NotShared]);
    assert_eq!(applied.decision.warnings[0].rule.as_str(), "UNS-2");
    assert_eq!(
        ids(&applied.decision.warnings[0].details.accounts),
        [STRANGER]
    );
    assert!(applied.events.is_empty());
    assert_eq!(ids(&world.image("shared-1").unwrap().shared_with), [FRIEND]);
}

/// UNS-2 (RULES.md v3): an unshare naming no accounts of an image shared with
/// nobody is refused (`NotShared`), in every profile, so a console greys the
/// button out; once the image is shared, the same question is allowed.
#[test]
fn uns_2_an_image_shared_with_nobody_cannot_be_unshared() {
    for state in [aliyun(), jdcloud()] {
        let decision = check(&state, unshare(OWNER, "own-1", &[]));
        assert_denied_by(&decision, &["UNS-2"]);
        assert_eq!(codes(&decision), [Code::NotShared]);
        assert!(decision.reasons[0].message.contains("own-1"));
        assert_allowed(&check(&state, unshare(OWNER, "shared-1", &[])));
        let actor = image_policy_core::AccountId::new(OWNER).unwrap();
        let image = image_policy_core::Id::new("own-1").unwrap();
        let probes = image_policy_core::allowed_actions(&world(&state), &actor, &image);
        let (_, unshare_probe) = probes.iter().find(|(a, _)| *a == "unshareImage").unwrap();
        assert_eq!(unshare_probe.denying_rules()[0].as_str(), "UNS-2");
    }
}

/// SHR-6: tencent publishes no cap per request (T-SDK client.go
/// ModifyImageSharePermission names none), so a share of 499 new accounts
/// is allowed there and only SHR-2's 500 per image bounds it; aliyun and
/// jdcloud refuse more than 50 in one request.
#[test]
fn shr_6_tencent_has_no_cap_per_request() {
    let many: Vec<String> = (0..499).map(|n| format!("{}", 500_000 + n)).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    assert_allowed(&check(&tencent(), share(OWNER, "shared-1", &refs)));
    let decision = check(&aliyun(), share(OWNER, "own-1", &refs[..51]));
    assert_eq!(
        codes(&decision),
        [Code::TooManyAccounts, Code::ShareLimitExceeded]
    );
    let too_many: Vec<String> = (0..500).map(|n| format!("{}", 600_000 + n)).collect();
    let refs: Vec<&str> = too_many.iter().map(String::as_str).collect();
    assert_denied_by(
        &check(&tencent(), share(OWNER, "shared-1", &refs)),
        &["SHR-2"],
    );
}
