//! `Engine`: a state decoded and indexed once, with its decisions remembered
//! until an applied command changes it.

use crate::js::{from_json, required_string, rust_json, to_js_error};
use crate::memo::{Memo, ACTIONS_SLOT, CHECK_SLOT, SLOTS};
use image_policy_core::{api, Argument};
use wasm_bindgen::prelude::*;

/// The state held inside the module: decoded and indexed once, so a check
/// costs the same whatever the number of images; a repeated check on an
/// unchanged state is answered from memory. Decisions are frozen.
#[wasm_bindgen]
pub struct Engine {
    inner: api::Engine,
    memo: Memo,
}

macro_rules! engine_can_methods {
    ($($slot:literal $js:literal $rust:ident $kind:literal $request:literal;)*) => {
        #[wasm_bindgen]
        impl Engine {$(
            #[doc = concat!("`check({ type: \"", $kind, "\", ...request })`.")]
            #[wasm_bindgen(js_name = $js, unchecked_return_type = "Decision")]
            pub fn $rust(&self, #[wasm_bindgen(unchecked_param_type = $request)] request: JsValue) -> Result<JsValue, JsValue> {
                self.memo.decision($slot, &request, Argument::Request, |text| self.inner.can($kind, text))
            }
        )*}
    };
}

crate::with_can_list!(engine_can_methods);

#[wasm_bindgen]
impl Engine {
    /// Holds `state`; throws `InputError` when it is malformed.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "State")] state: JsValue,
    ) -> Result<Engine, JsValue> {
        let state = rust_json(&state, Argument::State)?;
        let inner = api::Engine::new(&state).map_err(|e| to_js_error(&e))?;
        Ok(Engine {
            inner,
            memo: Memo::new(SLOTS),
        })
    }

    /// Decides `command` on the held state.
    #[wasm_bindgen(unchecked_return_type = "Decision")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.memo
            .decision(CHECK_SLOT, &command, Argument::Command, |text| {
                self.inner.check(text)
            })
    }

    /// Applies `command` to the held state when allowed: `{ ok, events?, decision }`.
    #[wasm_bindgen(unchecked_return_type = "EngineApplyResult")]
    pub fn apply(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Command")] command: JsValue,
    ) -> Result<JsValue, JsValue> {
        let command = rust_json(&command, Argument::Command)?;
        let before = self.inner.version();
        let result = self.inner.apply(&command);
        if self.inner.version() != before {
            self.memo.clear();
        }
        from_json(result)
    }

    /// Every image action decided for `actor` on `imageId`, keyed by action.
    #[wasm_bindgen(js_name = allowedActions, unchecked_return_type = "AllowedActions")]
    pub fn allowed_actions(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] actor: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] image_id: JsValue,
    ) -> Result<JsValue, JsValue> {
        self.memo
            .pair_decision(ACTIONS_SLOT, &actor, &image_id, || {
                let actor = required_string(&actor, Argument::Actor)?;
                let image_id = required_string(&image_id, Argument::ImageId)?;
                from_json(self.inner.allowed_actions(&actor, &image_id))
            })
    }

    /// How many applied commands have changed the held state.
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> f64 {
        // Exact up to 2^53 applied commands.
        self.inner.version() as f64
    }

    /// The held state.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "FullState")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        from_json(self.inner.to_json())
    }
}
