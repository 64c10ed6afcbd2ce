//! The WebAssembly boundary: the only code that touches wasm-bindgen and
//! js-sys. It moves JavaScript values to JSON text and back, turns the
//! core's input errors into thrown `InputError`s, and remembers decisions
//! per state. Every rule lives in `image-policy-core`.
//!
//! Values cross as JSON (not serde-wasm-bindgen) so that unknown and
//! misspelled fields are caught: serde-wasm-bindgen reads only the fields a
//! struct names and silently drops the rest.

mod engine;
mod js;
mod last_state;
mod memo;

pub use engine::Engine;

use image_policy_core::{api, Argument};
use js::{from_json, optional_string, rust_json};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

/// Decides `command` on `state`: `{ allowed, reasons, warnings, consequences }`.
#[wasm_bindgen(unchecked_return_type = "Decision")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
) -> Result<JsValue, JsValue> {
    last_state::decision(
        &state,
        memo::CHECK_SLOT,
        &command,
        Argument::Command,
        |engine, text| engine.check(text),
    )
}

/// Decides and, when allowed, applies `command`; never mutates `state`.
#[wasm_bindgen(js_name = applyCommand, unchecked_return_type = "ApplyResult")]
pub fn apply_command(
    #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
) -> Result<JsValue, JsValue> {
    let state = rust_json(&state, Argument::State)?;
    let command = rust_json(&command, Argument::Command)?;
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

/// The `canX` functions: memo slot, JS name, Rust name, command type,
/// request type.
macro_rules! with_can_list {
    ($then:ident) => {
        $then! {
            0 "canDelete" can_delete "deleteImage" "DeleteImageRequest";
            1 "canShare" can_share "shareImage" "ShareImageRequest";
            2 "canUnshare" can_unshare "unshareImage" "UnshareImageRequest";
            3 "canCopy" can_copy "copyImage" "CopyImageRequest";
            4 "canExport" can_export "exportImage" "ExportImageRequest";
            5 "canModify" can_modify "modifyImage" "ModifyImageRequest";
            6 "canCreateInstance" can_create_instance "createInstance" "CreateInstanceRequest";
            7 "canReinitDisk" can_reinit_disk "reinitDisk" "ReinitDiskRequest";
            8 "canReplaceSystemDisk" can_replace_system_disk "replaceSystemDisk" "ReplaceSystemDiskRequest";
        }
    };
}

pub(crate) use with_can_list;

/// `canX(state, request)` equals `check(state, { type: X, ...request })`.
macro_rules! can_functions {
    ($($slot:literal $js:literal $rust:ident $kind:literal $request:literal;)*) => {$(
        #[doc = concat!("`check(state, { type: \"", $kind, "\", ...request })`.")]
        #[wasm_bindgen(js_name = $js, unchecked_return_type = "Decision")]
        pub fn $rust(
            #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
            #[wasm_bindgen(unchecked_param_type = $request)] request: JsValue,
        ) -> Result<JsValue, JsValue> {
            last_state::decision(&state, $slot, &request, Argument::Request, |engine, text| {
                engine.can($kind, text)
            })
        }
    )*};
}

with_can_list!(can_functions);
