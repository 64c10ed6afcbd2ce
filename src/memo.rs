//! Remembered decisions (see `memo.js`): a repeated check on an unchanged
//! state is a few Map lookups in JavaScript, with no JSON and no Rust.

use crate::js::{from_json, rust_json};
use image_policy_core::{Argument, InputError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/memo.js")]
extern "C" {
    /// Remembered decisions for one state, in numbered slots (one per call).
    #[derive(Clone)]
    pub type Memo;

    #[wasm_bindgen(constructor)]
    pub fn new(slots: u32) -> Memo;

    #[wasm_bindgen(method)]
    fn lookup(this: &Memo, slot: u32, request: &JsValue) -> JsValue;

    #[wasm_bindgen(method, js_name = requestJson)]
    fn request_json(this: &Memo) -> Option<String>;

    #[wasm_bindgen(method, js_name = lookupPair)]
    fn lookup_pair(this: &Memo, slot: u32, first: &JsValue, second: &JsValue) -> JsValue;

    #[wasm_bindgen(method)]
    fn store(this: &Memo, decision: &JsValue) -> JsValue;

    #[wasm_bindgen(method)]
    pub fn clear(this: &Memo);

    #[wasm_bindgen(js_name = deepFreeze)]
    fn deep_freeze(value: &JsValue) -> JsValue;
}

// Slots 0 to 8 are the `canX` functions (numbered in `with_can_list!`).
pub const CHECK_SLOT: u32 = 9;
pub const ACTIONS_SLOT: u32 = 10;
pub const SLOTS: u32 = 11;

impl Memo {
    /// The decision on `request` in `slot`: remembered, or made by `decide`
    /// from the request's JSON text (and remembered when it can be).
    /// Decisions come back frozen, as they may be shared.
    pub fn decision(
        &self,
        slot: u32,
        request: &JsValue,
        argument: Argument,
        decide: impl FnOnce(&str) -> Result<String, InputError>,
    ) -> Result<JsValue, JsValue> {
        let found = self.lookup(slot, request);
        if !found.is_undefined() {
            return Ok(found);
        }
        if let Some(text) = self.request_json() {
            return Ok(self.store(&from_json(decide(&text))?));
        }
        let text = rust_json(request, argument)?;
        Ok(deep_freeze(&from_json(decide(&text))?))
    }

    /// The same for a call of two string arguments; anything else goes
    /// straight to `decide`, which reports it.
    pub fn pair_decision(
        &self,
        slot: u32,
        first: &JsValue,
        second: &JsValue,
        decide: impl FnOnce() -> Result<JsValue, JsValue>,
    ) -> Result<JsValue, JsValue> {
        let found = self.lookup_pair(slot, first, second);
        if !found.is_undefined() {
            return Ok(found);
        }
        // `store` remembers only when the lookup could (two strings).
        Ok(self.store(&decide()?))
    }
}
