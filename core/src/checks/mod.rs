//! The rules as data: per command, a list of (rule, check) pairs. A profile
//! runs the pairs whose rule it enforces; every pair adds its own reasons,
//! so a denial lists every rule it breaks.

mod access;
mod copy;
pub(crate) mod create;
mod delete;
mod encryption;
mod export;
pub use export::bucket_name_problem;
mod instance;
mod modify;
pub mod naming;
pub(crate) mod share;
pub mod snapshots;
mod task;

use crate::catalogue::RuleId;
use crate::command::Command;
use crate::decision::{Code, Decision, Reason, Verdict};
use crate::model::{Image, ImageStatus, Instance, MAX_ITEMS};
use crate::profile::{self, Profile};
use crate::text::{AccountId, Id};
use crate::world::World;
use std::marker::PhantomData;

pub use access::{sees, ImageView};

/// What every check can see.
pub struct Ctx<'a> {
    pub world: &'a World,
    pub profile: &'static Profile,
    pub actor: &'a AccountId,
}

impl<'a> Ctx<'a> {
    pub fn new(world: &'a World, actor: &'a AccountId) -> Ctx<'a> {
        Ctx {
            world,
            profile: profile::of(world.provider()),
            actor,
        }
    }

    /// A reason carrying the provider's own code for it, if any.
    pub fn reason(&self, rule: RuleId, code: Code, message: std::fmt::Arguments) -> Reason {
        Reason::new(rule, code, std::fmt::format(message))
            .provider_code(self.profile.provider_code(rule, code))
    }
}

/// What a list of checks looks at, for any lifetime of the world.
pub trait Target {
    type At<'a>;
}

/// One rule's check on a target of kind `T`.
pub struct RuleCheck<T: Target> {
    pub rule: RuleId,
    pub run: for<'a> fn(&Ctx<'a>, RuleId, &T::At<'a>, &mut Verdict),
    /// Whether the check can deny; a check that only warns or tells the
    /// consequences is skipped when only the verdict is wanted.
    pub can_deny: bool,
}

/// A table row, `row!(rule, check)`: one line per rule in the tables.
macro_rules! row {
    ($rule:ident, $run:path) => {
        $crate::checks::RuleCheck {
            rule: $rule,
            run: $run,
            can_deny: true,
        }
    };
}
use row;

/// A row whose check only warns or tells consequences: `remark!(rule, check)`.
macro_rules! remark {
    ($rule:ident, $run:path) => {
        $crate::checks::RuleCheck {
            rule: $rule,
            run: $run,
            can_deny: false,
        }
    };
}
use remark;

/// Checks on a request alone (create).
pub struct Plain<R>(PhantomData<R>);
impl<R: 'static> Target for Plain<R> {
    type At<'a> = R;
}

/// Checks on an image the actor sees.
pub struct OnImage<R>(PhantomData<R>);
impl<R: 'static> Target for OnImage<R> {
    type At<'a> = On<'a, R>;
}

/// Checks on one of the actor's instances.
pub struct OnOwnInstance<R>(PhantomData<R>);
impl<R: 'static> Target for OnOwnInstance<R> {
    type At<'a> = OnInstance<'a, R>;
}

/// A command on one image the actor can see.
pub struct On<'a, R> {
    pub image: &'a Image,
    pub request: &'a R,
    /// What the command does, for messages ("delete", "share", ...).
    pub verb: &'static str,
}

/// A command on one of the actor's instances.
pub struct OnInstance<'a, R> {
    pub instance: &'a Instance,
    pub request: &'a R,
}

fn run<'a, T: Target>(
    ctx: &Ctx<'a>,
    target: &T::At<'a>,
    checks: &[RuleCheck<T>],
    out: &mut Verdict,
) {
    for check in checks {
        if ctx.profile.enforces(check.rule) && (check.can_deny || out.remarks) {
            (check.run)(ctx, check.rule, target, out);
        }
    }
}

fn on_image<'a, R: 'static>(
    ctx: &Ctx<'a>,
    image_id: &Id,
    request: &'a R,
    verb: &'static str,
    checks: &[RuleCheck<OnImage<R>>],
    out: &mut Verdict,
) {
    if let Some(image) = access::visible_image(ctx, image_id, out) {
        run::<OnImage<R>>(
            ctx,
            &On {
                image,
                request,
                verb,
            },
            checks,
            out,
        );
    }
}

fn on_instance<'a, R: 'static>(
    ctx: &Ctx<'a>,
    instance_id: &Id,
    request: &'a R,
    checks: &[RuleCheck<OnOwnInstance<R>>],
    out: &mut Verdict,
) {
    if let Some(instance) = access::own_instance(ctx, instance_id, out) {
        run::<OnOwnInstance<R>>(ctx, &OnInstance { instance, request }, checks, out);
    }
}

/// Decides `command` on `world`: every rule of the world's profile applied.
///
/// ```
/// use image_policy_core::{decide, decode, World};
/// let world = World::new(decode::state(r#"{"provider":"aliyun","images":[
///   {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"cn-hangzhou",
///    "status":"available","sharedWith":["a2"]}]}"#).unwrap()).unwrap();
/// let delete = decode::command(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1"}"#).unwrap();
/// let decision = decide(&world, &delete);
/// assert!(!decision.allowed);
/// assert_eq!(decision.reasons[0].rule.as_str(), "DEL-1");
/// ```
pub fn decide<'a>(world: &'a World, command: &'a Command) -> Decision {
    judge(world, command, Verdict::default())
}

