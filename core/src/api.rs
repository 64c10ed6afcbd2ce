//! The JavaScript contract (API.md v4, the contract frontends call) in Rust: inputs as the JSON
//! text the boundary receives, outputs as typed values that derive
//! `Serialize` (the boundary hands them to serde-wasm-bindgen). This is the
//! edge where decisions, made without a locale, are written in the
//! caller's ([`Decision::render`]). Every entry point is tested natively,
//! errors included.

use crate::apply::transition;
use crate::catalogue::RuleId;
use crate::checks::{decide, denials};
use crate::command::Command;
use crate::decision::{Code, Decision};
use crate::decode;
pub use crate::error::ThrownError;
use crate::error::{Argument, InputError};
use crate::event::Event;
use crate::mapping::requests::ProviderRequest;
use crate::message::Locale;
use crate::model::{Provider, State};
use crate::probes::{self, allowed_actions, ActionRow};
use crate::text::{AccountId, Id};
use crate::world::World;
use serde::ser::Serializer;
use serde::Serialize;

/// `check(state, command, { locale })`.
///
/// ```
/// use image_policy_core::{api, Locale};
/// let decision = api::check(
///     r#"{"provider":"jdcloud","images":[]}"#,
///     r#"{"type":"deleteImage","actor":"a1","imageId":"img-1"}"#,
///     Locale::ZhCn,
/// ).unwrap();
/// assert_eq!(decision.reasons[0].rule.as_str(), "VIS-1");
/// assert!(decision.reasons[0].message.contains("未找到"));
/// ```
pub fn check(state: &str, command: &str, locale: Locale) -> Result<Decision, InputError> {
    let world = world(state)?;
    Ok(decide(&world, &decode::command(command)?).render(locale))
}

/// `canX(state, request)`: `kind` is the command type, e.g. `deleteImage`.
///
/// ```
/// let state = r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#;
/// let decision = image_policy_core::api::can("deleteImage", state, r#"{"actor":"a1","imageId":"m-1"}"#, Default::default()).unwrap();
/// assert_eq!(decision.reasons[0].rule.as_str(), "DEL-1");
/// ```
pub fn can(kind: &str, state: &str, request: &str, locale: Locale) -> Result<Decision, InputError> {
    let world = world(state)?;
    Ok(decide(&world, &decode::request(kind, request)?).render(locale))
}

/// `applyCommand(state, command)`: `{ ok, state?, events?, decision, requests? }`.
///
/// ```
/// let state = r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#;
/// let result = image_policy_core::api::apply_command(state,
///     r#"{"type":"unshareImage","actor":"a1","imageId":"m-1","accountIds":["a2"]}"#, Default::default()).unwrap();
/// assert!(result.ok);
/// assert!(result.state.unwrap().images[0].shared_with.is_empty());
/// ```
pub fn apply_command(
    state: &str,
    command: &str,
    locale: Locale,
) -> Result<ApplyResult, InputError> {
    let mut world = world(state)?;
    let command = decode::command(command)?;
    ApplyResult::of(&mut world, &command, true, locale)
}

/// `stateFrom(provider, data)`: a state from the provider's own listing
/// responses (API.md v3, "Provider data"); errors name their path in `data`.
///
/// ```
/// let data = r#"{"accountId":"1234567890","regions":{"cn-hangzhou":{"images":[
///   {"Images":{"Image":[{"ImageId":"m-1","ImageName":"web","ImageOwnerAlias":"self","Status":"Available","Usage":"instance"}]}}]}}}"#;
/// let state = image_policy_core::api::state_from("aliyun", data).unwrap();
/// assert!(state.images[0].in_use);
/// assert_eq!(state.images[0].owner_id.as_deref(), Some("1234567890"));
/// ```
pub fn state_from(provider: &str, data: &str) -> Result<State, InputError> {
    provider_named(provider)?.state_from(data)
}

