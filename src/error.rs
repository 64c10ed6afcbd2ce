//! `InputError`, the class of every thrown input error. wasm-bindgen emits
//! the class in every build flavour (no JS snippet, so CommonJS stays plain);
//! its prototype is linked to `Error.prototype` on first use, so both
//! `e instanceof InputError` and `e instanceof Error` hold.

use image_policy_core::InputError;
use js_sys::Object;
use wasm_bindgen::prelude::*;

/// Thrown for malformed input; never constructed by callers.
#[wasm_bindgen(js_name = InputError, skip_typescript)]
pub struct InputErrorClass {
    _private: (),
}

thread_local! {
    static PROTOTYPE: Object = {
        let instance = JsValue::from(InputErrorClass { _private: () });
        let prototype = Object::get_prototype_of(&instance);
        Object::set_prototype_of(&prototype, &Object::get_prototype_of(&js_sys::Error::new("")));
        prototype
    };
}

/// An `InputError` with `name`, `code`, `path` and `argument`.
pub fn input_error(error: &InputError) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    PROTOTYPE.with(|prototype| Object::set_prototype_of(&js, prototype));
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
