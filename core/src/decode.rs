//! JSON text in, typed values out: serde_json reads the text into the
//! model's derived types; an error's path is found from where it stopped.
//! Structural checks only; see [`crate::World::new`] for duplicate IDs and
//! references.

use crate::command::{Command, CreateSource, COMMAND_TYPES};
use crate::error::{Argument, InputError};
use crate::json_path;
use crate::message::Locale;
use crate::model::State;
use crate::object::{Object, Tagged};
use crate::text::{shorten_to, Id};
use serde::de::{DeserializeSeed, Deserializer};
use serde::Deserialize;
use std::marker::PhantomData;

/// The deserializer every input goes through: JSON text.
type Input<'t, 'j> = &'t mut serde_json::Deserializer<serde_json::de::StrRead<'j>>;

/// Decodes a state.
///
/// ```
/// let state = image_policy_core::decode::state(r#"{"provider":"aliyun","images":[]}"#).unwrap();
/// assert!(state.instances.is_empty());
/// let err = image_policy_core::decode::state(r#"{"provider":"aws","images":[]}"#).unwrap_err();
/// assert_eq!(err.path, "provider");
/// ```
pub fn state(json: &str) -> Result<State, InputError> {
    read(json, Argument::State, |input| {
        Object::<State>::deserialize(input).map(|state| state.0)
    })
}

/// Decodes a command: an object whose `type` names one of the command types.
///
/// ```
/// use image_policy_core::{decode, Command};
/// let c = decode::command(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1"}"#).unwrap();
/// assert!(matches!(c, Command::DeleteImage(_)));
/// let err = decode::command(r#"{"type":"deleteImag","actor":"a1"}"#).unwrap_err();
/// assert_eq!(err.path, "type");
/// ```
pub fn command(json: &str) -> Result<Command, InputError> {
    let kind = command_type(json)?;
    let command = read(json, Argument::Command, |input| fields(kind, input))?;
    required_by_source(command, Argument::Command)
}

/// Decodes the request of a `canX` function: the fields of a command of type
/// `kind`, without `type` (a `type` equal to `kind` is tolerated).
pub fn request(kind: &str, json: &str) -> Result<Command, InputError> {
    let argument = Argument::Request;
    let kind = known_type(kind).map_err(|message| InputError::new(argument, "type", message))?;
    let command = read(json, argument, |input| fields(kind, input))?;
    required_by_source(command, argument)
}

/// Decodes the `imageIds` of `actionMatrix`: an array of image IDs.
pub fn image_ids(json: &str) -> Result<Vec<Id>, InputError> {
    read(json, Argument::ImageIds, |input| {
        Vec::<Id>::deserialize(input)
    })
}

/// Decodes `options` (`{ locale? }`); absent options mean English.
///
/// ```
/// use image_policy_core::{decode, Locale};
/// assert_eq!(decode::options(r#"{"locale":"zh-CN"}"#).unwrap(), Locale::ZhCn);
/// assert_eq!(decode::options(r#"{"locale":["fr","zh-TW"]}"#).unwrap(), Locale::ZhCn);
/// assert_eq!(decode::options(r#"{"locale":"fr"}"#).unwrap(), Locale::En);
/// assert_eq!(decode::options(r#"{"locale":["en","zh CN"]}"#).unwrap_err().path, "locale[1]");
/// let not_a_tag = decode::options(r#"{"locale":42}"#).unwrap_err();
/// assert_eq!(not_a_tag.path, "locale");
/// assert!(not_a_tag.message.contains("a language tag"), "{}", not_a_tag.message);
/// ```
pub fn options(json: &str) -> Result<Locale, InputError> {
    Ok(options_given(json)?.unwrap_or_default())
}

/// [`options`], `None` when no locale is given (an Engine keeps its own).
pub fn options_given(json: &str) -> Result<Option<Locale>, InputError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Options {
        #[serde(default)]
        locale: Option<Tags>,
    }
    let argument = Argument::Options;
    let options = read(json, argument, |input| {
        Object::<Options>::deserialize(input).map(|options| options.0)
    })?;
    locale_of(options.locale)
}

