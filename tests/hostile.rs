//! Hostile input in headless Chromium: values whose reading throws odd
//! things, huge sparse arrays, huge keys, lone surrogates. Each is an
//! InputError at the path being read; afterwards good calls answer right,
//! the engine used still works and frees, and over 100,000 hostile calls the
//! module's memory and its JavaScript references stay flat.
#![cfg(target_arch = "wasm32")]

use image_policy::*;
use js_sys::{Function, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const WORLD: &str = r#"{"provider":"aliyun","images":[
  {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#;

fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

/// A request `{ actor: "a1", imageId: <getter that throws what `throw` makes> }`.
fn throwing_request(throw: &str) -> JsValue {
    Function::new_with_args(
        "",
        &format!(
            r#"const r = {{ actor: "a1" }};
               Object.defineProperty(r, "imageId", {{ enumerable: true, get() {{ {throw} }} }});
               return r;"#
        ),
    )
    .call0(&JsValue::NULL)
    .unwrap()
}

/// What the hostile getters throw: errors whose `message` cannot be read as
/// a string, and values that are no errors at all.
const THROWN: [&str; 6] = [
    r#"class E extends Error { get message() { throw new Error("no message"); } } throw new E();"#,
    r#"throw new Proxy(new Error("x"), { get() { throw new Error("trap"); } });"#,
    r#"const e = new Error("x"); Object.defineProperty(e, "message", { value: 42 }); throw e;"#,
    r#"throw 42;"#,
    r#"throw undefined;"#,
    r#"throw Symbol("s");"#,
];

fn assert_input_error(result: Result<JsValue, JsValue>, argument: &str, path: &str) {
    let error = result.expect_err("an InputError");
    assert_eq!(
        get(&error, "name").as_string().as_deref(),
        Some("InputError")
    );
    assert_eq!(
        get(&error, "argument").as_string().as_deref(),
        Some(argument)
    );
    assert_eq!(get(&error, "path").as_string().as_deref(), Some(path));
    assert!(error.is_instance_of::<js_sys::Error>());
}

fn good_calls_still_answer(engine: &Engine) {
    let request = js(r#"{"actor":"a1","imageId":"m-1"}"#);
    let decision = can_delete(js(WORLD), request.clone(), None).unwrap();
    assert_eq!(
        get(&get(&get(&decision, "reasons"), "0"), "rule")
            .as_string()
            .as_deref(),
        Some("DEL-1")
    );
    let through_engine = engine.can_delete(request, None).unwrap();
    assert_eq!(
        get(&get(&get(&through_engine, "reasons"), "0"), "rule")
            .as_string()
            .as_deref(),
        Some("DEL-1")
    );
    assert!(engine.to_json().is_ok(), "the engine is not left borrowed");
}

/// Every thrown value becomes an InputError at the getter's path, in the
/// stateless functions and through an Engine, which stays usable and frees.
#[wasm_bindgen_test]
fn getters_that_throw_anything_are_input_errors_at_their_path() {
    let engine = Engine::new(js(WORLD), None).unwrap();
    for throw in THROWN {
        assert_input_error(
            can_delete(js(WORLD), throwing_request(throw), None),
            "request",
            "imageId",
        );
        assert_input_error(
            engine.can_delete(throwing_request(throw), None),
            "request",
            "imageId",
        );
        let ids = Function::new_with_args(
            "",
            &format!("return [\"m-1\", {{ toJSON() {{ {throw} }} }}];"),
        )
        .call0(&JsValue::NULL)
        .unwrap();
        assert_input_error(
            engine.action_matrix("a1".into(), Some(ids), None),
            "imageIds",
            "[1]",
        );
        good_calls_still_answer(&engine);
    }
    drop(engine);
}

/// `target` (`[]` or `{}`) behind a Proxy that is revoked, or whose every
/// trap throws.
fn proxies(target: &str) -> [JsValue; 2] {
    let make = |body: &str| {
        Function::new_with_args("", &format!("const target = {target}; {body}"))
            .call0(&JsValue::NULL)
            .unwrap()
    };
    [
        make("const { proxy, revoke } = Proxy.revocable(target, {}); revoke(); return proxy;"),
        make(
            r#"const fail = () => { throw new Error("trap"); };
               return new Proxy(target, { get: fail, has: fail, ownKeys: fail,
                 getOwnPropertyDescriptor: fail, getPrototypeOf: fail });"#,
        ),
    ]
}

/// `text` parsed, with `proxy` set at `path` (keys and indexes).
fn with_proxy(text: &str, path: &[&str], proxy: &JsValue) -> JsValue {
    let root = js(text);
    let mut parent = root.clone();
    for key in &path[..path.len() - 1] {
        parent = get(&parent, key);
    }
    Reflect::set(&parent, &path[path.len() - 1].into(), proxy).unwrap();
    root
}

/// A revoked or throwing Proxy in place of any list, any element of a list
/// or a whole argument is an InputError at its path, never a raw TypeError,
/// and the Engine it was given still answers and frees (issue 19).
#[wasm_bindgen_test]
fn proxies_are_input_errors_at_their_path_and_leave_the_engine_usable() {
    const SHARE: &str = r#"{"type":"shareImage","actor":"a1","imageId":"m-1","accountIds":["a3"]}"#;
    const CREATE: &str = r#"{"type":"createImage","actor":"a1","name":"n","from":"snapshots","region":"r1","snapshotIds":["s-1"]}"#;
    const STATE: &str = r#"{"provider":"aliyun","images":[{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}],"instances":[],"snapshots":[]}"#;
    for target in ["[]", "{}"] {
        for proxy in proxies(target) {
            let mut engine = Engine::new(js(WORLD), None).unwrap();
            for (list, path) in [
                (&["images"][..], "images"),
                (&["instances"], "instances"),
                (&["snapshots"], "snapshots"),
                (&["images", "0"], "images[0]"),
                (&["images", "0", "sharedWith"], "images[0].sharedWith"),
            ] {
                assert_input_error(
                    Engine::new(with_proxy(STATE, list, &proxy), None).map(JsValue::from),
                    "state",
                    path,
                );
                assert_input_error(
                    check(with_proxy(STATE, list, &proxy), js(SHARE), None),
                    "state",
                    path,
                );
            }
            assert_input_error(
                Engine::new(proxy.clone(), None).map(JsValue::from),
                "state",
                "",
            );
            assert_input_error(engine.check(proxy.clone(), None), "command", "");
            for (command, list, path) in [
                (SHARE, &["accountIds"][..], "accountIds"),
                (SHARE, &["accountIds", "0"], "accountIds[0]"),
                (CREATE, &["snapshotIds"], "snapshotIds"),
                (CREATE, &["snapshotIds", "0"], "snapshotIds[0]"),
            ] {
                let hostile = with_proxy(command, list, &proxy);
                assert_input_error(engine.check(hostile.clone(), None), "command", path);
                assert_input_error(engine.apply(hostile.clone(), None), "command", path);
                assert_input_error(apply_command(js(WORLD), hostile, None), "command", path);
            }
            let request = with_proxy(
                r#"{"actor":"a1","imageId":"m-1","accountIds":[]}"#,
                &["accountIds"],
                &proxy,
            );
            assert_input_error(
                can_share(js(WORLD), request.clone(), None),
                "request",
                "accountIds",
            );
            assert_input_error(engine.can_unshare(request, None), "request", "accountIds");
            assert_input_error(engine.can_delete(proxy.clone(), None), "request", "");
            assert_input_error(
                engine.action_matrix("a1".into(), Some(proxy.clone()), None),
                "imageIds",
                "",
            );
            let ids = with_proxy(r#"["m-1","m-1"]"#, &["1"], &proxy);
            assert_input_error(
                engine.action_matrix("a1".into(), Some(ids), None),
                "imageIds",
                "[1]",
            );
            assert_input_error(
                can_delete(
                    js(WORLD),
                    js(r#"{"actor":"a1","imageId":"m-1"}"#),
                    Some(proxy.clone()),
                ),
                "options",
                "",
            );
            assert_input_error(
                engine.allowed_actions(proxy.clone(), "m-1".into(), None),
                "actor",
                "",
            );
            good_calls_still_answer(&engine);
            drop(engine);
        }
    }
}

/// A cycle and a BigInt are named at their path too.
#[wasm_bindgen_test]
fn cycles_and_bigints_are_named_where_they_are() {
    let cyclic = Function::new_with_args(
        "",
        r#"const s = { provider: "aliyun", images: [{ id: "m-1" }] }; s.images[0].self = s.images; return s;"#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    assert_input_error(
        Engine::new(cyclic, None).map(JsValue::from),
        "state",
        "images[0].self",
    );
    let big = Function::new_with_args("", r#"return { actor: "a1", imageId: "m-1", force: 10n };"#)
        .call0(&JsValue::NULL)
        .unwrap();
    assert_input_error(can_delete(js(WORLD), big, None), "request", "force");
}

/// A sparse array far past its cap is refused from its length at once.
#[wasm_bindgen_test]
fn huge_sparse_arrays_are_refused_from_their_length() {
    let start = js_sys::Date::now();
    let state = Function::new_with_args(
        "",
        r#"return { provider: "aliyun", images: new Array(1e8) };"#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    assert_input_error(
        Engine::new(state, None).map(JsValue::from),
        "state",
        "images",
    );
    let request = Function::new_with_args(
        "",
        r#"return { actor: "a1", imageId: "m-1", accountIds: new Array(1e8) };"#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    assert_input_error(can_share(js(WORLD), request, None), "request", "accountIds");
    assert!(
        js_sys::Date::now() - start < 1_000.0,
        "refused before reading"
    );
}

/// A 10 MB unknown key gives a short message.
#[wasm_bindgen_test]
fn huge_keys_are_quoted_short() {
    let request = Function::new_with_args(
        "",
        r#"return { actor: "a1", imageId: "m-1", ["k".repeat(1e7)]: 1 };"#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let error = can_delete(js(WORLD), request, None).unwrap_err();
    let message = get(&error, "message").as_string().unwrap();
    assert!(message.len() < 2_000, "{} bytes", message.len());
}

/// One answer for a lone surrogate everywhere: an input error.
#[wasm_bindgen_test]
fn lone_surrogates_are_refused_by_every_entry_point() {
    let lone = Function::new_with_args("", r#"return "\ud800";"#)
        .call0(&JsValue::NULL)
        .unwrap();
    let engine = Engine::new(js(WORLD), None).unwrap();
    assert_input_error(
        engine.allowed_actions("a1".into(), lone.clone(), None),
        "imageId",
        "",
    );
    assert_input_error(
        engine.allowed_actions(lone.clone(), "m-1".into(), None),
        "actor",
        "",
    );
    assert_input_error(engine.action_matrix(lone.clone(), None, None), "actor", "");
    let request = js(r#"{"actor":"a1"}"#);
    Reflect::set(&request, &"imageId".into(), &lone).unwrap();
    assert_input_error(
        engine.can_delete(request.clone(), None),
        "request",
        "imageId",
    );
    assert_input_error(can_delete(js(WORLD), request, None), "request", "imageId");
    drop(engine);
}

/// Lets the page breathe, so a long test does not look hung to the driver.
async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let set_timeout = Reflect::get(&js_sys::global(), &"setTimeout".into()).unwrap();
        set_timeout
            .unchecked_into::<Function>()
            .call1(&JsValue::NULL, &resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// 100,000 hostile calls leave memory and references flat.
#[wasm_bindgen_test]
async fn memory_and_references_stay_flat_over_100000_hostile_calls() {
    let engine = Engine::new(js(WORLD), None).unwrap();
    let requests: Vec<JsValue> = THROWN.iter().map(|t| throwing_request(t)).collect();
    let stats = |what: &str| {
        let s = module_stats().unwrap();
        let memory = get(&s, "memoryBytes").as_f64().unwrap();
        let refs = get(&s, "liveReferences").as_f64().unwrap();
        web_sys_log(&format!(
            "{what}: wasm memory {memory} bytes, {refs} live references"
        ));
        (memory, refs)
    };
    // One round first, so that lazily made values (the InputError class) exist.
    for request in &requests {
        let _ = engine.can_delete(request.clone(), None);
        let _ = can_delete(js(WORLD), request.clone(), None);
    }
    let (memory_before, refs_before) = stats("before");
    for round in 0..100_000 {
        if round % 2_000 == 0 {
            yield_to_page().await;
        }
        let request = &requests[round % requests.len()];
        let result = if round % 2 == 0 {
            engine.can_delete(request.clone(), None)
        } else {
            can_delete(js(WORLD), request.clone(), None)
        };
        assert!(result.is_err());
    }
    let (memory_after, refs_after) = stats("after 100,000 hostile calls");
    // A handful of values are made once (cached property names, the last
    // yield's promise); a leak would grow with the calls.
    assert!(
        refs_after <= refs_before + 16.0,
        "references grew from {refs_before} to {refs_after}"
    );
    assert!(
        memory_after <= memory_before + 65_536.0,
        "memory grew from {memory_before} to {memory_after}"
    );
    good_calls_still_answer(&engine);
    drop(engine);
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = log)]
    fn web_sys_log(message: &str);
}
