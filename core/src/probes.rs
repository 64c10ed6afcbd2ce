//! `allowedActions`: every image action decided at once for one actor, with
//! neutral parameters, so a console can enable or disable its buttons.

use crate::actions::{ImageAction, ACTIONS};
use crate::catalogue::RuleId;
use crate::checks::{decide, denials_into, sees};
use crate::command::{
    CancelCopy, Command, CopyImage, CreateInstance, DeleteImage, ExportImage, ModifyImage,
    NewStatus, ShareImage,
};
use crate::decision::{Decision, Verdict};
use crate::profile::EncryptedCopy;
use crate::text::{AccountId, Id, Region};
use crate::world::World;
use serde::{Serialize, Serializer};

/// Each action of [`ACTIONS`] decided for `actor` on `image_id`. Parameters a
/// user has yet to type (accounts, destination region, bucket, new name) are
/// left out, so only the rules about the actor and the image answer. Copying
/// an encrypted aliyun image asks for an encrypted copy, which the user can
/// still choose (ENC-2).
///
/// ```
/// use image_policy_core::{allowed_actions, decode, AccountId, Id, World};
/// let world = World::new(decode::state(r#"{"provider":"aliyun","images":[
///   {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r","status":"available","sharedWith":["a2"]}]}"#).unwrap()).unwrap();
/// let actions = allowed_actions(&world, &AccountId::new("a2").unwrap(), &Id::new("m-1").unwrap());
/// let allowed: Vec<&str> = actions.iter().filter(|(_, d)| d.allowed).map(|(a, _)| *a).collect();
/// assert_eq!(allowed, ["createInstance"]);
/// ```
pub fn allowed_actions(
    world: &World,
    actor: &AccountId,
    image_id: &Id,
) -> Vec<(&'static str, Decision)> {
    let mut probes = Probes::new(actor, image_id);
    probes.aim(world, image_id);
    probes
        .commands
        .iter()
        .map(|(name, command)| (*name, decide(world, command)))
        .collect()
}

/// The commands of [`ACTIONS`] for one actor, aimed at one image at a time:
/// a whole image list re-aims one set rather than making twelve commands
/// per image.
struct Probes {
    commands: [(&'static str, Command); ACTIONS.len()],
}

impl Probes {
    /// The commands, to be [aimed](Probes::aim) before use.
    fn new(actor: &AccountId, image_id: &Id) -> Probes {
        let delete = |force, delete_snapshots| {
            Command::DeleteImage(DeleteImage {
                actor: actor.clone(),
                image_id: image_id.clone(),
                force,
                delete_snapshots,
            })
        };
        let accounts = || ShareImage {
            actor: actor.clone(),
            image_id: image_id.clone(),
            account_ids: Vec::new(),
        };
        let modify = |status| {
            Command::ModifyImage(ModifyImage {
                actor: actor.clone(),
                image_id: image_id.clone(),
                name: None,
                description: None,
                status,
            })
        };
        let probe = |action| match action {
            ImageAction::Delete => delete(false, false),
            ImageAction::ForceDelete => delete(true, false),
            ImageAction::DeleteWithSnapshots => delete(false, true),
            ImageAction::Share => Command::ShareImage(accounts()),
            ImageAction::Unshare => Command::UnshareImage(accounts()),
            ImageAction::Copy => Command::CopyImage(CopyImage {
                actor: actor.clone(),
                image_id: image_id.clone(),
                destination_region: None,
                new_image_id: None,
                name: None,
                description: None,
                encrypted: false,
            }),
            ImageAction::Export => Command::ExportImage(ExportImage {
                actor: actor.clone(),
                image_id: image_id.clone(),
                bucket: None,
            }),
            ImageAction::Modify => modify(None),
            ImageAction::CreateInstance => Command::CreateInstance(CreateInstance {
                actor: actor.clone(),
                image_id: image_id.clone(),
                region: Region::unknown(),
                instance_id: None,
            }),
            ImageAction::CancelCopy => Command::CancelCopy(CancelCopy {
                actor: actor.clone(),
                image_id: image_id.clone(),
            }),
            ImageAction::Deprecate => modify(Some(NewStatus::Deprecated)),
            ImageAction::Restore => modify(Some(NewStatus::Available)),
        };
        Probes {
            commands: ImageAction::ALL.map(|action| (action.key(), probe(action))),
        }
    }

    /// Aims every command at `image_id`. An instance is asked for in the
    /// image's own region (moot when the image is not visible: the answer is
    /// NotFound whatever it is); an encrypted aliyun image is copied into an
    /// encrypted copy.
    fn aim(&mut self, world: &World, image_id: &Id) {
        let image = world.image(image_id);
        let encrypted_copy = world.provider().profile().supports.encrypted_copy
            == EncryptedCopy::AnyRegion
            && image.is_some_and(|i| i.encrypted);
        for (_, command) in &mut self.commands {
            let target = match command {
                Command::DeleteImage(c) => &mut c.image_id,
                Command::ShareImage(c) | Command::UnshareImage(c) => &mut c.image_id,
                Command::CopyImage(c) => {
                    c.encrypted = encrypted_copy;
                    &mut c.image_id
                }
                Command::ExportImage(c) => &mut c.image_id,
                Command::ModifyImage(c) => &mut c.image_id,
                Command::CreateInstance(c) => {
                    match image {
                        Some(image) => c.region.clone_from(&image.region),
                        None => c.region = Region::unknown(),
                    }
                    &mut c.image_id
                }
                Command::CancelCopy(c) => &mut c.image_id,
                // Probes::new makes none of the others.
                _ => continue,
            };
            target.clone_from(image_id);
        }
    }
}

/// One row of [`action_matrix`]: every action of [`ACTIONS`] on one image,
/// allowed or not, and the rules of each denial.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActionRow {
    pub image_id: Id,
    pub allowed: ActionFlags,
    pub rules: DeniedRules,
}

/// `{ [action]: boolean }`, in [`ACTIONS`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionFlags(pub [bool; ACTIONS.len()]);

/// `{ [action]: ruleIds }` for each denied action, in [`ACTIONS`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct DeniedRules(pub Vec<(&'static str, Vec<RuleId>)>);

impl Serialize for ActionFlags {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entries = ACTIONS.iter().copied().zip(self.0.iter());
        crate::static_str::serialize_keyed(serializer, "ActionFlags", entries)
    }
}

