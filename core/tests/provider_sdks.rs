//! API.md v4, "The providers' SDKs", natively: what the official SDKs
//! resolve to reads as the published JSON does (the aliyun responses under
//! `fixtures/aliyun/sdk/` are what `@alicloud/ecs20140526` 7.11.6 resolved to
//! for the published examples, written by tests/sdk's replay), jdcloud's
//! listed disk encryption, and explainProviderError on what the SDKs throw.
use image_policy_core::api::{self, ThrownError};
use image_policy_core::{decide, decode, Locale, World};
use serde_json::{json, Value};

fn fixture(path: &str) -> Value {
    let file = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&file).expect(&file)).unwrap()
}

fn aliyun(pages: [Value; 4]) -> Value {
    let [images, instances, snapshots, shares] = pages;
    json!({"accountId": "100001", "regions": {"cn-hangzhou": {
        "images": [images], "instances": [instances], "snapshots": [snapshots]}},
        "shares": {"m-bp1g7004ksh0oeuc****": shares}})
}

const LISTINGS: [&str; 4] = [
    "DescribeImages",
    "DescribeInstances",
    "DescribeSnapshots",
    "DescribeImageSharePermission",
];

fn state_of(provider: &str, data: &Value) -> Value {
    serde_json::to_value(
        api::state_from(provider, &data.to_string()).unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap()
}

/// `@alicloud/ecs20140526` resolves to `{ headers, statusCode, body }` with
/// camelCase fields: read as it is, or its `body`, the same state as the
/// published PascalCase JSON (pop-core's form); pages may mix forms.
#[test]
fn aliyun_current_sdk_responses_and_bodies_read_as_the_reference_json() {
    let wire = LISTINGS.map(|name| fixture(&format!("aliyun/{name}.json")));
    let responses = LISTINGS.map(|name| fixture(&format!("aliyun/sdk/{name}.response.json")));
    assert_eq!(
        responses[0]["body"]["images"]["image"][0]["imageId"],
        "m-bp1g7004ksh0oeuc****"
    );
    let expected = state_of("aliyun", &aliyun(wire.clone()));
    assert_eq!(expected["images"][0]["sharedWith"], json!(["1234567890"]));
    assert_eq!(state_of("aliyun", &aliyun(responses.clone())), expected);
    let bodies = responses.clone().map(|response| response["body"].clone());
    assert_eq!(state_of("aliyun", &aliyun(bodies)), expected);
    let [images, _, snapshots, shares] = responses;
    let [_, instances, _, _] = wire;
    assert_eq!(
        state_of("aliyun", &aliyun([images, instances, snapshots, shares])),
        expected
    );
}

/// A page in none of the forms says which it expected; a path into an SDK
/// page is spelled as that page spells it.
#[test]
fn aliyun_errors_name_the_forms_and_their_own_spelling() {
    let mut data =
        aliyun(LISTINGS.map(|name| fixture(&format!("aliyun/sdk/{name}.response.json"))));
    data["regions"]["cn-hangzhou"]["images"][0] = json!({"statusCode": 200, "body": {}});
    let error = api::state_from("aliyun", &data.to_string()).unwrap_err();
    assert_eq!(error.path, "regions.cn-hangzhou.images[0]");
    assert!(error.message.contains("body.images"), "{}", error.message);
    let mut data =
        aliyun(LISTINGS.map(|name| fixture(&format!("aliyun/sdk/{name}.response.json"))));
    data["shares"] = json!({});
    data["regions"]["cn-hangzhou"]["images"][0]["body"]["images"]["image"][0]["isSelfShared"] =
        json!("True");
    let error = api::state_from("aliyun", &data.to_string()).unwrap_err();
    assert_eq!(
        error.path,
        "regions.cn-hangzhou.images[0].body.images.image[0].isSelfShared"
    );
    data["regions"]["cn-hangzhou"]["images"][0]["body"]["images"]["image"][0]["status"] =
        json!("Frozen");
    let error = api::state_from("aliyun", &data.to_string()).unwrap_err();
    assert_eq!(
        error.path,
        "regions.cn-hangzhou.images[0].body.images.image[0].status"
    );
}

/// jdcloud describeImages carries each disk's `cloudDisk.encrypted` (vm
/// `InstanceDiskAttachment.cloudDisk` is disk's `Disk`: "云盘是否为加密盘"):
/// an encrypted system or data disk makes the image encrypted without any
/// snapshot listing, so ENC-1 refuses to share it.
#[test]
fn enc_1_jdcloud_listed_disk_encryption_makes_an_image_encrypted() {
    for disk in ["systemDisk", "dataDisks"] {
        let mut page = fixture("jdcloud/describeImages.json");
        let attachment =
            json!({"diskCategory": "cloud", "cloudDisk": {"diskId": "vol-1", "encrypted": true}});
        page["result"]["images"][0][disk] = if disk == "dataDisks" {
            json!([attachment])
        } else {
            attachment
        };
        let data =
            json!({"accountId": "jdcloud-user-1", "regions": {"cn-north-1": {"images": [page]}}});
        let state = api::state_from("jdcloud", &data.to_string()).unwrap();
        assert!(state.images[0].encrypted, "{disk}");
        let world = World::new(state).unwrap();
        let share = decode::command(r#"{"type":"shareImage","actor":"jdcloud-user-1","imageId":"img-m5s0****29","accountIds":["jd-2"]}"#).unwrap();
        assert!(decide(&world, &share)
            .denying_rules()
            .iter()
            .any(|r| r.as_str() == "ENC-1"));
    }
    let plain = json!({"accountId": "jdcloud-user-1", "regions": {"cn-north-1": {"images": [fixture("jdcloud/describeImages.json")]}}});
    assert!(
        !api::state_from("jdcloud", &plain.to_string())
            .unwrap()
            .images[0]
            .encrypted
    );
}

fn ids(entries: Vec<api::RuleEntry>) -> Vec<&'static str> {
    entries.iter().map(|e| e.id.as_str()).collect()
}

const JD_STATE: &str = r#"{"provider":"jdcloud","images":[
  {"id":"img-own","name":"web","kind":"custom","ownerId":"jd-1","region":"cn-north-1","status":"available"},
  {"id":"img-shared","name":"db","kind":"custom","ownerId":"jd-1","region":"cn-north-1","status":"available","sharedWith":["jd-2"]}]}"#;

