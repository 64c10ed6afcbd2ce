//! toProviderRequests and explainProviderError (API.md v4): each command to
//! the provider's own requests (ECS 2014-05-26 actions and parameters as the
//! AlibabaCloudDocs/ecs API reference writes them; jdcloud vm v1 requests as
//! jdcloud-sdk-go's `services/vm/apis` types and paths write them), and
//! provider error codes back to the catalogue (RULES.md's code table).
mod common;
use common::*;
use image_policy_core::api::ThrownError;
use image_policy_core::{api, Locale, Provider};
use serde_json::{json, Value};

fn requests(state: &Value, command: Value) -> Value {
    let requests = api::to_provider_requests(&state.to_string(), &command.to_string())
        .unwrap_or_else(|e| panic!("{e}"));
    serde_json::to_value(requests).unwrap()
}

fn refused(state: &Value, command: Value) -> image_policy_core::InputError {
    api::to_provider_requests(&state.to_string(), &command.to_string()).expect_err("an input error")
}

/// SHR-2/SHR-6 vs the API: aliyun takes at most 10 accounts per
/// ModifyImageSharePermission ("Valid values of N: 1 to 10"), so a share of
/// 23 new accounts is three requests; accounts already shared and the owner
/// are left out; a share with nothing new needs no request.
#[test]
fn aliyun_shares_split_at_ten_and_skip_accounts_already_shared() {
    let state = aliyun();
    let mut accounts: Vec<String> = (0..23).map(|n| format!("acct-{n}")).collect();
    accounts.insert(3, FRIEND.into());
    let share = json!({"type": "shareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": accounts});
    let out = requests(&state, share);
    let sizes: Vec<usize> = out
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["parameters"]["AddAccount"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [10, 10, 3]);
    assert_eq!(
        out[0],
        json!({
            "action": "ModifyImageSharePermission", "version": "2014-05-26", "region": REGION,
            "parameters": {"RegionId": REGION, "ImageId": "shared-1",
                           "AddAccount": (0..10).map(|n| format!("acct-{n}")).collect::<Vec<_>>()}
        })
    );
    let nothing_new = json!({"type": "shareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]});
    assert_eq!(requests(&state, nothing_new), json!([]));
    let unshare = json!({"type": "unshareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND, STRANGER]});
    assert_eq!(
        requests(&state, unshare)[0]["parameters"]["RemoveAccount"],
        json!([FRIEND])
    );
    // SHR-6 denies a malformed account: a denied command writes no request.
    let malformed = json!({"type": "shareImage", "actor": OWNER, "imageId": "own-1", "accountIds": ["ok", "bob carol"]});
    let error = refused(&state, malformed);
    assert_eq!(
        (error.argument.as_str(), error.path.as_str()),
        ("command", "")
    );
    assert!(error.message.contains("(SHR-6)"), "{}", error.message);
}

/// Every other aliyun command: its action, region and parameters; IDs the
/// provider generates (new image, copy, instance) are not sent.
#[test]
fn aliyun_commands_become_their_ecs_actions() {
    let mut state = aliyun();
    state["images"].as_array_mut().unwrap().push(json!(
        {"id": "copy-1", "name": "web", "kind": "custom", "ownerId": OWNER, "region": OTHER_REGION,
         "status": "creating", "copiedFrom": "used-1", "task": "copying"}));
    let cases = [
        (
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true, "deleteSnapshots": true}),
            "DeleteImage",
            json!({"RegionId": REGION, "ImageId": "used-1", "Force": true}),
        ),
        (
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1"}),
            "DeleteImage",
            json!({"RegionId": REGION, "ImageId": "own-1"}),
        ),
        (
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "newImageId": "m-new", "name": "web2", "encrypted": true}),
            "CopyImage",
            json!({"RegionId": REGION, "ImageId": "own-1", "DestinationRegionId": OTHER_REGION, "DestinationImageName": "web2", "Encrypted": true}),
        ),
        (
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "backups"}),
            "ExportImage",
            json!({"RegionId": REGION, "ImageId": "own-1", "OSSBucket": "backups"}),
        ),
        (
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "status": "deprecated"}),
            "ModifyImageAttribute",
            json!({"RegionId": REGION, "ImageId": "own-1", "Status": "Deprecated"}),
        ),
        (
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": "web2", "description": "d2"}),
            "ModifyImageAttribute",
            json!({"RegionId": REGION, "ImageId": "own-1", "ImageName": "web2", "Description": "d2"}),
        ),
        (
            json!({"type": "cancelCopy", "actor": OWNER, "imageId": "copy-1"}),
            "CancelCopyImage",
            json!({"RegionId": OTHER_REGION, "ImageId": "copy-1"}),
        ),
        (
            json!({"type": "createImage", "actor": OWNER, "imageId": "m-mine", "name": "from-vm", "from": "instance", "instanceId": "i-own"}),
            "CreateImage",
            json!({"RegionId": REGION, "ImageName": "from-vm", "InstanceId": "i-own"}),
        ),
        (
            json!({"type": "createImage", "actor": OWNER, "name": "from-snaps", "from": "snapshots", "snapshotIds": ["snap-1", "snap-2"]}),
            "CreateImage",
            json!({"RegionId": REGION, "ImageName": "from-snaps", "DiskDeviceMapping": [{"SnapshotId": "snap-1"}, {"SnapshotId": "snap-2"}]}),
        ),
        (
            json!({"type": "createImage", "actor": OWNER, "name": "imported", "from": "import", "region": OTHER_REGION}),
            "ImportImage",
            json!({"RegionId": OTHER_REGION, "ImageName": "imported"}),
        ),
        (
            json!({"type": "createInstance", "actor": OWNER, "imageId": "pub-1", "region": REGION, "instanceId": "i-mine"}),
            "RunInstances",
            json!({"RegionId": REGION, "ImageId": "pub-1"}),
        ),
        (
            json!({"type": "deleteInstance", "actor": OWNER, "instanceId": "i-own"}),
            "DeleteInstance",
            json!({"InstanceId": "i-own"}),
        ),
        (
            json!({"type": "reinitDisk", "actor": OWNER, "instanceId": "i-own"}),
            "ReInitDisk",
            json!({}),
        ),
        (
            json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-own", "imageId": "pub-1"}),
            "ReplaceSystemDisk",
            json!({"InstanceId": "i-own", "ImageId": "pub-1"}),
        ),
    ];
    for (command, action, parameters) in cases {
        let out = requests(&state, command.clone());
        assert_eq!(out.as_array().unwrap().len(), 1, "{command}");
        assert_eq!(out[0]["action"], action, "{command}");
        assert_eq!(out[0]["version"], "2014-05-26");
        assert_eq!(out[0]["parameters"], parameters, "{command}");
        assert!(out[0].get("method").is_none() && out[0].get("path").is_none());
    }
    let missing = refused(
        &state,
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "m-gone"}),
    );
    assert_eq!(
        (missing.argument.as_str(), missing.path.as_str()),
        ("command", "")
    );
    assert!(missing.message.contains("(VIS-1)"), "{}", missing.message);
    // API.md v4: a denied command never reaches the wire; the error names
    // every rule it breaks (shared, and FRIEND has an instance of it).
    let shared = refused(
        &state,
        json!({"type": "deleteImage", "actor": OWNER, "imageId": "shared-1"}),
    );
    assert!(
        shared.message.contains("(DEL-1, DEL-2)"),
        "{}",
        shared.message
    );
}

