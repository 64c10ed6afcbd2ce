//! Copy to another region (CPY-*).

use super::access::{owner_only, provided, sharee_uses_only};
use super::{encryption, naming, row, task, Ctx, On, OnImage, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::CopyImage;
use crate::decision::{Code, Verdict};
use crate::message::{msg, Arg};
use crate::model::DiskKind;
use crate::text::Typed;

pub(super) const CHECKS: &[RuleCheck<OnImage<CopyImage>>] = &[
    row!(Own2, provided),
    row!(Own1, owner_only),
    row!(Cpy2, owner_only),
    row!(Shr5, sharee_uses_only),
    row!(Cpy3, source_available),
    row!(Cpy3, region_name),
    row!(Cpy3, other_region),
    row!(Cpy4, cloud_disk_only),
    row!(Tsk2, task::no_copy_running),
    row!(Tsk5, task::no_task),
    row!(Enc2, encryption::encrypted_copy),
    row!(Sim2, new_id_free),
    row!(Sim3, super::room_for_image),
    row!(Name1, naming::aliyun_on),
    row!(Name2, naming::jdcloud_on),
];

/// CPY-3: the source must be available.
fn source_available(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    super::require_available(ctx, rule, on, out);
}

/// CPY-3: the destination a person typed must be a region name (a denial,
/// so a dialog can show it as the user types).
fn region_name(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if let Some(Typed::Invalid(typed)) = &on.request.destination_region {
        out.deny(
            ctx.reason(rule, Code::InvalidRegion, || {
                msg!(InvalidRegion, values = Arg::Quoted(vec![typed.to_string()]))
            })
            .with(|d| {
                d.values = vec![typed.to_string()];
                d.field = Some("destinationRegion");
            }),
        );
    }
}

/// CPY-3: the destination region must differ from the source's.
fn other_region(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    let destination = on.request.destination_region.as_ref();
    if destination.and_then(Typed::valid) == Some(&on.image.region) {
        out.deny(
            ctx.reason(rule, Code::SameRegion, || {
                msg!(SameRegion, image = &on.image.id, region = &on.image.region)
            })
            .with(|d| d.region = Some(on.image.region.to_string())),
        );
    }
}

/// CPY-4 (and EXP-3): only cloud-disk images.
pub(super) fn cloud_disk_only<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if on.image.disk() == DiskKind::Local {
        out.deny(ctx.reason(rule, Code::LocalSystemDisk, || {
            msg!(
                LocalSystemDisk,
                image = &on.image.id,
                done = Arg::Done(on.action)
            )
        }));
    }
}

/// SIM-2: a chosen ID for the copy must be free.
fn new_id_free(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if let Some(id) = &on.request.new_image_id {
        super::require_free_image_id(ctx, rule, id, out);
    }
}
