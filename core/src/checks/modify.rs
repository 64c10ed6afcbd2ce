//! Change a name or description (MOD-1, NAME-*).

use super::access::{owner_only, provided, sharee_uses_only};
use super::{naming, row, OnImage, RuleCheck};
use crate::catalogue::RuleId::*;
use crate::command::ModifyImage;

pub(super) const CHECKS: &[RuleCheck<OnImage<ModifyImage>>] = &[
    row!(Own2, provided),
    row!(Own1, owner_only),
    row!(Mod1, owner_only),
    row!(Shr5, sharee_uses_only),
    row!(Name1, naming::aliyun_on),
    row!(Name2, naming::jdcloud_on),
];
