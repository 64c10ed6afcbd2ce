//! The WebAssembly boundary: the only code that touches wasm-bindgen,
//! js-sys and serde-wasm-bindgen. Each export reads its arguments (as JSON
//! text, see `convert`), calls `image_policy_core::api`, and returns the
//! typed answer as a plain object, or throws an `InputError`. Every rule
//! lives in `image-policy-core`.

mod convert;
mod engine;
mod error;
mod guarded;
mod warm;

pub use engine::Engine;
pub use error::InputErrorClass;

use convert::{
    answer, bulk_answer, json_text, locale, optional_string, request_caps, required_string,
    COMMAND_CAPS, STATE_CAPS,
};
use image_policy_core::{api, console, Argument, Locale};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

/// Decides `command` on `state`: `{ allowed, reasons, warnings, consequences }`.
#[wasm_bindgen(unchecked_return_type = "Decision")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let locale = locale(options)?;
    let state = json_text(&state, Argument::State, STATE_CAPS)?;
    let command = json_text(&command, Argument::Command, COMMAND_CAPS)?;
    answer(api::check(&state, &command, locale))
}

/// Decides and, when allowed, applies `command`; never mutates `state`.
#[wasm_bindgen(js_name = applyCommand, unchecked_return_type = "ApplyResult")]
pub fn apply_command(
    #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let locale = locale(options)?;
    let state = json_text(&state, Argument::State, STATE_CAPS)?;
    let command = json_text(&command, Argument::Command, COMMAND_CAPS)?;
    answer(api::apply_command(&state, &command, locale))
}

/// The rule catalogue, or the rules one provider's profile enforces.
#[wasm_bindgen(unchecked_return_type = "RuleEntry[]")]
pub fn rules(
    #[wasm_bindgen(unchecked_optional_param_type = "Provider")] provider: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let locale = locale(options)?;
    let provider = optional_string(&provider.unwrap_or(JsValue::UNDEFINED), Argument::Provider)?;
    answer(api::rules(provider.as_deref(), locale))
}

/// `Engine.actionMatrix` without an Engine, for apps whose state lives in
/// their own store: the state is read for this one call.
#[wasm_bindgen(js_name = actionMatrix, unchecked_return_type = "ActionRow[]")]
pub fn action_matrix(
    #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] actor: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "readonly string[] | null")] image_ids: Option<
        JsValue,
    >,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    locale(options)?;
    let state = json_text(&state, Argument::State, STATE_CAPS)?;
    let actor = required_string(&actor, Argument::Actor)?;
    let image_ids = engine::image_ids_text(image_ids)?;
    bulk_answer(api::action_matrix(&state, &actor, image_ids.as_deref()))
}

/// The command an `actionMatrix` key stands for, with the fields the user
/// typed: `commandFor("forceDeleteImage", { actor, imageId })` is a
/// `deleteImage` with `force: true`.
#[wasm_bindgen(js_name = commandFor, unchecked_return_type = "Command")]
pub fn command_for(
    #[wasm_bindgen(unchecked_param_type = "ActionName")] action: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CommandFields")] fields: JsValue,
) -> Result<JsValue, JsValue> {
    let action = required_string(&action, Argument::Action)?;
    let fields = json_text(&fields, Argument::Fields, COMMAND_CAPS)?;
    answer(console::command_for(&action, &fields))
}

/// The consoles' words for buttons and columns, in `options.locale`.
#[wasm_bindgen(unchecked_return_type = "Vocabulary")]
pub fn vocabulary(
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    convert::output(&console::vocabulary(locale(options)?))
}

/// A state from the provider's own listing responses (API.md v3, "Provider
/// data"); an error's path points into `data`.
#[wasm_bindgen(js_name = stateFrom, unchecked_return_type = "FullState")]
pub fn state_from(
    #[wasm_bindgen(unchecked_param_type = "Provider")] provider: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ProviderData")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    locale(options)?;
    let provider = required_string(&provider, Argument::Provider)?;
    let data = json_text(&data, Argument::Data, &[])?;
    bulk_answer(api::state_from(&provider, &data))
}