/// jdcloud: REST method and path per command; commands or options jdcloud
/// has no API for are input errors at their path (`type` for cancelCopy).
#[test]
fn jdcloud_commands_become_its_rest_requests() {
    let state = jdcloud();
    let cases = [
        (
            json!({"type": "shareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND, STRANGER]}),
            "shareImage",
            "POST",
            "/v1/regions/cn-hangzhou/images/shared-1:share",
            json!({"imageId": "shared-1", "pins": [STRANGER]}),
        ),
        (
            json!({"type": "unshareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]}),
            "unShareImage",
            "POST",
            "/v1/regions/cn-hangzhou/images/shared-1:unshare",
            json!({"imageId": "shared-1", "pins": [FRIEND]}),
        ),
        (
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true}),
            "deleteImage",
            "DELETE",
            "/v1/regions/cn-hangzhou/images/own-1",
            json!({"imageId": "own-1", "deleteSnapshot": true}),
        ),
        (
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION}),
            "copyImages",
            "POST",
            "/v1/regions/cn-hangzhou/images:copyImages",
            json!({"sourceImageIds": ["own-1"], "destinationRegion": OTHER_REGION}),
        ),
        (
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "backups"}),
            "exportImage",
            "POST",
            "/v1/regions/cn-hangzhou/images/own-1:exportImage",
            json!({"imageId": "own-1"}),
        ),
        (
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": "web2"}),
            "modifyImageAttribute",
            "POST",
            "/v1/regions/cn-hangzhou/images/own-1:modifyImageAttribute",
            json!({"imageId": "own-1", "name": "web2"}),
        ),
        (
            json!({"type": "createImage", "actor": OWNER, "name": "vm", "from": "instance", "instanceId": "i-own"}),
            "createImage",
            "POST",
            "/v1/regions/cn-hangzhou/instances/i-own:createImage",
            json!({"instanceId": "i-own", "name": "vm"}),
        ),
        (
            json!({"type": "createImage", "actor": OWNER, "name": "snaps", "from": "snapshots", "snapshotIds": ["snap-1"]}),
            "createImageFromSnapshots",
            "POST",
            "/v1/regions/cn-hangzhou/images:createImageFromSnapshots",
            json!({"name": "snaps", "cloudDisks": [{"snapshotId": "snap-1"}]}),
        ),
        (
            json!({"type": "createInstance", "actor": OWNER, "imageId": "pub-1", "region": REGION}),
            "createInstances",
            "POST",
            "/v1/regions/cn-hangzhou/instances",
            json!({"instanceSpec": {"imageId": "pub-1"}}),
        ),
        (
            json!({"type": "deleteInstance", "actor": OWNER, "instanceId": "i-own"}),
            "deleteInstance",
            "DELETE",
            "/v1/regions/cn-hangzhou/instances/i-own",
            json!({"instanceId": "i-own"}),
        ),
        (
            json!({"type": "reinitDisk", "actor": OWNER, "instanceId": "i-own"}),
            "rebuildInstance",
            "POST",
            "/v1/regions/cn-hangzhou/instances/i-own:rebuildInstance",
            json!({"instanceId": "i-own"}),
        ),
        (
            json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-own", "imageId": "pub-1"}),
            "rebuildInstance",
            "POST",
            "/v1/regions/cn-hangzhou/instances/i-own:rebuildInstance",
            json!({"instanceId": "i-own", "imageId": "pub-1"}),
        ),
    ];
    for (command, action, method, path, parameters) in cases {
        let out = requests(&state, command.clone());
        assert_eq!(
            out[0],
            json!({"action": action, "version": "v1", "region": REGION, "method": method, "path": path, "parameters": parameters}),
            "{command}"
        );
    }
    // What jdcloud cannot express is denied with NotSupported, so no request
    // is written; the error sits at what cannot be expressed.
    for (command, path, rules) in [
        (
            json!({"type": "cancelCopy", "actor": OWNER, "imageId": "own-1"}),
            "type",
            "(TSK-4)",
        ),
        (
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "status": "deprecated"}),
            "status",
            "(DEP-1)",
        ),
        (
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "encrypted": true}),
            "encrypted",
            "(ENC-2)",
        ),
        (
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "name": "web-copy"}),
            "name",
            "(CPY-5)",
        ),
        (
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "description": "d"}),
            "description",
            "(CPY-5)",
        ),
    ] {
        let error = refused(&state, command);
        assert_eq!(error.path, path);
        assert!(error.message.contains(rules), "{}", error.message);
    }
    let all_shared = json!({"type": "shareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]});
    assert_eq!(requests(&state, all_shared), json!([]));
}

/// explainProviderError: a code the provider's server returns reads as the
/// rules behind it, in the locale; a code no rule names is `[]`.
#[test]
fn provider_error_codes_read_as_the_catalogue() {
    let ids = |provider: &str, code: &str| -> Vec<&'static str> {
        api::explain_provider_error(provider, &ThrownError::code(code), None, Locale::En)
            .unwrap()
            .iter()
            .map(|e| e.id.as_str())
            .collect()
    };
    assert_eq!(ids("aliyun", "ImageUseShared"), ["DEL-1"]);
    assert_eq!(ids("aliyun", "ImageNotSupported"), ["EXP-2", "ENC-3"]);
    assert_eq!(ids("jdcloud", "QUOTA_EXCEEDED"), ["SHR-2"]);
    assert!(ids("jdcloud", "FAILED_PRECONDITION").contains(&"DEL-1"));
    assert!(ids("aliyun", "Throttling").is_empty());
    assert!(
        ids("jdcloud", "ImageUseShared").is_empty(),
        "codes are per provider"
    );
    let zh = api::explain_provider_error(
        "aliyun",
        &ThrownError::code("ImageUseShared"),
        None,
        Locale::ZhCn,
    )
    .unwrap();
    assert!(zh[0].text.starts_with("已共享给任何账号的镜像"));
    assert_eq!(
        api::explain_provider_error("aws", &ThrownError::code("x"), None, Locale::En)
            .unwrap_err()
            .argument
            .as_str(),
        "provider"
    );
}

