//! Fixtures for the rule tests: a small world per provider, and helpers that
//! read decisions the way a frontend does (rule IDs, codes, details).
#![allow(dead_code)]

use image_policy_core::{
    apply, decide, decode, Applied, Code, Command, Decision, Event, Locale, World,
};
use serde_json::{json, Value};

pub const OWNER: &str = "100001";
pub const FRIEND: &str = "200002";
pub const STRANGER: &str = "300003";
pub const REGION: &str = "cn-hangzhou";
pub const OTHER_REGION: &str = "cn-beijing";

/// A world seen from three accounts:
/// - `pub-1` public, `mkt-1` marketplace;
/// - `own-1` OWNER's idle image (snapshot `snap-1`);
/// - `shared-1` OWNER's image shared with FRIEND, with FRIEND's instance `i-friend`;
/// - `used-1` OWNER's image with OWNER's instance `i-own`;
/// - `mb-1` OWNER's marketplace-based image.
pub fn state(provider: &str) -> Value {
    json!({
        "provider": provider,
        "images": [
            {"id": "pub-1", "name": "CentOS", "kind": "public", "region": REGION, "status": "available"},
            {"id": "mkt-1", "name": "LAMP", "kind": "marketplace", "region": REGION, "status": "available"},
            {"id": "own-1", "name": "web", "kind": "custom", "ownerId": OWNER, "region": REGION,
             "status": "available", "snapshotIds": ["snap-1"]},
            {"id": "shared-1", "name": "db", "kind": "custom", "ownerId": OWNER, "region": REGION,
             "status": "available", "sharedWith": [FRIEND]},
            {"id": "used-1", "name": "app", "kind": "custom", "ownerId": OWNER, "region": REGION,
             "status": "available"},
            {"id": "mb-1", "name": "shop", "kind": "custom", "ownerId": OWNER, "region": REGION,
             "status": "available", "marketplaceBased": true}
        ],
        "instances": [
            {"id": "i-friend", "ownerId": FRIEND, "region": REGION, "imageId": "shared-1"},
            {"id": "i-own", "ownerId": OWNER, "region": REGION, "imageId": "used-1"},
            {"id": "i-base", "ownerId": OWNER, "region": REGION, "imageId": "pub-1"},
            {"id": "i-mkt", "ownerId": OWNER, "region": REGION, "imageId": "mkt-1"}
        ],
        "snapshots": [
            {"id": "snap-1", "ownerId": OWNER, "region": REGION},
            {"id": "snap-2", "ownerId": OWNER, "region": REGION},
            {"id": "snap-far", "ownerId": OWNER, "region": OTHER_REGION},
            {"id": "snap-friend", "ownerId": FRIEND, "region": REGION}
        ]
    })
}

pub fn aliyun() -> Value {
    state("aliyun")
}

pub fn jdcloud() -> Value {
    state("jdcloud")
}

pub fn tencent() -> Value {
    state("tencent")
}

/// The image with `id` in a state value, to edit it.
pub fn image_mut<'a>(state: &'a mut Value, id: &str) -> &'a mut Value {
    state["images"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no image {id} in the fixture"))
}

pub fn world(state: &Value) -> World {
    World::new(decode::state(&state.to_string()).expect("fixture decodes"))
        .expect("fixture is valid")
}

pub fn command(command: Value) -> Command {
    decode::command(&command.to_string()).expect("command decodes")
}

/// The decision, its messages in English, as the API writes them.
pub fn check(state: &Value, command_json: Value) -> Decision {
    decide(&world(state), &command(command_json)).render(Locale::En)
}

/// The command applied; the decision's messages in English.
pub fn run(state: &Value, command_json: Value) -> (World, Result<Applied, Decision>) {
    let mut world = world(state);
    let result = apply(&mut world, &command(command_json));
    let result = match result {
        Ok(Applied { events, decision }) => Ok(Applied {
            events,
            decision: decision.render(Locale::En),
        }),
        Err(decision) => Err(decision.render(Locale::En)),
    };
    (world, result)
}

pub fn rules(decision: &Decision) -> Vec<&'static str> {
    decision.reasons.iter().map(|r| r.rule.as_str()).collect()
}

pub fn codes(decision: &Decision) -> Vec<Code> {
    decision.reasons.iter().map(|r| r.code).collect()
}

pub fn warning_codes(decision: &Decision) -> Vec<Code> {
    decision.warnings.iter().map(|r| r.code).collect()
}

pub fn consequence(decision: &Decision, code: Code) -> &image_policy_core::Reason {
    decision
        .consequences
        .iter()
        .find(|r| r.code == code)
        .unwrap_or_else(|| panic!("no {code:?} consequence in {:#?}", decision.consequences))
}

pub fn reason(decision: &Decision, code: Code) -> &image_policy_core::Reason {
    decision
        .reasons
        .iter()
        .find(|r| r.code == code)
        .unwrap_or_else(|| panic!("no {code:?} reason in {decision:#?}"))
}

pub fn ids<T: std::fmt::Display>(items: &[T]) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}

pub fn events(result: &Result<Applied, Decision>) -> &[Event] {
    &result.as_ref().expect("command allowed").events
}

/// Asserts a denial that names exactly these rules, in order.
#[track_caller]
pub fn assert_denied_by(decision: &Decision, expected: &[&str]) {
    assert!(!decision.allowed, "expected a denial, got {decision:#?}");
    assert_eq!(rules(decision), expected, "{decision:#?}");
}

#[track_caller]
pub fn assert_allowed(decision: &Decision) {
    assert!(decision.allowed, "expected allowed, got {decision:#?}");
    assert!(decision.reasons.is_empty());
}