impl Serialize for DeniedRules {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entries = self.0.iter().map(|(action, rules)| (*action, rules));
        crate::static_str::serialize_keyed(serializer, "DeniedRules", entries)
    }
}

/// `actionMatrix`: the actions of [`allowed_actions`] for every image the
/// actor sees (state order), or for `image_ids` (in the order given, repeats
/// included; an ID the actor cannot see is denied by VIS-1 throughout).
///
/// ```
/// use image_policy_core::{action_matrix, decode, AccountId, World};
/// let world = World::new(decode::state(r#"{"provider":"aliyun","images":[
///   {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r","status":"available","sharedWith":["a2"]},
///   {"id":"m-2","name":"db","kind":"custom","ownerId":"a1","region":"r","status":"available"}]}"#).unwrap()).unwrap();
/// let rows = action_matrix(&world, &AccountId::new("a2").unwrap(), None);
/// assert_eq!(rows.len(), 1, "a2 sees only the image shared with it");
/// assert_eq!(rows[0].rules.0[0].1[0].as_str(), "OWN-1");
/// ```
pub fn action_matrix(world: &World, actor: &AccountId, image_ids: Option<&[Id]>) -> Vec<ActionRow> {
    let mut probes: Option<Probes> = None;
    let mut verdict = Verdict::denials_only();
    let mut row = |image_id: &Id| {
        let probes = probes.get_or_insert_with(|| Probes::new(actor, image_id));
        probes.aim(world, image_id);
        let mut allowed = [false; ACTIONS.len()];
        let mut rules = Vec::new();
        for (k, (action, command)) in probes.commands.iter().enumerate() {
            denials_into(world, command, &mut verdict);
            allowed[k] = verdict.reasons.is_empty();
            if !allowed[k] {
                rules.push((*action, verdict.reasons.iter().map(|r| r.rule).collect()));
            }
        }
        ActionRow {
            image_id: image_id.clone(),
            allowed: ActionFlags(allowed),
            rules: DeniedRules(rules),
        }
    };
    match image_ids {
        Some(ids) => ids.iter().map(row).collect(),
        None => world
            .images()
            .filter(|image| sees(actor, image).is_some())
            .map(|image| row(&image.id))
            .collect(),
    }
}
