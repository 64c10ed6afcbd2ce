//! Each rule at its boundary, so that a change to its check fails a test:
//! the checks `cargo mutants` found no test for (issue 29's list): SHR-6 at
//! exactly 50 accounts, SHR-4 on a system-disk replacement, SHR-1's owner
//! test, SIM-2 on a chosen instance ID, SIM-3 for images and snapshots, the
//! NAME rules at their limits in each profile, and decisions without
//! messages for a batch question.
mod common;
use common::*;
use image_policy_core::checks::denials;
use image_policy_core::Code;
use serde_json::{json, Value};

fn share(actor: &str, image: &str, accounts: &[String]) -> Value {
    json!({"type": "shareImage", "actor": actor, "imageId": image, "accountIds": accounts})
}

fn accounts(n: usize) -> Vec<String> {
    (0..n).map(|k| format!("acct-{k}")).collect()
}

/// SHR-6: one request names at most 50 accounts: 50 is allowed, 51 is not
/// (aliyun, whose SHR-2 limit is also 50 per image).
#[test]
fn shr_6_fifty_accounts_is_the_last_allowed() {
    assert_allowed(&check(&aliyun(), share(OWNER, "own-1", &accounts(50))));
    let over = check(&aliyun(), share(OWNER, "own-1", &accounts(51)));
    assert_eq!(
        codes(&over),
        [Code::TooManyAccounts, Code::ShareLimitExceeded]
    );
}

/// SHR-1: the owner may share its own custom image; every other account
/// that sees it (the sharee) may not, and public images are no one's.
#[test]
fn shr_1_only_the_owner_shares() {
    for state in [aliyun(), jdcloud(), tencent()] {
        let own = check(&state, share(OWNER, "shared-1", &[STRANGER.to_string()]));
        assert_allowed(&own);
        let sharee = check(&state, share(FRIEND, "shared-1", &[STRANGER.to_string()]));
        assert!(sharee
            .reasons
            .iter()
            .any(|r| r.rule.as_str() == "SHR-1" && r.code == Code::NotOwner));
        let public = check(&state, share(OWNER, "pub-1", &[STRANGER.to_string()]));
        assert!(public
            .reasons
            .iter()
            .any(|r| r.rule.as_str() == "SHR-1" && r.code == Code::ImageIsPublic));
    }
}

/// SHR-4 on a replacement: a sharee's instance in another region cannot
/// take the shared image as its system disk; the owner's can still be
/// refused by INS-3 alone (not SHR-4: it owns the image).
#[test]
fn shr_4_a_sharee_replaces_a_system_disk_only_in_the_image_region() {
    let mut state = aliyun();
    state["instances"].as_array_mut().unwrap().extend([
        json!({"id": "i-friend-far", "ownerId": FRIEND, "region": OTHER_REGION, "imageId": "pub-1"}),
        json!({"id": "i-own-far", "ownerId": OWNER, "region": OTHER_REGION, "imageId": "pub-1"}),
    ]);
    let replace = |actor: &str, instance: &str| json!({"type": "replaceSystemDisk", "actor": actor, "instanceId": instance, "imageId": "shared-1"});
    assert_denied_by(
        &check(&state, replace(FRIEND, "i-friend-far")),
        &["INS-3", "SHR-4"],
    );
    assert_denied_by(&check(&state, replace(OWNER, "i-own-far")), &["INS-3"]);
    assert_allowed(&check(&state, replace(FRIEND, "i-friend")));
}

/// SIM-2: a chosen instance ID must be free: an instance's ID is taken, a
/// new one is not.
#[test]
fn sim_2_a_chosen_instance_id_must_be_free() {
    let create = |id: &str| json!({"type": "createInstance", "actor": OWNER, "imageId": "own-1", "region": REGION, "instanceId": id});
    let taken = check(&aliyun(), create("i-friend"));
    assert_denied_by(&taken, &["SIM-2"]);
    assert_eq!(ids(&taken.reasons[0].details.instances), ["i-friend"]);
    assert_allowed(&check(&aliyun(), create("i-new")));
}

/// A state at SIM-3's cap in one kind: `count` items of `kind`.
fn full(kind: &str, count: usize) -> Value {
    let mut state = aliyun();
    let items: Vec<Value> = (0..count)
        .map(|k| match kind {
            "images" => json!({"id": format!("m-{k}"), "name": "n", "kind": "public", "region": REGION, "status": "available"}),
            _ => json!({"id": format!("s-{k}"), "ownerId": OWNER, "region": REGION}),
        })
        .collect();
    state[kind].as_array_mut().unwrap().extend(items);
    state
}

