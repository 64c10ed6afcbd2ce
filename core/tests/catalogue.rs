//! The catalogue in the code matches shared/RULES.md: same IDs, same profiles.
use image_policy_core::{api, profile, Provider, RuleId};
use std::path::Path;

/// `(id, profiles)` rows of RULES.md, when the file is beside the repo.
fn rules_md() -> Option<Vec<(String, Vec<Provider>)>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/RULES.md");
    let text = std::fs::read_to_string(path).ok()?;
    let rows = text
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let id = *cells.get(1)?;
            let is_id = id.contains('-')
                && id
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
            let profiles = match *cells.get(2)? {
                "both" => vec![Provider::Aliyun, Provider::Jdcloud],
                "aliyun" => vec![Provider::Aliyun],
                "jdcloud" => vec![Provider::Jdcloud],
                _ => return None,
            };
            is_id.then(|| (id.to_string(), profiles))
        })
        .collect();
    Some(rows)
}

#[test]
fn every_rule_of_rules_md_is_in_the_code_with_its_profiles() {
    let Some(rows) = rules_md() else {
        eprintln!("shared/RULES.md not beside the repo; skipped");
        return;
    };
    assert_eq!(rows.len(), 47, "RULES.md rows read");
    for (id, profiles) in &rows {
        let rule = RuleId::parse(id).unwrap_or_else(|| panic!("{id} missing from the catalogue"));
        assert_eq!(&profile::providers_enforcing(rule), profiles, "{id}");
    }
    let extra: Vec<&str> = RuleId::ALL
        .iter()
        .map(|r| r.as_str())
        .filter(|id| !rows.iter().any(|(r, _)| r == id))
        .collect();
    assert_eq!(
        extra,
        ["SIM-1", "SIM-2", "SIM-3"],
        "only the documented project rules are added"
    );
}

#[test]
fn rules_lists_a_profile_or_everything() {
    let all = serde_json::to_value(api::rules(None).unwrap()).unwrap();
    assert_eq!(all.as_array().unwrap().len(), RuleId::ALL.len());
    let jd: serde_json::Value = serde_json::to_value(api::rules(Some("jdcloud")).unwrap()).unwrap();
    let ids: Vec<&str> = jd
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"DEL-8") && !ids.contains(&"DEL-2"));
    assert_eq!(jd[0]["profiles"], serde_json::json!(["aliyun", "jdcloud"]));
    assert!(jd[0]["text"].as_str().unwrap().starts_with("Kinds"));
    let error = api::rules(Some("aws")).unwrap_err();
    assert_eq!(error.argument.as_str(), "provider");
}
