//! Copy to another region (CPY-*).

use super::access::{owner_only, provided, sharee_uses_only};
use super::{naming, Ctx, On, OnImage, RuleCheck};
use crate::catalogue::RuleId::{self, *};
use crate::command::CopyImage;
use crate::decision::{Code, Verdict};
use crate::model::DiskKind;

pub(super) const CHECKS: &[RuleCheck<OnImage<CopyImage>>] = &[
    RuleCheck {
        rule: Own2,
        run: provided,
    },
    RuleCheck {
        rule: Own1,
        run: owner_only,
    },
    RuleCheck {
        rule: Cpy2,
        run: owner_only,
    },
    RuleCheck {
        rule: Shr5,
        run: sharee_uses_only,
    },
    RuleCheck {
        rule: Cpy3,
        run: source_available,
    },
    RuleCheck {
        rule: Cpy3,
        run: other_region,
    },
    RuleCheck {
        rule: Cpy4,
        run: cloud_disk_only,
    },
    RuleCheck {
        rule: Sim2,
        run: new_id_free,
    },
    RuleCheck {
        rule: Name1,
        run: naming::aliyun_on,
    },
    RuleCheck {
        rule: Name2,
        run: naming::jdcloud_on,
    },
];

/// CPY-3: the source must be available.
fn source_available(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    super::require_available(ctx, rule, on, out);
}

/// CPY-3: the destination region must differ from the source's.
fn other_region(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if on.request.destination_region.as_ref() == Some(&on.image.region) {
        out.deny(
            ctx.reason(
                rule,
                Code::SameRegion,
                format!(
                    "Image {} is already in {}; copy it to another region.",
                    on.image.id, on.image.region
                ),
            )
            .with(|d| d.region = Some(on.image.region.to_string())),
        );
    }
}

/// CPY-4 (and EXP-3): only cloud-disk images.
pub(super) fn cloud_disk_only<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if on.image.disk() == DiskKind::Local {
        out.deny(ctx.reason(
            rule,
            Code::LocalSystemDisk,
            format!(
                "Image {} is of a local system disk; only cloud-disk images can be {}.",
                on.image.id,
                past(on.verb)
            ),
        ));
    }
}

/// SIM-2: a chosen ID for the copy must be free.
fn new_id_free(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    if let Some(id) = &on.request.new_image_id {
        super::require_free_image_id(ctx, rule, id, out);
    }
}

fn past(verb: &str) -> &str {
    match verb {
        "copy" => "copied",
        "export" => "exported",
        other => other,
    }
}
