//! `rules()` texts: the shared text names no cloud, and each cloud's clause
//! comes from its own folder (its notes) or its profile (its figures).

use image_policy_core::{api, rule_text, shared_rule_text, Locale, Provider, RuleId};

const LOCALES: [Locale; 2] = [Locale::En, Locale::ZhCn];

/// A new cloud changes no shared text: none names a cloud of the registry.
#[test]
fn shared_rule_texts_name_no_cloud() {
    for &rule in RuleId::ALL {
        for locale in LOCALES {
            let shared = shared_rule_text(locale, rule).to_lowercase();
            for cloud in Provider::ALL {
                let names = [cloud.as_str(), cloud.profile().name_zh_cn];
                for name in names {
                    assert!(
                        !shared.contains(name),
                        "{}: {name} in {shared}",
                        rule.as_str()
                    );
                }
            }
        }
    }
}

/// A note is shown only with a rule its cloud enforces, and a cloud says
/// each rule's clause once.
#[test]
fn every_note_is_on_a_rule_its_cloud_enforces() {
    for &cloud in Provider::ALL {
        let notes = cloud.profile().rule_notes;
        for (i, note) in notes.iter().enumerate() {
            assert!(
                cloud.profile().enforces(note.rule),
                "{cloud:?} {:?}",
                note.rule
            );
            assert!(notes[..i].iter().all(|earlier| earlier.rule != note.rule));
            assert!(
                note.en.starts_with(|c: char| c.is_ascii_lowercase()),
                "{}",
                note.en
            );
            let text = rule_text(Locale::En, note.rule, Some(cloud));
            assert!(
                text.to_lowercase().ends_with(&note.en.to_lowercase()),
                "{text}"
            );
        }
    }
}

/// SHR-2 and SHR-6 take their numbers from the profile, per cloud.
#[test]
fn shr_2_and_shr_6_texts_take_their_numbers_from_the_profile() {
    for &cloud in Provider::ALL {
        let profile = cloud.profile();
        let entries = api::rules(Some(cloud.as_str()), Locale::En).unwrap();
        let text = |rule| &entries.iter().find(|e| e.id == rule).unwrap().text;
        let shr2 = text(RuleId::Shr2);
        assert!(
            shr2.ends_with(&format!("At most {} accounts.", profile.share_limit)),
            "{shr2}"
        );
        let shr6 = text(RuleId::Shr6);
        match profile.accounts_per_request {
            Some(cap) => assert!(
                shr6.ends_with(&format!("At most {cap} accounts per request.")),
                "{shr6}"
            ),
            None => assert!(
                shr6.ends_with("No cap per request is published, so only SHR-2 bounds one."),
                "{shr6}"
            ),
        }
        let zh = api::rules(Some(cloud.as_str()), Locale::ZhCn).unwrap();
        let shr2_zh = &zh.iter().find(|e| e.id == RuleId::Shr2).unwrap().text;
        assert!(
            shr2_zh.ends_with(&format!("最多 {} 个账号。", profile.share_limit)),
            "{shr2_zh}"
        );
    }
}

/// NAME-1, NAME-2 and NAME-3: a cloud's naming note states its own limits.
#[test]
fn name_1_2_3_notes_state_the_naming_rules_limits() {
    for &cloud in Provider::ALL {
        let naming = &cloud.profile().naming;
        for locale in LOCALES {
            let text = rule_text(locale, naming.rule, Some(cloud));
            assert!(
                text.contains(&naming.name.max.to_string()),
                "{cloud:?}: {text}"
            );
            assert!(
                text.contains(&naming.description.max.to_string()),
                "{cloud:?}: {text}"
            );
        }
    }
}

/// Every cloud: each clause after its name, even where one cloud enforces
/// the rule; one cloud: the clause alone.
#[test]
fn dep_1_and_cpy_5_list_each_clouds_clause_by_name() {
    let cpy5 = rule_text(Locale::En, RuleId::Cpy5, None);
    for cloud in Provider::enforcing(RuleId::Cpy5) {
        assert!(cpy5.contains(&format!(" {}: ", cloud.as_str())), "{cpy5}");
    }
    let all = api::rules(None, Locale::En).unwrap();
    let dep1 = &all.iter().find(|e| e.id == RuleId::Dep1).unwrap().text;
    let zh = api::rules(None, Locale::ZhCn).unwrap();
    let dep1_zh = &zh.iter().find(|e| e.id == RuleId::Dep1).unwrap().text;
    for &cloud in Provider::enforcing(RuleId::Dep1).iter() {
        assert!(dep1.contains(&format!(" {}: ", cloud.as_str())), "{dep1}");
        assert!(
            dep1_zh.contains(&format!("{}：", cloud.profile().name_zh_cn)),
            "{dep1_zh}"
        );
        let alone = rule_text(Locale::En, RuleId::Dep1, Some(cloud));
        assert!(!alone.contains(&format!("{}: ", cloud.as_str())), "{alone}");
    }
}
