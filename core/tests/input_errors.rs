//! Malformed input: an InputError with the path and what was expected.
use image_policy_core::Locale;
use image_policy_core::{api, decode, Argument, InputError};
use serde_json::json;

fn state_error(state: serde_json::Value) -> InputError {
    api::check(
        &state.to_string(),
        r#"{"type":"deleteInstance","actor":"a1","instanceId":"i-1"}"#,
        Locale::En,
    )
    .unwrap_err()
}

fn image(extra: serde_json::Value) -> serde_json::Value {
    let mut image = json!({"id": "m-1", "name": "web", "kind": "custom", "ownerId": "a1", "region": "cn-hangzhou", "status": "available"});
    for (k, v) in extra.as_object().unwrap() {
        image[k] = v.clone();
    }
    image
}

#[test]
fn errors_name_the_exact_path() {
    let cases = [
        (
            json!({"provider": "aliyun", "images": [image(json!({})), image(json!({"id": "m-2", "sharedWith": ["ok", "bad id!"]}))]}),
            "images[1].sharedWith[1]",
            "SHR-6",
        ),
        (
            json!({"provider": "aliyun", "images": [image(json!({"sharedwith": []}))]}),
            "images[0].sharedwith",
            "unknown field",
        ),
        (
            json!({"provider": "aliyun", "images": [image(json!({"status": "Available"}))]}),
            "images[0].status",
            "unknown variant",
        ),
        (
            json!({"provider": "aliyun", "images": [image(json!({"name": 5}))]}),
            "images[0].name",
            "expected",
        ),
        (
            json!({"provider": "aws", "images": []}),
            "provider",
            "unknown variant",
        ),
        (json!({"provider": "aliyun"}), "images", "missing field"),
        (
            json!({"provider": "aliyun", "images": [image(json!({})), image(json!({}))]}),
            "images[1].id",
            "unique",
        ),
        (
            json!({"provider": "aliyun", "images": [image(json!({"ownerId": null}))]}),
            "images[0].ownerId",
            "owner",
        ),
        (
            json!({"provider": "aliyun", "images": [image(json!({"sharedWith": ["a1"]}))]}),
            "images[0].sharedWith[0]",
            "owner",
        ),
        (
            json!({"provider": "aliyun", "images": [image(json!({"snapshotIds": ["s-9"]}))]}),
            "images[0].snapshotIds[0]",
            "snapshot",
        ),
        (
            json!({"provider": "aliyun", "images": [], "instances": [{"id": "i-1", "ownerId": "a1", "region": "r", "imageId": "m-1", "extra": 1}]}),
            "instances[0].extra",
            "unknown field",
        ),
    ];
    for (state, path, expected) in cases {
        let error = state_error(state.clone());
        assert_eq!(error.argument, Argument::State);
        assert_eq!(error.path, path, "{state}: {error}");
        assert!(
            error.message.contains(expected),
            "{path}: {}",
            error.message
        );
    }
}

#[test]
fn dangling_instance_image_is_allowed() {
    let state = json!({"provider": "jdcloud", "images": [], "instances": [{"id": "i-1", "ownerId": "a1", "region": "r", "imageId": "gone"}]});
    assert!(api::check(
        &state.to_string(),
        r#"{"type":"reinitDisk","actor":"a1","instanceId":"i-1"}"#,
        Locale::En
    )
    .is_ok());
}

