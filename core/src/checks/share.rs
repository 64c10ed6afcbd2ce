//! Share and unshare (SHR-*, UNS-*).

use super::access::{owner_only, provided, sharee_uses_only};
use super::{remark, row, Ctx, On, OnImage, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::ShareImage;
use crate::decision::{Code, Verdict};
use crate::message::{ids, msg, Action, Arg, Noun};
use crate::model::{ImageKind, ImageStatus};
use crate::text::{AccountId, Typed};

pub(super) const SHARE_CHECKS: &[RuleCheck<OnImage<ShareImage>>] = &[
    row!(Own2, provided),
    row!(Own1, owner_only),
    row!(Shr1, own_custom_only),
    row!(Shr5, sharee_uses_only),
    row!(Shr3, not_marketplace_based),
    row!(Shr7, available_only),
    row!(Shr8, not_byol),
    row!(Dep3, not_deprecated),
    row!(Tsk5, super::task::no_task),
    row!(Enc1, super::encryption::not_encrypted),
    row!(Shr6, typed_accounts),
    row!(Shr6, accounts),
    row!(Shr2, within_limit),
    remark!(Shr5, access_granted),
];

pub(super) const UNSHARE_CHECKS: &[RuleCheck<OnImage<ShareImage>>] = &[
    row!(Own2, provided),
    row!(Own1, owner_only),
    row!(Shr6, typed_accounts),
    row!(Shr6, duplicate_accounts),
    row!(Uns2, shared_at_all),
    remark!(Uns1, access_revoked),
];

/// The well-formed accounts a request names, in request order.
fn named<'a>(on: &On<'a, ShareImage>) -> impl Iterator<Item = &'a AccountId> {
    on.request.account_ids.iter().filter_map(Typed::valid)
}

/// The accounts a share request would add, in request order: no repeats, not
/// already shared, not the owner.
pub(crate) fn accounts_to_add<'a>(on: &On<'a, ShareImage>) -> Vec<&'a AccountId> {
    let mut added: Vec<&AccountId> = Vec::new();
    for account in named(on) {
        let is_owner = on.image.owner_id.as_ref() == Some(account);
        if !is_owner && !on.image.is_shared_with(account) && !added.contains(&account) {
            added.push(account);
        }
    }
    added
}

/// The accounts an unshare request would remove, in request order.
pub(crate) fn accounts_to_remove<'a>(on: &On<'a, ShareImage>) -> Vec<&'a AccountId> {
    let mut removed: Vec<&AccountId> = Vec::new();
    for account in named(on) {
        if on.image.is_shared_with(account) && !removed.contains(&account) {
            removed.push(account);
        }
    }
    removed
}

/// DEP-3: a deprecated image is not shared.
fn not_deprecated(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    if on.image.status == ImageStatus::Deprecated {
        out.deny(
            ctx.reason(rule, Code::IncorrectImageStatus, || {
                msg!(DeprecatedNotShared, image = &on.image.id)
            })
            .with(|d| d.status = Some(ImageStatus::Deprecated)),
        );
    }
}

/// SHR-1: only custom images created in the actor's own account.
fn own_custom_only(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    if !on.image.is_owned_by(ctx.actor) {
        let code = if on.image.kind == ImageKind::Custom {
            Code::NotOwner
        } else {
            Code::ImageIsPublic
        };
        out.deny(ctx.reason(rule, code, || msg!(OnlyOwnCustomShared)));
    }
}

/// SHR-3: custom images based on marketplace images cannot be shared.
fn not_marketplace_based(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    if on.image.marketplace_based {
        out.deny(ctx.reason(rule, Code::MarketplaceBased, || {
            msg!(
                MarketplaceBased,
                image = &on.image.id,
                done = Arg::Done(Action::Share)
            )
        }));
    }
}

/// SHR-8: a bring-your-own-licence image is not shared.
fn not_byol(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    if on.image.byol {
        out.deny(ctx.reason(rule, Code::ByolImage, || {
            msg!(ByolNotShared, image = &on.image.id)
        }));
    }
}

/// SHR-7: only available images can be shared.
fn available_only(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    if on.image.status != ImageStatus::Available {
        out.deny(
            ctx.reason(rule, Code::IncorrectImageStatus, || {
                msg!(ShareStatus, image = &on.image.id, status = on.image.status)
            })
            .with(|d| d.status = Some(on.image.status)),
        );
    }
}

/// SHR-6: what a person typed: each value an account ID, and no more of them
/// than the profile's cap per request (denials, so a dialog can show them as
/// the user types).
fn typed_accounts(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    let malformed: Vec<String> = on
        .request
        .account_ids
        .iter()
        .filter(|a| a.valid().is_none())
        .map(|a| a.as_str().to_string())
        .collect();
    if !malformed.is_empty() {
        out.deny(
            ctx.reason(rule, Code::InvalidAccountId, || {
                msg!(InvalidAccountId, values = Arg::Quoted(malformed.clone()))
            })
            .with(|d| {
                d.values = malformed;
                d.field = Some("accountIds");
            }),
        );
    }
    let named = on.request.account_ids.len();
    let Some(cap) = ctx.profile.accounts_per_request else {
        return;
    };
    if named > cap {
        out.deny(
            ctx.reason(rule, Code::TooManyAccounts, || {
                msg!(
                    TooManyAccounts,
                    limit = Arg::Count(cap, Noun::Account),
                    named = Arg::Count(named, Noun::Account)
                )
            })
            .with(|d| {
                d.limit = Some(cap);
                d.requested = Some(named);
                d.field = Some("accountIds");
            }),
        );
    }
}

