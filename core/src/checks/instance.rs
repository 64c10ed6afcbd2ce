//! Instances from images: create, re-initialize, replace a system disk
//! (INS-*, SHR-4).

use super::access::sees;
use super::{
    available_for, row, Ctx, ImageView, On, OnImage, OnInstance, OnOwnInstance, RuleCheck, Target,
};
use crate::catalogue::RuleId::{self, *};
use crate::command::{CreateInstance, ReinitDisk};
use crate::decision::{Code, Verdict};
use crate::message::{msg, Action, Noun};
use crate::model::{Image, ImageStatus, Instance};
use crate::text::Region;

pub(super) const CREATE_CHECKS: &[RuleCheck<OnImage<CreateInstance>>] = &[
    row!(Ins1, create_status),
    row!(Ins1, create_same_region),
    row!(Shr4, create_shared_in_region),
    row!(Sim2, instance_id_free),
    row!(Sim3, room_for_instance),
];

/// SIM-3: a new instance fits.
fn room_for_instance(ctx: &Ctx, rule: RuleId, _: &On<CreateInstance>, out: &mut Verdict) {
    super::room_for(ctx, rule, Noun::Instance, ctx.world.instance_count(), out);
}

pub(super) const REINIT_CHECKS: &[RuleCheck<OnOwnInstance<ReinitDisk>>] =
    &[row!(Ins2, source_still_visible)];

/// A system-disk replacement: the actor's instance and the new image.
pub(super) struct Replace<'a> {
    pub instance: &'a Instance,
    pub image: &'a Image,
}

pub(super) const REPLACE_CHECKS: &[RuleCheck<Replacing>] = &[
    row!(Ins3, replace_available),
    row!(Ins3, replace_same_region),
    row!(Shr4, replace_shared_in_region),
];

/// Checks on a replacement.
pub(super) struct Replacing;
impl Target for Replacing {
    type At<'a> = Replace<'a>;
}

const REPLACE: Action = Action::ReplaceSystemDisk;

fn create_status(ctx: &Ctx, rule: RuleId, on: &On<CreateInstance>, out: &mut Verdict) {
    usable_status(ctx, rule, on.image, on.action, out);
}

fn create_same_region(ctx: &Ctx, rule: RuleId, on: &On<CreateInstance>, out: &mut Verdict) {
    same_region(ctx, rule, on.image, &on.request.region, on.action, out);
}

fn create_shared_in_region(ctx: &Ctx, rule: RuleId, on: &On<CreateInstance>, out: &mut Verdict) {
    shared_in_region(ctx, rule, on.image, &on.request.region, out);
}

fn replace_available(ctx: &Ctx, rule: RuleId, r: &Replace, out: &mut Verdict) {
    usable_status(ctx, rule, r.image, REPLACE, out);
}

/// INS-1, INS-3: an available image, or (DEP-4) a deprecated one where the
/// profile keeps deprecated images usable.
fn usable_status(ctx: &Ctx, rule: RuleId, image: &Image, action: Action, out: &mut Verdict) {
    if !(image.status == ImageStatus::Deprecated && ctx.profile.enforces(Dep4)) {
        available_for(ctx, rule, image, action, out);
    }
}

fn replace_same_region(ctx: &Ctx, rule: RuleId, r: &Replace, out: &mut Verdict) {
    same_region(ctx, rule, r.image, &r.instance.region, REPLACE, out);
}

fn replace_shared_in_region(ctx: &Ctx, rule: RuleId, r: &Replace, out: &mut Verdict) {
    shared_in_region(ctx, rule, r.image, &r.instance.region, out);
}

/// INS-1, INS-3: an image is used only in its own region.
fn same_region(
    ctx: &Ctx,
    rule: RuleId,
    image: &Image,
    region: &Region,
    action: Action,
    out: &mut Verdict,
) {
    if image.region != *region {
        out.deny(
            ctx.reason(rule, Code::RegionMismatch, || {
                msg!(
                    RegionMismatch,
                    image = &image.id,
                    image_region = &image.region,
                    action = action,
                    region = region
                )
            })
            .with(|d| d.region = Some(image.region.to_string())),
        );
    }
}

/// SHR-4: a shared image does not cross regions; the owner must copy it.
fn shared_in_region(ctx: &Ctx, rule: RuleId, image: &Image, region: &Region, out: &mut Verdict) {
    if image.region != *region && sees(ctx.actor, image) == Some(ImageView::Shared) {
        out.deny(
            ctx.reason(rule, Code::RegionMismatch, || {
                msg!(
                    SharedInRegionOnly,
                    image = &image.id,
                    image_region = &image.region,
                    region = region
                )
            })
            .with(|d| {
                d.region = Some(image.region.to_string());
                d.accounts = image.owner_id.iter().cloned().collect();
            }),
        );
    }
}

/// SIM-2: a chosen instance ID must be free.
fn instance_id_free(ctx: &Ctx, rule: RuleId, on: &On<CreateInstance>, out: &mut Verdict) {
    if let Some(id) = on
        .request
        .instance_id
        .as_ref()
        .filter(|id| !ctx.world.instance_id_free(id))
    {
        out.deny(
            ctx.reason(rule, Code::IdInUse, || msg!(InstanceIdInUse, id = id))
                .with(|d| d.instances = vec![id.clone()]),
        );
    }
}

/// INS-2: the source image must still exist and be visible to the owner.
/// Deleted and unshared read the same, so nothing leaks about the image.
fn source_still_visible(ctx: &Ctx, rule: RuleId, on: &OnInstance<ReinitDisk>, out: &mut Verdict) {
    let instance = on.instance;
    let visible = ctx
        .world
        .image(&instance.image_id)
        .is_some_and(|image| sees(&instance.owner_id, image).is_some());
    if !visible {
        out.deny(
            ctx.reason(rule, Code::SourceImageUnavailable, || {
                msg!(
                    SourceImageUnavailable,
                    instance = &instance.id,
                    image = &instance.image_id
                )
            })
            .with(|d| {
                d.instances = vec![instance.id.clone()];
                d.images = vec![instance.image_id.clone()];
            }),
        );
    }
}
