//! `Engine`: a state decoded and indexed once, so a decision costs the same
//! whatever the number of images. Every method takes `options` last; its
//! locale wins over the Engine's for that call.

use crate::convert::{
    answer, bulk_answer, json_text, locale, locale_given, request_caps, required_string,
    COMMAND_CAPS, IMAGE_IDS_CAPS, STATE_CAPS,
};
use crate::error::input_error;
use image_policy_core::{api, Argument, Locale};
use wasm_bindgen::prelude::*;

/// The state held inside the module: decoded and indexed once; `apply`
/// updates it in place.
#[wasm_bindgen]
pub struct Engine {
    inner: api::Engine,
    /// What a call's `options.locale` does not override.
    locale: Locale,
}

macro_rules! engine_can_methods {
    ($($js:literal $rust:ident $kind:literal $request:literal;)*) => {
        #[wasm_bindgen]
        impl Engine {$(
            #[doc = concat!("`check({ type: \"", $kind, "\", ...request })`.")]
            #[wasm_bindgen(js_name = $js, unchecked_return_type = "Decision")]
            pub fn $rust(
                &self,
                #[wasm_bindgen(unchecked_param_type = $request)] request: JsValue,
                #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
            ) -> Result<JsValue, JsValue> {
                let locale = self.locale(options)?;
                let request = json_text(&request, Argument::Request, request_caps($kind))?;
                answer(self.inner.can($kind, &request, locale))
            }
        )*}
    };
}

crate::with_can_list!(engine_can_methods);

#[wasm_bindgen]
impl Engine {
    /// Holds `state`, answering in `options.locale`; throws `InputError`
    /// when either is malformed.
    #[wasm_bindgen(constructor)]
    #[inline(never)] // one body for the export and the warm-up (warm.rs)
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
    ) -> Result<Engine, JsValue> {
        let locale = locale(options)?;
        let state = json_text(&state, Argument::State, STATE_CAPS)?;
        let inner = api::Engine::new(&state).map_err(|e| input_error(&e))?;
        Ok(Engine { inner, locale })
    }

    /// Decides `command` on the held state.
    #[wasm_bindgen(unchecked_return_type = "Decision")]
    #[inline(never)] // one body for the export and the warm-up (warm.rs)
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let locale = self.locale(options)?;
        let command = json_text(&command, Argument::Command, COMMAND_CAPS)?;
        answer(self.inner.check(&command, locale))
    }

    /// Applies `command` to the held state when allowed: `{ ok, events?, decision }`.
    #[wasm_bindgen(unchecked_return_type = "EngineApplyResult")]
    #[inline(never)] // one body for the export and the warm-up (warm.rs)
    pub fn apply(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let locale = self.locale(options)?;
        let command = json_text(&command, Argument::Command, COMMAND_CAPS)?;
        answer(self.inner.apply(&command, locale))
    }

    /// Every image action decided for `actor` on `imageId`, keyed by action.
    #[wasm_bindgen(js_name = allowedActions, unchecked_return_type = "AllowedActions")]
    pub fn allowed_actions(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] actor: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] image_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let locale = self.locale(options)?;
        let actor = required_string(&actor, Argument::Actor)?;
        let image_id = required_string(&image_id, Argument::ImageId)?;
        answer(self.inner.allowed_actions(&actor, &image_id, locale))
    }

    /// Every action of `allowedActions` for every image `actor` sees (or for
    /// `imageIds`), as booleans plus the rule IDs of each denial: one call
    /// for a whole image list. It carries no text, so `options` is only
    /// checked.
    #[wasm_bindgen(js_name = actionMatrix, unchecked_return_type = "ActionRow[]")]
    #[inline(never)] // one body for the export and the warm-up (warm.rs)
    pub fn action_matrix(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] actor: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "readonly string[]")] image_ids: Option<
            JsValue,
        >,
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        locale_given(options)?;
        let actor = required_string(&actor, Argument::Actor)?;
        let image_ids = image_ids_text(image_ids)?;
        bulk_answer(self.inner.action_matrix(&actor, image_ids.as_deref()))
    }

    /// The held state.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "FullState")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        bulk_answer(Ok(self.inner.to_state()))
    }
}

impl Engine {
    /// The locale of a call: its `options.locale`, else the Engine's.
    fn locale(&self, options: Option<JsValue>) -> Result<Locale, JsValue> {
        Ok(locale_given(options)?.unwrap_or(self.locale))
    }
}

/// `imageIds` of `actionMatrix` as JSON text; `undefined` or `null` mean
/// every image the actor sees.
pub(crate) fn image_ids_text(image_ids: Option<JsValue>) -> Result<Option<String>, JsValue> {
    match image_ids {
        Some(ids) if !ids.is_undefined() && !ids.is_null() => {
            Ok(Some(json_text(&ids, Argument::ImageIds, IMAGE_IDS_CAPS)?))
        }
        _ => Ok(None),
    }
}
