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
use crate::command::{Command, CopyImage};
use crate::decision::{Code, Decision, Reason, Verdict};
use crate::message::{ids, msg, Action, Arg, Message, Noun, Template};
use crate::model::{Image, ImageStatus, Instance, MAX_ITEMS};
use crate::profile::Profile;
use crate::text::{AccountId, Id};
use crate::world::World;
use std::marker::PhantomData;

pub use access::{sees, ImageView};

/// What every check can see.
pub struct Ctx<'a> {
    pub world: &'a World,
    pub profile: &'static Profile,
    pub actor: &'a AccountId,
    /// Whether reasons carry what they say (not in [`denials`], which
    /// wants the rules alone).
    pub messages: bool,
    /// The command's action, where providers' codes differ by API.
    pub action: Option<Action>,
}

impl<'a> Ctx<'a> {
    pub fn new(world: &'a World, actor: &'a AccountId) -> Ctx<'a> {
        Ctx {
            world,
            profile: world.provider().profile(),
            actor,
            messages: true,
            action: None,
        }
    }

    /// A reason carrying the provider's own code for it, if any. What it
    /// says is made only when the decision carries messages: [`denials`]
    /// needs the rules alone.
    #[inline]
    pub fn reason(&self, rule: RuleId, code: Code, message: impl FnOnce() -> Message) -> Reason {
        self.reason_of(rule, code, self.messages.then(message))
    }

    /// [`Ctx::reason`] past its closure, so its body is compiled once.
    fn reason_of(&self, rule: RuleId, code: Code, message: Option<Message>) -> Reason {
        Reason::new(rule, code, message).provider_code(self.profile.provider_code(
            rule,
            code,
            self.action,
        ))
    }
}

/// What a list of checks looks at, for any lifetime of the world.
pub trait Target {
    type At<'a>;
}

/// The rule a row checks: a fixed one, or whichever names the profile's
/// naming rule ([`crate::profile::Naming`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleOf {
    Fixed(RuleId),
    ProfileNaming,
}

impl RuleOf {
    /// The rule in `profile`, when it enforces it.
    fn in_profile(self, profile: &Profile) -> Option<RuleId> {
        let rule = match self {
            RuleOf::Fixed(rule) => rule,
            RuleOf::ProfileNaming => profile.naming.rule,
        };
        profile.enforces(rule).then_some(rule)
    }
}

/// One rule's check on a target of kind `T`.
pub struct RuleCheck<T: Target> {
    pub rule: RuleOf,
    pub run: for<'a> fn(&Ctx<'a>, RuleId, &T::At<'a>, &mut Verdict),
    /// Whether the check can deny; a check that only warns or tells the
    /// consequences is skipped when only the verdict is wanted.
    pub can_deny: bool,
}

/// A table row, `row!(rule, check)`: one line per rule in the tables.
macro_rules! row {
    ($rule:ident, $run:path) => {
        $crate::checks::RuleCheck {
            rule: $crate::checks::RuleOf::Fixed($rule),
            run: $run,
            can_deny: true,
        }
    };
}
use row;

/// The row of the profile's naming rule: `naming_row!(check)`.
macro_rules! naming_row {
    ($run:path) => {
        $crate::checks::RuleCheck {
            rule: $crate::checks::RuleOf::ProfileNaming,
            run: $run,
            can_deny: true,
        }
    };
}
use naming_row;

/// A row whose check only warns or tells consequences: `remark!(rule, check)`.
macro_rules! remark {
    ($rule:ident, $run:path) => {
        $crate::checks::RuleCheck {
            can_deny: false,
            ..$crate::checks::row!($rule, $run)
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
    /// What the command does, for messages.
    pub action: Action,
}

impl On<'_, CopyImage> {
    /// Whether the copy asked for leaves the image's region.
    pub(crate) fn leaves_region(&self) -> bool {
        let destination = self.request.destination_region.as_ref();
        let destination = destination.and_then(crate::text::Typed::valid);
        destination.is_some_and(|region| *region != self.image.region)
    }
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
        if let Some(rule) = check.rule.in_profile(ctx.profile) {
            if check.can_deny || out.remarks {
                (check.run)(ctx, rule, target, out);
            }
        }
    }
}

