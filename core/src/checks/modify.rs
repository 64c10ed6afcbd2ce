//! Change a name or description (MOD-1, NAME-*), deprecate and restore
//! (DEP-1, DEP-2).

use super::access::{owner_only, provided, sharee_uses_only};
use super::{naming, naming_row, remark, row, Ctx, On, OnImage, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::{ModifyImage, NewStatus};
use crate::decision::{Code, Verdict};
use crate::message::{msg, Action, Arg, Message, Template};
use crate::model::ImageStatus;
use crate::profile::Deprecation;

pub(super) const CHECKS: &[RuleCheck<OnImage<ModifyImage>>] = &[
    row!(Own2, provided),
    row!(Own1, owner_only),
    row!(Mod1, owner_only),
    row!(Shr5, sharee_uses_only),
    naming_row!(naming::on_modify),
    row!(Name4, naming::name_free_for_modify),
    row!(Dep1, status_change),
    row!(Dep2, unshared_before_deprecating),
    remark!(Dep4, still_usable),
];

/// DEP-1: available to deprecated and back (aliyun's status), the flag set
/// and cleared (tencent), or not supported (jdcloud).
fn status_change(ctx: &Ctx, rule: RuleId, on: &On<ModifyImage>, out: &mut Verdict) {
    let Some(to) = on.request.status else {
        return;
    };
    match ctx.profile.supports.deprecation {
        Deprecation::None => {
            out.deny(
                ctx.reason(rule, Code::NotSupported, || msg!(DeprecationUnsupported))
                    .with(|d| d.field = Some("status")),
            );
            return;
        }
        Deprecation::Flag => {
            let deprecate = to == NewStatus::Deprecated;
            if on.image.deprecated == deprecate {
                let template = if deprecate {
                    Template::AlreadyDeprecated
                } else {
                    Template::NotDeprecated
                };
                let message = || Message {
                    template,
                    args: vec![("image", Arg::from(&on.image.id))],
                };
                out.deny(
                    ctx.reason(rule, Code::IncorrectImageStatus, message)
                        .with(|d| d.field = Some("status")),
                );
            }
            return;
        }
        Deprecation::Status => {}
    }
    let from = on.image.status;
    let expected = match to {
        NewStatus::Deprecated => ImageStatus::Available,
        NewStatus::Available => ImageStatus::Deprecated,
    };
    if from != expected {
        let action = match to {
            NewStatus::Deprecated => Action::Deprecate,
            NewStatus::Available => Action::Restore,
        };
        out.deny(
            ctx.reason(rule, Code::IncorrectImageStatus, || {
                msg!(
                    StatusChange,
                    image = &on.image.id,
                    status = from,
                    expected = expected,
                    done = Arg::Done(action)
                )
            })
            .with(|d| d.status = Some(from)),
        );
    }
}

/// DEP-2: unshare before deprecating; the denial lists the accounts.
fn unshared_before_deprecating(ctx: &Ctx, rule: RuleId, on: &On<ModifyImage>, out: &mut Verdict) {
    if on.request.status == Some(NewStatus::Deprecated) {
        super::unshared_first(ctx, rule, on.image, Template::UnshareBeforeDeprecate, out);
    }
}

/// DEP-4: deprecating keeps the image usable for instances.
fn still_usable(ctx: &Ctx, rule: RuleId, on: &On<ModifyImage>, out: &mut Verdict) {
    if on.request.status == Some(NewStatus::Deprecated) {
        out.cause(ctx.reason(rule, Code::InstancesUnaffected, || {
            msg!(InstancesUnaffected, image = &on.image.id)
        }));
    }
}
