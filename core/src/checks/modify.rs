//! Change a name or description (MOD-1, NAME-*).

use super::access::{owner_only, provided, sharee_uses_only};
use super::{naming, OnImage, RuleCheck};
use crate::catalogue::RuleId::*;
use crate::command::ModifyImage;

pub(super) const CHECKS: &[RuleCheck<OnImage<ModifyImage>>] = &[
    RuleCheck {
        rule: Own2,
        run: provided,
    },
    RuleCheck {
        rule: Own1,
        run: owner_only,
    },
    RuleCheck {
        rule: Mod1,
        run: owner_only,
    },
    RuleCheck {
        rule: Shr5,
        run: sharee_uses_only,
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
