//! The JavaScript contract (`shared/API.md`) over JSON text. The wasm
//! boundary only moves text between JavaScript values and these functions,
//! so the whole contract, errors included, is tested natively.

use crate::apply::{apply, Applied};
use crate::catalogue::RuleId;
use crate::checks::decide;
use crate::command::Command;
use crate::decision::Decision;
use crate::decode;
use crate::error::{Argument, InputError};
use crate::event::Event;
use crate::json::{ObjectWriter, ToJson};
use crate::model::{Provider, State};
use crate::probes::allowed_actions;
use crate::profile;
use crate::text::{AccountId, Id};
use crate::world::World;

/// `check(state, command)`.
///
/// ```
/// let decision = image_policy_core::api::check(
///     r#"{"provider":"jdcloud","images":[]}"#,
///     r#"{"type":"deleteImage","actor":"a1","imageId":"img-1"}"#,
/// ).unwrap();
/// assert!(decision.contains(r#""code":"NotFound""#));
/// ```
pub fn check(state: &str, command: &str) -> Result<String, InputError> {
    let world = world(state)?;
    let command = decode::command(command)?;
    encode(&decide(&world, &command))
}

/// `canX(state, request)`: `kind` is the command type, e.g. `deleteImage`.
///
/// ```
/// let state = r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#;
/// let decision = image_policy_core::api::can("deleteImage", state, r#"{"actor":"a1","imageId":"m-1"}"#).unwrap();
/// assert!(decision.contains(r#""rule":"DEL-1""#));
/// ```
pub fn can(kind: &str, state: &str, request: &str) -> Result<String, InputError> {
    let world = world(state)?;
    let command = decode::request(kind, request)?;
    encode(&decide(&world, &command))
}

/// `applyCommand(state, command)`: `{ ok, state?, events?, decision }`.
///
/// ```
/// let state = r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#;
/// let result = image_policy_core::api::apply_command(state,
///     r#"{"type":"unshareImage","actor":"a1","imageId":"m-1","accountIds":["a2"]}"#).unwrap();
/// assert!(result.starts_with(r#"{"ok":true"#));
/// assert!(result.contains(r#""type":"imageUnshared""#));
/// ```
pub fn apply_command(state: &str, command: &str) -> Result<String, InputError> {
    let mut world = world(state)?;
    let command = decode::command(command)?;
    encode(&ApplyResult::of(&mut world, &command, true))
}

/// `rules(provider?)`: the catalogue, or the rules one profile enforces.
///
/// ```
/// let jd = image_policy_core::api::rules(Some("jdcloud")).unwrap();
/// assert!(jd.contains(r#""id":"DEL-8""#) && !jd.contains(r#""id":"DEL-2""#));
/// assert!(image_policy_core::api::rules(Some("aws")).is_err());
/// ```
pub fn rules(provider: Option<&str>) -> Result<String, InputError> {
    let provider = match provider {
        None => None,
        Some(name) => Some(
            Provider::ALL
                .into_iter()
                .find(|p| p.as_str() == name)
                .ok_or_else(|| {
                    InputError::new(
                        Argument::Provider,
                        "",
                        format!("expected \"aliyun\" or \"jdcloud\", got {name:?}"),
                    )
                })?,
        ),
    };
    let entries: Vec<RuleEntry> = RuleId::ALL
        .iter()
        .map(|&rule| RuleEntry {
            id: rule,
            profiles: profile::providers_enforcing(rule),
            seed: rule.seed(),
            text: rule.text(),
        })
        .filter(|entry| provider.is_none_or(|p| entry.profiles.contains(&p)))
        .collect();
    encode(&entries)
}

/// The state inside an `Engine`: decoded once, indexed, updated in place.
///
/// ```
/// use image_policy_core::api::Engine;
/// let mut engine = Engine::new(r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#).unwrap();
/// let unshare = r#"{"type":"unshareImage","actor":"a1","imageId":"m-1","accountIds":["a2"]}"#;
/// assert!(engine.apply(unshare).unwrap().starts_with(r#"{"ok":true"#));
/// assert_eq!(engine.version(), 1);
/// let delete = engine.can("deleteImage", r#"{"actor":"a1","imageId":"m-1"}"#).unwrap();
/// assert!(delete.starts_with(r#"{"allowed":true"#));
/// assert!(engine.allowed_actions("a2", "m-1").unwrap().contains(r#""createInstance":{"allowed":false"#));
/// assert!(!engine.to_json().unwrap().contains("sharedWith"));
/// ```
#[derive(Clone, Debug)]
pub struct Engine {
    world: World,
    version: u64,
}

