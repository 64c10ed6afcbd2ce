//! Any bytes, split at the first 0xFF into a state and a command, through
//! every entry point of the contract (serde_json in, typed answers out). Nothing may panic; a decision and
//! an apply must agree, and a denial must leave the Engine's state as it was.
#![no_main]

use image_policy_core::api::{self, Engine};
use image_policy_core::{Locale, Provider};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == 0xFF).unwrap_or(data.len());
    let state = String::from_utf8_lossy(&data[..split]);
    let command = String::from_utf8_lossy(data.get(split + 1..).unwrap_or_default());

    let locale = if data.len() % 2 == 0 { Locale::En } else { Locale::ZhCn };
    let checked = api::check(&state, &command, locale);
    let applied = api::apply_command(&state, &command, locale);
    assert_eq!(checked.is_ok(), applied.is_ok());
    if let (Ok(checked), Ok(applied)) = (&checked, &applied) {
        assert_eq!(checked.allowed, applied.ok);
        assert_eq!(checked, &applied.decision);
    }
    for kind in ["deleteImage", "shareImage", "copyImage", "createInstance"] {
        let _ = api::can(kind, &state, &command, locale);
    }
    let _ = api::to_provider_requests(&state, &command);
    // The first part read as provider data by every cloud of the registry:
    // any state it gives is valid.
    for provider in Provider::ALL {
        if let Ok(read) = api::state_from(provider.as_str(), &state) {
            assert!(image_policy_core::World::new(read).is_ok());
        }
    }
    if let Ok(mut engine) = Engine::new(&state) {
        let before = engine.to_state();
        if let Ok(answer) = engine.apply(&command, locale) {
            if !answer.ok {
                assert_eq!(engine.to_state(), before, "a denial changes nothing");
            }
        }
        let _ = engine.allowed_actions(&command, "m-1", locale);
    }
});
