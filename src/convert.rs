//! Values across the boundary: JavaScript values in as JSON text (read by
//! the core with serde_json, which reports unknown fields where
//! serde-wasm-bindgen's `from_value` drops them), typed answers out through
//! serde-wasm-bindgen as plain objects and arrays.

use crate::error::input_error;
use image_policy_core::{Argument, InputError};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Outputs are plain JSON-like values: objects, arrays, strings, numbers.
const OUTPUT: serde_wasm_bindgen::Serializer = serde_wasm_bindgen::Serializer::json_compatible();

/// A JavaScript value as JSON text, or an `InputError` saying why it is not
/// one (`undefined`, a function, BigInt, a cycle, a getter that throws).
pub fn json_text(value: &JsValue, argument: Argument) -> Result<String, JsValue> {
    if value.is_undefined() {
        return Err(whole(argument, "expected an object, got undefined"));
    }
    let text = js_sys::JSON::stringify(value).map_err(|thrown| unreadable(argument, &thrown))?;
    text.as_string().ok_or_else(|| {
        whole(
            argument,
            format!("expected an object, got a {}", type_name(value)),
        )
    })
}

/// A typed answer as a JavaScript value.
pub fn output<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&OUTPUT).map_err(JsValue::from)
}

/// An answer of the core, or its input error thrown.
pub fn answer<T: Serialize>(result: Result<T, InputError>) -> Result<JsValue, JsValue> {
    output(&result.map_err(|error| input_error(&error))?)
}

/// A string argument; `undefined` and `null` read as absent.
pub fn optional_string(value: &JsValue, argument: Argument) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        whole(
            argument,
            format!("expected a string, got a {}", type_name(value)),
        )
    })
}

pub fn required_string(value: &JsValue, argument: Argument) -> Result<String, JsValue> {
    optional_string(value, argument)?.ok_or_else(|| {
        whole(
            argument,
            format!("expected a string, got {}", type_name(value)),
        )
    })
}

/// The error for a value whose reading threw. The thrown value's `message`
/// is read without trusting it: it may be missing, not a string, or throw.
fn unreadable(argument: Argument, thrown: &JsValue) -> JsValue {
    let message = js_sys::Reflect::get(thrown, &JsValue::from_str("message"))
        .ok()
        .and_then(|message| message.as_string())
        .unwrap_or_else(|| "it threw".into());
    whole(argument, format!("could not read it as JSON: {message}"))
}

fn type_name(value: &JsValue) -> String {
    value
        .js_typeof()
        .as_string()
        .unwrap_or_else(|| "value".into())
}

/// An input error about the argument as a whole.
fn whole(argument: Argument, message: impl Into<String>) -> JsValue {
    input_error(&InputError::new(argument, "", message))
}