/// The provider's own requests that carry out `command` on `state`; it does
/// not decide (call `check` first).
#[wasm_bindgen(js_name = toProviderRequests, unchecked_return_type = "ProviderRequest[]")]
pub fn to_provider_requests(
    #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    locale(options)?;
    let state = json_text(&state, Argument::State, STATE_CAPS)?;
    let command = json_text(&command, Argument::Command, COMMAND_CAPS)?;
    answer(api::to_provider_requests(&state, &command))
}

/// The catalogue entries behind a provider's error: a code, or what its SDK
/// threw; with `options.state` and `options.command`, only the rules that
/// command breaks in that state.
#[wasm_bindgen(js_name = explainProviderError, unchecked_return_type = "RuleEntry[]")]
pub fn explain_provider_error(
    #[wasm_bindgen(unchecked_param_type = "Provider")] provider: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | ProviderError")] error: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ExplainOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let options = convert::options_text(options)?;
    let provider = required_string(&provider, Argument::Provider)?;
    let error = convert::thrown_error(&error)?;
    answer(api::explain_provider_error_with(
        &provider,
        &error,
        options.as_deref(),
    ))
}

/// The locales `options.locale` resolves to, one tag each.
#[wasm_bindgen(js_name = supportedLocales, unchecked_return_type = "string[]")]
pub fn supported_locales() -> Result<JsValue, JsValue> {
    convert::output(&Locale::TAGS)
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
            "canCancelCopy" can_cancel_copy "cancelCopy" "CancelCopyRequest";
            "canCreateInstance" can_create_instance "createInstance" "CreateInstanceRequest";
            "canReinitDisk" can_reinit_disk "reinitDisk" "ReinitDiskRequest";
            "canReplaceSystemDisk" can_replace_system_disk "replaceSystemDisk" "ReplaceSystemDiskRequest";
        }
    };
}

pub(crate) use with_can_list;

/// `canX(state, request)` equals `check(state, { type: X, ...request })`.
macro_rules! can_functions {
    ($($js:literal $rust:ident $kind:literal $request:literal;)*) => {$(
        #[doc = concat!("`check(state, { type: \"", $kind, "\", ...request })`.")]
        #[wasm_bindgen(js_name = $js, unchecked_return_type = "Decision")]
        pub fn $rust(
            #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
            #[wasm_bindgen(unchecked_param_type = $request)] request: JsValue,
            #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
        ) -> Result<JsValue, JsValue> {
            let locale = locale(options)?;
            let state = json_text(&state, Argument::State, STATE_CAPS)?;
            let request = json_text(&request, Argument::Request, request_caps($kind))?;
            answer(api::can($kind, &state, &request, locale))
        }
    )*};
}

with_can_list!(can_functions);

/// What `moduleStats()` reports.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct ModuleStats {
    memory_bytes: f64,
    live_references: u32,
}

/// The module's WebAssembly memory in bytes and the JavaScript values it
/// holds references to: flat over any number of calls, good or bad, unless
/// something leaks. For a frontend's own leak checks, and ours.
#[wasm_bindgen(js_name = moduleStats, unchecked_return_type = "ModuleStats")]
pub fn module_stats() -> Result<JsValue, JsValue> {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
    convert::output(&ModuleStats {
        memory_bytes: buffer.byte_length() as f64,
        live_references: wasm_bindgen::externref_heap_live_count(),
    })
}

#[cfg(test)]
mod tests {
    /// Each `canX` stands for a declared command type, with its request type.
    #[test]
    fn every_can_function_names_a_declared_command() {
        macro_rules! entries {
            ($($js:literal $rust:ident $kind:literal $request:literal;)*) => {
                [$(($js, $kind, $request)),*]
            };
        }
        for (js, kind, request) in with_can_list!(entries) {
            assert!(
                image_policy_core::COMMAND_TYPES.contains(&kind),
                "{js}: {kind}"
            );
            let mut type_name = kind.to_string();
            type_name[..1].make_ascii_uppercase();
            assert_eq!(request, format!("{type_name}Request"), "{js}");
        }
    }
}
