//! Values across the boundary: JavaScript values in as JSON text (read by
//! the core with serde_json, which reports unknown fields where
//! serde-wasm-bindgen's `from_value` drops them), typed answers out through
//! serde-wasm-bindgen as plain objects and arrays.

use crate::error::input_error;
use crate::guarded::{self, read};
use image_policy_core::api::ThrownError;
use image_policy_core::{
    Argument, InputError, Locale, MAX_ACCOUNT_ENTRIES, MAX_ITEMS, MAX_SNAPSHOTS_PER_IMAGE,
};
use js_sys::JsString;
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The capped arrays of each argument, checked from their `length`.
pub const STATE_CAPS: &[(&str, usize)] = &[
    ("images", MAX_ITEMS),
    ("instances", MAX_ITEMS),
    ("snapshots", MAX_ITEMS),
];
pub const COMMAND_CAPS: &[(&str, usize)] = &[
    ("accountIds", MAX_ACCOUNT_ENTRIES),
    ("snapshotIds", MAX_SNAPSHOTS_PER_IMAGE),
];
pub const IMAGE_IDS_CAPS: &[(&str, usize)] = &[("", MAX_ITEMS)];

/// The capped arrays of a `canX` request of `kind`: of the commands with a
/// `canX`, only share and unshare name lists; the others skip the reads.
pub fn request_caps(kind: &str) -> &'static [(&'static str, usize)] {
    match kind {
        "shareImage" | "unshareImage" => &[("accountIds", MAX_ACCOUNT_ENTRIES)],
        _ => &[],
    }
}

/// Outputs are plain JSON-like values: objects, arrays, strings, numbers.
const OUTPUT: serde_wasm_bindgen::Serializer = serde_wasm_bindgen::Serializer::json_compatible();

