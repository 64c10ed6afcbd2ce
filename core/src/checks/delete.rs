//! Delete and force delete (DEL-*).

use super::access::{owner_only, provided, sharee_uses_only};
use super::snapshots::fates;
use super::{remark, row, Ctx, On, OnImage, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::DeleteImage;
use crate::decision::{Code, Verdict};
use crate::message::{ids, msg, Template};
use crate::model::{DiskKind, ImageStatus};
use crate::text::Id;

pub(super) const CHECKS: &[RuleCheck<OnImage<DeleteImage>>] = &[
    row!(Own2, provided),
    row!(Own1, owner_only),
    row!(Shr5, sharee_uses_only),
    row!(Del1, not_shared),
    row!(Del2, force_when_in_use),
    row!(Del6, deletable_status),
    row!(Del7, local_source_gone),
    row!(Tsk1, super::task::no_task),
    remark!(Del3, instances_lose_reinit),
    remark!(Del4, copies_unaffected),
    remark!(Del5, snapshots_kept),
    remark!(Del8, snapshots_fate),
];

/// DEL-1: unshare from every account first; the denial lists them.
fn not_shared(ctx: &Ctx, rule: RuleId, on: &On<DeleteImage>, out: &mut Verdict) {
    super::unshared_first(ctx, rule, on.image, Template::UnshareBeforeDelete, out);
}

/// DEL-2: an image with instances (listed, or reported by the provider as
/// in use) needs force delete; names the listed instances.
fn force_when_in_use(ctx: &Ctx, rule: RuleId, on: &On<DeleteImage>, out: &mut Verdict) {
    if !ctx.profile.supports.force_delete {
        // tencent: no force delete, and instances never block (DEL-3 names them).
        if on.request.force {
            out.deny(
                ctx.reason(rule, Code::NotSupported, || msg!(ForceUnsupported))
                    .with(|d| d.field = Some("force")),
            );
        }
        return;
    }
    if on.request.force {
        return;
    }
    let instances: Vec<Id> = ctx
        .world
        .instances_of(&on.image.id)
        .map(|i| i.id.clone())
        .collect();
    if !instances.is_empty() {
        out.deny(
            ctx.reason(rule, Code::ImageInUse, || {
                msg!(
                    ForceDelete,
                    image = &on.image.id,
                    instances = ids(&instances)
                )
            })
            .with(|d| d.instances = instances),
        );
    } else if on.image.in_use {
        out.deny(ctx.reason(rule, Code::ImageInUse, || {
            msg!(InUseDelete, image = &on.image.id)
        }));
    }
}

/// DEL-6: only available or error images can be deleted.
fn deletable_status(ctx: &Ctx, rule: RuleId, on: &On<DeleteImage>, out: &mut Verdict) {
    let status = on.image.status;
    if !matches!(status, ImageStatus::Available | ImageStatus::Error) {
        out.deny(
            ctx.reason(rule, Code::IncorrectImageStatus, || {
                msg!(DeletableStatus, image = &on.image.id, status = status)
            })
            .with(|d| d.status = Some(status)),
        );
    }
}

/// DEL-7: a local-system-disk image stays while its source instance exists.
fn local_source_gone(ctx: &Ctx, rule: RuleId, on: &On<DeleteImage>, out: &mut Verdict) {
    if on.image.disk() != DiskKind::Local {
        return;
    }
    if let Some(source) = on
        .image
        .source_instance_id
        .as_ref()
        .and_then(|id| ctx.world.instance(id))
    {
        out.deny(
            ctx.reason(rule, Code::SourceInstanceExists, || {
                msg!(
                    SourceInstanceExists,
                    image = &on.image.id,
                    instance = &source.id
                )
            })
            .with(|d| d.instances = vec![source.id.clone()]),
        );
    }
}

/// DEL-3: no new instances; existing ones (sharees' too) lose re-initialization.
fn instances_lose_reinit(ctx: &Ctx, rule: RuleId, on: &On<DeleteImage>, out: &mut Verdict) {
    out.cause(ctx.reason(rule, Code::NoNewInstances, || {
        msg!(NoNewInstances, image = &on.image.id)
    }));
    let instances: Vec<Id> = ctx
        .world
        .instances_of(&on.image.id)
        .map(|i| i.id.clone())
        .collect();
    if !instances.is_empty() {
        let mut owners: Vec<_> = ctx
            .world
            .instances_of(&on.image.id)
            .map(|i| i.owner_id.clone())
            .collect();
        owners.sort();
        owners.dedup();
        out.cause(
            ctx.reason(rule, Code::ReinitLost, || {
                msg!(
                    ReinitLostOnDelete,
                    instances = ids(&instances),
                    accounts = ids(&owners)
                )
            })
            .with(|d| {
                d.instances = instances;
                d.accounts = owners;
            }),
        );
    }
}

/// DEL-4: copies and the source of a copy are independent.
fn copies_unaffected(ctx: &Ctx, rule: RuleId, on: &On<DeleteImage>, out: &mut Verdict) {
    let mut related: Vec<Id> = ctx.world.copies_of(&on.image.id).cloned().collect();
    if let Some(source) = on
        .image
        .copied_from
        .as_ref()
        .filter(|s| ctx.world.image(s).is_some())
    {
        related.push(source.clone());
    }
    if !related.is_empty() {
        out.cause(
            ctx.reason(rule, Code::CopiesUnaffected, || {
                msg!(CopiesUnaffected, images = ids(&related))
            })
            .with(|d| d.images = related),
        );
    }
}

/// DEL-5: the snapshots stay; asking to delete them changes nothing.
fn snapshots_kept(ctx: &Ctx, rule: RuleId, on: &On<DeleteImage>, out: &mut Verdict) {
    if on.request.delete_snapshots {
        out.warn(ctx.reason(rule, Code::OptionIgnored, || msg!(SnapshotsAlwaysKept)));
    }
    snapshots_fate(ctx, rule, on, out);
}

/// DEL-8 (and DEL-5): which snapshots go, which stay and why.
fn snapshots_fate(ctx: &Ctx, rule: RuleId, on: &On<DeleteImage>, out: &mut Verdict) {
    let fates = fates(
        ctx.world,
        ctx.profile,
        on.image,
        on.request.delete_snapshots,
    );
    if !fates.deleted.is_empty() {
        out.cause(
            ctx.reason(rule, Code::SnapshotsDeleted, || {
                msg!(SnapshotsDeleted, snapshots = ids(&fates.deleted))
            })
            .with(|d| d.snapshots = fates.deleted.clone()),
        );
    }
    if !fates.kept.is_empty() {
        let kept: Vec<Id> = fates.kept.iter().map(|k| k.snapshot_id.clone()).collect();
        out.cause(
            ctx.reason(rule, Code::SnapshotsKept, || {
                msg!(SnapshotsKept, snapshots = ids(&kept))
            })
            .with(|d| {
                d.snapshots = kept;
                d.kept = fates.kept;
            }),
        );
    }
}
