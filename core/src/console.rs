//! What a console needs besides decisions (API.md v3, "Console
//! ergonomics"): the command an action key stands for, and the consoles' own
//! words for buttons and columns.

use crate::actions::{ImageAction, ACTIONS};
use crate::command::Command;
use crate::decode;
use crate::error::{Argument, InputError};
use crate::message::{Locale, Word};
use crate::messages;
use crate::model::{ImageKind, ImageStatus, Task};
use serde::Serialize;
use serde::Serializer;

/// `commandFor(action, fields)`: the command an `actionMatrix` key stands for
/// (`forceDeleteImage` is `deleteImage` with `force: true`, `deprecateImage`
/// is `modifyImage` with `status: "deprecated"`, ...), with the fields the
/// user typed. A field the action fixes may be given only with that value.
///
/// ```
/// use image_policy_core::{console::command_for, Command};
/// let command = command_for("forceDeleteImage", r#"{"actor":"a1","imageId":"m-1"}"#).unwrap();
/// assert!(matches!(command, Command::DeleteImage(d) if d.force));
/// assert_eq!(command_for("fly", "{}").unwrap_err().argument.as_str(), "action");
/// ```
pub fn command_for(action: &str, fields: &str) -> Result<Command, InputError> {
    let named = ImageAction::named(action);
    let (kind, fixed) = named
        .map(|a| (a.command_type(), a.fixed()))
        .ok_or_else(|| {
            InputError::new(
                Argument::Action,
                "",
                format!(
                    "expected one of {}, got {}",
                    ACTIONS.join(", "),
                    crate::text::quote(action)
                ),
            )
        })?;
    let fields_error = |e: serde_json::Error| {
        InputError::new(Argument::Fields, "", format!("expected an object: {e}"))
    };
    let mut object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(fields).map_err(fields_error)?;
    if object.contains_key("type") {
        return Err(InputError::new(
            Argument::Fields,
            "type",
            format!("the action sets the type ({kind}); leave it out"),
        ));
    }
    for &(field, value) in fixed {
        let value: serde_json::Value = serde_json::from_str(value).map_err(fields_error)?;
        match object.get(field) {
            Some(given) if *given != value => {
                return Err(InputError::new(
                    Argument::Fields,
                    field,
                    format!("{action} sets {field} to {value}; leave it out"),
                ))
            }
            _ => {
                object.insert(field.to_string(), value);
            }
        }
    }
    object.insert("type".into(), kind.into());
    let text = serde_json::Value::Object(object).to_string();
    decode::command(&text).map_err(|e| InputError::new(Argument::Fields, e.path, e.message))
}

/// `vocabulary()`: the words of a console's buttons and columns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Vocabulary {
    pub actions: Words,
    pub statuses: Words,
    pub kinds: Words,
    pub tasks: Words,
}

/// `{ key: word }`, keys in API order.
#[derive(Clone, Debug, PartialEq)]
pub struct Words(pub Vec<(&'static str, &'static str)>);

impl Serialize for Words {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entries = self.0.iter().map(|(key, word)| (*key, word));
        crate::static_str::serialize_keyed(serializer, "Words", entries)
    }
}

/// The vocabulary in `locale`.
///
/// ```
/// use image_policy_core::{console::vocabulary, Locale};
/// let zh = vocabulary(Locale::ZhCn);
/// assert!(zh.actions.0.contains(&("forceDeleteImage", "强制删除")));
/// ```
pub fn vocabulary(locale: Locale) -> Vocabulary {
    let words = |keys: Vec<(&'static str, Word)>| {
        Words(
            keys.into_iter()
                .map(|(key, word)| (key, messages::word(locale, word)))
                .collect(),
        )
    };
    Vocabulary {
        actions: words(
            ImageAction::ALL
                .iter()
                .map(|&a| (a.key(), Word::Action(a)))
                .collect(),
        ),
        statuses: words(
            ImageStatus::ALL
                .iter()
                .map(|&s| (s.as_str(), Word::Status(s)))
                .collect(),
        ),
        kinds: words(
            ImageKind::ALL
                .iter()
                .map(|&k| (k.as_str(), Word::Kind(k)))
                .collect(),
        ),
        tasks: words(
            Task::ALL
                .iter()
                .map(|&t| (t.as_str(), Word::Task(t)))
                .collect(),
        ),
    }
}
