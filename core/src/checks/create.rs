//! Create or import an image (CRT-1, SIM-2, NAME-*).

use super::{naming, naming_row, row, Ctx, Plain, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::{CreateImage, CreateSource};
use crate::decision::{Code, Verdict};
use crate::message::{ids, msg, Noun};
use crate::model::{Instance, Snapshot};
use crate::text::{Id, Region};
use crate::world::World;

pub(super) const CHECKS: &[RuleCheck<Plain<CreateImage>>] = &[
    row!(Sim2, id_free),
    row!(Sim3, room),
    row!(Crt1, own_source),
    row!(Crt1, source_region),
    naming_row!(naming::on_create),
    row!(Name4, naming::name_free_for_create),
];

/// SIM-3: the new image, and the snapshot an image from an instance or an
/// import gets, fit.
fn room(ctx: &Ctx, rule: RuleId, request: &CreateImage, out: &mut Verdict) {
    super::room_for(ctx, rule, Noun::Image, ctx.world.image_count(), out);
    if request.from != CreateSource::Snapshots {
        super::room_for(ctx, rule, Noun::Snapshot, ctx.world.snapshot_count(), out);
    }
}

fn id_free(ctx: &Ctx, rule: RuleId, request: &CreateImage, out: &mut Verdict) {
    if let Some(id) = &request.image_id {
        super::require_free_image_id(ctx, rule, id, out);
    }
}

/// The source instance, if the actor owns it.
pub(crate) fn source_instance<'a>(world: &'a World, request: &CreateImage) -> Option<&'a Instance> {
    let id = request
        .instance_id
        .as_ref()
        .filter(|_| request.from == CreateSource::Instance)?;
    world.instance(id).filter(|i| i.owner_id == request.actor)
}

/// The source snapshots the actor owns, in request order.
fn own_snapshots<'a>(
    world: &'a World,
    request: &'a CreateImage,
) -> impl Iterator<Item = (&'a Id, Option<&'a Snapshot>)> {
    request.snapshot_ids.iter().map(move |id| {
        (
            id,
            world.snapshot(id).filter(|s| s.owner_id == request.actor),
        )
    })
}

/// The region of the new image: the source's, or the one given for import.
pub(crate) fn new_image_region(world: &World, request: &CreateImage) -> Option<Region> {
    match request.from {
        CreateSource::Instance => source_instance(world, request).map(|i| i.region.clone()),
        CreateSource::Snapshots => own_snapshots(world, request)
            .find_map(|(_, s)| s)
            .map(|s| s.region.clone()),
        CreateSource::Import => request.region.clone(),
    }
}

/// CRT-1: from an instance or snapshots the actor owns.
fn own_source(ctx: &Ctx, rule: RuleId, request: &CreateImage, out: &mut Verdict) {
    match request.from {
        CreateSource::Instance => {
            if source_instance(ctx.world, request).is_none() {
                let id = request.instance_id.clone().into_iter().collect::<Vec<_>>();
                out.deny(
                    ctx.reason(rule, Code::NotFound, || {
                        msg!(SourceInstanceNotYours, instances = ids(&id))
                    })
                    .with(|d| d.instances = id),
                );
            }
        }
        CreateSource::Snapshots => {
            let missing: Vec<Id> = own_snapshots(ctx.world, request)
                .filter(|(_, s)| s.is_none())
                .map(|(id, _)| id.clone())
                .collect();
            if !missing.is_empty() {
                out.deny(
                    ctx.reason(rule, Code::NotFound, || {
                        msg!(SnapshotsNotYours, snapshots = ids(&missing))
                    })
                    .with(|d| d.snapshots = missing),
                );
            }
        }
        CreateSource::Import => {}
    }
}

/// CRT-1: the image lands in the source's region; snapshots share one region.
fn source_region(ctx: &Ctx, rule: RuleId, request: &CreateImage, out: &mut Verdict) {
    let Some(region) = new_image_region(ctx.world, request) else {
        return;
    };
    let strays: Vec<Id> = own_snapshots(ctx.world, request)
        .filter_map(|(_, s)| s)
        .filter(|s| s.region != region)
        .map(|s| s.id.clone())
        .collect();
    if !strays.is_empty() {
        out.deny(
            ctx.reason(rule, Code::RegionMismatch, || {
                msg!(
                    SnapshotsInOtherRegion,
                    snapshots = ids(&strays),
                    region = &region
                )
            })
            .with(|d| {
                d.snapshots = strays;
                d.region = Some(region.to_string());
            }),
        );
    }
    if let Some(asked) = request.region.as_ref().filter(|asked| **asked != region) {
        out.deny(
            ctx.reason(rule, Code::RegionMismatch, || {
                msg!(LandsInSourceRegion, region = &region, asked = asked)
            })
            .with(|d| d.region = Some(region.to_string())),
        );
    }
}
