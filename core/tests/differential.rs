//! A small reference model of the delete and share rules, written from
//! RULES.md alone (plain loops over the plain state, no indexes, no shared
//! code with the engine), checked against the engine on random cases.
//! `PROPTEST_CASES=N` runs more than the default 4,000.
#[path = "support/gen.rs"]
mod gen;

use image_policy_core::*;
use proptest::prelude::*;
use std::collections::BTreeSet;

/// The rule IDs a delete breaks, per RULES.md.
fn reference_delete(
    state: &State,
    actor: &str,
    image_id: &str,
    force: bool,
) -> BTreeSet<&'static str> {
    let aliyun = state.provider == Provider::Aliyun;
    let jdcloud = state.provider == Provider::Jdcloud;
    let tencent = state.provider == Provider::Tencent;
    let mut broken = BTreeSet::new();
    let Some(image) = state.images.iter().find(|i| i.id.as_str() == image_id) else {
        return BTreeSet::from(["VIS-1"]);
    };
    let owner = image.owner_id.as_ref().map(|o| o.as_str());
    let sharee = image.shared_with.iter().any(|a| a.as_str() == actor);
    let custom = image.kind == ImageKind::Custom;
    if custom && owner != Some(actor) && !sharee {
        return BTreeSet::from(["VIS-1"]);
    }
    if !custom {
        broken.insert("OWN-2");
    } else if owner != Some(actor) {
        broken.insert("OWN-1");
        broken.insert("SHR-5");
    }
    if !image.shared_with.is_empty() {
        broken.insert("DEL-1");
    }
    if aliyun && !force && (image.in_use || state.instances.iter().any(|i| i.image_id == image.id))
    {
        broken.insert("DEL-2");
    }
    // tencent: no force delete at all; instances never block.
    if tencent && force {
        broken.insert("DEL-2");
    }
    if !aliyun && !matches!(image.status, ImageStatus::Available | ImageStatus::Error) {
        broken.insert("DEL-6");
    }
    let local = image.system_disk == Some(DiskKind::Local);
    let source_exists = image
        .source_instance_id
        .as_ref()
        .is_some_and(|s| state.instances.iter().any(|i| i.id == *s));
    if jdcloud && local && source_exists {
        broken.insert("DEL-7");
    }
    if image.task.is_some() {
        broken.insert("TSK-1");
    }
    broken
}

/// The rule IDs a share breaks, and the accounts it would add, per RULES.md.
fn reference_share(
    state: &State,
    actor: &str,
    image_id: &str,
    typed: &[Typed<AccountId>],
) -> (BTreeSet<&'static str>, Vec<String>) {
    let accounts: Vec<&AccountId> = typed.iter().filter_map(Typed::valid).collect();
    let aliyun = state.provider == Provider::Aliyun;
    let tencent = state.provider == Provider::Tencent;
    let limit = match state.provider {
        Provider::Aliyun => 50,
        Provider::Jdcloud => 20,
        Provider::Tencent => 500,
    };
    let mut broken = BTreeSet::new();
    let Some(image) = state.images.iter().find(|i| i.id.as_str() == image_id) else {
        return (BTreeSet::from(["VIS-1"]), Vec::new());
    };
    let owner = image.owner_id.as_ref().map(|o| o.as_str());
    let sharee = image.shared_with.iter().any(|a| a.as_str() == actor);
    let custom = image.kind == ImageKind::Custom;
    if custom && owner != Some(actor) && !sharee {
        return (BTreeSet::from(["VIS-1"]), Vec::new());
    }
    if !custom {
        broken.extend(["OWN-2", "SHR-1"]);
    } else if owner != Some(actor) {
        broken.extend(["OWN-1", "SHR-1", "SHR-5"]);
    }
    if aliyun && image.marketplace_based {
        broken.insert("SHR-3");
    }
    if !aliyun && image.status != ImageStatus::Available {
        broken.insert("SHR-7");
    }
    if aliyun && image.status == ImageStatus::Deprecated {
        broken.insert("DEP-3");
    }
    if !aliyun && image.task.is_some() {
        broken.insert("TSK-5");
    }
    if image.encrypted {
        broken.insert("ENC-1");
    }
    if tencent && image.byol {
        broken.insert("SHR-8");
    }
    if accounts.iter().any(|a| Some(a.as_str()) == owner)
        || accounts.len() < typed.len()
        || typed.len() > 50
    {
        broken.insert("SHR-6");
    }
    let mut added: Vec<String> = Vec::new();
    for account in accounts {
        let account = account.as_str().to_string();
        let already = image.shared_with.iter().any(|a| a.as_str() == account);
        if Some(account.as_str()) != owner && !already && !added.contains(&account) {
            added.push(account);
        }
    }
    if image.shared_with.len() + added.len() > limit {
        broken.insert("SHR-2");
    }
    (broken, added)
}

