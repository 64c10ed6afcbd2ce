//! JavaScript values to JSON text and back, and thrown `InputError`s.

use image_policy_core::{Argument, InputError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// A JavaScript value as JSON text (still a JavaScript string), or an
/// `InputError` saying why it is not.
pub fn json_text(value: &JsValue, argument: Argument) -> Result<JsValue, JsValue> {
    if value.is_undefined() {
        return Err(input_error(argument, "expected an object, got undefined"));
    }
    let text = json_stringify(value).map_err(|thrown| unreadable(argument, &thrown))?;
    if text.is_string() {
        Ok(text)
    } else {
        Err(input_error(
            argument,
            format!("expected an object, got a {}", type_name(value)),
        ))
    }
}

/// [`json_text`], copied into Rust.
pub fn rust_json(value: &JsValue, argument: Argument) -> Result<String, JsValue> {
    Ok(json_text(value, argument)?.as_string().unwrap_or_default())
}

/// The error for a value whose reading threw (a getter, `toJSON`, a cycle).
pub fn unreadable(argument: Argument, thrown: &JsValue) -> JsValue {
    let message = thrown
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "it threw".into());
    input_error(argument, format!("could not read it as JSON: {message}"))
}

pub fn type_name(value: &JsValue) -> String {
    value
        .js_typeof()
        .as_string()
        .unwrap_or_else(|| "value".into())
}

/// JSON text from the core as a JavaScript value.
pub fn from_json(text: Result<String, InputError>) -> Result<JsValue, JsValue> {
    let text = text.map_err(|e| to_js_error(&e))?;
    js_sys::JSON::parse(&text)
}

fn input_error(argument: Argument, message: impl Into<String>) -> JsValue {
    to_js_error(&InputError::new(argument, "", message))
}

/// An `Error` named `InputError`, with `code`, `path` and `argument`.
pub fn to_js_error(error: &InputError) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    js.set_name("InputError");
    let set = |key: &str, value: &str| {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&js, &JsValue::from_str(key), &JsValue::from_str(value));
    };
    set("code", InputError::CODE);
    set("path", &error.path);
    set("argument", error.argument.as_str());
    js.into()
}

/// A string argument; `undefined` and `null` read as absent.
pub fn optional_string(value: &JsValue, argument: Argument) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        input_error(
            argument,
            format!("expected a string, got a {}", type_name(value)),
        )
    })
}

pub fn required_string(value: &JsValue, argument: Argument) -> Result<String, JsValue> {
    optional_string(value, argument)?.ok_or_else(|| {
        input_error(
            argument,
            format!("expected a string, got {}", type_name(value)),
        )
    })
}
