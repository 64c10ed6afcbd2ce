//! JD Cloud private images (seed 001 and JD's API reference). Where the seed
//! is silent, the profile follows Alibaba Cloud's rule (the `both` rules).

pub(crate) mod data;
pub(crate) mod requests;
use super::{IdPrefixes, Profile, ProviderCode, Supports, COMMON_RULES};
use crate::catalogue::RuleId::*;
use crate::decision::Code;
use crate::model::Provider;

pub(super) static PROFILE: Profile = Profile {
    provider: Provider::Jdcloud,
    rules: COMMON_RULES.with(&[Shr7, Del6, Del7, Del8, Cpy4, Exp3, Name2, Tsk5]),
    // JD's API reference (shareImage): "a single image can be shared for up
    // to 20 JD Cloud accounts".
    share_limit: 20,
    supports: Supports {
        cancel_copy: false,
        deprecation: false,
        encrypted_copy: false,
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
    provider_codes: &[
        ProviderCode {
            rule: None,
            code: Code::NotFound,
            provider_code: "NOT_FOUND",
        },
        ProviderCode {
            rule: None,
            code: Code::NotOwner,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageIsPublic,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageShared,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::IncorrectImageStatus,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::SameRegion,
            provider_code: "INVALID_ARGUMENT",
        },
        ProviderCode {
            rule: None,
            code: Code::ShareLimitExceeded,
            provider_code: "QUOTA_EXCEEDED",
        },
        ProviderCode {
            rule: None,
            code: Code::ShareWithOwner,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageCopying,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageImporting,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::ImageExporting,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::EncryptedSnapshot,
            provider_code: "FAILED_PRECONDITION",
        },
        ProviderCode {
            rule: None,
            code: Code::InvalidName,
            provider_code: "INVALID_ARGUMENT",
        },
        ProviderCode {
            rule: None,
            code: Code::InvalidDescription,
            provider_code: "INVALID_ARGUMENT",
        },
    ],
};
