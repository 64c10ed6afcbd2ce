//! Messages and rule texts in Simplified Chinese: every template has a text
//! in both locales with the same placeholders; every reason code the engine
//! can produce, produced by a real state, reads in Chinese and names its IDs
//! and counts; `rule`, `code` and `details` never change with the locale.
mod common;
use common::*;
use image_policy_core::message::Template;
use image_policy_core::{api, decide, decode, rule_text, Code, Decision, Locale, Reason, RuleId};
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|s| s.split('}').next())
        // `{name|one|other}` is English agreement on `name`.
        .map(|s| s.split('|').next().unwrap_or_default().to_string())
        .collect()
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// Latin words in a Chinese text that are not placeholders, IDs, codes or
/// the literal values a rule names.
fn english_words(text: &str) -> Vec<String> {
    const ALLOWED: [&str; 5] = ["ID", "acs", "aliyun", "http", "https"];
    let without_placeholders: String = {
        let mut out = String::new();
        let mut depth = 0;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    };
    without_placeholders
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1 && !ALLOWED.contains(w))
        .map(str::to_string)
        .collect()
}

/// A sample message of every template, so both tables can be compared.
fn rendered(template: Template, locale: Locale) -> String {
    let message = image_policy_core::message::Message {
        template,
        args: Vec::new(),
    };
    image_policy_core::render(&message, locale)
}

#[test]
fn every_template_has_both_locales_with_the_same_placeholders() {
    for &template in Template::ALL {
        let en = rendered(template, Locale::En);
        let zh = rendered(template, Locale::ZhCn);
        assert_eq!(
            placeholders(&en),
            placeholders(&zh),
            "{template:?}: {en} / {zh}"
        );
        assert!(has_chinese(&zh), "{template:?}: {zh}");
        assert!(
            english_words(&zh).is_empty(),
            "{template:?}: {zh}: {:?}",
            english_words(&zh)
        );
    }
}

#[test]
fn every_rule_text_is_in_chinese() {
    for &rule in RuleId::ALL {
        let zh = rule_text(Locale::ZhCn, rule, None);
        assert!(has_chinese(&zh), "{}", rule.as_str());
        let english = english_words(&zh);
        assert!(english.is_empty(), "{}: {english:?}", rule.as_str());
        assert!(
            !has_chinese(&rule_text(Locale::En, rule, None)),
            "{}",
            rule.as_str()
        );
    }
    // The same rules in both locales, each in its own language, against
    // texts written out here rather than read back from the tables.
    for provider in ["aliyun", "jdcloud"] {
        let zh = api::rules(Some(provider), Locale::ZhCn).unwrap();
        let en = api::rules(Some(provider), Locale::En).unwrap();
        let ids = |rules: &[api::RuleEntry]| rules.iter().map(|r| r.id).collect::<Vec<_>>();
        assert_eq!(ids(&zh), ids(&en), "{provider}");
        for (zh, en) in zh.iter().zip(&en) {
            assert!(
                has_chinese(&zh.text) && !has_chinese(&en.text),
                "{}",
                zh.id.as_str()
            );
        }
    }
    assert!(rule_text(Locale::En, RuleId::Del1, None)
        .starts_with("An image shared with any account cannot be deleted"));
    assert!(rule_text(Locale::ZhCn, RuleId::Del1, None).starts_with("已共享给任何账号的镜像"));
    assert!(rule_text(Locale::ZhCn, RuleId::Uns2, None).contains("未共享给任何账号"));
}

