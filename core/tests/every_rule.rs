//! Coverage from the registry: for every cloud of `Provider::ALL` and every
//! rule its profile enforces, a scenario in which that rule shows, by its
//! ID, in the answer (a reason, warning or consequence), or, for a rule that
//! only shapes the simulation, in what the applied command did. The
//! scenarios are one exhaustive `match` on `RuleId`: a rule added to the
//! catalogue does not compile here until it has one. Where a cloud's rule
//! differs, the scenario reads the profile's capabilities, never its name.

mod common;

use common::*;
use image_policy_core::profile::{EncryptedCopy, Profile};
use image_policy_core::{apply, decide, Decision, Event, Provider, RuleId, World};
use serde_json::{json, Value};

/// Where a rule shows.
enum Shows {
    /// Among the decision's reasons, warnings or consequences.
    InAnswer,
    /// In what the allowed command did to the world.
    Applied(fn(&World, &[Event]) -> bool),
}

struct Scenario {
    world: World,
    command: Value,
    shows: Shows,
}

fn named(state: Value, command: Value) -> Scenario {
    Scenario {
        world: world(&state),
        command,
        shows: Shows::InAnswer,
    }
}

fn applied(state: Value, command: Value, test: fn(&World, &[Event]) -> bool) -> Scenario {
    Scenario {
        world: world(&state),
        command,
        shows: Shows::Applied(test),
    }
}

/// SIM-3: a world holding as many instances as a state may.
fn full_of_instances(provider: Provider) -> World {
    let mut state = image_policy_core::decode::state(&json!({"provider": provider.as_str(), "images": [
        {"id": "pub-1", "name": "CentOS", "kind": "public", "region": REGION, "status": "available"}]}).to_string())
    .unwrap();
    let owner = image_policy_core::AccountId::new(OWNER).unwrap();
    let region = image_policy_core::Region::new(REGION).unwrap();
    let image = image_policy_core::Id::new("pub-1").unwrap();
    state.instances = (0..image_policy_core::MAX_ITEMS)
        .map(|k| image_policy_core::Instance {
            id: image_policy_core::Id::new(format!("i-{k}")).unwrap(),
            owner_id: owner.clone(),
            region: region.clone(),
            image_id: image.clone(),
        })
        .collect();
    World::new(state).unwrap()
}

fn edit(provider: &str, image: &str, fields: Value) -> Value {
    let mut state = state(provider);
    let target = image_mut(&mut state, image);
    for (key, value) in fields.as_object().unwrap() {
        target[key] = value.clone();
    }
    state
}

fn delete(image: &str) -> Value {
    json!({"type": "deleteImage", "actor": OWNER, "imageId": image})
}

fn share(image: &str, accounts: &[&str]) -> Value {
    json!({"type": "shareImage", "actor": OWNER, "imageId": image, "accountIds": accounts})
}

fn copy(actor: &str, image: &str, region: &str) -> Value {
    json!({"type": "copyImage", "actor": actor, "imageId": image, "destinationRegion": region})
}

fn modify(fields: Value) -> Value {
    let mut command = json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1"});
    for (key, value) in fields.as_object().unwrap() {
        command[key] = value.clone();
    }
    command
}

fn create_from_instance(instance: &str) -> Value {
    json!({"type": "createImage", "actor": OWNER, "name": "fresh", "from": "instance", "instanceId": instance})
}