/// A JavaScript value as JSON text, or an `InputError` saying where and why
/// it is not one (`undefined`, a function, BigInt, a cycle, a getter or
/// `toJSON` that throws). `caps` are the arrays of the argument with a
/// documented maximum, checked from their `length` before anything is read.
pub fn json_text(
    value: &JsValue,
    argument: Argument,
    caps: &[(&'static str, usize)],
) -> Result<String, JsValue> {
    if value.is_undefined() {
        return Err(error(argument, "", "expected an object, got undefined"));
    }
    check_caps(value, argument, caps)?;
    match guarded::stringify(value) {
        Ok(Some(text)) => Ok(text),
        Ok(None) => Err(error(
            argument,
            "",
            format!("expected an object, got a {}", type_name(value)),
        )),
        Err(_) => {
            let (path, why) = Walk::default()
                .find(value, String::new(), 0)
                .unwrap_or_default();
            Err(error(
                argument,
                &path,
                format!("could not read it as JSON: {why}"),
            ))
        }
    }
}

/// Arrays longer than their cap are refused at once, from their `length`.
fn check_caps(
    value: &JsValue,
    argument: Argument,
    caps: &[(&'static str, usize)],
) -> Result<(), JsValue> {
    for &(field, max) in caps {
        let unreadable = |thrown: JsValue| {
            error(
                argument,
                field,
                format!("could not read it: {}", message_of(&thrown)),
            )
        };
        let list = if field.is_empty() {
            value.clone()
        } else if value.is_object() {
            read(value, &field_key(field)).map_err(|thrown| {
                // A revoked Proxy fails every read: name the argument itself,
                // as JSON.stringify's first read (toJSON) would.
                match read(value, &JsValue::from_str("toJSON")) {
                    Err(whole) => error(
                        argument,
                        "",
                        format!("could not read it: {}", message_of(&whole)),
                    ),
                    Ok(_) => unreadable(thrown),
                }
            })?
        } else {
            continue;
        };
        if guarded::is_array(&list).map_err(unreadable)?
            && guarded::length(&list).map_err(unreadable)? as usize > max
        {
            return Err(error(
                argument,
                field,
                format!("expected at most {max} elements"),
            ));
        }
    }
    Ok(())
}

/// The JavaScript string of a capped field's name, made once: a string
/// made per call costs more than the read it names.
fn field_key(field: &'static str) -> JsValue {
    thread_local! {
        static KEYS: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
    }
    KEYS.with_borrow_mut(|keys| {
        if let Some((_, key)) = keys.iter().find(|(name, _)| *name == field) {
            return key.clone();
        }
        let key = JsValue::from_str(field);
        keys.push((field, key.clone()));
        key
    })
}

/// Finds where `JSON.stringify` failed, walking the value as it does; run
/// only after it failed, so the happy path pays nothing.
#[derive(Default)]
struct Walk {
    /// The objects on the current path, to name a cycle.
    ancestors: Vec<JsValue>,
    visited: usize,
}

impl Walk {
    const MAX_DEPTH: usize = 64;
    const MAX_VISITED: usize = 100_000;

    fn find(&mut self, value: &JsValue, path: String, depth: usize) -> Option<(String, String)> {
        self.visited += 1;
        if depth > Self::MAX_DEPTH || self.visited > Self::MAX_VISITED {
            return None;
        }
        if value.is_bigint() {
            return Some((path, "a BigInt, which JSON cannot hold".into()));
        }
        if !value.is_object() || value.is_function() {
            return None;
        }
        let to_json = match read(value, &JsValue::from_str("toJSON")) {
            Ok(f) => f,
            Err(thrown) => {
                return Some((
                    path,
                    format!("reading toJSON threw: {}", message_of(&thrown)),
                ))
            }
        };
        if let Some(to_json) = to_json.dyn_ref::<js_sys::Function>() {
            return match guarded::call(to_json, value) {
                Ok(inner) if inner != *value => self.find(&inner, path, depth + 1),
                Ok(_) => None,
                Err(thrown) => Some((path, format!("toJSON threw: {}", message_of(&thrown)))),
            };
        }
        if self.ancestors.iter().any(|a| a == value) {
            return Some((path, "a cycle: the value contains itself".into()));
        }
        self.ancestors.push(value.clone());
        let found = self.children(value, &path, depth);
        self.ancestors.pop();
        found
    }

    fn children(&mut self, value: &JsValue, path: &str, depth: usize) -> Option<(String, String)> {
        let threw = |at: String, thrown: JsValue| {
            Some((at, format!("reading it threw: {}", message_of(&thrown))))
        };
        let is_array = match guarded::is_array(value) {
            Ok(is_array) => is_array,
            Err(thrown) => return threw(path.to_string(), thrown),
        };
        if is_array {
            let length = match guarded::length(value) {
                Ok(length) => length,
                Err(thrown) => return threw(path.to_string(), thrown),
            };
            for index in 0..length.min(Self::MAX_VISITED as u32) {
                let at = format!("{path}[{index}]");
                match read(value, &JsValue::from(index)) {
                    Ok(item) => {
                        if let Some(found) = self.find(&item, at, depth + 1) {
                            return Some(found);
                        }
                    }
                    Err(thrown) => return threw(at, thrown),
                }
            }
            return None;
        }
        let keys = match guarded::keys(value) {
            Ok(keys) => keys,
            Err(thrown) => return threw(path.to_string(), thrown),
        };
        for key in keys.iter() {
            let name = key.as_string().unwrap_or_default();
            let at = if path.is_empty() {
                name
            } else {
                format!("{path}.{name}")
            };
            match read(value, &key) {
                Ok(item) => {
                    if let Some(found) = self.find(&item, at, depth + 1) {
                        return Some(found);
                    }
                }
                Err(thrown) => return threw(at, thrown),
            }
        }
        None
    }
}

/// The locale of `options` (`{ locale? }`); absent options mean English.
pub fn locale(options: Option<JsValue>) -> Result<Locale, JsValue> {
    Ok(locale_given(options)?.unwrap_or_default())
}

/// The locale `options` asks for, if any: an Engine's own answers otherwise.
pub fn locale_given(options: Option<JsValue>) -> Result<Option<Locale>, JsValue> {
    match options_text(options)? {
        Some(text) => image_policy_core::decode::options_given(&text).map_err(|e| input_error(&e)),
        None => Ok(None),
    }
}

/// The last, optional `options` argument as JSON text; `undefined` and
/// `null` read as absent.
pub fn options_text(options: Option<JsValue>) -> Result<Option<String>, JsValue> {
    match options {
        Some(options) if !options.is_undefined() && !options.is_null() => {
            json_text(&options, Argument::Options, &[]).map(Some)
        }
        _ => Ok(None),
    }
}

/// A typed answer as a JavaScript value.
pub fn output<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&OUTPUT).map_err(JsValue::from)
}

/// An answer of the core, or its input error thrown.
pub fn answer<T: Serialize>(result: Result<T, InputError>) -> Result<JsValue, JsValue> {
    output(&result.map_err(|error| input_error(&error))?)
}

/// An answer that grows with the account (a matrix row per image, a whole
/// state), as one JSON text that `JSON.parse` reads natively: serde-wasm-bindgen
/// crosses the boundary once per field, and on the first, cold call those
/// crossings and the code that makes them cost more than the text does
/// (bench/README.md: the first matrix in Chromium 56 -> 45 ms).
pub fn bulk_answer<T: Serialize>(result: Result<T, InputError>) -> Result<JsValue, JsValue> {
    let value = result.map_err(|error| input_error(&error))?;
    let text =
        serde_json::to_string(&value).map_err(|error| js_sys::Error::new(&error.to_string()))?;
    js_sys::JSON::parse(&text)
}

/// A string argument; `undefined` and `null` read as absent. A string with
/// a lone surrogate is refused, as it is inside every JSON argument.
pub fn optional_string(value: &JsValue, argument: Argument) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let Some(text) = value.dyn_ref::<JsString>() else {
        return Err(error(
            argument,
            "",
            format!("expected a string, got a {}", type_name(value)),
        ));
    };
    if !text.is_valid_utf16() {
        return Err(error(
            argument,
            "",
            "expected a string of valid Unicode; it holds a lone surrogate",
        ));
    }
    Ok(Some(String::from(text)))
}

pub fn required_string(value: &JsValue, argument: Argument) -> Result<String, JsValue> {
    optional_string(value, argument)?.ok_or_else(|| {
        error(
            argument,
            "",
            format!("expected a string, got {}", type_name(value)),
        )
    })
}

/// `explainProviderError`'s `error`: a code, or what a provider's SDK threw,
/// read as its `code` and `error.status` (strings; anything else there reads
/// as absent). Read field by field, not as JSON: an SDK error can hold a
/// response object that JSON cannot write.
pub fn thrown_error(value: &JsValue) -> Result<ThrownError, JsValue> {
    if let Some(code) = value.as_string() {
        return Ok(ThrownError::code(&code));
    }
    if !value.is_object() {
        return Err(error(
            Argument::Error,
            "",
            format!(
                "expected an error code or the error an SDK threw, got {}",
                type_name(value)
            ),
        ));
    }
    let unreadable = |at: &'static str| {
        move |thrown: JsValue| {
            error(
                Argument::Error,
                at,
                format!("could not read it: {}", message_of(&thrown)),
            )
        }
    };
    let string_at = |target: &JsValue, key: &str, at: &'static str| {
        read(target, &JsValue::from_str(key))
            .map(|value| value.as_string())
            .map_err(unreadable(at))
    };
    let code = string_at(value, "code", "code")?;
    let body = read(value, &JsValue::from_str("error")).map_err(unreadable("error"))?;
    let status = if body.is_object() {
        string_at(&body, "status", "error.status")?
    } else {
        None
    };
    Ok(ThrownError { code, status })
}

/// What a thrown value says, read without trusting it: its `message` may be
/// missing, not a string, or a getter or Proxy trap that throws.
fn message_of(thrown: &JsValue) -> String {
    let message = thrown.as_string().or_else(|| {
        read(thrown, &JsValue::from_str("message"))
            .ok()
            .and_then(|message| message.as_string())
    });
    let message = message.unwrap_or_else(|| "a value that is not an Error".into());
    image_policy_core::shorten(&message).into_owned()
}

fn type_name(value: &JsValue) -> String {
    value
        .js_typeof()
        .as_string()
        .unwrap_or_else(|| "value".into())
}

fn error(argument: Argument, path: &str, message: impl Into<String>) -> JsValue {
    input_error(&InputError::new(argument, path, message))
}