/// [`decide`] without warnings and consequences: whether it is allowed and
/// every rule that denies it, for a whole image list at once.
pub fn denials<'a>(world: &'a World, command: &'a Command) -> Decision {
    judge(world, command, Verdict::denials_only())
}

fn judge<'a>(world: &'a World, command: &'a Command, mut out: Verdict) -> Decision {
    let ctx = Ctx::new(world, command.actor());
    match command {
        Command::CreateImage(r) => run::<Plain<_>>(&ctx, r, create::CHECKS, &mut out),
        Command::CopyImage(r) => on_image(&ctx, &r.image_id, r, "copy", copy::CHECKS, &mut out),
        Command::ShareImage(r) => {
            on_image(&ctx, &r.image_id, r, "share", share::SHARE_CHECKS, &mut out)
        }
        Command::UnshareImage(r) => on_image(
            &ctx,
            &r.image_id,
            r,
            "unshare",
            share::UNSHARE_CHECKS,
            &mut out,
        ),
        Command::DeleteImage(r) => {
            on_image(&ctx, &r.image_id, r, "delete", delete::CHECKS, &mut out)
        }
        Command::ExportImage(r) => {
            on_image(&ctx, &r.image_id, r, "export", export::CHECKS, &mut out)
        }
        Command::ModifyImage(r) => {
            on_image(&ctx, &r.image_id, r, "modify", modify::CHECKS, &mut out)
        }
        Command::CancelCopy(r) => on_image(
            &ctx,
            &r.image_id,
            r,
            "cancel the copy of",
            task::CANCEL_CHECKS,
            &mut out,
        ),
        Command::CreateInstance(r) => on_image(
            &ctx,
            &r.image_id,
            r,
            "create an instance from",
            instance::CREATE_CHECKS,
            &mut out,
        ),
        Command::DeleteInstance(r) => on_instance(&ctx, &r.instance_id, r, &[], &mut out),
        Command::ReinitDisk(r) => {
            on_instance(&ctx, &r.instance_id, r, instance::REINIT_CHECKS, &mut out)
        }
        Command::ReplaceSystemDisk(r) => {
            if let Some(instance) = access::own_instance(&ctx, &r.instance_id, &mut out) {
                if let Some(image) = access::visible_image(&ctx, &r.image_id, &mut out) {
                    run::<instance::Replacing>(
                        &ctx,
                        &instance::Replace { instance, image },
                        instance::REPLACE_CHECKS,
                        &mut out,
                    );
                }
            }
        }
    }
    out.into_decision()
}

/// A verb's past participle, for messages ("cannot be shared").
pub(crate) fn past(verb: &str) -> &str {
    match verb {
        "copy" => "copied",
        "export" => "exported",
        "share" => "shared",
        other => other,
    }
}

/// "1 account" / "3 accounts".
pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "a, b and c".
pub(crate) fn list<T: std::fmt::Display>(items: &[T]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => {
            let head: Vec<String> = init.iter().map(ToString::to_string).collect();
            format!("{} and {last}", head.join(", "))
        }
    }
}

/// The image must be available (CPY-3, EXP-1, INS-1).
fn require_available<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    available_for(ctx, rule, on.image, on.verb, out);
}

fn available_for(ctx: &Ctx, rule: RuleId, image: &Image, verb: &str, out: &mut Verdict) {
    let status = image.status;
    if status != ImageStatus::Available {
        out.deny(
            ctx.reason(
                rule,
                Code::IncorrectImageStatus,
                format_args!(
                    "Image {} is {}; it must be available to {verb} it.",
                    image.id,
                    status.as_str()
                ),
            )
            .with(|d| d.status = Some(status)),
        );
    }
}

/// SIM-3: room for one more row of `kind` ("image", "instance", "snapshot").
pub(crate) fn room_for(ctx: &Ctx, rule: RuleId, kind: &str, count: usize, out: &mut Verdict) {
    if count >= MAX_ITEMS {
        out.deny(
            ctx.reason(
                rule,
                Code::CapacityExceeded,
                format_args!("The state already holds {MAX_ITEMS} {kind}s, as many as it may."),
            )
            .with(|d| d.limit = Some(MAX_ITEMS)),
        );
    }
}

/// SIM-3: a new image fits.
fn room_for_image<R>(ctx: &Ctx, rule: RuleId, _: &On<R>, out: &mut Verdict) {
    room_for(ctx, rule, "image", ctx.world.image_count(), out);
}

/// SIM-2: a caller-chosen image ID must be free.
fn require_free_image_id(ctx: &Ctx, rule: RuleId, id: &Id, out: &mut Verdict) {
    if !ctx.world.image_id_free(id) {
        out.deny(
            ctx.reason(
                rule,
                Code::IdInUse,
                format_args!("Image ID {id} is already in use; choose another or leave it out."),
            )
            .with(|d| d.images = vec![id.clone()]),
        );
    }
}
