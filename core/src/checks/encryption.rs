//! Images with encrypted snapshots (ENC-*).

use super::{Ctx, On};
use crate::catalogue::RuleId;
use crate::command::CopyImage;
use crate::decision::{Code, Verdict};
use crate::message::{msg, Action, Arg};

/// ENC-1 (share), ENC-3 (export): an encrypted image cannot leave the account.
pub(super) fn not_encrypted<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if on.image.encrypted {
        out.deny(ctx.reason(rule, Code::EncryptedSnapshot, || {
            msg!(Encrypted, image = &on.image.id, done = Arg::Done(on.action))
        }));
    }
}

/// ENC-2: an encrypted image is copied only into an encrypted copy, where
/// the provider offers encrypted copies at all.
pub(super) fn encrypted_copy(ctx: &Ctx, rule: RuleId, on: &On<CopyImage>, out: &mut Verdict) {
    let id = &on.image.id;
    if !ctx.profile.supports.encrypted_copy {
        if on.request.encrypted {
            out.deny(
                ctx.reason(rule, Code::NotSupported, || msg!(EncryptedCopyUnsupported))
                    .with(|d| d.field = Some("encrypted")),
            );
        }
        if on.image.encrypted {
            out.deny(ctx.reason(rule, Code::EncryptedSnapshot, || {
                msg!(Encrypted, image = id, done = Arg::Done(Action::Copy))
            }));
        }
    } else if on.image.encrypted && !on.request.encrypted {
        out.deny(
            ctx.reason(rule, Code::EncryptedSnapshot, || {
                msg!(EncryptedCopyOnly, image = id)
            })
            .with(|d| d.field = Some("encrypted")),
        );
    }
}