/// The scenario in which `rule` shows for a cloud with `profile`.
fn scenario(rule: RuleId, p: &'static Profile) -> Scenario {
    use RuleId::*;
    let name = p.provider.as_str();
    let base = || state(name);
    match rule {
        // A new image from an instance is the actor's custom image.
        Kind1 => applied(base(), create_from_instance("i-own"), |world, _| {
            let custom = image_policy_core::ImageKind::Custom;
            world
                .images()
                .any(|i| i.name.as_str() == "fresh" && i.kind == custom)
        }),
        Vis1 => named(base(), delete("nowhere-1")),
        Own1 => named(
            base(),
            json!({"type": "deleteImage", "actor": FRIEND, "imageId": "shared-1"}),
        ),
        Own2 => named(base(), delete("pub-1")),
        Crt1 => named(base(), create_from_instance("i-friend")),
        // The image records its source instance.
        Crt2 => applied(base(), create_from_instance("i-own"), |world, _| {
            let from_i_own = |i: &image_policy_core::Image| {
                i.source_instance_id
                    .as_ref()
                    .is_some_and(|s| s.as_str() == "i-own")
            };
            world.images().any(from_i_own)
        }),
        Shr1 => named(
            base(),
            json!({"type": "shareImage", "actor": FRIEND, "imageId": "shared-1", "accountIds": [STRANGER]}),
        ),
        Shr2 => {
            let accounts: Vec<String> = (0..p.share_limit).map(|n| format!("acct{n}")).collect();
            named(
                edit(name, "own-1", json!({"sharedWith": accounts})),
                share("own-1", &["one-more"]),
            )
        }
        Shr3 => named(base(), share("mb-1", &[FRIEND])),
        Shr4 => named(
            base(),
            json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": OTHER_REGION}),
        ),
        Shr5 => named(
            base(),
            json!({"type": "exportImage", "actor": FRIEND, "imageId": "shared-1", "bucket": "my-bucket"}),
        ),
        Shr6 => named(base(), share("own-1", &["not an account"])),
        Shr7 => named(
            edit(name, "own-1", json!({"status": "creating"})),
            share("own-1", &[FRIEND]),
        ),
        Shr8 => named(
            edit(name, "own-1", json!({"byol": true})),
            share("own-1", &[FRIEND]),
        ),
        Uns1 => named(
            base(),
            json!({"type": "unshareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]}),
        ),
        Uns2 => named(
            base(),
            json!({"type": "unshareImage", "actor": OWNER, "imageId": "own-1", "accountIds": []}),
        ),
        Del1 => named(base(), delete("shared-1")),
        // Without force where it exists; asking for it where it does not.
        Del2 if p.supports.force_delete => named(base(), delete("used-1")),
        Del2 => named(
            base(),
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true}),
        ),
        Del3 => named(
            base(),
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": p.supports.force_delete}),
        ),
        Del4 => named(
            edit(name, "own-1", json!({"copiedFrom": "used-1"})),
            delete("own-1"),
        ),
        Del5 => named(
            base(),
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true}),
        ),
        Del6 => named(
            edit(name, "own-1", json!({"status": "creating"})),
            delete("own-1"),
        ),
        Del7 => named(
            edit(
                name,
                "own-1",
                json!({"systemDisk": "local", "sourceInstanceId": "i-base"}),
            ),
            delete("own-1"),
        ),
        Del8 => named(
            base(),
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true}),
        ),
        // The copy is a new image of the actor's.
        Cpy1 => applied(
            base(),
            copy(OWNER, "own-1", OTHER_REGION),
            |world, events| {
                let copied = events
                    .iter()
                    .any(|e| matches!(e, Event::ImageCopied { .. }));
                let owned = world.images().filter(|i| i.is_owned_by(OWNER)).count();
                copied && owned == 5
            },
        ),
        // A sharee's copy: refused, or kept in the image's region.
        Cpy2 if p.supports.sharee_copies_in_region => {
            named(base(), copy(FRIEND, "shared-1", OTHER_REGION))
        }
        Cpy2 => named(base(), copy(FRIEND, "shared-1", REGION)),
        Cpy3 => named(base(), copy(OWNER, "own-1", "cn hangzhou")),
        Cpy4 => named(
            edit(name, "own-1", json!({"systemDisk": "local"})),
            copy(OWNER, "own-1", OTHER_REGION),
        ),
        Cpy5 => named(
            base(),
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "name": "kept"}),
        ),
        Exp1 => named(
            base(),
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "-bad"}),
        ),
        Exp2 => named(
            base(),
            json!({"type": "exportImage", "actor": OWNER, "imageId": "mb-1", "bucket": "my-bucket"}),
        ),
        Exp3 => named(
            edit(name, "own-1", json!({"systemDisk": "local"})),
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "my-bucket"}),
        ),
        Mod1 => named(
            base(),
            json!({"type": "modifyImage", "actor": FRIEND, "imageId": "shared-1", "name": "mine"}),
        ),
        // The profile's own naming rule, at one past its longest name.
        Name1 | Name2 | Name3 => named(
            base(),
            modify(json!({"name": "x".repeat(p.naming.name.max + 1)})),
        ),
        Name4 => named(base(), modify(json!({"name": "db"}))),
        Ins1 => named(
            edit(name, "own-1", json!({"status": "creating"})),
            json!({"type": "createInstance", "actor": OWNER, "imageId": "own-1", "region": REGION}),
        ),
        Ins2 => named(
            edit(name, "shared-1", json!({"sharedWith": []})),
            json!({"type": "reinitDisk", "actor": FRIEND, "instanceId": "i-friend"}),
        ),
        Ins3 => named(
            edit(name, "own-1", json!({"status": "creating"})),
            json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-own", "imageId": "own-1"}),
        ),
        Tsk1 => named(
            edit(
                name,
                "own-1",
                json!({"task": "importing", "status": "creating"}),
            ),
            delete("own-1"),
        ),
        Tsk2 => {
            let mut state = base();
            state["images"].as_array_mut().unwrap().push(json!({
                "id": "copy-1", "name": "web", "kind": "custom", "ownerId": OWNER, "region": OTHER_REGION,
                "status": "creating", "task": "copying", "copiedFrom": "own-1"}));
            named(state, copy(OWNER, "own-1", "cn-shanghai"))
        }
        Tsk3 => named(
            edit(name, "own-1", json!({"task": "exporting"})),
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "my-bucket"}),
        ),
        Tsk4 => named(
            base(),
            json!({"type": "cancelCopy", "actor": OWNER, "imageId": "own-1"}),
        ),
        Tsk5 => named(
            edit(name, "own-1", json!({"task": "exporting"})),
            share("own-1", &[FRIEND]),
        ),
        // Restoring an available image: no deprecation here, not a
        // deprecated status, or a flag already clear.
        Dep1 => named(base(), modify(json!({"status": "available"}))),
        Dep2 => named(
            base(),
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "shared-1", "status": "deprecated"}),
        ),
        Dep3 => named(
            edit(name, "own-1", json!({"status": "deprecated"})),
            share("own-1", &[FRIEND]),
        ),
        Dep4 => named(base(), modify(json!({"status": "deprecated"}))),
        Enc1 => named(
            edit(name, "own-1", json!({"encrypted": true})),
            share("own-1", &[FRIEND]),
        ),
        // An encrypted image leaving its region: refused, or made an encrypted copy.
        Enc2 => match p.supports.encrypted_copy {
            EncryptedCopy::AnyRegion => named(
                edit(name, "own-1", json!({"encrypted": true})),
                copy(OWNER, "own-1", OTHER_REGION),
            ),
            EncryptedCopy::None | EncryptedCopy::SameRegion => named(
                base(),
                json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "encrypted": true}),
            ),
        },
        Enc3 => named(
            edit(name, "own-1", json!({"encrypted": true})),
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "my-bucket"}),
        ),
        Sim1 => named(
            base(),
            json!({"type": "deleteInstance", "actor": OWNER, "instanceId": "i-friend"}),
        ),
        Sim2 => named(
            base(),
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "newImageId": "used-1"}),
        ),
        Sim3 => Scenario {
            world: full_of_instances(p.provider),
            command: json!({"type": "createInstance", "actor": OWNER, "imageId": "pub-1", "region": REGION}),
            shows: Shows::InAnswer,
        },
    }
}

fn shows(decision: &Decision, rule: RuleId) -> bool {
    let answer = decision.reasons.iter().chain(&decision.warnings);
    answer.chain(&decision.consequences).any(|r| r.rule == rule)
}

#[test]
fn every_rule_a_cloud_enforces_shows_in_a_scenario_of_that_cloud() {
    let mut checked = 0;
    let mut missing = Vec::new();
    for &provider in Provider::ALL {
        let profile = provider.profile();
        for &rule in RuleId::ALL.iter().filter(|&&r| profile.enforces(r)) {
            let Scenario {
                mut world,
                command,
                shows: expected,
            } = scenario(rule, profile);
            let command = common::command(command);
            let seen = match expected {
                Shows::InAnswer => shows(&decide(&world, &command), rule),
                Shows::Applied(test) => match apply(&mut world, &command) {
                    Ok(applied) => test(&world, &applied.events),
                    Err(_) => false,
                },
            };
            if !seen {
                missing.push(format!("{} in {}", rule.as_str(), provider.as_str()));
            }
            checked += 1;
        }
    }
    assert!(missing.is_empty(), "no scenario shows: {missing:?}");
    assert!(checked > 100, "{checked} rule-cloud pairs checked");
}