#[test]
fn junk_in_place_of_state_or_command() {
    for junk in ["null", "5", "\"state\"", "[]", "true", "{", ""] {
        let error = api::check(
            junk,
            r#"{"type":"deleteImage","actor":"a","imageId":"m"}"#,
            Locale::En,
        )
        .unwrap_err();
        assert_eq!(
            (error.argument, error.path.as_str()),
            (Argument::State, ""),
            "{junk}: {error}"
        );
    }
    let state = r#"{"provider":"aliyun","images":[]}"#;
    for (command, path) in [
        ("null", ""),
        ("{}", "type"),
        (r#"{"type":"deleteImag"}"#, "type"),
        (r#"{"type":7}"#, "type"),
        (r#"{"type":"deleteImage","actor":"a"}"#, "imageId"),
        (
            r#"{"type":"deleteImage","actor":"a","imageId":"m","force":"yes"}"#,
            "force",
        ),
        (
            r#"{"type":"shareImage","actor":"a","imageId":"m","accountIds":"b"}"#,
            "accountIds",
        ),
        (
            r#"{"type":"createImage","actor":"a","name":"n","from":"instance"}"#,
            "instanceId",
        ),
        (
            r#"{"type":"createImage","actor":"a","name":"n","from":"import"}"#,
            "region",
        ),
        (
            r#"{"type":"createImage","actor":"a","name":"n","from":"snapshots"}"#,
            "snapshotIds",
        ),
        (
            r#"{"type":"copyImage","actor":"a","imageId":"m"}"#,
            "destinationRegion",
        ),
        (
            r#"{"type":"exportImage","actor":"a","imageId":"m","bucket":null}"#,
            "bucket",
        ),
    ] {
        let error = api::check(state, command, Locale::En).unwrap_err();
        assert_eq!(
            (error.argument, error.path.as_str()),
            (Argument::Command, path),
            "{command}: {error}"
        );
    }
}

#[test]
fn requests_of_can_functions_report_as_request() {
    let state = r#"{"provider":"aliyun","images":[]}"#;
    let error = api::can(
        "shareImage",
        state,
        r#"{"actor":"a","imageId":"m","accountIds":[1]}"#,
        Locale::En,
    )
    .unwrap_err();
    assert_eq!(
        (error.argument, error.path.as_str()),
        (Argument::Request, "accountIds[0]")
    );
    assert!(api::can(
        "deleteImage",
        state,
        r#"{"type":"deleteImage","actor":"a","imageId":"m"}"#,
        Locale::En
    )
    .is_ok());
    let wrong = api::can(
        "deleteImage",
        state,
        r#"{"type":"shareImage","actor":"a","imageId":"m"}"#,
        Locale::En,
    )
    .unwrap_err();
    assert_eq!(wrong.path, "type");
}

#[test]
fn limits_answer_with_input_errors() {
    let long = "x".repeat(5000);
    let error = decode::command(
        &json!({"type": "modifyImage", "actor": "a", "imageId": "m", "name": long}).to_string(),
    )
    .unwrap_err();
    assert_eq!(error.path, "name");
    let long_id = decode::command(
        &json!({"type": "deleteImage", "actor": "a", "imageId": "m".repeat(129)}).to_string(),
    )
    .unwrap_err();
    assert_eq!(long_id.path, "imageId");
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(
        api::check(&deep, "{}", Locale::En).unwrap_err().argument,
        Argument::State
    );
    // Deep nesting where a model value belongs fails at its first bracket;
    // in an unknown member it is skipped without recursion, then refused.
    let deep_command = format!(
        "{{\"type\":\"deleteImage\",\"x\":{}{}}}",
        "[".repeat(1_000_000),
        "]".repeat(1_000_000)
    );
    let error = api::check(
        r#"{"provider":"aliyun","images":[]}"#,
        &deep_command,
        Locale::En,
    )
    .unwrap_err();
    assert_eq!(
        (error.argument, error.path.as_str()),
        (Argument::Command, "x")
    );
    let snapshots: Vec<String> = (0..65).map(|n| format!("s-{n}")).collect();
    let error = decode::command(&json!({"type": "createImage", "actor": "a", "name": "n", "from": "snapshots", "snapshotIds": snapshots}).to_string()).unwrap_err();
    assert_eq!(error.path, "snapshotIds");
}

#[test]
fn display_says_where_and_what() {
    let error = api::check(
        r#"{"provider":"aliyun","images":[{"id":""}]}"#,
        "{}",
        Locale::En,
    )
    .unwrap_err();
    assert_eq!(error.path, "images[0].id");
    assert!(
        error
            .to_string()
            .starts_with("state.images[0].id: expected an ID"),
        "{error}"
    );
    assert_eq!(InputError::CODE, "InvalidInput");
}

#[test]
fn arrays_for_objects_and_repeated_fields_are_refused() {
    let positional = decode::command(r#"["deleteImage","a1","m-1"]"#).unwrap_err();
    assert_eq!(positional.path, "");
    assert_eq!(
        positional.message,
        "invalid type: sequence, expected an object"
    );
    let image = r#"["m-1","web","custom","a1","r1","available"]"#;
    let error =
        decode::state(&format!(r#"{{"provider":"aliyun","images":[{image}]}}"#)).unwrap_err();
    assert_eq!(
        (error.path.as_str(), error.message.as_str()),
        ("images[0]", "invalid type: sequence, expected an object")
    );
    let twice =
        decode::command(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1","actor":"a2"}"#)
            .unwrap_err();
    assert_eq!(
        (twice.path.as_str(), twice.message.as_str()),
        ("actor", "duplicate field `actor`")
    );
}

#[test]
fn wrong_types_name_what_came_instead() {
    let cases = [
        (
            r#"{"type":"deleteImage","actor":"a1","imageId":7}"#,
            "imageId",
            "invalid type: integer `7`, expected a string",
        ),
        (
            r#"{"type":"deleteImage","actor":"a1","imageId":"m","force":"yes"}"#,
            "force",
            "invalid type: string \"yes\", expected a boolean",
        ),
        (
            r#"{"type":"shareImage","actor":"a1","imageId":"m","accountIds":{}}"#,
            "accountIds",
            "invalid type: map, expected an array",
        ),
        (
            r#"{"type":"createImage","actor":"a1","name":"n","from":null}"#,
            "from",
            "expected value",
        ),
        (
            r#"{"type":["deleteImage"]}"#,
            "type",
            "invalid type: sequence, expected a string",
        ),
    ];
    for (command, path, message) in cases {
        let error = decode::command(command).unwrap_err();
        assert_eq!(error.path, path, "{command}");
        assert!(
            error.message.starts_with(message),
            "{command}: {}",
            error.message
        );
    }
}

/// An input error quotes at most a short prefix of what it names, however
/// long the offending key or value.
#[test]
fn errors_quote_a_short_prefix() {
    let key = "k".repeat(1_000_000);
    let command = format!(r#"{{"type":"deleteImage","actor":"a1","imageId":"m","{key}":1}}"#);
    let error = decode::command(&command).unwrap_err();
    assert!(error.message.len() < 1_200, "{} bytes", error.message.len());
    assert!(
        error
            .message
            .starts_with(&format!("unknown field `{}…`", "k".repeat(64))),
        "{}",
        error.message
    );
    assert!(error.path.chars().count() <= 257);
    let value = "v".repeat(1_000_000);
    let error = decode::command(&format!(
        r#"{{"type":"deleteImage","actor":"a1","imageId":"m","force":"{value}"}}"#
    ))
    .unwrap_err();
    assert!(error.message.len() < 200, "{}", error.message);
    let error = decode::command(&format!(r#"{{"type":"{value}"}}"#)).unwrap_err();
    assert!(error.message.len() < 1_200);
}

/// `null` reads as absent for every optional field, as serde's `Option`
/// does; a required field given `null` is an input error.
#[test]
fn null_means_absent_for_optional_fields() {
    let state = json!({"provider": "aliyun", "images": [{"id": "m-1", "name": "web", "kind": "custom",
        "ownerId": "a1", "region": "r1", "status": "available", "description": null, "marketplaceBased": null,
        "sharedWith": null, "snapshotIds": null, "task": null, "encrypted": null, "copiedFrom": null}],
        "instances": null, "snapshots": null});
    let decided = api::check(
        &state.to_string(),
        r#"{"type":"deleteImage","actor":"a1","imageId":"m-1","force":null,"deleteSnapshots":null}"#,
     Locale::En)
    .unwrap();
    assert!(decided.allowed);
    let error =
        decode::command(r#"{"type":"deleteImage","actor":"a1","imageId":null}"#).unwrap_err();
    assert_eq!(error.path, "imageId");
    let error =
        decode::command(r#"{"type":"shareImage","actor":"a1","imageId":"m","accountIds":null}"#)
            .unwrap_err();
    assert_eq!(error.path, "accountIds");
}

/// Lone surrogates (escaped in JSON text, as JSON.stringify writes them) are
/// refused at their path, like any other malformed string.
#[test]
fn lone_surrogates_are_input_errors() {
    let error =
        decode::command(r#"{"type":"deleteImage","actor":"a1","imageId":"\ud800"}"#).unwrap_err();
    assert_eq!(
        (error.argument, error.path.as_str()),
        (Argument::Command, "imageId")
    );
}

/// The path is found from where the reader stopped, in text written over
/// several lines too (the native API takes any JSON text), with keys that
/// hold escapes and strings that hold brackets.
#[test]
fn paths_in_pretty_printed_text() {
    let state = json!({"provider": "aliyun", "images": [
        image(json!({"description": "[{\"x\": 1}]"})),
        image(json!({"id": "m-2", "sharedWith": ["a2", "not an id"]})),
    ]});
    let error = api::check(
        &serde_json::to_string_pretty(&state).unwrap(),
        r#"{"type":"deleteImage","actor":"a1","imageId":"m-1"}"#,
        Locale::En,
    )
    .unwrap_err();
    assert_eq!(error.path, "images[1].sharedWith[1]");
    let text = "{\n  \"provider\": \"aliyun\",\n  \"images\": [\n    {\"id\": \"m-1\", \"id\": \"m-2\"}\n  ]\n}";
    let error = decode::state(text).unwrap_err();
    assert_eq!(error.path, "images[0].id", "{error}");
    assert!(error.message.starts_with("duplicate field `id`"), "{error}");
    let error = decode::state(r#"{"provider":"aliyun","images":[{"i\"d":"m-1"}]}"#).unwrap_err();
    assert_eq!(error.path, r#"images[0].i"d"#, "{error}");
}
