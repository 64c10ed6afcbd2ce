//! The API.md contract over JSON: check agrees with applyCommand, a denial
//! changes nothing, Engine agrees with the stateless functions, and
//! allowedActions answers every action.
mod common;
use common::*;
use image_policy_core::api::{self, Engine};
use image_policy_core::Locale;
use serde_json::{json, Value};

/// An answer as the JSON it crosses the boundary as.
fn parse<T: serde::Serialize>(answer: &T) -> Value {
    serde_json::to_value(answer).unwrap()
}

fn commands() -> Vec<Value> {
    vec![
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1"}),
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "shared-1"}),
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true, "deleteSnapshots": true}),
        json!({"type": "shareImage", "actor": OWNER, "imageId": "own-1", "accountIds": [FRIEND, OWNER]}),
        json!({"type": "shareImage", "actor": OWNER, "imageId": "own-1", "accountIds": [FRIEND]}),
        json!({"type": "unshareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]}),
        json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION}),
        json!({"type": "copyImage", "actor": FRIEND, "imageId": "shared-1", "destinationRegion": REGION}),
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "b-1"}),
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": "n"}),
        json!({"type": "createImage", "actor": OWNER, "name": "made", "from": "instance", "instanceId": "i-own"}),
        json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": REGION}),
        json!({"type": "deleteInstance", "actor": FRIEND, "instanceId": "i-friend"}),
        json!({"type": "reinitDisk", "actor": FRIEND, "instanceId": "i-friend"}),
        json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-own", "imageId": "shared-1"}),
    ]
}

#[test]
fn check_agrees_with_apply_and_denials_change_nothing() {
    for state in [aliyun(), jdcloud()] {
        let engine_before = Engine::new(&state.to_string()).unwrap().to_state();
        let mut denied = 0;
        for command in commands() {
            let decision =
                parse(&api::check(&state.to_string(), &command.to_string(), Locale::En).unwrap());
            let applied = parse(
                &api::apply_command(&state.to_string(), &command.to_string(), Locale::En).unwrap(),
            );
            assert_eq!(decision["allowed"], applied["ok"], "{command}");
            assert_eq!(decision, applied["decision"], "{command}");
            let mut engine = Engine::new(&state.to_string()).unwrap();
            let engine_applied = parse(&engine.apply(&command.to_string(), Locale::En).unwrap());
            assert_eq!(engine_applied["decision"], decision);
            if applied["ok"] == true {
                assert_eq!(parse(&engine.to_state()), applied["state"], "{command}");
                assert_eq!(engine_applied["events"], applied["events"]);
                assert!(
                    !applied["events"].as_array().unwrap().is_empty()
                        || command["type"] == "unshareImage"
                );
            } else {
                denied += 1;
                assert!(applied.get("state").is_none());
                assert_eq!(
                    engine.to_state(),
                    engine_before,
                    "{command}: a denial changes nothing"
                );
                assert!(decision["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|r| r["rule"].is_string()));
            }
        }
        assert!(denied >= 3, "the list exercises denials too");
    }
}

#[test]
fn can_functions_equal_check_with_the_type() {
    let state = aliyun().to_string();
    let engine = Engine::new(&state).unwrap();
    for command in commands() {
        let kind = command["type"].as_str().unwrap().to_string();
        let mut request = command.clone();
        request.as_object_mut().unwrap().remove("type");
        let via_check = api::check(&state, &command.to_string(), Locale::En).unwrap();
        assert_eq!(
            api::can(&kind, &state, &request.to_string(), Locale::En).unwrap(),
            via_check
        );
        assert_eq!(
            engine.can(&kind, &request.to_string(), Locale::En).unwrap(),
            via_check
        );
        assert_eq!(
            engine.check(&command.to_string(), Locale::En).unwrap(),
            via_check
        );
    }
}

#[test]
fn decision_json_has_the_contract_shape() {
    let decision = parse(
        &api::check(
            &aliyun().to_string(),
            &json!({"type": "deleteImage", "actor": OWNER, "imageId": "shared-1"}).to_string(),
            Locale::En,
        )
        .unwrap(),
    );
    assert_eq!(decision["allowed"], false);
    let reason = &decision["reasons"][0];
    assert_eq!(reason["rule"], "DEL-1");
    assert_eq!(reason["code"], "ImageShared");
    assert!(reason["message"].as_str().unwrap().contains(FRIEND));
    assert_eq!(reason["details"]["accounts"], json!([FRIEND]));
    assert_eq!(reason["details"]["providerCode"], "ImageUseShared");
    assert!(decision["warnings"].is_array() && decision["consequences"].is_array());
}

#[test]
fn allowed_actions_for_owner_sharee_and_stranger() {
    let engine = Engine::new(&aliyun().to_string()).unwrap();
    let allowed = |actor: &str, image: &str| -> Vec<String> {
        let actions = parse(&engine.allowed_actions(actor, image, Locale::En).unwrap());
        assert_eq!(actions.as_object().unwrap().len(), 12);
        let mut names: Vec<String> = actions
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, d)| d["allowed"] == true)
            .map(|(k, _)| k.clone())
            .collect();
        names.sort();
        names
    };
    assert_eq!(allowed(FRIEND, "shared-1"), ["createInstance"]);
    assert!(allowed(STRANGER, "shared-1").is_empty());
    assert_eq!(
        allowed(OWNER, "shared-1"),
        [
            "copyImage",
            "createInstance",
            "exportImage",
            "modifyImage",
            "shareImage",
            "unshareImage"
        ],
        "deletes wait for the unshare"
    );
    assert_eq!(
        allowed(OWNER, "used-1"),
        [
            "copyImage",
            "createInstance",
            "deprecateImage",
            "exportImage",
            "forceDeleteImage",
            "modifyImage",
            "shareImage"
        ],
        "instances on aliyun: only force delete; deprecation (DEP-1) is open; \
         shared with nobody: no unshare (UNS-2)"
    );
    assert!(engine
        .allowed_actions("bad actor", "m-1", Locale::En)
        .is_err());
}