/// The table behind explainProviderError agrees with the codes decisions
/// carry: every code a profile puts in `details.providerCode` for a rule is
/// explained as that rule, and every rule the table names is enforced.
#[test]
fn the_error_table_agrees_with_the_codes_decisions_carry() {
    for provider in Provider::ALL {
        let profile = provider.profile();
        for entry in profile.provider_codes {
            let listed = profile
                .error_rules
                .iter()
                .find(|(code, _)| *code == entry.provider_code);
            let (_, rules) = listed
                .unwrap_or_else(|| panic!("{provider:?}: {} not explained", entry.provider_code));
            if let Some(rule) = entry.rule {
                assert!(
                    rules.contains(&rule),
                    "{provider:?}: {} should explain {}",
                    entry.provider_code,
                    rule.as_str()
                );
            }
        }
        for (code, rules) in profile.error_rules {
            for rule in *rules {
                assert!(
                    profile.enforces(*rule),
                    "{provider:?}: {code} names {}",
                    rule.as_str()
                );
            }
        }
    }
}

/// tencent: ModifyImageSharePermission SHARE/CANCEL with every new account
/// in one request (no cap per request; an account already shared would fail
/// the whole request, so it is left out); DeleteImages, SyncImages,
/// ExportImages, ModifyImageAttribute (ImageDeprecated for DEP-1's flag),
/// CreateImage, ImportImage, RunInstances, ResetInstance, TerminateInstances;
/// cancelCopy, force and a copy's description are not expressible. A share
/// of 500 new accounts is one request (SHR-6: tencent has no cap per request).
#[test]
fn tencent_commands_become_its_cvm_actions() {
    let state = tencent();
    let share = json!({"type": "shareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND, STRANGER, "400004"]});
    assert_eq!(
        requests(&state, share),
        json!([{
        "action": "ModifyImageSharePermission", "version": "2017-03-12", "region": REGION,
        "parameters": {"ImageId": "shared-1", "AccountIds": [STRANGER, "400004"], "Permission": "SHARE"}}])
    );
    let many: Vec<String> = (0..499).map(|n| format!("{}", 500_000 + n)).collect();
    let share_many =
        json!({"type": "shareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": many});
    let out = requests(&state, share_many);
    assert_eq!(out.as_array().unwrap().len(), 1);
    assert_eq!(
        out[0]["parameters"]["AccountIds"].as_array().unwrap().len(),
        499
    );
    let cases = [
        (
            json!({"type": "unshareImage", "actor": OWNER, "imageId": "shared-1", "accountIds": [FRIEND]}),
            "ModifyImageSharePermission",
            json!({"ImageId": "shared-1", "AccountIds": [FRIEND], "Permission": "CANCEL"}),
        ),
        (
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "own-1", "deleteSnapshots": true}),
            "DeleteImages",
            json!({"ImageIds": ["own-1"], "DeleteBindedSnap": true}),
        ),
        (
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": REGION, "encrypted": true, "name": "enc"}),
            "SyncImages",
            json!({"ImageIds": ["own-1"], "DestinationRegions": [REGION], "ImageName": "enc", "Encrypt": true}),
        ),
        (
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "examplebucket-1250000000"}),
            "ExportImages",
            json!({"BucketName": "examplebucket-1250000000", "ImageIds": ["own-1"]}),
        ),
        (
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "status": "deprecated"}),
            "ModifyImageAttribute",
            json!({"ImageId": "own-1", "ImageDeprecated": true}),
        ),
        (
            json!({"type": "createImage", "actor": OWNER, "name": "vm", "from": "instance", "instanceId": "i-own"}),
            "CreateImage",
            json!({"ImageName": "vm", "InstanceId": "i-own"}),
        ),
        (
            json!({"type": "createImage", "actor": OWNER, "name": "imp", "from": "import", "region": REGION}),
            "ImportImage",
            json!({"ImageName": "imp"}),
        ),
        (
            json!({"type": "createInstance", "actor": OWNER, "imageId": "pub-1", "region": REGION}),
            "RunInstances",
            json!({"ImageId": "pub-1"}),
        ),
        (
            json!({"type": "deleteInstance", "actor": OWNER, "instanceId": "i-own"}),
            "TerminateInstances",
            json!({"InstanceIds": ["i-own"]}),
        ),
        (
            json!({"type": "reinitDisk", "actor": OWNER, "instanceId": "i-own"}),
            "ResetInstance",
            json!({"InstanceId": "i-own"}),
        ),
        (
            json!({"type": "replaceSystemDisk", "actor": OWNER, "instanceId": "i-own", "imageId": "pub-1"}),
            "ResetInstance",
            json!({"InstanceId": "i-own", "ImageId": "pub-1"}),
        ),
    ];
    for (command, action, parameters) in cases {
        let out = requests(&state, command.clone());
        assert_eq!(
            (&out[0]["action"], &out[0]["parameters"]),
            (&json!(action), &parameters),
            "{command}"
        );
        assert_eq!(out[0]["version"], "2017-03-12");
    }
    for (command, path) in [
        (
            json!({"type": "cancelCopy", "actor": OWNER, "imageId": "own-1"}),
            "type",
        ),
        (
            json!({"type": "deleteImage", "actor": OWNER, "imageId": "used-1", "force": true}),
            "force",
        ),
        (
            json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "description": "d"}),
            "description",
        ),
    ] {
        assert_eq!(refused(&state, command).path, path);
    }
    let ids = |code: &str| -> Vec<&'static str> {
        api::explain_provider_error("tencent", &ThrownError::code(code), None, Locale::En)
            .unwrap()
            .iter()
            .map(|e| e.id.as_str())
            .collect()
    };
    assert_eq!(ids("FailedOperation.BYOLImageShareFailed"), ["SHR-8"]);
    assert_eq!(ids("InvalidImageName.Duplicate"), ["NAME-4"]);
    assert_eq!(
        ids("UnsupportedOperation.EncryptedImagesNotSupported"),
        ["ENC-1", "ENC-2", "ENC-3"]
    );
}
