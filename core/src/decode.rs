//! JSON text in, typed values out; every error says where and what was expected.

use crate::command::{self, Command, COMMAND_TYPES};
use crate::error::{Argument, InputError};
use crate::model::State;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

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
    typed(json, Argument::State)
}

/// Decodes any JSON text into `T`, reporting errors inside `argument`.
pub fn typed<T: DeserializeOwned>(json: &str, argument: Argument) -> Result<T, InputError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| path_error(e, argument))?;
    de.end()
        .map_err(|e| InputError::new(argument, "", json_message(&e)))?;
    Ok(value)
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
    let mut fields = object(json, Argument::Command)?;
    let kind = match fields.remove("type") {
        Some(Value::String(kind)) => kind,
        Some(other) => {
            return Err(InputError::new(
                Argument::Command,
                "type",
                format!(
                    "expected one of {}, got {}",
                    COMMAND_TYPES.join(", "),
                    describe(&other)
                ),
            ))
        }
        None => {
            return Err(InputError::new(
                Argument::Command,
                "type",
                format!(
                    "missing field; expected one of {}",
                    COMMAND_TYPES.join(", ")
                ),
            ))
        }
    };
    command_of_type(&kind, fields, Argument::Command)
}

/// Decodes the request of a `canX` function: the command's fields without
/// `type` (a `type` equal to `kind` is tolerated).
pub fn request(kind: &str, json: &str) -> Result<Command, InputError> {
    let mut fields = object(json, Argument::Request)?;
    match fields.remove("type") {
        None => {}
        Some(Value::String(given)) if given == kind => {}
        Some(other) => {
            return Err(InputError::new(
                Argument::Request,
                "type",
                format!("expected no type, or {kind:?}, got {}", describe(&other)),
            ))
        }
    }
    command_of_type(kind, fields, Argument::Request)
}

fn command_of_type(
    kind: &str,
    fields: Map<String, Value>,
    argument: Argument,
) -> Result<Command, InputError> {
    let value = Value::Object(fields);
    Ok(match kind {
        "createImage" => Command::CreateImage(from_value(value, argument)?),
        "copyImage" => Command::CopyImage(from_value(value, argument)?),
        "shareImage" => Command::ShareImage(from_value(value, argument)?),
        "unshareImage" => Command::UnshareImage(from_value(value, argument)?),
        "deleteImage" => Command::DeleteImage(from_value(value, argument)?),
        "exportImage" => Command::ExportImage(from_value(value, argument)?),
        "modifyImage" => Command::ModifyImage(from_value(value, argument)?),
        "createInstance" => Command::CreateInstance(from_value(value, argument)?),
        "deleteInstance" => Command::DeleteInstance(from_value(value, argument)?),
        "reinitDisk" => Command::ReinitDisk(from_value(value, argument)?),
        "replaceSystemDisk" => Command::ReplaceSystemDisk(from_value(value, argument)?),
        other => {
            return Err(InputError::new(
                argument,
                "type",
                format!(
                    "expected one of {}, got {}",
                    COMMAND_TYPES.join(", "),
                    crate::text::quote(other)
                ),
            ))
        }
    })
    .and_then(|command| required_by_source(command, argument))
}

/// Fields that `createImage` needs for the chosen `from`.
fn required_by_source(command: Command, argument: Argument) -> Result<Command, InputError> {
    if let Command::CreateImage(create) = &command {
        let missing = match create.from {
            command::CreateSource::Instance if create.instance_id.is_none() => {
                Some(("instanceId", "an instance ID when from is \"instance\""))
            }
            command::CreateSource::Snapshots if create.snapshot_ids.is_empty() => Some((
                "snapshotIds",
                "at least one snapshot ID when from is \"snapshots\"",
            )),
            command::CreateSource::Import if create.region.is_none() => {
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

fn object(json: &str, argument: Argument) -> Result<Map<String, Value>, InputError> {
    match typed::<Value>(json, argument)? {
        Value::Object(fields) => Ok(fields),
        other => Err(InputError::new(
            argument,
            "",
            format!("expected an object, got {}", describe(&other)),
        )),
    }
}

fn from_value<T: DeserializeOwned>(value: Value, argument: Argument) -> Result<T, InputError> {
    serde_path_to_error::deserialize(value).map_err(|e| path_error(e, argument))
}

/// Turns a decoding error into an [`InputError`] whose path names the field.
fn path_error(
    error: serde_path_to_error::Error<serde_json::Error>,
    argument: Argument,
) -> InputError {
    let mut path = render_path(error.path());
    let message = json_message(error.inner());
    // serde reports unknown and missing fields at the enclosing object; name
    // the field itself so the path points at it.
    for prefix in ["unknown field `", "missing field `"] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some(field) = rest.split('`').next().filter(|f| !path.ends_with(*f)) {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(field);
            }
        }
    }
    InputError::new(argument, path, message)
}

fn render_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// serde_json's message without its line and column (the text came from
/// `JSON.stringify`, so positions mean nothing to the caller).
fn json_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) if error.line() > 0 => text[..at].to_string(),
        _ => text,
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string {}", crate::text::quote(s)),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}