/// `explainProviderError`'s options: a locale, and the state and command
/// the provider refused, as JSON text to decode as any state and command.
pub struct ExplainOptions<'j> {
    pub locale: Option<Locale>,
    pub state: Option<&'j str>,
    pub command: Option<&'j str>,
}

/// Decodes `explainProviderError`'s options (`{ locale?, state?, command? }`).
///
/// ```
/// let options = image_policy_core::decode::explain_options(r#"{"locale":"zh","command":{"type":"x"}}"#).unwrap();
/// assert_eq!(options.command, Some(r#"{"type":"x"}"#));
/// assert!(options.state.is_none());
/// ```
pub fn explain_options(json: &str) -> Result<ExplainOptions<'_>, InputError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Options<'j> {
        #[serde(default)]
        locale: Option<Tags>,
        #[serde(default, borrow)]
        state: Option<&'j serde_json::value::RawValue>,
        #[serde(default, borrow)]
        command: Option<&'j serde_json::value::RawValue>,
    }
    let options = read(json, Argument::Options, |input| {
        Object::<Options>::deserialize(input).map(|options| options.0)
    })?;
    Ok(ExplainOptions {
        locale: locale_of(options.locale)?,
        state: options.state.map(|raw| raw.get()),
        command: options.command.map(|raw| raw.get()),
    })
}

/// A tag, or a list of tags in order of preference (`navigator.languages`).
/// Not `#[serde(untagged)]`: its error names no expectation and no place.
enum Tags {
    One(String),
    Many(Vec<String>),
}

impl<'de> Deserialize<'de> for Tags {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Tags, D::Error> {
        struct TagsVisitor;
        impl<'de> serde::de::Visitor<'de> for TagsVisitor {
            type Value = Tags;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a language tag such as \"zh-CN\", or a list of them (navigator.languages)",
                )
            }
            fn visit_str<E: serde::de::Error>(self, tag: &str) -> Result<Tags, E> {
                Ok(Tags::One(tag.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Tags, A::Error> {
                Vec::deserialize(serde::de::value::SeqAccessDeserializer::new(seq)).map(Tags::Many)
            }
        }
        deserializer.deserialize_any(TagsVisitor)
    }
}

/// The locale the tags resolve to (BCP 47 lookup), with the error at its tag.
fn locale_of(tags: Option<Tags>) -> Result<Option<Locale>, InputError> {
    let argument = Argument::Options;
    match tags {
        None => Ok(None),
        Some(Tags::One(tag)) => Locale::parse(&tag)
            .map(Some)
            .map_err(|message| InputError::new(argument, "locale", message)),
        Some(Tags::Many(tags)) => Locale::negotiate(tags.iter().map(String::as_str))
            .map(Some)
            .map_err(|(at, message)| InputError::new(argument, format!("locale[{at}]"), message)),
    }
}

/// Decodes `stateFrom`'s provider data into a provider's wire types.
pub(crate) fn provider_data<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, InputError> {
    read(json, Argument::Data, |input| {
        Object::<T>::deserialize(input).map(|data| data.0)
    })
}

/// Reads one value that must fill the whole text.
fn read<'j, T>(
    json: &'j str,
    argument: Argument,
    decode: impl FnOnce(Input<'_, 'j>) -> Result<T, serde_json::Error>,
) -> Result<T, InputError> {
    let mut text = serde_json::Deserializer::from_str(json);
    let value = decode(&mut text).and_then(|value| text.end().map(|()| value));
    value.map_err(|error| located(argument, json, &error))
}

