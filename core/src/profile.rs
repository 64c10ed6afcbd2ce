//! What a rule profile is: which rules a provider enforces, and its
//! capabilities as data. The shared checks read these and never a
//! provider's name; each provider fills one in its folder under
//! `providers/`.

use crate::catalogue::{RuleId, RuleSet};
use crate::decision::Code;
use crate::message::Action;
use crate::model::Provider;

/// The rules marked `all` in the catalogue.
pub(crate) const COMMON_RULES: RuleSet = RuleSet::of(&[
    RuleId::Kind1,
    RuleId::Vis1,
    RuleId::Own1,
    RuleId::Own2,
    RuleId::Crt1,
    RuleId::Crt2,
    RuleId::Shr1,
    RuleId::Shr2,
    RuleId::Shr4,
    RuleId::Shr5,
    RuleId::Shr6,
    RuleId::Uns1,
    RuleId::Uns2,
    RuleId::Del1,
    RuleId::Del3,
    RuleId::Del4,
    RuleId::Cpy1,
    RuleId::Cpy2,
    RuleId::Cpy3,
    RuleId::Exp1,
    RuleId::Mod1,
    RuleId::Ins1,
    RuleId::Ins2,
    RuleId::Ins3,
    RuleId::Tsk1,
    RuleId::Tsk4,
    RuleId::Dep1,
    RuleId::Enc1,
    RuleId::Enc2,
    RuleId::Sim1,
    RuleId::Sim2,
    RuleId::Sim3,
]);

/// Prefixes of the IDs the simulation generates.
#[derive(Debug)]
pub struct IdPrefixes {
    pub image: &'static str,
    pub instance: &'static str,
    pub snapshot: &'static str,
}

/// A provider's code for a condition: `rule` and `action` narrow the match
/// when set (tencent's codes differ by API).
#[derive(Debug)]
pub struct ProviderCode {
    pub rule: Option<RuleId>,
    pub code: Code,
    pub provider_code: &'static str,
    pub action: Option<Action>,
}

/// Operations a provider offers at all, and how; where one is missing,
/// asking for it is refused with `NotSupported` (TSK-4, DEP-1, ENC-2, DEL-2).
#[derive(Debug)]
pub struct Supports {
    /// `cancelCopy` (TSK-4).
    pub cancel_copy: bool,
    /// `modifyImage` with `status` (DEP-1).
    pub deprecation: Deprecation,
    /// `copyImage` with `encrypted` (ENC-2).
    pub encrypted_copy: EncryptedCopy,
    /// `deleteImage` with `force` (read where DEL-2 applies: aliyun offers
    /// it, tencent refuses it as `NotSupported`).
    pub force_delete: bool,
    /// A sharee may copy a shared image into the image's own region (CPY-2).
    pub sharee_copies_in_region: bool,
    /// A task running on an image refuses its export too (TSK-5).
    pub task_blocks_export: bool,
}

/// How a provider deprecates an image (DEP-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deprecation {
    /// It does not: a status change is `NotSupported`.
    None,
    /// The status `deprecated` (aliyun).
    Status,
    /// A flag beside the status, `Image.deprecated` (tencent).
    Flag,
}

/// How a provider makes encrypted copies (ENC-2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncryptedCopy {
    /// It does not: `encrypted: true` is `NotSupported`, an encrypted image
    /// is not copied.
    None,
    /// Into any region; an encrypted image only into an encrypted copy (aliyun).
    AnyRegion,
    /// Of an unencrypted image, in its own region only; an encrypted image is
    /// not copied (tencent).
    SameRegion,
}

/// A provider's naming rule (NAME-1, NAME-2, NAME-3): what a new name or
/// description may be, as data the shared check reads.
#[derive(Debug)]
pub struct Naming {
    /// The rule that reports a bad name or description.
    pub rule: RuleId,
    pub name: NameRule,
    pub description: DescriptionRule,
    /// A copy may carry a description; where not, one is refused as
    /// `NotSupported` under [`Naming::rule`] (tencent's SyncImages).
    pub copy_takes_description: bool,
}