/// SIM-3: with a million images a create and a copy are refused; with a
/// million snapshots an image from an instance is refused (it makes a
/// snapshot) and one from snapshots is not.
#[test]
fn sim_3_images_and_snapshots_have_a_cap() {
    let cap = image_policy_core::MAX_ITEMS;
    let images = full("images", cap - world_size(&aliyun(), "images"));
    let from_vm = json!({"type": "createImage", "actor": OWNER, "name": "vm", "from": "instance", "instanceId": "i-own"});
    let world = world(&images);
    let decide = |command: Value| image_policy_core::decide(&world, &self::command(command));
    assert_denied_by(&decide(from_vm.clone()), &["SIM-3"]);
    assert_denied_by(
        &decide(
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION}),
        ),
        &["SIM-3"],
    );
    drop(world);
    let snapshots = full("snapshots", cap - world_size(&aliyun(), "snapshots"));
    let world = self::world(&snapshots);
    let decide = |command: Value| image_policy_core::decide(&world, &self::command(command));
    assert_denied_by(&decide(from_vm), &["SIM-3"]);
    assert_allowed(&decide(
        json!({"type": "createImage", "actor": OWNER, "name": "snaps", "from": "snapshots", "snapshotIds": ["snap-1"]}),
    ));
}

fn world_size(state: &Value, kind: &str) -> usize {
    state[kind].as_array().unwrap().len()
}

/// NAME-1, NAME-2, NAME-3 at their limits: the longest name and description
/// each profile takes, and one character more.
#[test]
fn name_rules_at_their_limits_in_each_profile() {
    let modify = |name: Option<String>, description: Option<String>| {
        let mut command = json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1"});
        if let Some(name) = name {
            command["name"] = json!(name);
        }
        if let Some(description) = description {
            command["description"] = json!(description);
        }
        command
    };
    let text = |n: usize| "a".repeat(n);
    for (state, rule, name_min, name_max, description_max) in [
        (aliyun(), "NAME-1", 2, 128, 256),
        (jdcloud(), "NAME-2", 1, 32, 256),
        (tencent(), "NAME-3", 1, 60, 256),
    ] {
        assert_allowed(&check(&state, modify(Some(text(name_max)), None)));
        assert_allowed(&check(&state, modify(Some(text(name_min)), None)));
        assert_denied_by(
            &check(&state, modify(Some(text(name_max + 1)), None)),
            &[rule],
        );
        assert_denied_by(
            &check(&state, modify(Some(text(name_min - 1)), None)),
            &[rule],
        );
        assert_allowed(&check(&state, modify(None, Some(text(description_max)))));
        assert_denied_by(
            &check(&state, modify(None, Some(text(description_max + 1)))),
            &[rule],
        );
    }
    // aliyun's description is at least 2 characters too.
    assert_denied_by(&check(&aliyun(), modify(None, Some(text(1)))), &["NAME-1"]);
}

/// A batch question (`actionMatrix`) needs the rules, not the text: the
/// verdict without messages denies by the same rules with no message made.
#[test]
fn a_batch_verdict_carries_the_rules_without_messages() {
    let state = aliyun();
    let delete = command(json!({"type": "deleteImage", "actor": OWNER, "imageId": "shared-1"}));
    let world = world(&state);
    let full = image_policy_core::decide(&world, &delete).render(image_policy_core::Locale::En);
    let batch = denials(&world, &delete);
    assert_eq!(full.denying_rules(), batch.denying_rules());
    assert!(full.reasons.iter().all(|r| !r.message.is_empty()));
    assert!(full.reasons.iter().all(|r| r.says.is_some()));
    assert!(batch.reasons.iter().all(|r| r.says.is_none()));
    assert!(batch.consequences.is_empty() && !full.consequences.is_empty());
}

/// The naming rules' description message states the profile's own bounds:
/// "2 to 256" where a minimum applies (NAME-1), "at most 256" where none
/// does (NAME-2, NAME-3).
#[test]
fn name_1_2_3_state_their_own_description_bounds() {
    let long = "d".repeat(257);
    for (state, expected) in [
        (
            aliyun(),
            "The description must be 2 to 256 characters (it has 257).",
        ),
        (
            jdcloud(),
            "The description must be at most 256 characters (it has 257).",
        ),
        (
            tencent(),
            "The description must be at most 256 characters (it has 257).",
        ),
    ] {
        let modify =
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "description": long});
        let decision = check(&state, modify);
        assert_eq!(
            reason(&decision, Code::InvalidDescription).message,
            expected
        );
    }
}