#[test]
fn engine_keeps_state_across_calls() {
    let mut engine = Engine::new(&aliyun().to_string()).unwrap();
    let delete =
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "shared-1", "force": true})
            .to_string();
    assert_eq!(
        parse(&engine.check(&delete, Locale::En).unwrap())["allowed"],
        false
    );
    let unshare = json!({"type": "unshareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]}).to_string();
    assert_eq!(
        parse(&engine.apply(&unshare, Locale::En).unwrap())["ok"],
        true
    );
    assert_eq!(
        parse(&engine.apply(&delete, Locale::En).unwrap())["ok"],
        true
    );
    let state = parse(&engine.to_state());
    assert!(state["images"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["id"] != "shared-1"));
    assert!(engine.check("{oops", Locale::En).is_err());
    assert_eq!(
        parse(&engine.check(&delete, Locale::En).unwrap())["reasons"][0]["code"],
        "NotFound",
        "still usable after an error"
    );
}

/// actionMatrix agrees with allowedActions row by row: on the fixtures for
/// every actor, on a random world of 1,000 images, and for given IDs
/// (repeats kept, an unknown ID denied by VIS-1 throughout).
#[test]
fn action_matrix_agrees_with_allowed_actions() {
    use image_policy_core::{action_matrix, allowed_actions, AccountId, Id, World, ACTIONS};
    let agree = |world: &World, actor: &str| {
        let actor = AccountId::new(actor).unwrap();
        let rows = action_matrix(world, &actor, None);
        let visible: Vec<&Id> = world
            .images()
            .filter(|i| image_policy_core::sees(&actor, i).is_some())
            .map(|i| &i.id)
            .collect();
        assert_eq!(
            rows.iter().map(|r| &r.image_id).collect::<Vec<_>>(),
            visible
        );
        for row in &rows {
            let full = allowed_actions(world, &actor, &row.image_id);
            for (k, (action, decision)) in full.iter().enumerate() {
                assert_eq!(ACTIONS[k], *action);
                assert_eq!(
                    row.allowed.0[k], decision.allowed,
                    "{} {action}",
                    row.image_id
                );
                let denied = row
                    .rules
                    .0
                    .iter()
                    .find(|(a, _)| a == action)
                    .map(|(_, r)| r.clone());
                let expected = (!decision.allowed).then(|| decision.denying_rules());
                assert_eq!(denied, expected, "{} {action}", row.image_id);
            }
        }
    };
    for state in [aliyun(), jdcloud()] {
        let world = world(&state);
        for actor in [OWNER, FRIEND, STRANGER] {
            agree(&world, actor);
        }
        let ids = [
            Id::new("own-1").unwrap(),
            Id::new("nope").unwrap(),
            Id::new("own-1").unwrap(),
        ];
        let rows = action_matrix(&world, &AccountId::new(OWNER).unwrap(), Some(&ids));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], rows[2]);
        assert!(rows[1]
            .rules
            .0
            .iter()
            .all(|(_, rules)| rules.iter().map(|r| r.as_str()).eq(["VIS-1"])));
        assert_eq!(rows[1].rules.0.len(), ACTIONS.len());
    }
    // A random world of 1,000 images (a fixed seed), every status, task and flag.
    let mut seed = 7u64;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let statuses = [
        "available",
        "available",
        "creating",
        "error",
        "unavailable",
        "deprecated",
    ];
    let tasks = [
        None,
        None,
        None,
        Some("copying"),
        Some("importing"),
        Some("exporting"),
    ];
    let mut images = Vec::new();
    let mut instances = Vec::new();
    for k in 0..1000u64 {
        let owner = format!("a{}", next(5));
        let region = ["r1", "r2"][next(2) as usize];
        let status = statuses[next(6) as usize];
        let mut image = json!({"id": format!("m-{k}"), "name": "img", "kind": "custom", "ownerId": owner,
            "region": region, "status": status, "encrypted": next(5) == 0, "marketplaceBased": next(7) == 0});
        if let Some(task) = tasks[next(6) as usize] {
            image["task"] = json!(task);
        }
        if next(4) == 0 {
            image["copiedFrom"] = json!(format!("m-{}", next(1000)));
        }
        let sharee = format!("a{}", next(5));
        if sharee != owner && next(3) == 0 {
            image["sharedWith"] = json!([sharee]);
        }
        if next(3) == 0 {
            instances.push(json!({"id": format!("i-{k}"), "ownerId": owner, "region": "r1", "imageId": format!("m-{k}")}));
        }
        images.push(image);
    }
    let world = world(&json!({"provider": "aliyun", "images": images, "instances": instances}));
    for actor in ["a0", "a1", "a4"] {
        agree(&world, actor);
    }
}