/// jdcloud-sdk-js rejects with `{ requestId, error: { code: 400, status } }`:
/// its status is the code; one status stands for many rules, and the state
/// and command narrow it to the one that applies, or to none.
#[test]
fn jdcloud_errors_read_by_status_and_narrow_to_the_command() {
    let thrown = ThrownError {
        code: None,
        status: Some("FAILED_PRECONDITION".into()),
    };
    assert!(
        ids(api::explain_provider_error("jdcloud", &thrown, None, Locale::En).unwrap()).len() > 5
    );
    let delete =
        |image: &str| format!(r#"{{"type":"deleteImage","actor":"jd-1","imageId":"{image}"}}"#);
    let options = |image: &str| {
        format!(
            r#"{{"locale":"zh-CN","state":{JD_STATE},"command":{}}}"#,
            delete(image)
        )
    };
    let narrowed =
        api::explain_provider_error_with("jdcloud", &thrown, Some(&options("img-shared"))).unwrap();
    assert_eq!(ids(narrowed.clone()), ["DEL-1"]);
    assert!(narrowed[0].text.contains("共享"), "{}", narrowed[0].text);
    assert!(
        api::explain_provider_error_with("jdcloud", &thrown, Some(&options("img-own")))
            .unwrap()
            .is_empty()
    );
    let http_status_only = ThrownError {
        code: None,
        status: None,
    };
    assert_eq!(
        api::explain_provider_error("jdcloud", &http_status_only, None, Locale::En)
            .unwrap_err()
            .argument
            .as_str(),
        "error"
    );
    // aliyun and tencent read `code`; a bare code still works everywhere.
    assert_eq!(
        ids(api::explain_provider_error(
            "jdcloud",
            &ThrownError::code("QUOTA_EXCEEDED"),
            None,
            Locale::En
        )
        .unwrap()),
        ["SHR-2"]
    );
    let no_code = ThrownError {
        code: None,
        status: Some("InvalidImageId.InShared".into()),
    };
    assert!(api::explain_provider_error("tencent", &no_code, None, Locale::En).is_err());
}

/// The options of explainProviderError: state and command together, of the
/// error's provider, each error at its path inside `options`.
#[test]
fn explain_options_are_checked_where_they_are_wrong() {
    let thrown = ThrownError::code("FAILED_PRECONDITION");
    let error = |options: String| {
        api::explain_provider_error_with("jdcloud", &thrown, Some(&options)).unwrap_err()
    };
    let alone = error(format!(r#"{{"state":{JD_STATE}}}"#));
    assert_eq!(
        (alone.argument.as_str(), alone.path.as_str()),
        ("options", "command")
    );
    let bad_state = error(r#"{"state":{"provider":"jdcloud","images":[{"id":7}]},"command":{"type":"deleteImage","actor":"a","imageId":"i"}}"#.into());
    assert_eq!(
        (bad_state.argument.as_str(), bad_state.path.as_str()),
        ("options", "state.images[0].id")
    );
    let bad_command = error(format!(
        r#"{{"state":{JD_STATE},"command":{{"type":"deleteImag"}}}}"#
    ));
    assert_eq!(bad_command.path, "command.type");
    let other_cloud = error(format!(
        r#"{{"state":{},"command":{{"type":"deleteImage","actor":"a","imageId":"i"}}}}"#,
        JD_STATE.replace("jdcloud", "aliyun")
    ));
    assert_eq!(other_cloud.path, "state.provider");
    let typo = error(r#"{"local":"zh"}"#.into());
    assert_eq!(typo.argument.as_str(), "options");
}
