//! The catalogue in the code matches shared/RULES.md: same IDs, same profiles.
use image_policy_core::Locale;
use image_policy_core::{api, Provider, RuleId};

/// Where RULES.md lives: `shared/` beside the repository.
const RULES_MD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/RULES.md");

/// `(id, profiles)` rows of RULES.md: the profile cell is `all` or a list of
/// provider names, e.g. `jdcloud, tencent`. A missing file fails the test:
/// a catalogue checked against nothing must not count as a pass.
fn rules_md() -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(RULES_MD).unwrap_or_else(|e| {
        panic!("{RULES_MD}: {e}. The catalogue test needs shared/RULES.md beside the repository")
    });
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let id = *cells.get(1)?;
            let is_id = id.contains('-')
                && id
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
            let profiles: Vec<String> = match *cells.get(2)? {
                "all" => ["aliyun", "jdcloud", "tencent"].map(String::from).to_vec(),
                list => list.split(',').map(|p| p.trim().to_string()).collect(),
            };
            let known = profiles
                .iter()
                .all(|p| ["aliyun", "jdcloud", "tencent"].contains(&p.as_str()));
            (is_id && known).then(|| (id.to_string(), profiles))
        })
        .collect()
}

#[test]
fn every_rule_of_rules_md_is_in_the_code_with_its_profiles() {
    let rows = rules_md();
    assert_eq!(rows.len(), 52, "RULES.md v4 rows read");
    let shipped: Vec<&str> = Provider::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(shipped, ["aliyun", "jdcloud", "tencent"]);
    for (id, profiles) in &rows {
        let rule = RuleId::parse(id).unwrap_or_else(|| panic!("{id} missing from the catalogue"));
        let enforcing: Vec<&str> = Provider::enforcing(rule)
            .iter()
            .map(|p| p.as_str())
            .collect();
        assert_eq!(enforcing, *profiles, "{id}");
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
    let all = serde_json::to_value(api::rules(None, Locale::En).unwrap()).unwrap();
    assert_eq!(all.as_array().unwrap().len(), RuleId::ALL.len());
    let jd: serde_json::Value =
        serde_json::to_value(api::rules(Some("jdcloud"), Locale::En).unwrap()).unwrap();
    let ids: Vec<&str> = jd
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"DEL-8") && !ids.contains(&"DEL-2"));
    assert_eq!(
        jd[0]["profiles"],
        serde_json::json!(["aliyun", "jdcloud", "tencent"])
    );
    assert!(jd[0]["text"].as_str().unwrap().starts_with("Kinds"));
    let error = api::rules(Some("aws"), Locale::En).unwrap_err();
    assert_eq!(error.argument.as_str(), "provider");
}
