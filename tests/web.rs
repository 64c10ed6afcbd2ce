//! The exported functions, called with JavaScript values in headless
//! Chromium (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

use image_policy::*;
use js_sys::{Array, Function, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON parses")
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(value.clone(), |v, key| match key.parse::<u32>() {
            Ok(index) => Reflect::get_u32(&v, index).unwrap(),
            Err(_) => Reflect::get(&v, &JsValue::from_str(key)).unwrap(),
        })
}

fn text(value: &JsValue, path: &str) -> String {
    get(value, path)
        .as_string()
        .unwrap_or_else(|| format!("<{:?}>", get(value, path)))
}

fn state(provider: &str) -> JsValue {
    js(&format!(
        r#"{{"provider":"{provider}","images":[
          {{"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"cn-hangzhou","status":"available","sharedWith":["a2","a3"]}},
          {{"id":"m-2","name":"db","kind":"custom","ownerId":"a1","region":"cn-hangzhou","status":"available"}}],
          "instances":[{{"id":"i-1","ownerId":"a2","region":"cn-hangzhou","imageId":"m-1"}}]}}"#
    ))
}

fn stringify(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

/// DEL-1 through the JS API, both profiles: the denial names the accounts.
#[wasm_bindgen_test]
fn del_1_denial_in_both_profiles() {
    for provider in ["aliyun", "jdcloud"] {
        let decision = can_delete(
            state(provider),
            js(r#"{"actor":"a1","imageId":"m-1"}"#),
            None,
        )
        .unwrap();
        assert_eq!(get(&decision, "allowed"), JsValue::FALSE);
        assert_eq!(text(&decision, "reasons.0.rule"), "DEL-1");
        assert_eq!(text(&decision, "reasons.0.code"), "ImageShared");
        assert_eq!(
            stringify(&get(&decision, "reasons.0.details.accounts")),
            r#"["a2","a3"]"#
        );
        // DEL-3, told before the delete even while it is denied: no new
        // instances, and a2's i-1 loses re-initialization.
        let consequences: Vec<String> = Array::from(&get(&decision, "consequences"))
            .iter()
            .map(|c| {
                format!(
                    "{} {} {}",
                    text(&c, "rule"),
                    text(&c, "code"),
                    JSON::stringify(&get(&c, "details"))
                        .ok()
                        .and_then(|t| t.as_string())
                        .unwrap_or_else(|| "undefined".into())
                )
            })
            .collect();
        assert_eq!(
            consequences,
            [
                "DEL-3 NoNewInstances undefined",
                r#"DEL-3 ReinitLost {"accounts":["a2"],"instances":["i-1"]}"#
            ]
        );
    }
}

/// VIS-1: another account's image reads as not found.
#[wasm_bindgen_test]
fn vis_1_not_found_for_strangers() {
    let decision = check(
        state("aliyun"),
        js(r#"{"type":"copyImage","actor":"a9","imageId":"m-2","destinationRegion":"cn-beijing"}"#),
        None,
    )
    .unwrap();
    assert_eq!(text(&decision, "reasons.0.code"), "NotFound");
    assert_eq!(
        text(&decision, "reasons.0.details.providerCode"),
        "InvalidImageId.NotFound"
    );
}

/// Every canX equals check with the command type.
#[wasm_bindgen_test]
fn can_functions_equal_check() {
    type Can = fn(JsValue, JsValue, Option<JsValue>) -> Result<JsValue, JsValue>;
    let cases: [(Can, &str, &str); 9] = [
        (can_delete, "deleteImage", r#""imageId":"m-2""#),
        (
            can_share,
            "shareImage",
            r#""imageId":"m-2","accountIds":["a1","a4"]"#,
        ),
        (
            can_unshare,
            "unshareImage",
            r#""imageId":"m-1","accountIds":["a2"]"#,
        ),
        (
            can_copy,
            "copyImage",
            r#""imageId":"m-2","destinationRegion":"cn-hangzhou""#,
        ),
        (
            can_export,
            "exportImage",
            r#""imageId":"m-2","bucket":"-bad""#,
        ),
        (can_modify, "modifyImage", r#""imageId":"m-2","name":"1x""#),
        (
            can_create_instance,
            "createInstance",
            r#""imageId":"m-1","region":"cn-beijing""#,
        ),
        (can_reinit_disk, "reinitDisk", r#""instanceId":"i-1""#),
        (
            can_replace_system_disk,
            "replaceSystemDisk",
            r#""instanceId":"i-1","imageId":"m-2""#,
        ),
    ];
    for (can, kind, fields) in cases {
        for actor in ["a1", "a2"] {
            let request = js(&format!(r#"{{"actor":"{actor}",{fields}}}"#));
            let command = js(&format!(
                r#"{{"type":"{kind}","actor":"{actor}",{fields}}}"#
            ));
            let via_can = stringify(&can(state("aliyun"), request, None).unwrap());
            let via_check = stringify(&check(state("aliyun"), command, None).unwrap());
            assert_eq!(via_can, via_check, "{kind} by {actor}");
        }
    }
}

/// applyCommand returns a new state and events, and never mutates its input;
/// check(...).allowed === applyCommand(...).ok.
#[wasm_bindgen_test]
fn apply_command_is_pure_and_agrees_with_check() {
    let input = state("jdcloud");
    let before = stringify(&input);
    let unshare =
        js(r#"{"type":"unshareImage","actor":"a1","imageId":"m-1","accountIds":["a2","a3"]}"#);
    let result = apply_command(input.clone(), unshare.clone(), None).unwrap();
    assert_eq!(get(&result, "ok"), JsValue::TRUE);
    assert_eq!(
        get(&check(input.clone(), unshare, None).unwrap(), "allowed"),
        JsValue::TRUE
    );
    assert_eq!(Array::from(&get(&result, "events")).length(), 2);
    assert_eq!(text(&result, "events.0.type"), "imageUnshared");
    assert_eq!(
        get(&result, "state.images.0.sharedWith"),
        JsValue::UNDEFINED,
        "no shares left"
    );
    assert_eq!(stringify(&input), before, "input untouched");

    let denied = apply_command(
        input.clone(),
        js(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1"}"#),
        None,
    )
    .unwrap();
    assert_eq!(get(&denied, "ok"), JsValue::FALSE);
    assert_eq!(get(&denied, "state"), JsValue::UNDEFINED);
    assert_eq!(text(&denied, "decision.reasons.0.rule"), "DEL-1");
}

fn assert_input_error(error: JsValue, argument: &str, path: &str) {
    let error: js_sys::Error = error.dyn_into().expect("an Error object");
    assert_eq!(String::from(error.name()), "InputError");
    let error: JsValue = error.into();
    let class = js_sys::Object::get_prototype_of(&error).constructor();
    assert_eq!(
        String::from(class.name()),
        "InputError",
        "an instance of the InputError class"
    );
    assert_eq!(text(&error, "code"), "InvalidInput");
    assert_eq!(text(&error, "argument"), argument);
    assert_eq!(text(&error, "path"), path);
    assert!(!text(&error, "message").is_empty());
}

/// Malformed input throws InputError with the path; the next call works.
#[wasm_bindgen_test]
fn input_errors_carry_path_and_leave_the_module_usable() {
    let bad_share = js(r#"{"provider":"aliyun","images":[
        {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r","status":"available"},
        {"id":"m-2","name":"db","kind":"custom","ownerId":"a1","region":"r","status":"available","sharedWith":["ok","no way"]}]}"#);
    let command = js(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1"}"#);
    assert_input_error(
        check(bad_share, command.clone(), None).unwrap_err(),
        "state",
        "images[1].sharedWith[1]",
    );
    assert_input_error(
        check(
            state("aliyun"),
            js(r#"{"type":"deleteImage","actor":"a1","imageid":"m-1"}"#),
            None,
        )
        .unwrap_err(),
        "command",
        "imageid",
    );
    assert_input_error(
        can_share(
            state("aliyun"),
            js(r#"{"actor":"a1","imageId":"m-1","accountIds":[7]}"#),
            None,
        )
        .unwrap_err(),
        "request",
        "accountIds[0]",
    );

    let function: JsValue = Function::new_no_args("return 1").into();
    let symbol: JsValue = js_sys::Symbol::for_("s").into();
    let cyclic = js_sys::Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let big = js_sys::BigInt::from(10u32).into();
    // A cycle is named where it closes; the rest are wrong as a whole.
    for (junk, path) in [
        (JsValue::UNDEFINED, ""),
        (JsValue::NULL, ""),
        (JsValue::from_f64(f64::NAN), ""),
        (JsValue::from_str("x"), ""),
        (function, ""),
        (symbol, ""),
        (cyclic.into(), "self"),
        (big, ""),
    ] {
        assert_input_error(
            check(junk.clone(), command.clone(), None).unwrap_err(),
            "state",
            path,
        );
        assert_input_error(
            apply_command(state("aliyun"), junk, None).unwrap_err(),
            "command",
            path,
        );
        let after = check(state("aliyun"), command.clone(), None).unwrap();
        assert_eq!(text(&after, "reasons.0.rule"), "DEL-1", "still usable");
    }
}

/// Engine: same decisions as the stateless functions, state kept between calls.
#[wasm_bindgen_test]
fn engine_holds_state_and_matches_stateless_functions() {
    let mut engine = Engine::new(state("aliyun"), None).unwrap();
    let delete = js(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1","force":true}"#);
    assert_eq!(
        stringify(&engine.check(delete.clone(), None).unwrap()),
        stringify(&check(state("aliyun"), delete.clone(), None).unwrap())
    );
    let actions = engine
        .allowed_actions("a2".into(), "m-1".into(), None)
        .unwrap();
    assert_eq!(get(&actions, "createInstance.allowed"), JsValue::TRUE);
    assert_eq!(get(&actions, "deleteImage.allowed"), JsValue::FALSE);
    let unshared = engine
        .apply(
            js(r#"{"type":"unshareImage","actor":"a1","imageId":"m-1","accountIds":["a2","a3"]}"#),
            None,
        )
        .unwrap();
    assert_eq!(get(&unshared, "ok"), JsValue::TRUE);
    let deleted = engine.apply(delete.clone(), None).unwrap();
    assert_eq!(get(&deleted, "ok"), JsValue::TRUE);
    assert_eq!(text(&deleted, "decision.consequences.1.code"), "ReinitLost");
    assert_eq!(
        Array::from(&get(&engine.to_json().unwrap(), "images")).length(),
        1
    );
    assert_input_error(
        engine.apply(JsValue::NULL, None).unwrap_err(),
        "command",
        "",
    );
    assert_eq!(
        text(&engine.check(delete, None).unwrap(), "reasons.0.code"),
        "NotFound",
        "still usable after an error"
    );
    assert_input_error(
        Engine::new(js(r#"{"provider":"aliyun"}"#), None)
            .err()
            .unwrap(),
        "state",
        "images",
    );
}

/// rules(): the catalogue, per profile; a bad provider is an InputError.
#[wasm_bindgen_test]
fn rules_per_profile() {
    let all = Array::from(&rules(None, None).unwrap());
    let jd = Array::from(&rules(Some("jdcloud".into()), None).unwrap());
    assert_eq!(all.length(), 55);
    assert!(jd.length() < all.length());
    assert_input_error(rules(Some("aws".into()), None).unwrap_err(), "provider", "");
}

/// KIND-1: public images serve everyone and are managed by no one; a custom
/// image shared with an account is, to it, a shared image it can use.
#[wasm_bindgen_test]
fn kind_1_public_custom_and_shared_through_js() {
    let world = js(r#"{"provider":"aliyun","images":[
        {"id":"pub","name":"CentOS","kind":"public","region":"r1","status":"available"},
        {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#);
    let engine = Engine::new(world, None).unwrap();
    let public = engine
        .allowed_actions("a9".into(), "pub".into(), None)
        .unwrap();
    assert_eq!(get(&public, "createInstance.allowed"), JsValue::TRUE);
    assert_eq!(text(&public, "deleteImage.reasons.0.rule"), "OWN-2");
    let shared = engine
        .allowed_actions("a2".into(), "m-1".into(), None)
        .unwrap();
    assert_eq!(get(&shared, "createInstance.allowed"), JsValue::TRUE);
    assert_eq!(text(&shared, "copyImage.reasons.0.rule"), "OWN-1");
    let hidden = engine
        .allowed_actions("a9".into(), "m-1".into(), None)
        .unwrap();
    assert_eq!(text(&hidden, "createInstance.reasons.0.rule"), "VIS-1");
}

/// CRT-2 and CPY-1 through applyCommand: an image from an instance records
/// it and its local disk; a copy is a new image of the actor, in the new region.
#[wasm_bindgen_test]
fn crt_2_and_cpy_1_through_apply_command() {
    let world = js(r#"{"provider":"jdcloud","images":[
        {"id":"mkt","name":"LAMP","kind":"marketplace","region":"r1","status":"available"}],
        "instances":[{"id":"i-1","ownerId":"a1","region":"r1","imageId":"mkt"}]}"#);
    let created = apply_command(world, js(r#"{"type":"createImage","actor":"a1","imageId":"m-new","name":"web","from":"instance","instanceId":"i-1","systemDisk":"local"}"#), None).unwrap();
    assert_eq!(get(&created, "ok"), JsValue::TRUE);
    let image = get(&created, "state.images.1");
    assert_eq!(text(&image, "sourceInstanceId"), "i-1");
    assert_eq!(text(&image, "systemDisk"), "local");
    assert_eq!(get(&image, "marketplaceBased"), JsValue::TRUE);

    let cloud = js(r#"{"provider":"aliyun","images":[
        {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]}]}"#);
    let copied = apply_command(
        cloud,
        js(r#"{"type":"copyImage","actor":"a1","imageId":"m-1","destinationRegion":"r2"}"#),
        None,
    )
    .unwrap();
    let copy = get(&copied, "state.images.1");
    assert_ne!(text(&copy, "id"), "m-1");
    assert_eq!(text(&copy, "region"), "r2");
    assert_eq!(text(&copy, "ownerId"), "a1");
    assert_eq!(text(&copy, "copiedFrom"), "m-1");
    assert_eq!(
        get(&copy, "sharedWith"),
        JsValue::UNDEFINED,
        "shares are not copied"
    );
}

/// TSK-4, DEP-1 and ENC-2 through the JS API: canCancelCopy, the new
/// actions of allowedActions, and the encrypted copy of an aliyun image.
#[wasm_bindgen_test]
fn tsk_4_dep_1_enc_2_through_js() {
    let world = js(r#"{"provider":"aliyun","images":[
        {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","encrypted":true},
        {"id":"m-2","name":"web","kind":"custom","ownerId":"a1","region":"r2","status":"creating","copiedFrom":"m-1","task":"copying"}]}"#);
    let cancel =
        can_cancel_copy(world.clone(), js(r#"{"actor":"a1","imageId":"m-2"}"#), None).unwrap();
    assert_eq!(get(&cancel, "allowed"), JsValue::TRUE);
    assert_eq!(text(&cancel, "consequences.0.code"), "CopyDeleted");
    let engine = Engine::new(world.clone(), None).unwrap();
    let actions = engine
        .allowed_actions("a1".into(), "m-1".into(), None)
        .unwrap();
    assert_eq!(js_sys::Object::keys(&actions.clone().into()).length(), 12);
    assert_eq!(get(&actions, "deprecateImage.allowed"), JsValue::TRUE);
    assert_eq!(text(&actions, "restoreImage.reasons.0.rule"), "DEP-1");
    assert_eq!(text(&actions, "cancelCopy.reasons.0.code"), "NotACopy");
    assert_eq!(text(&actions, "shareImage.reasons.0.rule"), "ENC-1");
    let copy = check(
        world,
        js(r#"{"type":"copyImage","actor":"a1","imageId":"m-1","destinationRegion":"r3"}"#),
        None,
    )
    .unwrap();
    assert_eq!(
        text(&copy, "reasons.0.rule"),
        "TSK-2",
        "a copy is still running"
    );
    assert_eq!(text(&copy, "reasons.1.rule"), "ENC-2");
    assert_eq!(
        text(&copy, "reasons.1.details.providerCode"),
        "OperationDeined.EncryptedSnapshot"
    );
}

/// `options.locale`: messages and rule texts in Simplified Chinese; rule,
/// code and details the same; an unknown locale is an InputError at `locale`.
#[wasm_bindgen_test]
fn zh_cn_messages_through_js() {
    let zh = || Some(js(r#"{"locale":"zh-CN"}"#));
    let request = js(r#"{"actor":"a1","imageId":"m-1"}"#);
    let chinese = can_delete(state("aliyun"), request.clone(), zh()).unwrap();
    let english = can_delete(state("aliyun"), request.clone(), None).unwrap();
    let message = text(&chinese, "reasons.0.message");
    assert!(message.contains("请先取消镜像 m-1"), "{message}");
    assert!(message.contains("a2、a3"), "{message}");
    assert_eq!(
        text(&chinese, "reasons.0.rule"),
        text(&english, "reasons.0.rule")
    );
    assert_eq!(
        stringify(&get(&chinese, "reasons.0.details")),
        stringify(&get(&english, "reasons.0.details"))
    );
    let engine = Engine::new(state("jdcloud"), Some(js(r#"{"locale":"zh-Hans"}"#))).unwrap();
    assert!(text(
        &engine.can_delete(request.clone(), None).unwrap(),
        "reasons.0.message"
    )
    .contains("共享"));
    let catalogue = rules(Some("aliyun".into()), zh()).unwrap();
    assert!(text(&catalogue, "0.text").contains("镜像"));
    assert_input_error(
        can_delete(
            state("aliyun"),
            request.clone(),
            Some(js(r#"{"locale":"zh CN"}"#)),
        )
        .unwrap_err(),
        "options",
        "locale",
    );
    // v3: a tag that resolves to no locale is English, one per Engine call wins.
    let french = can_delete(
        state("aliyun"),
        request.clone(),
        Some(js(r#"{"locale":["fr","zh-TW"]}"#)),
    )
    .unwrap();
    assert!(text(&french, "reasons.0.message").contains("共享"));
    let english = engine
        .can_delete(request, Some(js(r#"{"locale":"fr"}"#)))
        .unwrap();
    assert!(text(&english, "reasons.0.message").starts_with("Unshare image m-1"));
}
