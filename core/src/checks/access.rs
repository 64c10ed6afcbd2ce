//! Who sees what (KIND-1, VIS-1, SIM-1) and who may manage what (OWN-1,
//! OWN-2, SHR-5), shared by every command on an image.

use super::{Ctx, On};
use crate::catalogue::RuleId;
use crate::decision::{Code, Verdict};
use crate::message::msg;
use crate::model::{Image, ImageKind, Instance};
use crate::text::Id;

/// KIND-1: what an image is to one account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageView {
    Public,
    Marketplace,
    /// The account's own custom image.
    Custom,
    /// Another account's custom image shared with this one.
    Shared,
}

/// VIS-1: what `account` makes of `image`, or `None` when it cannot see it.
///
/// ```
/// use image_policy_core::{sees, ImageView, decode};
/// let state = decode::state(r#"{"provider":"aliyun","images":[
///   {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r",
///    "status":"available","sharedWith":["a2"]}]}"#).unwrap();
/// let image = &state.images[0];
/// assert_eq!(sees("a1", image), Some(ImageView::Custom));
/// assert_eq!(sees("a2", image), Some(ImageView::Shared));
/// assert_eq!(sees("a3", image), None);
/// ```
pub fn sees(account: &str, image: &Image) -> Option<ImageView> {
    match image.kind {
        ImageKind::Public => Some(ImageView::Public),
        ImageKind::Marketplace => Some(ImageView::Marketplace),
        ImageKind::Custom if image.owner_id.as_deref() == Some(account) => Some(ImageView::Custom),
        ImageKind::Custom if image.is_shared_with(account) => Some(ImageView::Shared),
        ImageKind::Custom => None,
    }
}

/// VIS-1: the image, if the actor can see it; otherwise a `NotFound` denial
/// that reads the same as for an image that does not exist.
pub(super) fn visible_image<'a>(
    ctx: &Ctx<'a>,
    image_id: &Id,
    out: &mut Verdict,
) -> Option<&'a Image> {
    match ctx.world.image(image_id) {
        Some(image) if sees(ctx.actor, image).is_some() => Some(image),
        _ => {
            out.deny(
                ctx.reason(RuleId::Vis1, Code::NotFound, || {
                    msg!(ImageNotFound, image = image_id)
                })
                .with(|d| d.images = vec![image_id.clone()]),
            );
            None
        }
    }
}

/// SIM-1: the instance, if the actor owns it; otherwise `NotFound`.
pub(super) fn own_instance<'a>(
    ctx: &Ctx<'a>,
    instance_id: &Id,
    out: &mut Verdict,
) -> Option<&'a Instance> {
    match ctx.world.instance(instance_id) {
        Some(instance) if instance.owner_id == *ctx.actor => Some(instance),
        _ => {
            out.deny(
                ctx.reason(RuleId::Sim1, Code::NotFound, || {
                    msg!(InstanceNotFound, instance = instance_id)
                })
                .with(|d| d.instances = vec![instance_id.clone()]),
            );
            None
        }
    }
}

/// OWN-2: public and marketplace images are used, never managed.
pub(super) fn provided<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if on.image.is_provided() {
        out.deny(ctx.reason(rule, Code::ImageIsPublic, || {
            msg!(
                ProvidedImage,
                image = &on.image.id,
                kind = on.image.kind,
                action = on.action
            )
        }));
    }
}

/// OWN-1 and the command's own owner rule (CPY-2, EXP-1, MOD-1): only the
/// owner of a custom image may manage it.
pub(super) fn owner_only<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    let image = on.image;
    if image.kind == ImageKind::Custom && !image.is_owned_by(ctx.actor) {
        out.deny(
            ctx.reason(rule, Code::NotOwner, || {
                msg!(OwnerOnly, image = &image.id, action = on.action)
            })
            .with(|d| d.accounts = image.owner_id.iter().cloned().collect()),
        );
    }
}

/// SHR-5: a sharee uses a shared image; it does not manage it.
pub(super) fn sharee_uses_only<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    if sees(ctx.actor, on.image) == Some(ImageView::Shared) {
        out.deny(ctx.reason(rule, Code::NotOwner, || {
            msg!(ShareeUsesOnly, image = &on.image.id, action = on.action)
        }));
    }
}
