//! The WebAssembly boundary: the only code that touches wasm-bindgen and
//! js-sys. It moves JavaScript values to JSON text and back, and turns the
//! core's input errors into thrown `InputError`s. Every rule lives in
//! `image-policy-core`.
//!
//! Values cross as JSON (not serde-wasm-bindgen) so that unknown and
//! misspelled fields are caught: serde-wasm-bindgen reads only the fields a
//! struct names and silently drops the rest.

use image_policy_core::{api, Argument, InputError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// A JavaScript value as JSON text, or an `InputError` saying why it is not.
fn to_json(value: &JsValue, argument: Argument) -> Result<String, JsValue> {
    let unreadable = |what: String| to_js_error(&InputError::new(argument, "", what));
    if value.is_undefined() {
        return Err(unreadable("expected an object, got undefined".into()));
    }
    match json_stringify(value) {
        Ok(text) => text
            .as_string()
            .ok_or_else(|| unreadable(format!("expected an object, got a {}", type_name(value)))),
        Err(thrown) => Err(unreadable(format!(
            "could not read it as JSON: {}",
            thrown_message(&thrown)
        ))),
    }
}

fn type_name(value: &JsValue) -> String {
    value
        .js_typeof()
        .as_string()
        .unwrap_or_else(|| "value".into())
}

fn thrown_message(thrown: &JsValue) -> String {
    thrown
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "it threw".into())
}

/// JSON text from the core as a JavaScript value.
fn from_json(text: Result<String, InputError>) -> Result<JsValue, JsValue> {
    let text = text.map_err(|e| to_js_error(&e))?;
    js_sys::JSON::parse(&text)
}

/// An `Error` named `InputError`, with `code`, `path` and `argument`.
fn to_js_error(error: &InputError) -> JsValue {
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

/// Decides `command` on `state`: `{ allowed, reasons, warnings, consequences }`.
#[wasm_bindgen(unchecked_return_type = "Decision")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
) -> Result<JsValue, JsValue> {
    let state = to_json(&state, Argument::State)?;
    let command = to_json(&command, Argument::Command)?;
    from_json(api::check(&state, &command))
}

/// Decides and, when allowed, applies `command`; never mutates `state`.
#[wasm_bindgen(js_name = applyCommand, unchecked_return_type = "ApplyResult")]
pub fn apply_command(
    #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
) -> Result<JsValue, JsValue> {
    let state = to_json(&state, Argument::State)?;
    let command = to_json(&command, Argument::Command)?;
    from_json(api::apply_command(&state, &command))
}

/// The rule catalogue, or the rules one provider's profile enforces.
#[wasm_bindgen(unchecked_return_type = "RuleEntry[]")]
pub fn rules(
    #[wasm_bindgen(unchecked_param_type = "Provider")] provider: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let provider = optional_string(&provider.unwrap_or(JsValue::UNDEFINED), Argument::Provider)?;
    from_json(api::rules(provider.as_deref()))
}

/// A string argument; `undefined` and `null` read as absent.
fn optional_string(value: &JsValue, argument: Argument) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        to_js_error(&InputError::new(
            argument,
            "",
            format!("expected a string, got a {}", type_name(value)),
        ))
    })
}

fn required_string(value: &JsValue, argument: Argument) -> Result<String, JsValue> {
    optional_string(value, argument)?.ok_or_else(|| {
        to_js_error(&InputError::new(
            argument,
            "",
            format!("expected a string, got {}", type_name(value)),
        ))
    })
}

fn can(kind: &str, state: JsValue, request: JsValue) -> Result<JsValue, JsValue> {
    let state = to_json(&state, Argument::State)?;
    let request = to_json(&request, Argument::Request)?;
    from_json(api::can(kind, &state, &request))
}

/// The `canX` functions: JS name, Rust name, command type, request type.
macro_rules! with_can_list {
    ($then:ident) => {
        $then! {
            "canDelete" can_delete "deleteImage" "DeleteImageRequest";
            "canShare" can_share "shareImage" "ShareImageRequest";
            "canUnshare" can_unshare "unshareImage" "UnshareImageRequest";
            "canCopy" can_copy "copyImage" "CopyImageRequest";
            "canExport" can_export "exportImage" "ExportImageRequest";
            "canModify" can_modify "modifyImage" "ModifyImageRequest";
            "canCreateInstance" can_create_instance "createInstance" "CreateInstanceRequest";
            "canReinitDisk" can_reinit_disk "reinitDisk" "ReinitDiskRequest";
            "canReplaceSystemDisk" can_replace_system_disk "replaceSystemDisk" "ReplaceSystemDiskRequest";
        }
    };
}

/// `canX(state, request)` equals `check(state, { type: X, ...request })`.
macro_rules! can_functions {
    ($($js:literal $rust:ident $kind:literal $request:literal;)*) => {$(
        #[doc = concat!("`check(state, { type: \"", $kind, "\", ...request })`.")]
        #[wasm_bindgen(js_name = $js, unchecked_return_type = "Decision")]
        pub fn $rust(
            #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
            #[wasm_bindgen(unchecked_param_type = $request)] request: JsValue,
        ) -> Result<JsValue, JsValue> {
            can($kind, state, request)
        }
    )*};
}

with_can_list!(can_functions);

/// The state held inside the module: decoded and indexed once, so a check
/// costs the same whatever the number of images.
#[wasm_bindgen]
pub struct Engine {
    inner: api::Engine,
}

macro_rules! engine_can_methods {
    ($($js:literal $rust:ident $kind:literal $request:literal;)*) => {
        #[wasm_bindgen]
        impl Engine {$(
            #[doc = concat!("`check({ type: \"", $kind, "\", ...request })`.")]
            #[wasm_bindgen(js_name = $js, unchecked_return_type = "Decision")]
            pub fn $rust(&self, #[wasm_bindgen(unchecked_param_type = $request)] request: JsValue) -> Result<JsValue, JsValue> {
                let request = to_json(&request, Argument::Request)?;
                from_json(self.inner.can($kind, &request))
            }
        )*}
    };
}

with_can_list!(engine_can_methods);

#[wasm_bindgen]
impl Engine {
    /// Holds `state`; throws `InputError` when it is malformed.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    ) -> Result<Engine, JsValue> {
        let state = to_json(&state, Argument::State)?;
        let inner = api::Engine::new(&state).map_err(|e| to_js_error(&e))?;
        Ok(Engine { inner })
    }

    /// Decides `command` on the held state.
    #[wasm_bindgen(unchecked_return_type = "Decision")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
    ) -> Result<JsValue, JsValue> {
        let command = to_json(&command, Argument::Command)?;
        from_json(self.inner.check(&command))
    }

    /// Applies `command` to the held state when allowed: `{ ok, events?, decision }`.
    #[wasm_bindgen(unchecked_return_type = "EngineApplyResult")]
    pub fn apply(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
    ) -> Result<JsValue, JsValue> {
        let command = to_json(&command, Argument::Command)?;
        from_json(self.inner.apply(&command))
    }

    /// Every image action decided for `actor` on `imageId`, keyed by action.
    #[wasm_bindgen(js_name = allowedActions, unchecked_return_type = "AllowedActions")]
    pub fn allowed_actions(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] actor: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] image_id: JsValue,
    ) -> Result<JsValue, JsValue> {
        let actor = required_string(&actor, Argument::Actor)?;
        let image_id = required_string(&image_id, Argument::ImageId)?;
        from_json(self.inner.allowed_actions(&actor, &image_id))
    }

    /// The held state.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "FullState")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        from_json(self.inner.to_json())
    }
}
