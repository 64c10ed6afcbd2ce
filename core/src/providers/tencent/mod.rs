//! Tencent Cloud CVM custom images (RULES.md v3; no seed: its sources are
//! the API 3.0 reference as TencentCloud/tencentcloud-sdk-go carries it).

pub(crate) mod data;
pub(crate) mod requests;
mod texts;

use crate::profile::{
    DescriptionRule, NameRule, Naming,
    Deprecation, EncryptedCopy, ErrorCodeField, IdPrefixes, Profile, ProviderCode, Supports,
    COMMON_RULES,
};
use crate::catalogue::RuleId::*;
use crate::decision::Code;
use crate::message::Action;
use crate::model::Provider;

/// A code for `code`, narrowed to `rule` and `action` when given.
const fn code(
    rule: Option<crate::catalogue::RuleId>,
    code: Code,
    action: Option<Action>,
    provider_code: &'static str,
) -> ProviderCode {
    ProviderCode {
        rule,
        code,
        action,
        provider_code,
    }
}

pub(super) static PROFILE: Profile = Profile {
    provider: Provider::Tencent,
    rules: COMMON_RULES.with(&[Shr7, Shr8, Del2, Del6, Del8, Exp2, Enc3, Tsk5, Name3, Name4]),
    // ModifyImageSharePermission: "每个自定义镜像最多可共享给500个账户".
    share_limit: 500,
    // RULES.md SHR-6: tencent publishes no cap per request.
    accounts_per_request: None,
    supports: Supports {
        cancel_copy: false,
        deprecation: Deprecation::Flag,
        encrypted_copy: EncryptedCopy::SameRegion,
        force_delete: false,
        sharee_copies_in_region: true,
        task_blocks_export: true,
    },
    // CVM API 3.0 (CreateImage, ModifyImageAttribute, SyncImages), NAME-3:
    // no character rules are published.
    naming: Naming {
        rule: Name3,
        name: NameRule {
            min: 1,
            max: 60,
            starts_with_letter: false,
            punctuation: None,
            forbidden_prefixes: &[],
            forbidden_substrings: &[],
        },
        description: DescriptionRule {
            min: 0,
            max: 256,
            forbidden_prefixes: &[],
        },
        // SyncImages takes a name but no description.
        copy_takes_description: false,
    },
    ids: IdPrefixes {
        image: "img-",
        instance: "ins-",
        snapshot: "snap-",
    },
    // RULES.md's code table, tencent column: the first match wins.
    error_code_field: ErrorCodeField::Code,
    provider_codes: &[
        code(None, Code::NotFound, None, "InvalidImageId.NotFound"),
        code(
            Some(Shr1),
            Code::NotOwner,
            None,
            "UnauthorizedOperation.ImageNotBelongToAccount",
        ),
        code(
            Some(Shr1),
            Code::ImageIsPublic,
            None,
            "UnauthorizedOperation.ImageNotBelongToAccount",
        ),
        code(
            None,
            Code::NotOwner,
            Some(Action::Share),
            "UnauthorizedOperation.ImageNotBelongToAccount",
        ),
        code(
            None,
            Code::NotOwner,
            Some(Action::Unshare),
            "UnauthorizedOperation.ImageNotBelongToAccount",
        ),
        code(
            None,
            Code::NotOwner,
            Some(Action::Modify),
            "UnsupportedOperation.SharedImageModifyUnsupported",
        ),
        code(
            None,
            Code::NotOwner,
            Some(Action::Delete),
            "InvalidParameterValue.InvalidImageIdIsShared",
        ),
        code(
            None,
            Code::NotOwner,
            Some(Action::Export),
            "UnsupportedOperation.SharedImageExportUnsupported",
        ),
        code(
            None,
            Code::ImageIsPublic,
            Some(Action::Export),
            "UnsupportedOperation.PublicImageExportUnsupported",
        ),
        code(
            None,
            Code::ImageIsPublic,
            Some(Action::Share),
            "InvalidParameterValue.InvalidImageId",
        ),
        code(
            None,
            Code::ImageIsPublic,
            Some(Action::Copy),
            "InvalidParameterValue.InvalidImageId",
        ),
        code(
            None,
            Code::ImageIsPublic,
            Some(Action::Delete),
            "InvalidParameterValue.InvalidImageId",
        ),
        code(
            Some(Del1),
            Code::ImageShared,
            None,
            "InvalidImageId.InShared",
        ),
        code(
            None,
            Code::IncorrectImageStatus,
            Some(Action::Delete),
            "InvalidImageId.IncorrectState",
        ),
        code(
            None,
            Code::IncorrectImageStatus,
            Some(Action::Copy),
            "InvalidImageId.IncorrectState",
        ),
        code(
            None,
            Code::IncorrectImageStatus,
            Some(Action::Export),
            "InvalidParameterValue.InvalidImageState",
        ),
        code(
            None,
            Code::IncorrectImageStatus,
            Some(Action::CreateInstance),
            "InvalidParameterValue.InvalidImageState",
        ),
        code(
            Some(Shr7),
            Code::IncorrectImageStatus,
            None,
            "InvalidParameterValue.InvalidImageState",
        ),
        code(
            None,
            Code::SameRegion,
            None,
            "InvalidParameterValue.InvalidRegion",
        ),
        code(
            None,
            Code::SameRegionOnly,
            None,
            "InvalidParameterValue.InvalidRegion",
        ),
        code(None, Code::ShareLimitExceeded, None, "OverQuota"),
        code(
            None,
            Code::ShareWithOwner,
            None,
            "InvalidAccountIs.YourSelf",
        ),
        code(
            None,
            Code::ByolImage,
            None,
            "FailedOperation.BYOLImageShareFailed",
        ),
        code(
            Some(Exp2),
            Code::MarketplaceBased,
            None,
            "UnsupportedOperation.MarketImageExportUnsupported",
        ),
        code(
            Some(Name3),
            Code::InvalidName,
            Some(Action::Create),
            "InvalidParameterValue.TooLarge",
        ),
        code(
            Some(Name3),
            Code::InvalidName,
            Some(Action::Modify),
            "InvalidParameterValue.TooLarge",
        ),
        code(
            Some(Name3),
            Code::InvalidDescription,
            Some(Action::Create),
            "InvalidParameterValue.TooLarge",
        ),
        code(
            Some(Name3),
            Code::InvalidDescription,
            Some(Action::Modify),
            "InvalidParameterValue.TooLarge",
        ),
        code(None, Code::NameTaken, None, "InvalidImageName.Duplicate"),
        code(
            Some(Tsk1),
            Code::ImageCopying,
            None,
            "InvalidImageId.IncorrectState",
        ),
        code(
            Some(Tsk1),
            Code::ImageImporting,
            None,
            "InvalidImageId.IncorrectState",
        ),
        code(
            Some(Tsk1),
            Code::ImageExporting,
            None,
            "InvalidImageId.IncorrectState",
        ),
        code(
            Some(Tsk5),
            Code::ImageCopying,
            Some(Action::Copy),
            "FailedOperation.InvalidImageState",
        ),
        code(
            Some(Tsk5),
            Code::ImageImporting,
            Some(Action::Copy),
            "FailedOperation.InvalidImageState",
        ),
        code(
            Some(Tsk5),
            Code::ImageExporting,
            Some(Action::Copy),
            "FailedOperation.InvalidImageState",
        ),
        code(
            Some(Tsk5),
            Code::ImageCopying,
            None,
            "InvalidParameterValue.InvalidImageState",
        ),
        code(
            Some(Tsk5),
            Code::ImageImporting,
            None,
            "InvalidParameterValue.InvalidImageState",
        ),
        code(
            Some(Tsk5),
            Code::ImageExporting,
            None,
            "InvalidParameterValue.InvalidImageState",
        ),
        code(
            None,
            Code::EncryptedSnapshot,
            None,
            "UnsupportedOperation.EncryptedImagesNotSupported",
        ),
    ],
    // RULES.md's code table, tencent column.
    error_rules: &[
        ("InvalidImageId.NotFound", &[Vis1]),
        (
            "UnauthorizedOperation.ImageNotBelongToAccount",
            &[Own1, Shr1],
        ),
        ("UnsupportedOperation.SharedImageModifyUnsupported", &[Own1]),
        ("InvalidParameterValue.InvalidImageIdIsShared", &[Own1]),
        ("UnsupportedOperation.SharedImageExportUnsupported", &[Own1]),
        ("UnsupportedOperation.PublicImageExportUnsupported", &[Own2]),
        ("InvalidParameterValue.InvalidImageId", &[Own2]),
        ("InvalidImageId.InShared", &[Del1]),
        ("InvalidImageId.IncorrectState", &[Del6, Cpy3, Tsk1]),
        (
            "InvalidParameterValue.InvalidImageState",
            &[Shr7, Exp1, Ins1, Tsk5],
        ),
        ("FailedOperation.InvalidImageState", &[Tsk5]),
        ("InvalidParameterValue.InvalidRegion", &[Cpy2, Cpy3, Enc2]),
        ("OverQuota", &[Shr2]),
        ("InvalidAccountIs.YourSelf", &[Shr6]),
        ("FailedOperation.AccountIsYourSelf", &[Shr6]),
        ("FailedOperation.AccountAlreadyExists", &[Shr6]),
        ("FailedOperation.BYOLImageShareFailed", &[Shr8]),
        ("UnsupportedOperation.MarketImageExportUnsupported", &[Exp2]),
        ("InvalidParameterValue.TooLarge", &[Name3]),
        ("InvalidImageName.Duplicate", &[Name4]),
        (
            "UnsupportedOperation.EncryptedImagesNotSupported",
            &[Enc1, Enc2, Enc3],
        ),
    ],
    name_zh_cn: "腾讯云",
    rule_notes: texts::RULE_NOTES,
};