/// `toProviderRequests(state, command)`: the provider's own requests that
/// carry out `command` on `state` (API.md v4). A command the engine denies
/// is an input error naming its rules, so it never reaches the wire.
///
/// ```
/// let state = r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"cn-hangzhou","status":"available"}]}"#;
/// let share = r#"{"type":"shareImage","actor":"a1","imageId":"m-1","accountIds":["a2"]}"#;
/// let requests = image_policy_core::api::to_provider_requests(state, share).unwrap();
/// assert_eq!(requests[0].action, "ModifyImageSharePermission");
/// assert_eq!(requests[0].parameters["AddAccount"], serde_json::json!(["a2"]));
/// let not_owner = r#"{"type":"deleteImage","actor":"a2","imageId":"m-1"}"#;
/// let error = image_policy_core::api::to_provider_requests(state, not_owner).unwrap_err();
/// assert!(error.message.contains("VIS-1"));
/// ```
pub fn to_provider_requests(
    state: &str,
    command: &str,
) -> Result<Vec<ProviderRequest>, InputError> {
    let world = world(state)?;
    let command = decode::command(command)?;
    let decision = denials(&world, &command);
    if !decision.allowed {
        return Err(denied(&decision));
    }
    world.provider().requests(&world, &command)
}

/// The input error for requests of a denied command: at the field a
/// provider cannot express (`type` for a whole command it has no API for),
/// else at the command itself.
fn denied(decision: &Decision) -> InputError {
    let path = decision
        .reasons
        .iter()
        .find(|reason| reason.code == Code::NotSupported)
        .map_or("", |reason| reason.details.field.unwrap_or("type"));
    let mut rules: Vec<&str> = Vec::new();
    for reason in &decision.reasons {
        if !rules.contains(&reason.rule.as_str()) {
            rules.push(reason.rule.as_str());
        }
    }
    InputError::new(
        Argument::Command,
        path,
        format!(
            "expected a command the engine allows, but it is denied ({}): call check() for the reasons; no request is written for a denied command",
            rules.join(", ")
        ),
    )
}

/// `explainProviderError(provider, error, { state, command })`: the
/// catalogue entries whose provider code for `provider` is the error's,
/// texts in `locale`; none for a code no rule names. With `context` (state
/// and command as JSON text) only the rules that command breaks in that
/// state: none then means the state shows no reason for the refusal.
///
/// ```
/// use image_policy_core::{api, api::ThrownError, Locale};
/// let entries = api::explain_provider_error("aliyun", &ThrownError::code("ImageUseShared"), None, Locale::En).unwrap();
/// assert_eq!(entries[0].id.as_str(), "DEL-1");
/// assert!(api::explain_provider_error("aliyun", &ThrownError::code("Throttling"), None, Locale::En).unwrap().is_empty());
/// ```
pub fn explain_provider_error(
    provider: &str,
    error: &ThrownError,
    context: Option<(&str, &str)>,
    locale: Locale,
) -> Result<Vec<RuleEntry>, InputError> {
    let provider = provider_named(provider)?;
    let profile = provider.profile();
    let code = profile.error_code_of(error).ok_or_else(|| {
        InputError::new(
            Argument::Error,
            "",
            format!(
                "expected an error code or what {}'s SDK throws (an object with a string {})",
                provider.as_str(),
                profile.error_code_field.as_str()
            ),
        )
    })?;
    let mut named = profile
        .error_rules
        .iter()
        .filter(|(known, _)| *known == code)
        .flat_map(|(_, rules)| rules.iter().copied())
        .collect::<Vec<RuleId>>();
    if let Some((state, command)) = context {
        let inside = |field: &'static str| {
            move |error: InputError| {
                let path = match error.path.as_str() {
                    "" => field.to_string(),
                    path if path.starts_with('[') => format!("{field}{path}"),
                    path => format!("{field}.{path}"),
                };
                InputError::new(Argument::Options, path, error.message)
            }
        };
        let world = world(state).map_err(inside("state"))?;
        let command = decode::command(command).map_err(inside("command"))?;
        if world.provider() != provider {
            return Err(InputError::new(
                Argument::Options,
                "state.provider",
                format!(
                    "expected a {} state, as the error's provider, got a {} one",
                    provider.as_str(),
                    world.provider().as_str()
                ),
            ));
        }
        let broken = denials(&world, &command).denying_rules();
        named.retain(|rule| broken.contains(rule));
    }
    Ok(rules(Some(provider.as_str()), locale)?
        .into_iter()
        .filter(|entry| named.contains(&entry.id))
        .collect())
}

