//! Provider tasks still running on an image (TSK-*), and cancelling a copy.

use super::access::{owner_only, provided, sharee_uses_only};
use super::{row, Ctx, On, OnImage, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::{CancelCopy, CopyImage};
use crate::decision::{Code, Verdict};
use crate::message::{ids, msg};
use crate::model::Task;
use crate::text::Id;

pub(super) const CANCEL_CHECKS: &[RuleCheck<OnImage<CancelCopy>>] = &[
    row!(Own2, provided),
    row!(Own1, owner_only),
    row!(Shr5, sharee_uses_only),
    row!(Tsk4, copy_running),
];

/// The reason code of a task (its provider code follows from it).
fn code_of(task: Task) -> Code {
    match task {
        Task::Copying => Code::ImageCopying,
        Task::Importing => Code::ImageImporting,
        Task::Exporting => Code::ImageExporting,
    }
}

/// TSK-1 (delete), TSK-5 (share, copy): no task may be running.
pub(super) fn no_task<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if let Some(task) = on.image.task {
        out.deny(
            ctx.reason(rule, code_of(task), || {
                msg!(
                    TaskRunning,
                    image = &on.image.id,
                    task = task,
                    action = on.action
                )
            })
            .with(|d| d.task = Some(task)),
        );
    }
}

/// TSK-5 on export, where a task refuses an export too (tencent).
pub(super) fn no_task_before_export<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if ctx.profile.supports.task_blocks_export {
        no_task(ctx, rule, on, out);
    }
}

/// TSK-3: one export at a time.
pub(super) fn not_exporting<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if on.image.task == Some(Task::Exporting) {
        no_task(ctx, rule, on, out);
    }
}

/// TSK-2: one running copy per source.
pub(super) fn no_copy_running(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    let running: Vec<Id> = ctx
        .world
        .copies_of(&on.image.id)
        .filter(|id| {
            ctx.world
                .image(id)
                .is_some_and(|copy| copy.task == Some(Task::Copying))
        })
        .cloned()
        .collect();
    if !running.is_empty() {
        out.deny(
            ctx.reason(rule, Code::CopyConflict, || {
                msg!(CopyRunning, image = &on.image.id, images = ids(&running))
            })
            .with(|d| d.images = running),
        );
    }
}

/// TSK-4: only a copy still running can be cancelled, where the provider can.
fn copy_running(ctx: &Ctx, rule: RuleId, on: &On<CancelCopy>, out: &mut Verdict) {
    let image = on.image;
    if !ctx.profile.supports.cancel_copy {
        out.deny(ctx.reason(rule, Code::NotSupported, || msg!(CancelUnsupported)));
    } else if image.copied_from.is_none() {
        out.deny(ctx.reason(rule, Code::NotACopy, || msg!(NotACopy, image = &image.id)));
    } else if image.task != Some(Task::Copying) {
        out.deny(
            ctx.reason(rule, Code::IncorrectImageStatus, || {
                msg!(CopyFinished, image = &image.id)
            })
            .with(|d| d.status = Some(image.status)),
        );
    } else {
        out.cause(
            ctx.reason(rule, Code::CopyDeleted, || {
                msg!(CopyDeleted, image = &image.id)
            })
            .with(|d| d.images = vec![image.id.clone()]),
        );
    }
}