/// SHR-6: not with the owner (denial); already shared or repeated (warnings).
fn accounts(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    let owner = on.image.owner_id.as_ref();
    if let Some(owner) = owner.filter(|o| named(on).any(|a| a == *o)) {
        out.deny(
            ctx.reason(rule, Code::ShareWithOwner, || {
                msg!(ShareWithOwner, owner = owner, image = &on.image.id)
            })
            .with(|d| d.accounts = vec![owner.clone()]),
        );
    }
    let already: Vec<AccountId> = distinct(named(on))
        .into_iter()
        .filter(|a| on.image.is_shared_with(a))
        .cloned()
        .collect();
    if !already.is_empty() {
        out.warn(
            ctx.reason(rule, Code::AlreadyShared, || {
                msg!(
                    AlreadyShared,
                    image = &on.image.id,
                    accounts = ids(&already)
                )
            })
            .with(|d| d.accounts = already),
        );
    }
    duplicate_accounts(ctx, rule, on, out);
}

/// SHR-6: an account named twice in one request counts once.
fn duplicate_accounts(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    let named: Vec<&AccountId> = named(on).collect();
    let mut repeated: Vec<AccountId> = Vec::new();
    for (at, &account) in named.iter().enumerate() {
        if named[..at].contains(&account) && !repeated.contains(account) {
            repeated.push(account.clone());
        }
    }
    if !repeated.is_empty() {
        out.warn(
            ctx.reason(rule, Code::DuplicateAccount, || {
                msg!(DuplicateAccount, accounts = ids(&repeated))
            })
            .with(|d| d.accounts = repeated),
        );
    }
}

/// SHR-2: the share limit, counted after the request; refused whole.
fn within_limit(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    let current = on.image.shared_with.len();
    let adding = accounts_to_add(on).len();
    let limit = ctx.profile.share_limit;
    if current + adding > limit {
        out.deny(
            ctx.reason(rule, Code::ShareLimitExceeded, || {
                msg!(
                    ShareLimit,
                    limit = Arg::Count(limit, Noun::Account),
                    image = &on.image.id,
                    current = Arg::Count(current, Noun::Account),
                    adding = Arg::Count(adding, Noun::Account)
                )
            })
            .with(|d| {
                d.limit = Some(limit);
                d.current = Some(current);
                d.requested = Some(adding);
            }),
        );
    }
}

/// SHR-5 and SHR-4: what the new sharees gain, and where.
fn access_granted(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    let added: Vec<AccountId> = accounts_to_add(on).into_iter().cloned().collect();
    if !added.is_empty() {
        out.cause(
            ctx.reason(rule, Code::AccessGranted, || {
                msg!(
                    AccessGranted,
                    accounts = ids(&added),
                    image = &on.image.id,
                    region = &on.image.region
                )
            })
            .with(|d| {
                d.accounts = added;
                d.region = Some(on.image.region.to_string());
            }),
        );
    }
}

/// UNS-2: an unshare naming nobody, of an image shared with nobody, is
/// refused (the console's button greys out); accounts not shared are a
/// warning and a no-op.
fn shared_at_all(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    if on.request.account_ids.is_empty() && on.image.shared_with.is_empty() {
        out.deny(ctx.reason(rule, Code::NotShared, || {
            msg!(SharedWithNobody, image = &on.image.id)
        }));
    }
    let not_shared: Vec<AccountId> = distinct(named(on))
        .into_iter()
        .filter(|a| !on.image.is_shared_with(a))
        .cloned()
        .collect();
    if !not_shared.is_empty() {
        out.warn(
            ctx.reason(rule, Code::NotShared, || {
                msg!(NotShared, image = &on.image.id, accounts = ids(&not_shared))
            })
            .with(|d| d.accounts = not_shared),
        );
    }
}

/// UNS-1: what the former sharees lose.
fn access_revoked(ctx: &Ctx, rule: RuleId, on: &On<ShareImage>, out: &mut Verdict) {
    let removed: Vec<AccountId> = accounts_to_remove(on).into_iter().cloned().collect();
    if removed.is_empty() {
        return;
    }
    let instances: Vec<_> = ctx
        .world
        .instances_of(&on.image.id)
        .filter(|i| removed.contains(&i.owner_id))
        .map(|i| i.id.clone())
        .collect();
    out.cause(
        ctx.reason(rule, Code::AccessRevoked, || {
            msg!(
                AccessRevoked,
                accounts = ids(&removed),
                image = &on.image.id
            )
        })
        .with(|d| d.accounts = removed.clone()),
    );
    if !instances.is_empty() {
        out.cause(
            ctx.reason(rule, Code::ReinitLost, || {
                msg!(
                    ReinitLostOnUnshare,
                    instances = ids(&instances),
                    accounts = ids(&removed)
                )
            })
            .with(|d| {
                d.instances = instances;
                d.accounts = removed;
            }),
        );
    }
}

fn distinct<'a>(accounts: impl Iterator<Item = &'a AccountId>) -> Vec<&'a AccountId> {
    let mut seen: Vec<&AccountId> = Vec::new();
    for account in accounts {
        if !seen.contains(&account) {
            seen.push(account);
        }
    }
    seen
}
