//! Model-based properties over random states and command sequences, both
//! profiles. `PROPTEST_CASES=N` runs more (the long mode).
#[path = "support/gen.rs"]
mod gen;

use image_policy_core::api::{self, Engine};
use image_policy_core::Locale;
use image_policy_core::*;
use proptest::prelude::*;

/// The image only its owner may act on with `command`; a copy is the
/// owner's alone except where sharees copy too (tencent, CPY-2).
fn owned_image_of(command: &Command, provider: Provider) -> Option<&Id> {
    match command {
        Command::CopyImage(c) if !provider.profile().supports.sharee_copies_in_region => {
            Some(&c.image_id)
        }
        Command::ShareImage(c) | Command::UnshareImage(c) => Some(&c.image_id),
        Command::DeleteImage(c) => Some(&c.image_id),
        Command::ExportImage(c) => Some(&c.image_id),
        Command::ModifyImage(c) => Some(&c.image_id),
        _ => None,
    }
}

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    /// After every step: check agrees with apply; a denial changes nothing
    /// and names a rule; shares stay within limits and never include the
    /// owner; only owners change images; deleted images are gone for
    /// everyone; Engine and the stateless JSON functions agree.
    #[test]
    fn lifecycle_invariants(state in gen::state(), commands in proptest::collection::vec(gen::command(), 1..16)) {
        let mut world = World::new(state).expect("generated states are valid");
        let mut engine = Engine::from_world(world.clone());
        let limit = world.provider().profile().share_limit;
        for command in &commands {
            let before = serde_json::to_string(&world.to_state()).unwrap();
            let command_json = serde_json::to_string(command).unwrap();
            let decision = decide(&world, command).render(Locale::En);

            // Stateless JSON functions give the same decision and state.
            let stateless = serde_json::to_value(api::apply_command(&before, &command_json, Locale::En).unwrap()).unwrap();
            prop_assert_eq!(&stateless["decision"], &serde_json::to_value(&decision).unwrap());
            let via_check = serde_json::to_value(api::check(&before, &command_json, Locale::En).unwrap()).unwrap();
            prop_assert_eq!(&via_check["allowed"], &stateless["ok"]);
            let via_engine = serde_json::to_value(engine.apply(&command_json, Locale::En).unwrap()).unwrap();
            prop_assert_eq!(&via_engine["decision"], &stateless["decision"]);

            // API.md v4: an allowed step carries the requests toProviderRequests
            // writes for it; a denied one has none, and toProviderRequests
            // refuses it with the rules of its reasons.
            let requests = api::to_provider_requests(&before, &command_json);
            if decision.allowed {
                let requests = serde_json::to_value(requests.expect("an allowed command has requests")).unwrap();
                prop_assert_eq!(&stateless["requests"], &requests);
                prop_assert_eq!(&via_engine["requests"], &requests);
            } else {
                prop_assert!(stateless.get("requests").is_none());
                let error = requests.expect_err("a denied command has no requests");
                prop_assert_eq!(error.argument, Argument::Command);
                for rule in decision.denying_rules() {
                    prop_assert!(error.message.contains(rule.as_str()), "{}", error.message);
                }
            }

            let owner_before = owned_image_of(command, world.provider()).and_then(|id| world.image(id)).and_then(|i| i.owner_id.clone());
            let result = apply(&mut world, command);
            prop_assert_eq!(result.is_ok(), decision.allowed);
            let after = serde_json::to_string(&world.to_state()).unwrap();
            prop_assert_eq!(&after, &serde_json::to_string(&engine.to_state()).unwrap());
            match &result {
                Err(denied) => {
                    prop_assert_eq!(&before, &after, "a denied command changes nothing");
                    prop_assert!(!denied.reasons.is_empty());
                    prop_assert!(denied.reasons.iter().all(|r| RuleId::parse(r.rule.as_str()).is_some()));
                }
                Ok(applied) => {
                    prop_assert_eq!(&serde_json::to_value(world.to_state()).unwrap(), &stateless["state"]);
                    prop_assert!(applied.decision.reasons.is_empty());
                    if let Some(owner) = owner_before {
                        prop_assert_eq!(&owner, command.actor(), "only the owner changes an image");
                    }
                    if let Command::DeleteImage(c) = command {
                        prop_assert!(world.image(&c.image_id).is_none());
                        for account in gen::ACCOUNTS {
                            let create = Command::CreateInstance(CreateInstance {
                                actor: AccountId::new(account).unwrap(),
                                image_id: c.image_id.clone(),
                                region: Region::new("r1").unwrap(),
                                instance_id: None,
                            });
                            let d = decide(&world, &create);
                            prop_assert!(d.denies_by(RuleId::Vis1), "deleted image is invisible to {}", account);
                        }
                    }
                }
            }
            for image in world.images() {
                prop_assert!(image.shared_with.len() <= limit, "share limit");
                prop_assert!(image.owner_id.as_ref().is_none_or(|o| !image.shared_with.contains(o)), "never shared with its owner");
            }
        }
    }
}
