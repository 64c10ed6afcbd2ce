//! What is written by hand about the clouds agrees with the registry: the
//! TypeScript `Provider` union and its per-cloud notes, and the demo's cloud
//! pickers. A cloud added, or a capability changed, fails here until they
//! say so.

use image_policy_core::profile::{Deprecation, EncryptedCopy};
use image_policy_core::{Provider, RuleId};

fn repo_file(path: &str) -> String {
    let file = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The clouds whose profile passes `test`, as "a", "a and b" or "a, b and c".
fn clouds(test: impl Fn(Provider) -> bool) -> String {
    let names: Vec<&str> = Provider::ALL
        .iter()
        .copied()
        .filter(|&p| test(p))
        .map(Provider::as_str)
        .collect();
    match names.as_slice() {
        [] => "none".into(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn quoted_union() -> String {
    let names: Vec<String> = Provider::ALL
        .iter()
        .map(|p| format!("\"{}\"", p.as_str()))
        .collect();
    names.join(" | ")
}

#[test]
fn types_d_ts_names_the_registry_s_clouds() {
    let types = repo_file("src/types.d.ts");
    let expected = format!("export type Provider = {};", quoted_union());
    assert!(
        types.contains(&expected),
        "types.d.ts should say: {expected}"
    );
}

#[test]
fn types_d_ts_per_cloud_notes_match_the_profiles() {
    let types = repo_file("src/types.d.ts");
    let deprecation = |kind: Deprecation| clouds(|p| p.profile().supports.deprecation == kind);
    let encrypted = |kind: EncryptedCopy| clouds(|p| p.profile().supports.encrypted_copy == kind);
    let notes = [
        format!(
            "`deprecated` exists only in the {} profile (DEP-*)",
            deprecation(Deprecation::Status)
        ),
        format!(
            "{} only: its deprecation flag (DEP-1)",
            deprecation(Deprecation::Flag)
        ),
        format!(
            "{} only: a bring-your-own-licence image (SHR-8)",
            clouds(|p| p.profile().enforces(RuleId::Shr8))
        ),
        format!(
            "(ENC-2: {} into any region, {} within the source's; {} refuses it)",
            encrypted(EncryptedCopy::AnyRegion),
            encrypted(EncryptedCopy::SameRegion),
            encrypted(EncryptedCopy::None)
        ),
        format!(
            "(DEP-1: {}'s status, {}'s flag; {} refuses it)",
            deprecation(Deprecation::Status),
            deprecation(Deprecation::Flag),
            deprecation(Deprecation::None)
        ),
    ];
    for note in notes {
        assert!(types.contains(&note), "types.d.ts should say: {note}");
    }
}

#[test]
fn the_demo_s_cloud_pickers_list_the_registry_s_clouds() {
    let page = repo_file("www/index.html");
    for picker in ["<select id=\"profile\">", "<select id=\"rules-filter\">"] {
        let start = page
            .find(picker)
            .unwrap_or_else(|| panic!("{picker} in www/index.html"));
        let body = &page[start..start + page[start..].find("</select>").unwrap()];
        let values: Vec<&str> = body
            .split("<option value=\"")
            .skip(1)
            .filter_map(|option| option.split('"').next())
            .filter(|value| !value.is_empty())
            .collect();
        let names: Vec<&str> = Provider::ALL.iter().map(|p| p.as_str()).collect();
        assert_eq!(values, names, "{picker}");
    }
}

/// The text between `start` and the next `;` of types.d.ts, its quoted
/// strings in order.
fn quoted_strings_of(types: &str, start: &str) -> Vec<String> {
    let at = types
        .find(start)
        .unwrap_or_else(|| panic!("{start} in types.d.ts"));
    let body = &types[at + start.len()..];
    let body = &body[..body.find(';').unwrap()];
    body.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn types_d_ts_lists_the_declared_commands_and_actions() {
    let types = repo_file("src/types.d.ts");
    let command_types = quoted_strings_of(&types, "export type Command =");
    assert_eq!(command_types, image_policy_core::COMMAND_TYPES);
    let actions = quoted_strings_of(&types, "export type ImageAction =");
    assert_eq!(actions, image_policy_core::ACTIONS);
}

#[test]
fn every_action_stands_for_a_declared_command() {
    for action in image_policy_core::ImageAction::ALL {
        assert!(
            image_policy_core::COMMAND_TYPES.contains(&action.command_type()),
            "{}",
            action.key()
        );
    }
}
