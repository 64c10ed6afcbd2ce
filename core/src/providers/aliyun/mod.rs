//! Alibaba Cloud ECS custom images (seeds 000, 002, 003, 004).

pub(crate) mod data;
pub(crate) mod requests;
mod texts;
use crate::profile::{
    DescriptionRule, NameRule, Naming,
    Deprecation, EncryptedCopy, ErrorCodeField, IdPrefixes, Profile, ProviderCode, Supports,
    COMMON_RULES,
};
use crate::catalogue::RuleId::*;
use crate::command::MAX_ACCOUNTS_PER_REQUEST;
use crate::decision::Code;
use crate::model::Provider;

pub(super) static PROFILE: Profile = Profile {
    provider: Provider::Aliyun,
    rules: COMMON_RULES.with(&[
        Shr3, Del2, Del5, Exp2, Name1, Tsk2, Tsk3, Dep2, Dep3, Dep4, Enc3,
    ]),
    share_limit: 50,
    accounts_per_request: Some(MAX_ACCOUNTS_PER_REQUEST),
    supports: Supports {
        cancel_copy: true,
        deprecation: Deprecation::Status,
        encrypted_copy: EncryptedCopy::AnyRegion,
        force_delete: true,
        sharee_copies_in_region: false,
        task_blocks_export: false,
    },
    // Alibaba API reference (ModifyImageAttribute, CopyImage), NAME-1.
    naming: Naming {
        rule: Name1,
        name: NameRule {
            min: 2,
            max: 128,
            starts_with_letter: true,
            punctuation: Some(&['.', ':', '_', '-']),
            forbidden_prefixes: &["acs:", "aliyun"],
            forbidden_substrings: &["http://", "https://"],
        },
        description: DescriptionRule {
            min: 2,
            max: 256,
            forbidden_prefixes: &["http://", "https://"],
        },
        copy_takes_description: true,
    },
    ids: IdPrefixes {
        image: "m-",
        instance: "i-",
        snapshot: "s-",
    },
    // RULES.md's code table, aliyun column.
    error_rules: &[
        ("InvalidImageId.NotFound", &[Vis1, Own1]),
        ("ImageIsPublic", &[Own2]),
        ("ImageUseShared", &[Del1]),
        ("ImageUsingByInstance", &[Del2]),
        ("IncorrectImageStatus", &[Cpy3, Exp1, Ins1, Tsk4, Dep3]),
        ("IncorrectDestinationRegion", &[Cpy3]),
        ("QuotaExceed.ShareImageUser", &[Shr2]),
        ("InvalidAccount.Forbbiden", &[Shr6]),
        ("ImageNotSupported", &[Exp2, Enc3]),
        ("InvalidImageName.Malformed", &[Name1]),
        ("InvalidDescription.Malformed", &[Name1]),
        ("OperationDenied.ImageCopying", &[Tsk1]),
        ("ImageIsImporting", &[Tsk1]),
        ("ImageIsExporting", &[Tsk1, Tsk3]),
        ("OperationDenied.ImageCopyConflict", &[Tsk2]),
        ("ImageCreatedNotFromCopy", &[Tsk4]),
        ("OperationDeined.EncryptedSnapshot", &[Enc1, Enc2]),
    ],
    error_code_field: ErrorCodeField::Code,
    provider_codes: &[
        ProviderCode {
            rule: None,
            code: Code::NotFound,
            action: None,
            provider_code: "InvalidImageId.NotFound",
        },
        ProviderCode {
            rule: None,
            code: Code::NotOwner,
            action: None,
            provider_code: "InvalidImageId.NotFound",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageIsPublic,
            action: None,
            provider_code: "ImageIsPublic",
        },
        // DEP-2's refusal of a shared image has no documented code.
        ProviderCode {
            rule: Some(Del1),
            code: Code::ImageShared,
            action: None,
            provider_code: "ImageUseShared",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageInUse,
            action: None,
            provider_code: "ImageUsingByInstance",
        },
        ProviderCode {
            rule: None,
            code: Code::IncorrectImageStatus,
            action: None,
            provider_code: "IncorrectImageStatus",
        },
        ProviderCode {
            rule: None,
            code: Code::SameRegion,
            action: None,
            provider_code: "IncorrectDestinationRegion",
        },
        ProviderCode {
            rule: None,
            code: Code::ShareLimitExceeded,
            action: None,
            provider_code: "QuotaExceed.ShareImageUser",
        },
        // "Forbbiden" is the API's own spelling.
        ProviderCode {
            rule: None,
            code: Code::ShareWithOwner,
            action: None,
            provider_code: "InvalidAccount.Forbbiden",
        },
        ProviderCode {
            rule: Some(Exp2),
            code: Code::MarketplaceBased,
            action: None,
            provider_code: "ImageNotSupported",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageCopying,
            action: None,
            provider_code: "OperationDenied.ImageCopying",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageImporting,
            action: None,
            provider_code: "ImageIsImporting",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageExporting,
            action: None,
            provider_code: "ImageIsExporting",
        },
        ProviderCode {
            rule: None,
            code: Code::CopyConflict,
            action: None,
            provider_code: "OperationDenied.ImageCopyConflict",
        },
        ProviderCode {
            rule: None,
            code: Code::NotACopy,
            action: None,
            provider_code: "ImageCreatedNotFromCopy",
        },
        ProviderCode {
            rule: Some(Enc3),
            code: Code::EncryptedSnapshot,
            action: None,
            provider_code: "ImageNotSupported",
        },
        // "Deined" is the API's own spelling.
        ProviderCode {
            rule: None,
            code: Code::EncryptedSnapshot,
            action: None,
            provider_code: "OperationDeined.EncryptedSnapshot",
        },
        ProviderCode {
            rule: None,
            code: Code::InvalidName,
            action: None,
            provider_code: "InvalidImageName.Malformed",
        },
        ProviderCode {
            rule: None,
            code: Code::InvalidDescription,
            action: None,
            provider_code: "InvalidDescription.Malformed",
        },
    ],
    name_zh_cn: "阿里云",
    rule_notes: texts::RULE_NOTES,
};
