//! Export to a storage bucket (EXP-*).

use super::access::{owner_only, provided, sharee_uses_only};
use super::copy::cloud_disk_only;
use super::{row, Ctx, On, OnImage, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::ExportImage;
use crate::decision::{Code, Verdict};
use crate::message::{msg, Action, Arg, Message};

pub(super) const CHECKS: &[RuleCheck<OnImage<ExportImage>>] = &[
    row!(Own2, provided),
    row!(Own1, owner_only),
    row!(Exp1, owner_only),
    row!(Shr5, sharee_uses_only),
    row!(Exp1, super::require_available),
    row!(Exp1, bucket_name),
    row!(Exp2, not_marketplace_based),
    row!(Exp3, cloud_disk_only),
    row!(Tsk3, super::task::not_exporting),
    row!(Tsk5, super::task::no_task_before_export),
    row!(Enc3, super::encryption::not_encrypted),
];

/// EXP-1: 3 to 63 lowercase letters, digits and `-`, not at either end.
///
/// ```
/// use image_policy_core::checks::bucket_name_problem;
/// assert_eq!(bucket_name_problem("my-images-01"), None);
/// assert!(bucket_name_problem("-images").is_some());
/// assert!(bucket_name_problem("My_Images").is_some());
/// ```
pub fn bucket_name_problem(bucket: &str) -> Option<Message> {
    let chars = bucket.chars().count();
    if !(3..=63).contains(&chars) {
        return Some(msg!(BucketLength, length = chars));
    }
    if !bucket
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Some(msg!(BucketCharacters));
    }
    if bucket.starts_with('-') || bucket.ends_with('-') {
        return Some(msg!(BucketEnds));
    }
    None
}

fn bucket_name(ctx: &Ctx, rule: RuleId, on: &On<ExportImage>, out: &mut Verdict) {
    let problem = on
        .request
        .bucket
        .as_ref()
        .and_then(|bucket| bucket_name_problem(bucket));
    if let Some(problem) = problem {
        out.deny(
            ctx.reason(rule, Code::InvalidBucketName, || problem)
                .with(|d| d.field = Some("bucket")),
        );
    }
}

/// EXP-2: marketplace-based images cannot be exported.
fn not_marketplace_based(ctx: &Ctx, rule: RuleId, on: &On<ExportImage>, out: &mut Verdict) {
    if on.image.marketplace_based {
        out.deny(ctx.reason(rule, Code::MarketplaceBased, || {
            msg!(
                MarketplaceBased,
                image = &on.image.id,
                done = Arg::Done(Action::Export)
            )
        }));
    }
}
