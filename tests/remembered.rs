//! Remembered decisions through the real module, in headless Chromium: the
//! same answers as deciding afresh, never stale, frozen, and safe when the
//! caller's own code (a getter) calls back into the module.
#![cfg(target_arch = "wasm32")]

use image_policy::*;
use js_sys::{Function, Object, Reflect, JSON};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON parses")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

fn first_rule(decision: &JsValue) -> Option<String> {
    let reasons = get(decision, "reasons");
    get(&reasons, "0")
        .is_object()
        .then(|| get(&get(&reasons, "0"), "rule").as_string().unwrap())
}

const SHARED: &str = r#"{"provider":"aliyun","images":[
  {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#;
const DELETE: &str = r#"{"actor":"a1","imageId":"m-1"}"#;

#[wasm_bindgen_test]
fn engine_answers_from_memory_until_the_state_changes() {
    let mut engine = Engine::new(js(SHARED)).unwrap();
    let first = engine.can_delete(js(DELETE)).unwrap();
    let again = engine.can_delete(js(DELETE)).unwrap();
    assert_eq!(first_rule(&first).as_deref(), Some("DEL-1"));
    assert!(
        Object::is(&first, &again),
        "a repeated check is the remembered answer"
    );
    assert!(Object::is_frozen(&Object::from(first.clone())));
    assert!(Object::is_frozen(&Object::from(get(
        &get(&first, "reasons"),
        "0"
    ))));

    let denied = engine
        .apply(js(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1"}"#))
        .unwrap();
    assert_eq!(get(&denied, "ok"), JsValue::FALSE);
    assert_eq!(engine.version(), 0.0, "a denial changes nothing");
    assert!(Object::is(&engine.can_delete(js(DELETE)).unwrap(), &first));

    let unshare = js(r#"{"type":"unshareImage","actor":"a1","imageId":"m-1","accountIds":["a2"]}"#);
    assert_eq!(get(&engine.apply(unshare).unwrap(), "ok"), JsValue::TRUE);
    assert_eq!(engine.version(), 1.0);
    let after = engine.can_delete(js(DELETE)).unwrap();
    assert_eq!(
        get(&after, "allowed"),
        JsValue::TRUE,
        "not the stale denial"
    );
    let actions = engine.allowed_actions("a2".into(), "m-1".into()).unwrap();
    assert_eq!(
        first_rule(&get(&actions, "createInstance")).as_deref(),
        Some("VIS-1")
    );
}

#[wasm_bindgen_test]
fn stateless_functions_see_a_state_changed_in_place() {
    let state = js(SHARED);
    let image = get(&get(&state, "images"), "0");
    assert_eq!(
        first_rule(&can_delete(state.clone(), js(DELETE)).unwrap()).as_deref(),
        Some("DEL-1")
    );
    Reflect::set(&image, &"sharedWith".into(), &js("[]")).unwrap();
    assert_eq!(
        get(&can_delete(state.clone(), js(DELETE)).unwrap(), "allowed"),
        JsValue::TRUE
    );
    Reflect::set(&image, &"ownerId".into(), &"a9".into()).unwrap();
    assert_eq!(
        first_rule(&can_delete(state.clone(), js(DELETE)).unwrap()).as_deref(),
        Some("VIS-1")
    );
    // A field JSON leaves out (undefined) reads as absent, as in JSON.
    Reflect::set(&image, &"description".into(), &JsValue::UNDEFINED).unwrap();
    assert_eq!(
        first_rule(&can_delete(state.clone(), js(DELETE)).unwrap()).as_deref(),
        Some("VIS-1")
    );
    // A field the decoder refuses is refused on every call, remembered or not.
    Reflect::set(&image, &"bogus".into(), &JsValue::TRUE).unwrap();
    for _ in 0..2 {
        let error = can_delete(state.clone(), js(DELETE)).unwrap_err();
        assert_eq!(get(&error, "path").as_string().unwrap(), "images[0].bogus");
    }
}

#[wasm_bindgen_test]
fn remembered_and_fresh_answers_agree_on_every_request_shape() {
    let engine = Engine::new(js(SHARED)).unwrap();
    for request in [
        DELETE,
        r#"{"actor":"a1","imageId":"m-1","force":true}"#,
        r#"{"imageId":"m-1","actor":"a2"}"#,
        r#"{"actor":"a1","imageId":"m-9"}"#,
    ] {
        let remembered = engine.can_delete(js(request)).unwrap();
        let fresh = check(js(SHARED), {
            let command = js(request);
            Reflect::set(&command, &"type".into(), &"deleteImage".into()).unwrap();
            command
        })
        .unwrap();
        assert_eq!(
            JSON::stringify(&remembered).unwrap(),
            JSON::stringify(&fresh).unwrap(),
            "{request}"
        );
    }
    // "__proto__" as a field (as JSON.parse makes it) is an unknown field, every time.
    for _ in 0..2 {
        let error = engine
            .can_delete(js(r#"{"actor":"a1","imageId":"m-1","__proto__":"x"}"#))
            .unwrap_err();
        assert_eq!(get(&error, "path").as_string().unwrap(), "__proto__");
    }
}

#[wasm_bindgen_test]
fn a_getter_calling_back_into_the_module_is_answered_correctly() {
    // While the outer call reads the request, its getter decides on another
    // state, which replaces the stateless functions' last state.
    let other = js(r#"{"provider":"jdcloud","images":[]}"#);
    let answers = Object::new();
    let can_delete_from_js =
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|state, request| {
            can_delete(state, request).unwrap_or_else(|error| error)
        });
    let make_request = Function::new_with_args(
        "canDelete, other, answers",
        "return { actor: 'a1', get imageId() { answers.inner = canDelete(other, { actor: 'a1', imageId: 'm-1' }); return 'm-1'; } };",
    );
    let request = make_request
        .call3(
            &JsValue::NULL,
            can_delete_from_js.as_ref(),
            &other,
            &answers,
        )
        .unwrap();
    let outer = can_delete(js(SHARED), request).unwrap();
    assert_eq!(
        first_rule(&outer).as_deref(),
        Some("DEL-1"),
        "outer: its own state"
    );
    let inner = get(&answers, "inner");
    assert_eq!(
        first_rule(&inner).as_deref(),
        Some("VIS-1"),
        "inner: the other state"
    );
    assert_eq!(
        first_rule(&can_delete(js(SHARED), js(DELETE)).unwrap()).as_deref(),
        Some("DEL-1"),
        "and the module still answers"
    );
}
