//! JD Cloud private images (seed 001 and JD's API reference). Where the seed
//! is silent, the profile follows Alibaba Cloud's rule (the `both` rules).

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
    provider: Provider::Jdcloud,
    rules: COMMON_RULES.with(&[Shr7, Del6, Del7, Del8, Cpy4, Cpy5, Exp3, Name2, Tsk5]),
    // JD's API reference (shareImage): "a single image can be shared for up
    // to 20 JD Cloud accounts".
    share_limit: 20,
    accounts_per_request: Some(MAX_ACCOUNTS_PER_REQUEST),
    supports: Supports {
        cancel_copy: false,
        deprecation: Deprecation::None,
        encrypted_copy: EncryptedCopy::None,
        // No force delete, and instances never block a delete: DEL-2 is not
        // jdcloud's, so `force` is accepted and has no effect.
        force_delete: false,
        sharee_copies_in_region: false,
        task_blocks_export: false,
    },
    // JD API reference (createImage, modifyImageAttribute), NAME-2.
    naming: Naming {
        rule: Name2,
        name: NameRule {
            min: 1,
            max: 32,
            starts_with_letter: false,
            punctuation: Some(&['_', '-']),
            forbidden_prefixes: &[],
            forbidden_substrings: &[],
        },
        description: DescriptionRule {
            min: 0,
            max: 256,
            forbidden_prefixes: &[],
        },
        copy_takes_description: true,
    },
    ids: IdPrefixes {
        image: "img-",
        instance: "i-",
        snapshot: "snapshot-",
    },
    // RULES.md's code table, jdcloud column.
    error_rules: &[
        ("NOT_FOUND", &[Vis1]),
        (
            "FAILED_PRECONDITION",
            &[
                Own1, Own2, Shr6, Del1, Del6, Cpy3, Exp1, Ins1, Tsk1, Tsk5, Enc1, Enc2,
            ],
        ),
        ("INVALID_ARGUMENT", &[Cpy3, Name2]),
        ("QUOTA_EXCEEDED", &[Shr2]),
    ],
    error_code_field: ErrorCodeField::ErrorStatus,
    provider_codes: &[
        ProviderCode {
            rule: None,
            code: Code::NotFound,
            action: None,
            provider_code: "NOT_FOUND",
        },
        ProviderCode {
            rule: None,
            code: Code::NotOwner,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageIsPublic,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageShared,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::IncorrectImageStatus,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::SameRegion,
            action: None,
            provider_code: "INVALID_ARGUMENT",
        },
        ProviderCode {
            rule: None,
            code: Code::ShareLimitExceeded,
            action: None,
            provider_code: "QUOTA_EXCEEDED",
        },
        ProviderCode {
            rule: None,
            code: Code::ShareWithOwner,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageCopying,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageImporting,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageExporting,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::EncryptedSnapshot,
            action: None,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::InvalidName,
            action: None,
            provider_code: "INVALID_ARGUMENT",
        },
        ProviderCode {
            rule: None,
            code: Code::InvalidDescription,
            action: None,
            provider_code: "INVALID_ARGUMENT",
        },
    ],
    name_zh_cn: "京东云",
    rule_notes: texts::RULE_NOTES,
};