#[test]
fn locale_tags_are_matched_case_insensitively() {
    for tag in ["zh", "zh-CN", "ZH-cn", "zh-Hans", "zh-Hans-CN"] {
        assert_eq!(Locale::parse(tag), Ok(Locale::ZhCn), "{tag}");
    }
    for tag in ["en", "en-US", "EN-gb"] {
        assert_eq!(Locale::parse(tag), Ok(Locale::En), "{tag}");
    }
    // v3: resolved by lookup, as Intl does; what resolves to nothing is English.
    for tag in ["zh-TW", "zh-Hant-HK", "ZH"] {
        assert_eq!(Locale::parse(tag), Ok(Locale::ZhCn), "{tag}");
    }
    for tag in ["fr", "fr-CA", "english"] {
        assert_eq!(Locale::parse(tag), Ok(Locale::En), "{tag}");
    }
    for tag in [
        "",
        "zh CN",
        "-en",
        "en--US",
        "e",
        "zh_CN",
        "en-toolongsubtag",
    ] {
        assert!(Locale::parse(tag).is_err(), "{tag}");
    }
    assert_eq!(decode::options(r#"{"locale":"de"}"#), Ok(Locale::En));
    assert_eq!(
        decode::options(r#"{"locale":["de-AT","zh-TW"]}"#),
        Ok(Locale::ZhCn)
    );
    let error = decode::options(r#"{"locale":"zh CN"}"#).unwrap_err();
    assert_eq!(
        (error.argument.as_str(), error.path.as_str()),
        ("options", "locale")
    );
    let error = decode::options(r#"{"locale":["en","zh CN"]}"#).unwrap_err();
    assert_eq!(error.path, "locale[1]");
    assert!(
        decode::options(r#"{"language":"zh"}"#).is_err(),
        "unknown option"
    );
}

fn all_reasons(decision: &Decision) -> impl Iterator<Item = &Reason> {
    decision
        .reasons
        .iter()
        .chain(&decision.warnings)
        .chain(&decision.consequences)
}

/// A state and a command for every reason code the engine can produce.
fn scenarios() -> Vec<(Code, Value, Value)> {
    let share = |accounts: &[&str]| json!({"type": "shareImage", "actor": OWNER, "imageId": "own-1", "accountIds": accounts});
    let delete = |image: &str| json!({"type": "deleteImage", "actor": OWNER, "imageId": image});
    let copy = |image: &str, region: &str| json!({"type": "copyImage", "actor": OWNER, "imageId": image, "destinationRegion": region});
    let with = |provider: &str, image: &str, edit: Value| {
        let mut state = state(provider);
        for (k, v) in edit.as_object().unwrap() {
            image_mut(&mut state, image)[k] = v.clone();
        }
        state
    };
    let mut many = aliyun();
    image_mut(&mut many, "own-1")["sharedWith"] =
        json!((0..50).map(|n| format!("acct-{n}")).collect::<Vec<_>>());
    let mut tasks = aliyun();
    tasks["images"].as_array_mut().unwrap().push(json!({"id": "copy-1", "name": "web", "kind": "custom",
        "ownerId": OWNER, "region": OTHER_REGION, "status": "creating", "copiedFrom": "own-1", "task": "copying"}));
    vec![
        (Code::NotFound, aliyun(), delete("nope")),
        (Code::ImageIsPublic, aliyun(), delete("pub-1")),
        (
            Code::NotOwner,
            aliyun(),
            json!({"type": "deleteImage", "actor": FRIEND, "imageId": "shared-1"}),
        ),
        (
            Code::MarketplaceBased,
            aliyun(),
            json!({"type": "shareImage", "actor": OWNER, "imageId": "mb-1", "accountIds": [FRIEND]}),
        ),
        (Code::ShareLimitExceeded, many, share(&["x-1"])),
        (Code::ShareWithOwner, aliyun(), share(&[OWNER])),
        (
            Code::IncorrectImageStatus,
            with("jdcloud", "own-1", json!({"status": "creating"})),
            delete("own-1"),
        ),
        (Code::ImageShared, aliyun(), delete("shared-1")),
        (Code::ImageInUse, aliyun(), delete("used-1")),
        (
            Code::SourceInstanceExists,
            with(
                "jdcloud",
                "own-1",
                json!({"systemDisk": "local", "sourceInstanceId": "i-own"}),
            ),
            delete("own-1"),
        ),
        (Code::SameRegion, aliyun(), copy("own-1", REGION)),
        (
            Code::RegionMismatch,
            aliyun(),
            json!({"type": "createInstance", "actor": FRIEND, "imageId": "shared-1", "region": OTHER_REGION}),
        ),
        (
            Code::LocalSystemDisk,
            with("jdcloud", "own-1", json!({"systemDisk": "local"})),
            copy("own-1", OTHER_REGION),
        ),
        (
            Code::InvalidBucketName,
            aliyun(),
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "-x"}),
        ),
        (
            Code::InvalidName,
            aliyun(),
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": "1bad"}),
        ),
        (
            Code::InvalidDescription,
            aliyun(),
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "description": "http://x"}),
        ),
        (
            Code::SourceImageUnavailable,
            with("aliyun", "shared-1", json!({"sharedWith": []})),
            json!({"type": "reinitDisk", "actor": FRIEND, "instanceId": "i-friend"}),
        ),
        (
            Code::IdInUse,
            aliyun(),
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "newImageId": "used-1"}),
        ),
        (
            Code::ImageCopying,
            tasks.clone(),
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "copy-1", "force": true}),
        ),
        (
            Code::ImageImporting,
            with("aliyun", "own-1", json!({"task": "importing"})),
            delete("own-1"),
        ),
        (
            Code::ImageExporting,
            with("aliyun", "own-1", json!({"task": "exporting"})),
            delete("own-1"),
        ),
        (
            Code::CopyConflict,
            tasks.clone(),
            copy("own-1", "cn-shanghai"),
        ),
        (
            Code::NotACopy,
            aliyun(),
            json!({"type": "cancelCopy", "actor": OWNER, "imageId": "own-1"}),
        ),
        (
            Code::NotSupported,
            jdcloud(),
            json!({"type": "cancelCopy", "actor": OWNER, "imageId": "own-1"}),
        ),
        (
            Code::EncryptedSnapshot,
            with("aliyun", "own-1", json!({"encrypted": true})),
            share(&[FRIEND]),
        ),
        (
            Code::AlreadyShared,
            with("aliyun", "own-1", json!({"sharedWith": [FRIEND]})),
            share(&[FRIEND]),
        ),
        (
            Code::NotShared,
            aliyun(),
            json!({"type": "unshareImage", "actor": OWNER, "imageId": "own-1", "accountIds": [FRIEND]}),
        ),
        (Code::DuplicateAccount, aliyun(), share(&[FRIEND, FRIEND])),
        (
            Code::OptionIgnored,
            aliyun(),
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true}),
        ),
        (
            Code::ReinitLost,
            aliyun(),
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true}),
        ),
        (Code::NoNewInstances, aliyun(), delete("own-1")),
        (
            Code::AccessRevoked,
            aliyun(),
            json!({"type": "unshareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]}),
        ),
        (Code::AccessGranted, aliyun(), share(&[FRIEND])),
        (Code::CopiesUnaffected, tasks.clone(), delete("own-1")),
        (Code::SnapshotsKept, aliyun(), delete("own-1")),
        (
            Code::SnapshotsDeleted,
            jdcloud(),
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true}),
        ),
        (
            Code::CopyDeleted,
            tasks,
            json!({"type": "cancelCopy", "actor": OWNER, "imageId": "copy-1"}),
        ),
        (
            Code::InstancesUnaffected,
            aliyun(),
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "status": "deprecated"}),
        ),
    ]
}