impl Engine {
    /// `new Engine(state)`.
    pub fn new(state: &str) -> Result<Engine, InputError> {
        Ok(Engine::from_world(world(state)?))
    }

    /// Wraps an already decoded world.
    pub fn from_world(world: World) -> Engine {
        Engine { world, version: 0 }
    }

    /// How many applied commands have changed the state: answers remembered
    /// for one version stay true until the next.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The world inside.
    pub fn world(&self) -> &World {
        &self.world
    }

    /// `engine.check(command)`.
    pub fn check(&self, command: &str) -> Result<String, InputError> {
        encode(&decide(&self.world, &decode::command(command)?))
    }

    /// `engine.canX(request)`.
    pub fn can(&self, kind: &str, request: &str) -> Result<String, InputError> {
        encode(&decide(&self.world, &decode::request(kind, request)?))
    }

    /// `engine.apply(command)`: `{ ok, events?, decision }`.
    pub fn apply(&mut self, command: &str) -> Result<String, InputError> {
        let command = decode::command(command)?;
        let result = ApplyResult::of(&mut self.world, &command, false);
        self.version += u64::from(result.ok);
        encode(&result)
    }

    /// Decides an already decoded command.
    pub fn decide(&self, command: &Command) -> Decision {
        decide(&self.world, command)
    }

    /// `engine.allowedActions(actor, imageId)`: `{ [action]: Decision }`.
    pub fn allowed_actions(&self, actor: &str, image_id: &str) -> Result<String, InputError> {
        let actor = AccountId::new(actor).map_err(|m| InputError::new(Argument::Actor, "", m))?;
        let image_id = Id::new(image_id).map_err(|m| InputError::new(Argument::ImageId, "", m))?;
        encode(&ActionMap(allowed_actions(&self.world, &actor, &image_id)))
    }

    /// `engine.toJSON()`.
    pub fn to_json(&self) -> Result<String, InputError> {
        encode(&self.world.to_state())
    }
}

struct ApplyResult {
    ok: bool,
    state: Option<State>,
    events: Option<Vec<Event>>,
    decision: Decision,
}

impl ToJson for ApplyResult {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .field("ok", &self.ok)
            .optional("state", &self.state)
            .optional("events", &self.events)
            .field("decision", &self.decision)
            .end();
    }
}

impl ApplyResult {
    /// Applies `command`; the new state is included when `with_state`.
    fn of(world: &mut World, command: &Command, with_state: bool) -> ApplyResult {
        match apply(world, command) {
            Ok(Applied { events, decision }) => ApplyResult {
                ok: true,
                state: with_state.then(|| world.to_state()),
                events: Some(events),
                decision,
            },
            Err(decision) => ApplyResult {
                ok: false,
                state: None,
                events: None,
                decision,
            },
        }
    }
}

/// `{ action: Decision }` in [`crate::ACTIONS`] order, encoded in one pass.
struct ActionMap(Vec<(&'static str, Decision)>);

impl ToJson for ActionMap {
    fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::begin(out);
        for (action, decision) in &self.0 {
            o.field(action, decision);
        }
        o.end();
    }
}

struct RuleEntry {
    id: RuleId,
    profiles: Vec<Provider>,
    seed: &'static str,
    text: &'static str,
}

impl ToJson for RuleEntry {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .field("id", &self.id)
            .field("profiles", &self.profiles)
            .field("seed", self.seed)
            .field("text", self.text)
            .end();
    }
}

fn world(state: &str) -> Result<World, InputError> {
    World::new(decode::state(state)?)
}

fn encode<T: ToJson + ?Sized>(value: &T) -> Result<String, InputError> {
    Ok(value.to_json())
}
