//! Every call into a caller's JavaScript value that can throw (a getter, a
//! Proxy trap, a revoked Proxy, `toJSON`), in one place.
//!
// Why: a JavaScript exception thrown inside an import without `catch`
// unwinds straight through the Rust frames, running no destructor, so the
// borrow wasm-bindgen holds on an exported `Engine` is never released and
// the Engine can neither answer nor be freed again. And in wasm-bindgen
// 0.2.130 a `catch` import that returns a JavaScript value leaks one
// externref table slot each time it throws (the slot made for its return
// value is never freed), while one that returns nothing, a bool or a string
// leaks nothing. So every read below is a `catch` import, and a read for a
// value is first tried by a `probe_` import that returns nothing.
// Checks that cannot throw (`typeof`, `===`) need no guard.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn catch_stringify(value: &JsValue) -> Result<Option<String>, JsValue>;
    /// Throws for a revoked Proxy.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn catch_is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn probe_get(target: &JsValue, key: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = Reflect, js_name = apply, catch)]
    fn probe_apply(function: &Function, this: &JsValue, args: &Array) -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn probe_keys(object: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn catch_keys(object: &JsValue) -> Result<Array, JsValue>;
}

/// `JSON.stringify(value)`: `None` where JSON has no text for it (`undefined`,
/// a function, a symbol).
pub fn stringify(value: &JsValue) -> Result<Option<String>, JsValue> {
    catch_stringify(value)
}

/// `Array.isArray(value)`.
pub fn is_array(value: &JsValue) -> Result<bool, JsValue> {
    catch_is_array(value)
}

/// `target[key]`.
pub fn read(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue> {
    probe_get(target, key)?;
    Reflect::get(target, key)
}

/// `list.length` as a count; anything that is not a non-negative number
/// reads as 0, as `JSON.stringify` reads it.
pub fn length(list: &JsValue) -> Result<u32, JsValue> {
    let length = read(list, &JsValue::from_str("length"))?;
    Ok(length.as_f64().unwrap_or(0.0).clamp(0.0, u32::MAX as f64) as u32)
}

/// `Object.keys(object)`.
pub fn keys(object: &JsValue) -> Result<Array, JsValue> {
    probe_keys(object)?;
    catch_keys(object)
}

/// `function.call(this)`.
pub fn call(function: &Function, this: &JsValue) -> Result<JsValue, JsValue> {
    probe_apply(function, this, &Array::new())?;
    function.call0(this)
}