/// What a new image name may be.
#[derive(Debug)]
pub struct NameRule {
    /// Length in characters, inclusive.
    pub min: usize,
    pub max: usize,
    /// Its first character is a letter or a Chinese character.
    pub starts_with_letter: bool,
    /// Characters allowed beside letters, Chinese characters and digits;
    /// `None`: any character.
    pub punctuation: Option<&'static [char]>,
    pub forbidden_prefixes: &'static [&'static str],
    pub forbidden_substrings: &'static [&'static str],
}

/// What a new description may be.
#[derive(Debug)]
pub struct DescriptionRule {
    /// Length in characters, inclusive; a `min` of 0 allows an empty one.
    pub min: usize,
    pub max: usize,
    pub forbidden_prefixes: &'static [&'static str],
}

/// One provider's rule profile.
#[derive(Debug)]
pub struct Profile {
    pub provider: Provider,
    /// The rules enforced.
    pub rules: RuleSet,
    /// Most accounts one image may be shared with (SHR-2).
    pub share_limit: usize,
    /// Most accounts one share or unshare request may name (SHR-6), where
    /// the provider publishes a cap; `None` leaves only SHR-2 to bound one.
    pub accounts_per_request: Option<usize>,
    pub supports: Supports,
    pub naming: Naming,
    pub ids: IdPrefixes,
    pub provider_codes: &'static [ProviderCode],
    /// RULES.md's code table for this provider: each error code its API
    /// returns, and the rules whose condition it reports
    /// (`explainProviderError`).
    pub error_rules: &'static [(&'static str, &'static [RuleId])],
    /// Where what its official SDK throws holds the code of `error_rules`.
    pub error_code_field: ErrorCodeField,
    /// The cloud's name in Chinese rule texts (English ones use its provider
    /// ID, as RULES.md does).
    pub name_zh_cn: &'static str,
    /// What some rules mean in this cloud, where the shared text leaves it
    /// to the cloud (`rules()` adds them after that text).
    pub rule_notes: &'static [RuleNote],
}

/// A rule's clause for one cloud, in each locale: a sentence or more that
/// starts in lower case and follows the cloud's name (`aliyun: ...`), or
/// stands alone, capitalised, when only that cloud is asked about.
#[derive(Debug)]
pub struct RuleNote {
    pub rule: RuleId,
    pub en: &'static str,
    pub zh_cn: &'static str,
}

/// Where an SDK's error object holds the provider's error code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCodeField {
    /// `error.code` (aliyun's SDKs, tencent's `TencentCloudSDKHttpException`).
    Code,
    /// `error.error.status` (jdcloud's plain `{ requestId, error: { code:
    /// 400, status, message } }`, whose numeric `code` is the HTTP status).
    ErrorStatus,
}

impl ErrorCodeField {
    /// The field as a caller would write it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCodeField::Code => "`code`",
            ErrorCodeField::ErrorStatus => "`error.status`",
        }
    }
}

impl Profile {
    /// The provider's error code in what its SDK threw (a bare code counts).
    pub fn error_code_of<'e>(&self, error: &'e crate::error::ThrownError) -> Option<&'e str> {
        let code = error.code.as_deref();
        match self.error_code_field {
            ErrorCodeField::Code => code,
            ErrorCodeField::ErrorStatus => error.status.as_deref().or(code),
        }
    }

    /// Whether this profile enforces `rule`.
    pub fn enforces(&self, rule: RuleId) -> bool {
        self.rules.contains(rule)
    }

    /// The provider API's code for a reason on `action`, where the provider
    /// has one.
    pub fn provider_code(
        &self,
        rule: RuleId,
        code: Code,
        action: Option<Action>,
    ) -> Option<&'static str> {
        self.provider_codes
            .iter()
            .find(|entry| {
                entry.code == code
                    && entry.rule.is_none_or(|r| r == rule)
                    && entry.action.is_none_or(|a| Some(a) == action)
            })
            .map(|entry| entry.provider_code)
    }
}