/// Every code from a real state: a Chinese message naming the IDs and counts
/// of its details; the same rule, code and details as in English.
#[test]
fn every_reason_code_reads_in_chinese_with_its_ids() {
    let mut covered = BTreeSet::new();
    for (code, state, command_json) in scenarios() {
        let world = world(&state);
        let command = command(command_json.clone());
        let zh = decide(&world, &command).render(Locale::ZhCn);
        let en = decide(&world, &command).render(Locale::En);
        let reason = all_reasons(&zh)
            .find(|r| r.code == code)
            .unwrap_or_else(|| panic!("{code:?} not produced by {command_json}: {zh:#?}"));
        let message = &reason.message;
        assert!(has_chinese(message), "{code:?}: {message}");
        let d = &reason.details;
        let named = d
            .instances
            .iter()
            .chain(&d.snapshots)
            .chain(&d.images)
            .map(|id| id.to_string());
        let accounts = d
            .accounts
            .iter()
            .map(|a| a.to_string())
            .filter(|_| code != Code::NotOwner);
        for id in named.chain(accounts) {
            assert!(message.contains(&id), "{code:?}: {message} lacks {id}");
        }
        for n in [d.limit, d.current, d.requested].into_iter().flatten() {
            assert!(
                message.contains(&n.to_string()),
                "{code:?}: {message} lacks {n}"
            );
        }
        let strip = |d: &Decision| {
            all_reasons(d)
                .map(|r| (r.rule, r.code, r.details.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(&zh), strip(&en), "{code:?}: only messages change");
        covered.insert(format!("{code:?}"));
    }
    let capacity = "CapacityExceeded"; // a 1,000,000-row state: tests/capacity.rs
    assert_eq!(
        covered.len() + 1,
        39,
        "every code of the 39 but {capacity} covered here: {covered:?}"
    );
}

/// English agrees with the count: one instance "keeps", two "keep"
/// (DEL-3's consequence, rendered from a real state).
#[test]
fn english_singular_and_plural_agree_with_the_count() {
    let mut state = aliyun();
    let force = json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true});
    let one = check(&state, force.clone());
    assert_eq!(
        consequence(&one, Code::ReinitLost).message,
        format!("Instance i-own (of {OWNER}) keeps running but will no longer be able to re-initialize its disks.")
    );
    state["instances"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "i-two", "ownerId": OWNER, "region": REGION, "imageId": "used-1"}));
    let two = check(&state, force);
    assert_eq!(
        consequence(&two, Code::ReinitLost).message,
        format!("Instances i-own and i-two (of {OWNER}) keep running but will no longer be able to re-initialize their disks.")
    );
    let zh = decide(
        &world(&state),
        &command(
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true}),
        ),
    )
    .render(Locale::ZhCn);
    assert!(consequence(&zh, Code::ReinitLost)
        .message
        .contains("i-own、i-two"));
}