/// [`explain_provider_error`] with its options as the boundary receives them
/// (`{ locale?, state?, command? }` as JSON text); state and command come
/// together or not at all.
pub fn explain_provider_error_with(
    provider: &str,
    error: &ThrownError,
    options: Option<&str>,
) -> Result<Vec<RuleEntry>, InputError> {
    let Some(options) = options else {
        return explain_provider_error(provider, error, None, Locale::default());
    };
    let options = decode::explain_options(options)?;
    let context = match (options.state, options.command) {
        (Some(state), Some(command)) => Some((state, command)),
        (None, None) => None,
        (Some(_), None) | (None, Some(_)) => {
            let missing = if options.state.is_none() {
                "state"
            } else {
                "command"
            };
            return Err(InputError::new(
                Argument::Options,
                missing,
                "expected state and command together: the rules that command breaks in that state narrow the answer",
            ));
        }
    };
    explain_provider_error(provider, error, context, options.locale.unwrap_or_default())
}

/// The provider `name` names, or an input error at `provider`.
fn provider_named(name: &str) -> Result<Provider, InputError> {
    Provider::ALL
        .iter()
        .copied()
        .find(|p| p.as_str() == name)
        .ok_or_else(|| {
            let names: Vec<String> = Provider::ALL
                .iter()
                .map(|p| format!("\"{}\"", p.as_str()))
                .collect();
            InputError::new(
                Argument::Provider,
                "",
                format!(
                    "expected one of {}, got {}",
                    names.join(", "),
                    crate::text::quote(name)
                ),
            )
        })
}

/// `rules(provider?, { locale })`: the catalogue, or the rules one profile
/// enforces, texts in `locale`.
///
/// ```
/// use image_policy_core::{api, Locale};
/// let jd = api::rules(Some("jdcloud"), Locale::En).unwrap();
/// assert!(jd.iter().any(|r| r.id.as_str() == "DEL-8") && jd.iter().all(|r| r.id.as_str() != "DEL-2"));
/// assert!(api::rules(Some("aws"), Locale::En).is_err());
/// let zh = api::rules(Some("jdcloud"), Locale::ZhCn).unwrap();
/// assert!(zh.iter().find(|r| r.id.as_str() == "DEL-1").unwrap().text.contains("共享"));
/// ```
pub fn rules(provider: Option<&str>, locale: Locale) -> Result<Vec<RuleEntry>, InputError> {
    let provider = provider.map(provider_named).transpose()?;
    Ok(RuleId::ALL
        .iter()
        .filter(|&&rule| provider.is_none_or(|p| p.profile().enforces(rule)))
        .map(|&rule| RuleEntry {
            id: rule,
            profiles: Provider::enforcing(rule),
            seed: rule.seed(),
            text: crate::rule_text(locale, rule, provider),
        })
        .collect())
}

/// `actionMatrix(state, actor, imageIds?)`: the stateless twin of
/// [`Engine::action_matrix`], for apps whose state lives in their own store.
///
/// ```
/// let state = r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available"}]}"#;
/// let rows = image_policy_core::api::action_matrix(state, "a1", None).unwrap();
/// assert!(rows[0].allowed.0[0]);
/// ```
pub fn action_matrix(
    state: &str,
    actor: &str,
    image_ids: Option<&str>,
) -> Result<Vec<ActionRow>, InputError> {
    Engine::from_world(world(state)?).action_matrix(actor, image_ids)
}

/// The state inside an `Engine`: decoded once, indexed, updated in place.
/// Each answer is written in the locale its call names.
///
/// ```
/// use image_policy_core::{api::Engine, Locale};
/// let mut engine = Engine::new(r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#).unwrap();
/// let unshare = r#"{"type":"unshareImage","actor":"a1","imageId":"m-1","accountIds":["a2"]}"#;
/// assert!(engine.apply(unshare, Locale::En).unwrap().ok);
/// assert!(engine.can("deleteImage", r#"{"actor":"a1","imageId":"m-1"}"#, Locale::En).unwrap().allowed);
/// let actions = engine.allowed_actions("a2", "m-1", Locale::En).unwrap();
/// assert!(!actions.0.iter().any(|(_, decision)| decision.allowed));
/// assert!(engine.to_state().images[0].shared_with.is_empty());
/// ```
#[derive(Clone, Debug)]
pub struct Engine {
    world: World,
}