fn rule_set(decision: &Decision) -> BTreeSet<&'static str> {
    decision.reasons.iter().map(|r| r.rule.as_str()).collect()
}

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Accounts to share with: the small pool, or many, to reach SHR-2.
/// Accounts as a person types them: mostly well-formed, some malformed
/// (SHR-6 denies those), sometimes more than 50 in one request.
fn share_accounts() -> impl Strategy<Value = Vec<Typed<AccountId>>> {
    prop_oneof![
        3 => proptest::collection::vec(proptest::sample::select(&gen::ACCOUNTS[..]).prop_map(String::from), 0..=4),
        1 => (0usize..=24).prop_map(|n| (0..n).map(|k| if k % 7 == 0 { "a1".to_string() } else { format!("b{}", k % 23) }).collect()),
        1 => (0usize..=60).prop_map(|n| (0..n).map(|k| match k % 11 { 3 => "bob carol".to_string(), 5 => String::new(), _ => format!("c{k}") }).collect()),
    ]
    .prop_map(|names: Vec<String>| names.into_iter().map(|n| serde_json::from_value(serde_json::Value::String(n)).unwrap()).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(4000), ..ProptestConfig::default() })]

    /// DEL-1, DEL-2, DEL-6, DEL-7, OWN-1, OWN-2, SHR-5, VIS-1 on delete.
    #[test]
    fn delete_matches_the_reference(state in gen::state(), actor in proptest::sample::select(&gen::ACCOUNTS[..]),
                                    image in proptest::sample::select(&gen::IMAGE_IDS[..]), force: bool) {
        let expected = reference_delete(&state, actor, image, force);
        let world = World::new(state).unwrap();
        let command = Command::DeleteImage(DeleteImage {
            actor: AccountId::new(actor).unwrap(), image_id: Id::new(image).unwrap(), force, delete_snapshots: false,
        });
        let decision = decide(&world, &command);
        prop_assert_eq!(rule_set(&decision), expected.clone());
        prop_assert_eq!(decision.allowed, expected.is_empty());
    }

    /// SHR-1, SHR-2, SHR-3, SHR-5, SHR-6, SHR-7, OWN-1, OWN-2, VIS-1 on share,
    /// and the accounts actually added.
    #[test]
    fn share_matches_the_reference(mut state in gen::state(), actor in proptest::sample::select(&gen::ACCOUNTS[..]),
                                   image in proptest::sample::select(&gen::IMAGE_IDS[..]), accounts in share_accounts(),
                                   crowd in 0usize..=50) {
        // Crowd one image's shares so the limits are reached.
        if let Some(first) = state.images.iter_mut().find(|i| i.kind == ImageKind::Custom) {
            let owner = first.owner_id.clone();
            for n in 0..crowd {
                let account = AccountId::new(format!("crowd-{n}")).unwrap();
                if Some(&account) != owner.as_ref() && !first.shared_with.contains(&account) {
                    first.shared_with.push(account);
                }
            }
        }
        let (expected, added) = reference_share(&state, actor, image, &accounts);
        let mut world = World::new(state).unwrap();
        let command = Command::ShareImage(ShareImage { actor: AccountId::new(actor).unwrap(), image_id: Id::new(image).unwrap(), account_ids: accounts });
        let before = world.image(image).map(|i| i.shared_with.len());
        let result = apply(&mut world, &command);
        let decision = match &result { Ok(applied) => &applied.decision, Err(denied) => denied };
        prop_assert_eq!(rule_set(decision), expected.clone());
        if result.is_ok() {
            let shared: Vec<String> = world.image(image).unwrap().shared_with.iter().map(|a| a.to_string()).collect();
            prop_assert_eq!(&shared[before.unwrap()..], &added[..]);
        }
    }
}