fn on_image<'a, R: 'static>(
    ctx: &Ctx<'a>,
    image_id: &Id,
    request: &'a R,
    action: Action,
    checks: &[RuleCheck<OnImage<R>>],
    out: &mut Verdict,
) {
    if let Some(image) = access::visible_image(ctx, image_id, out) {
        run::<OnImage<R>>(
            ctx,
            &On {
                image,
                request,
                action,
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

/// [`decide`] without warnings, consequences and messages: whether it is
/// allowed and every rule that denies it, for a whole image list at once.
pub fn denials<'a>(world: &'a World, command: &'a Command) -> Decision {
    judge(world, command, Verdict::denials_only())
}

fn judge<'a>(world: &'a World, command: &'a Command, mut out: Verdict) -> Decision {
    judge_into(world, command, &mut out);
    out.into_decision()
}

/// The rules that deny `command`, in order, in `out`'s `reasons`, which it
/// clears first: a whole image list decides into one buffer
/// ([`crate::probes::action_matrix`]) instead of a new one per cell.
pub(crate) fn denials_into<'a>(world: &'a World, command: &'a Command, out: &mut Verdict) {
    out.reasons.clear();
    judge_into(world, command, out);
}

fn judge_into<'a>(world: &'a World, command: &'a Command, out: &mut Verdict) {
    let ctx = Ctx {
        messages: out.remarks,
        action: action_of(command),
        ..Ctx::new(world, command.actor())
    };
    match command {
        Command::CreateImage(r) => run::<Plain<_>>(&ctx, r, create::CHECKS, out),
        Command::CopyImage(r) => on_image(&ctx, &r.image_id, r, Action::Copy, copy::CHECKS, out),
        Command::ShareImage(r) => on_image(
            &ctx,
            &r.image_id,
            r,
            Action::Share,
            share::SHARE_CHECKS,
            out,
        ),
        Command::UnshareImage(r) => on_image(
            &ctx,
            &r.image_id,
            r,
            Action::Unshare,
            share::UNSHARE_CHECKS,
            out,
        ),
        Command::DeleteImage(r) => {
            on_image(&ctx, &r.image_id, r, Action::Delete, delete::CHECKS, out)
        }
        Command::ExportImage(r) => {
            on_image(&ctx, &r.image_id, r, Action::Export, export::CHECKS, out)
        }
        Command::ModifyImage(r) => {
            on_image(&ctx, &r.image_id, r, Action::Modify, modify::CHECKS, out)
        }
        Command::CancelCopy(r) => on_image(
            &ctx,
            &r.image_id,
            r,
            Action::CancelCopy,
            task::CANCEL_CHECKS,
            out,
        ),
        Command::CreateInstance(r) => on_image(
            &ctx,
            &r.image_id,
            r,
            Action::CreateInstance,
            instance::CREATE_CHECKS,
            out,
        ),
        Command::DeleteInstance(r) => on_instance(&ctx, &r.instance_id, r, &[], out),
        Command::ReinitDisk(r) => {
            on_instance(&ctx, &r.instance_id, r, instance::REINIT_CHECKS, out)
        }
        Command::ReplaceSystemDisk(r) => {
            if let Some(instance) = access::own_instance(&ctx, &r.instance_id, out) {
                if let Some(image) = access::visible_image(&ctx, &r.image_id, out) {
                    run::<instance::Replacing>(
                        &ctx,
                        &instance::Replace { instance, image },
                        instance::REPLACE_CHECKS,
                        out,
                    );
                }
            }
        }
    }
}

/// What `command` does, for providers whose codes differ by API.
fn action_of(command: &Command) -> Option<Action> {
    Some(match command {
        Command::CreateImage(_) => Action::Create,
        Command::CopyImage(_) => Action::Copy,
        Command::ShareImage(_) => Action::Share,
        Command::UnshareImage(_) => Action::Unshare,
        Command::DeleteImage(_) => Action::Delete,
        Command::ExportImage(_) => Action::Export,
        Command::ModifyImage(_) => Action::Modify,
        Command::CancelCopy(_) => Action::CancelCopy,
        Command::CreateInstance(_) => Action::CreateInstance,
        Command::ReplaceSystemDisk(_) => Action::ReplaceSystemDisk,
        Command::DeleteInstance(_) | Command::ReinitDisk(_) => return None,
    })
}

/// The image must be available (CPY-3, EXP-1, INS-1).
fn require_available<R>(ctx: &Ctx, rule: RuleId, on: &On<R>, out: &mut Verdict) {
    available_for(ctx, rule, on.image, on.action, out);
}

fn available_for(ctx: &Ctx, rule: RuleId, image: &Image, action: Action, out: &mut Verdict) {
    let status = image.status;
    if status != ImageStatus::Available {
        out.deny(
            ctx.reason(rule, Code::IncorrectImageStatus, || {
                msg!(
                    MustBeAvailable,
                    image = &image.id,
                    status = status,
                    action = action
                )
            })
            .with(|d| d.status = Some(status)),
        );
    }
}

/// DEL-1, DEP-2: a shared image is unshared first; the denial names the
/// accounts. `template` says what waits for the unshare.
fn unshared_first(ctx: &Ctx, rule: RuleId, image: &Image, template: Template, out: &mut Verdict) {
    let shared = &image.shared_with;
    if !shared.is_empty() {
        let message = || Message {
            template,
            args: vec![
                ("image", Arg::from(&image.id)),
                ("count", Arg::Count(shared.len(), Noun::Account)),
                ("accounts", ids(shared)),
            ],
        };
        out.deny(
            ctx.reason(rule, Code::ImageShared, message)
                .with(|d| d.accounts = shared.clone()),
        );
    }
}

/// SIM-3: room for one more image, instance or snapshot.
pub(crate) fn room_for(ctx: &Ctx, rule: RuleId, noun: Noun, count: usize, out: &mut Verdict) {
    if count >= MAX_ITEMS {
        out.deny(
            ctx.reason(rule, Code::CapacityExceeded, || {
                msg!(Capacity, count = Arg::Count(MAX_ITEMS, noun))
            })
            .with(|d| d.limit = Some(MAX_ITEMS)),
        );
    }
}

/// SIM-3: a new image fits.
fn room_for_image<R>(ctx: &Ctx, rule: RuleId, _: &On<R>, out: &mut Verdict) {
    room_for(ctx, rule, Noun::Image, ctx.world.image_count(), out);
}

/// SIM-2: a caller-chosen image ID must be free.
fn require_free_image_id(ctx: &Ctx, rule: RuleId, id: &Id, out: &mut Verdict) {
    if !ctx.world.image_id_free(id) {
        out.deny(
            ctx.reason(rule, Code::IdInUse, || msg!(ImageIdInUse, id = id))
                .with(|d| d.images = vec![id.clone()]),
        );
    }
}