impl Engine {
    /// `new Engine(state)`.
    pub fn new(state: &str) -> Result<Engine, InputError> {
        Ok(Engine {
            world: world(state)?,
        })
    }

    /// Wraps an already decoded world.
    pub fn from_world(world: World) -> Engine {
        Engine { world }
    }

    /// The world inside.
    pub fn world(&self) -> &World {
        &self.world
    }

    /// `engine.check(command, { locale })`.
    pub fn check(&self, command: &str, locale: Locale) -> Result<Decision, InputError> {
        Ok(decide(&self.world, &decode::command(command)?).render(locale))
    }

    /// `engine.canX(request, { locale })`.
    pub fn can(&self, kind: &str, request: &str, locale: Locale) -> Result<Decision, InputError> {
        Ok(decide(&self.world, &decode::request(kind, request)?).render(locale))
    }

    /// `engine.apply(command, { locale })`: `{ ok, events?, decision, requests? }`.
    pub fn apply(&mut self, command: &str, locale: Locale) -> Result<ApplyResult, InputError> {
        let command = decode::command(command)?;
        ApplyResult::of(&mut self.world, &command, false, locale)
    }

    /// `engine.allowedActions(actor, imageId, { locale })`: `{ [action]: Decision }`.
    pub fn allowed_actions(
        &self,
        actor: &str,
        image_id: &str,
        locale: Locale,
    ) -> Result<ActionMap, InputError> {
        let actor = AccountId::new(actor).map_err(|m| InputError::new(Argument::Actor, "", m))?;
        let image_id = Id::new(image_id).map_err(|m| InputError::new(Argument::ImageId, "", m))?;
        let decisions = allowed_actions(&self.world, &actor, &image_id);
        Ok(ActionMap(
            decisions
                .into_iter()
                .map(|(action, decision)| (action, decision.render(locale)))
                .collect(),
        ))
    }

    /// `engine.actionMatrix(actor, imageIds?)`: one row per image.
    pub fn action_matrix(
        &self,
        actor: &str,
        image_ids: Option<&str>,
    ) -> Result<Vec<ActionRow>, InputError> {
        let actor = AccountId::new(actor).map_err(|m| InputError::new(Argument::Actor, "", m))?;
        let image_ids = image_ids.map(decode::image_ids).transpose()?;
        Ok(probes::action_matrix(
            &self.world,
            &actor,
            image_ids.as_deref(),
        ))
    }

    /// `engine.toJSON()`.
    pub fn to_state(&self) -> State {
        self.world.to_state()
    }
}

/// What `applyCommand` and `Engine.apply` answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ApplyResult {
    pub ok: bool,
    /// The new state (`applyCommand` only, when `ok`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<State>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    pub decision: Decision,
    /// What to send to carry out the step (when `ok`): a confirm button is
    /// one call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<ProviderRequest>>,
}

impl ApplyResult {
    /// Applies `command`; the new state is included when `with_state`. The
    /// requests of an allowed step are written from the state before it
    /// (what is shared already decides what a share sends).
    fn of(
        world: &mut World,
        command: &Command,
        with_state: bool,
        locale: Locale,
    ) -> Result<ApplyResult, InputError> {
        let decision = decide(world, command);
        if !decision.allowed {
            return Ok(ApplyResult {
                ok: false,
                state: None,
                events: None,
                decision: decision.render(locale),
                requests: None,
            });
        }
        let requests = world.provider().requests(world, command)?;
        let events = transition(world, command);
        Ok(ApplyResult {
            ok: true,
            state: with_state.then(|| world.to_state()),
            events: Some(events),
            decision: decision.render(locale),
            requests: Some(requests),
        })
    }
}

/// `{ action: Decision }`, in [`crate::ACTIONS`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionMap(pub Vec<(&'static str, Decision)>);

impl Serialize for ActionMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entries = self.0.iter().map(|(action, decision)| (*action, decision));
        crate::static_str::serialize_keyed(serializer, "ActionMap", entries)
    }
}

/// One entry of `rules()`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleEntry {
    pub id: RuleId,
    pub profiles: Vec<Provider>,
    pub seed: &'static str,
    /// The shared text, then what each cloud asked about adds (its name
    /// first when `rules()` is asked about every cloud).
    pub text: String,
}

fn world(state: &str) -> Result<World, InputError> {
    World::new(decode::state(state)?)
}
