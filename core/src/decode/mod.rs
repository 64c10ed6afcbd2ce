//! JSON text in, typed values out; every error says where and what was expected.

mod command;
pub(crate) mod object;
mod state;

use crate::command::{Command, CreateSource, COMMAND_TYPES};
use crate::error::{Argument, InputError};
use crate::json::{backticked, Fault, FromJson, Kind, Reader};
use crate::model::State;

/// Decodes a state. Structural checks only; see [`crate::World::new`] for
/// duplicates and references.
///
/// ```
/// let state = image_policy_core::decode::state(r#"{"provider":"aliyun","images":[]}"#).unwrap();
/// assert!(state.instances.is_empty());
/// let err = image_policy_core::decode::state(r#"{"provider":"aws","images":[]}"#).unwrap_err();
/// assert_eq!(err.path, "provider");
/// ```
pub fn state(json: &str) -> Result<State, InputError> {
    whole(json, State::read_json).map_err(|f| located(f, Argument::State))
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
    let argument = Argument::Command;
    let at = |f: Fault| located(f, argument);
    let kind = command_type(json).map_err(at)?;
    let command = whole(json, |r| {
        command::read(r, &kind, &mut |r| r.skip()).unwrap_or_else(|| Err(unknown_type(&kind)))
    })
    .map_err(at)?;
    required_by_source(command, argument)
}

/// Decodes the request of a `canX` function: the command's fields without
/// `type` (a `type` equal to `kind` is tolerated).
pub fn request(kind: &str, json: &str) -> Result<Command, InputError> {
    let argument = Argument::Request;
    let mut tag = |r: &mut Reader<'_>| {
        let mut ahead = r.clone();
        match ahead.string() {
            Ok(given) if given == kind => r.skip(),
            _ => Err(r.unexpected(&format!("no type, or {kind:?}"))),
        }
    };
    let command = whole(json, |r| {
        command::read(r, kind, &mut tag).unwrap_or_else(|| Err(unknown_type(kind)))
    })
    .map_err(|f| located(f, argument))?;
    required_by_source(command, argument)
}

/// Reads one value that must fill the whole text.
fn whole<'a, T>(
    json: &'a str,
    read: impl FnOnce(&mut Reader<'a>) -> Result<T, Fault>,
) -> Result<T, Fault> {
    let mut r = Reader::new(json);
    let value = read(&mut r)?;
    r.end()?;
    Ok(value)
}

fn located(fault: Fault, argument: Argument) -> InputError {
    InputError::new(argument, fault.path, fault.message)
}

/// The command's `type`, read in a first pass over the whole text so that
/// malformed JSON anywhere is reported before a bad or missing type.
fn command_type(json: &str) -> Result<String, Fault> {
    let mut found = None;
    whole(json, |r| {
        r.object("an object", |r, key| {
            if key == "type" && found.is_none() {
                found = Some(r.clone());
            }
            r.skip()
        })
    })?;
    let expected = || format!("one of {}", backticked(&COMMAND_TYPES));
    let mut r = found.ok_or_else(|| {
        Fault::new(format!("missing field `type`, expected {}", expected())).in_field("type")
    })?;
    if r.peek()? != Kind::String {
        return Err(r.unexpected(&expected()).in_field("type"));
    }
    let kind = r.string()?.into_owned();
    if COMMAND_TYPES.contains(&kind.as_str()) {
        Ok(kind)
    } else {
        Err(unknown_type(&kind))
    }
}

fn unknown_type(kind: &str) -> Fault {
    Fault::new(format!(
        "unknown command type {}, expected one of {}",
        crate::text::quote(kind),
        backticked(&COMMAND_TYPES)
    ))
    .in_field("type")
}

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