/// The input error for a serde_json error in `json`. serde reports a missing
/// field once its object is read; the path here names the field itself.
fn located(argument: Argument, json: &str, error: &serde_json::Error) -> InputError {
    let mut message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    message.truncate(message.len() - position.len() * usize::from(message.ends_with(&position)));
    let mut path = json_path::path_at(
        json,
        json_path::offset_of(json, error.line(), error.column()),
    );
    let field = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    if let Some(field) = field {
        path = if path.is_empty() {
            field.to_string()
        } else {
            format!("{path}.{field}")
        };
    }
    InputError::new(
        argument,
        shorten_to(&path, MAX_PATH_CHARS).into_owned(),
        shorten_quoted(&message),
    )
}

/// Most characters of a path: a path holds keys the caller chose.
const MAX_PATH_CHARS: usize = 256;
/// Most characters of a message, whatever serde put in it.
const MAX_MESSAGE_CHARS: usize = 1024;

/// serde quotes offending keys and values whole (between backticks, or
/// double quotes); an input error quotes at most a short prefix of each.
fn shorten_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(512));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = &rest[open..open + 1];
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find(quote) else { break };
        out.push_str(&crate::text::shorten(&rest[..close]));
        out.push_str(quote);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    shorten_to(&out, MAX_MESSAGE_CHARS).into_owned()
}

/// The command's `type`, read in a first pass over the whole text so that
/// malformed JSON anywhere is reported before a bad or missing type.
fn command_type(json: &str) -> Result<&'static str, InputError> {
    #[derive(Deserialize)]
    struct TypeOnly {
        #[serde(rename = "type")]
        kind: Option<String>,
    }
    let argument = Argument::Command;
    let tag = read(json, argument, |input| {
        Object::<TypeOnly>::deserialize(input).map(|tag| tag.0)
    })?;
    let Some(kind) = tag.kind.as_deref() else {
        let expected = format!("missing field `type`, expected one of {}", backticked());
        return Err(InputError::new(argument, "type", expected));
    };
    known_type(kind).map_err(|message| InputError::new(argument, "type", message))
}

fn known_type(kind: &str) -> Result<&'static str, String> {
    COMMAND_TYPES
        .iter()
        .find(|known| **known == kind)
        .copied()
        .ok_or_else(|| {
            format!(
                "unknown command type {}, expected one of {}",
                crate::text::quote(kind),
                backticked()
            )
        })
}

fn backticked() -> String {
    let names: Vec<String> = COMMAND_TYPES
        .iter()
        .map(|name| format!("`{name}`"))
        .collect();
    names.join(", ")
}

/// `fields`, the reader of a command's fields by its `type`, from the one
/// list of commands.
macro_rules! read_fields {
    ($($variant:ident($request:ty) $name:literal;)*) => {
        /// The fields of a command of type `kind` (one of [`COMMAND_TYPES`]).
        fn fields<'de, D: Deserializer<'de>>(kind: &str, input: D) -> Result<Command, D::Error> {
            Ok(match kind {
                $($name => Command::$variant(Tagged::<$request> { kind, marker: PhantomData }.deserialize(input)?),)*
                other => {
                    return Err(serde::de::Error::custom(format_args!(
                        "unknown command type {other:?}"
                    )))
                }
            })
        }
    };
}

crate::command::with_commands!(read_fields);

/// Fields that `createImage` needs for the chosen `from`.
fn required_by_source(command: Command, argument: Argument) -> Result<Command, InputError> {
    if let Command::CreateImage(create) = &command {
        let missing = match create.from {
            CreateSource::Instance if create.instance_id.is_none() => {
                Some(("instanceId", "an instance ID when from is \"instance\""))
            }
            CreateSource::Snapshots if create.snapshot_ids.is_empty() => Some((
                "snapshotIds",
                "at least one snapshot ID when from is \"snapshots\"",
            )),
            CreateSource::Import if create.region.is_none() => {
                Some(("region", "a region when from is \"import\""))
            }
            _ => None,
        };
        if let Some((path, expected)) = missing {
            return Err(InputError::new(
                argument,
                path,
                format!("expected {expected}"),
            ));
        }
    }
    Ok(command)
}
