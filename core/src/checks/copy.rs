//! Copy to another region (CPY-*).

use super::access::{owner_only, provided, sees, sharee_uses_only, ImageView};
use super::{encryption, naming, naming_row, row, task, Ctx, On, OnImage, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::CopyImage;
use crate::decision::{Code, Verdict};
use crate::message::{msg, Arg};
use crate::model::DiskKind;
use crate::profile::EncryptedCopy;
use crate::text::Typed;

pub(super) const CHECKS: &[RuleCheck<OnImage<CopyImage>>] = &[
    row!(Own2, provided),
    row!(Own1, copier),
    row!(Cpy2, copier_and_where),
    row!(Shr5, sharee_copier),
    row!(Cpy3, source_available),
    row!(Cpy3, region_name),
    row!(Cpy3, other_region),
    row!(Cpy4, cloud_disk_only),
    row!(Cpy5, keeps_source_naming),
    row!(Tsk2, task::no_copy_running),
    row!(Tsk5, task::no_task),
    row!(Enc2, encryption::encrypted_copy),
    row!(Sim2, new_id_free),
    row!(Sim3, super::room_for_image),
    naming_row!(naming::on_copy),
    row!(Name4, naming::name_free_for_copy),
];

/// Whether the actor copies an image shared with it where the profile lets
/// a sharee copy (tencent, CPY-2).
fn sharee_copy(ctx: &Ctx, on: &On<CopyImage>) -> bool {
    ctx.profile.supports.sharee_copies_in_region
        && sees(ctx.actor, on.image) == Some(ImageView::Shared)
}

/// OWN-1 on copy: only the owner, or a sharee where sharees copy.
fn copier(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if !sharee_copy(ctx, on) {
        owner_only(ctx, rule, on, out);
    }
}

/// SHR-5 on copy: a sharee uses a shared image, except where sharees copy.
fn sharee_copier(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if !sharee_copy(ctx, on) {
        sharee_uses_only(ctx, rule, on, out);
    }
}

/// CPY-2: only the owner copies; where sharees copy (tencent), a sharee's
/// copy stays in the image's region.
fn copier_and_where(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if !sharee_copy(ctx, on) {
        owner_only(ctx, rule, on, out);
    } else if on.leaves_region() {
        out.deny(
            ctx.reason(rule, Code::SameRegionOnly, || {
                msg!(
                    ShareeCopyInRegion,
                    image = &on.image.id,
                    region = &on.image.region
                )
            })
            .with(|d| d.region = Some(on.image.region.to_string())),
        );
    }
}

/// Whether the copy must stay in the source's region (tencent: a sharee's
/// copy, CPY-2; an encrypted copy, ENC-2): CPY-3's other region is not asked.
fn stays_in_region(ctx: &Ctx, on: &On<CopyImage>) -> bool {
    sharee_copy(ctx, on)
        || (on.request.encrypted
            && ctx.profile.supports.encrypted_copy == EncryptedCopy::SameRegion)
}

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
    if stays_in_region(ctx, on) {
        return;
    }
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

/// CPY-5: the provider's copy keeps the source's name and description, so a
/// copy naming either is refused rather than sent without it.
fn keeps_source_naming(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if on.request.name.is_some() {
        out.deny(
            ctx.reason(rule, Code::NotSupported, || msg!(CopyKeepsSourceName))
                .with(|d| d.field = Some("name")),
        );
    }
    if on.request.description.is_some() {
        out.deny(
            ctx.reason(rule, Code::NotSupported, || {
                msg!(CopyKeepsSourceDescription)
            })
            .with(|d| d.field = Some("description")),
        );
    }
}

/// SIM-2: a chosen ID for the copy must be free.
fn new_id_free(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if let Some(id) = &on.request.new_image_id {
        super::require_free_image_id(ctx, rule, id, out);
    }
}
