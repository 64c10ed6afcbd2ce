//! Images with encrypted snapshots (ENC-*).

use super::{Ctx, On};
use crate::catalogue::RuleId;
use crate::command::CopyImage;
use crate::decision::{Code, Verdict};
use crate::message::{msg, Action, Arg};
use crate::profile::EncryptedCopy;

/// ENC-1 (share), ENC-3 (export): an encrypted image cannot leave the account.
pub(super) fn not_encrypted<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if on.image.encrypted {
        out.deny(ctx.reason(rule, Code::EncryptedSnapshot, || {
            msg!(Encrypted, image = &on.image.id, done = Arg::Done(on.action))
        }));
    }
}

/// ENC-2: how the profile copies encrypted images and makes encrypted copies.
pub(super) fn encrypted_copy(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    let id = &on.image.id;
    let not_copied = |out: &mut Verdict| {
        out.deny(ctx.reason(rule, Code::EncryptedSnapshot, || {
            msg!(Encrypted, image = id, done = Arg::Done(Action::Copy))
        }))
    };
    match ctx.profile.supports.encrypted_copy {
        EncryptedCopy::None => {
            if on.request.encrypted {
                out.deny(
                    ctx.reason(rule, Code::NotSupported, || msg!(EncryptedCopyUnsupported))
                        .with(|d| d.field = Some("encrypted")),
                );
            }
            if on.image.encrypted {
                not_copied(out);
            }
        }
        EncryptedCopy::AnyRegion => {
            if on.image.encrypted && !on.request.encrypted {
                out.deny(
                    ctx.reason(rule, Code::EncryptedSnapshot, || {
                        msg!(EncryptedCopyOnly, image = id)
                    })
                    .with(|d| d.field = Some("encrypted")),
                );
            }
        }
        EncryptedCopy::SameRegion => {
            if on.image.encrypted {
                not_copied(out);
            }
            if on.request.encrypted && on.leaves_region() {
                out.deny(
                    ctx.reason(rule, Code::SameRegionOnly, || {
                        msg!(EncryptedCopyInRegion, image = id, region = &on.image.region)
                    })
                    .with(|d| {
                        d.field = Some("encrypted");
                        d.region = Some(on.image.region.to_string());
                    }),
                );
            }
        }
    }
}
