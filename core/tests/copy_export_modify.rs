//! CPY-1..4, EXP-1..3, MOD-1, NAME-1, NAME-2.
mod common;
use common::*;
use image_policy_core::{Code, Event, ImageStatus};
use serde_json::{json, Value};

fn copy(actor: &str, image: &str, region: &str) -> Value {
    json!({"type": "copyImage", "actor": actor, "imageId": image, "destinationRegion": region})
}

/// CPY-1 (seeds 003, 004): "The image copy is assigned a unique ID. It is
/// independent of the original image."
#[test]
fn cpy_1_copy_is_a_new_independent_image_of_the_actor() {
    let (world, result) = run(&aliyun(), copy(OWNER, "shared-1", OTHER_REGION));
    let Event::ImageCopied {
        image_id,
        source_image_id,
        region,
    } = &events(&result)[0]
    else {
        panic!()
    };
    assert_ne!(image_id, source_image_id);
    assert_eq!(region.as_str(), OTHER_REGION);
    let copy = world.image(image_id).unwrap();
    assert_eq!(copy.owner_id.as_deref(), Some(OWNER));
    assert!(copy.shared_with.is_empty(), "shares are not copied");
    assert_eq!(copy.status, ImageStatus::Available);
    assert_eq!(copy.copied_from.as_deref(), Some("shared-1"));
}

/// CPY-2 (seed 004): only the owner copies; a sharee is refused.
#[test]
fn cpy_2_sharee_cannot_copy() {
    let decision = check(&jdcloud(), copy(FRIEND, "shared-1", OTHER_REGION));
    assert_denied_by(&decision, &["OWN-1", "CPY-2", "SHR-5"]);
}

/// CPY-3: the source must be available and the destination another region;
/// both failures are listed.
#[test]
fn cpy_3_available_source_and_another_region() {
    let mut state = aliyun();
    image_mut(&mut state, "own-1")["status"] = json!("error");
    let decision = check(&state, copy(OWNER, "own-1", REGION));
    assert_denied_by(&decision, &["CPY-3", "CPY-3"]);
    assert_eq!(
        codes(&decision),
        [Code::IncorrectImageStatus, Code::SameRegion]
    );
    assert_eq!(
        decision.reasons[1].details.provider_code,
        Some("IncorrectDestinationRegion")
    );
    state["provider"] = json!("jdcloud");
    assert_eq!(
        check(&state, copy(OWNER, "own-1", REGION)).reasons[1]
            .details
            .provider_code,
        Some("INVALID_ARGUMENT")
    );
}

/// CPY-4 (JD API reference): only cloud-disk images are copied on jdcloud.
/// CPY-3 (v3): a destination a person typed that is no region name is a
/// denial (`InvalidRegion`) in every profile, never an input error, and
/// copies nothing; a value that is no string stays an input error.
#[test]
fn cpy_3_a_malformed_destination_region_is_a_denial() {
    for state in [aliyun(), jdcloud()] {
        for typed in ["cn hangzhou", ""] {
            let (world, result) = run(&state, copy(OWNER, "own-1", typed));
            let decision = result.expect_err("denied");
            assert_denied_by(&decision, &["CPY-3"]);
            assert_eq!(codes(&decision), [Code::InvalidRegion]);
            assert_eq!(decision.reasons[0].details.values, [typed]);
            assert_eq!(decision.reasons[0].details.field, Some("destinationRegion"));
            assert_eq!(world.images().count(), world_image_count(&state));
        }
    }
    let zh = image_policy_core::decide(
        &world(&aliyun()),
        &command(copy(OWNER, "own-1", "cn hangzhou")),
    )
    .render(image_policy_core::Locale::ZhCn);
    assert_eq!(
        zh.reasons[0].message,
        "“cn hangzhou” 不是有效的地域 ID：地域 ID 为 1～64 个字母、数字、“_”或“-”。"
    );
    let error = image_policy_core::decode::command(
        &json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": 7})
            .to_string(),
    )
    .unwrap_err();
    assert_eq!(error.path, "destinationRegion");
}

fn world_image_count(state: &Value) -> usize {
    state["images"].as_array().unwrap().len()
}

#[test]
fn cpy_4_jdcloud_copies_only_cloud_disk_images() {
    let mut state = jdcloud();
    image_mut(&mut state, "own-1")["systemDisk"] = json!("local");
    assert_denied_by(
        &check(&state, copy(OWNER, "own-1", OTHER_REGION)),
        &["CPY-4"],
    );
    state["provider"] = json!("aliyun");
    assert_allowed(&check(&state, copy(OWNER, "own-1", OTHER_REGION)));
}

/// EXP-1 (seed 004): the owner exports an available image to a bucket with a
/// well-formed name.
#[test]
fn exp_1_owner_exports_available_image_to_valid_bucket() {
    let state = aliyun();
    let export = |bucket: &str| {
        check(
            &state,
            json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": bucket}),
        )
    };
    assert_allowed(&export("images-2026"));
    for bad in [
        "ab",
        "-images",
        "images-",
        "Images",
        "im_ages",
        &"a".repeat(64),
    ] {
        let decision = export(bad);
        assert_denied_by(&decision, &["EXP-1"]);
        assert_eq!(decision.reasons[0].code, Code::InvalidBucketName, "{bad}");
    }
    let (_, result) = run(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "images-2026"}),
    );
    assert!(matches!(&events(&result)[0], Event::ImageExported { .. }));
    let mut creating = state.clone();
    image_mut(&mut creating, "own-1")["status"] = json!("creating");
    let decision = check(
        &creating,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "-x"}),
    );
    assert_denied_by(&decision, &["EXP-1", "EXP-1"]);
}

/// EXP-2 (Alibaba ExportImage): marketplace-based images are not exported.
#[test]
fn exp_2_aliyun_refuses_marketplace_based_export() {
    let command =
        json!({"type": "exportImage", "actor": OWNER, "imageId": "mb-1", "bucket": "images-1"});
    let decision = check(&aliyun(), command.clone());
    assert_denied_by(&decision, &["EXP-2"]);
    assert_eq!(
        decision.reasons[0].details.provider_code,
        Some("ImageNotSupported")
    );
    assert_allowed(&check(&jdcloud(), command));
}

/// EXP-3 (JD API reference): only cloud-disk images are exported on jdcloud.
#[test]
fn exp_3_jdcloud_exports_only_cloud_disk_images() {
    let mut state = jdcloud();
    image_mut(&mut state, "own-1")["systemDisk"] = json!("local");
    let decision = check(
        &state,
        json!({"type": "exportImage", "actor": OWNER, "imageId": "own-1", "bucket": "images-1"}),
    );
    assert_denied_by(&decision, &["EXP-3"]);
    assert_eq!(decision.reasons[0].code, Code::LocalSystemDisk);
}

/// MOD-1 (seed 004): the owner changes name and description; nothing else.
#[test]
fn mod_1_changes_name_and_description_only() {
    let state = aliyun();
    let before = world(&state).image("shared-1").unwrap().clone();
    let (world, result) = run(
        &state,
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "shared-1", "name": "db-v2", "description": "Postgres 17"}),
    );
    assert!(matches!(&events(&result)[0], Event::ImageModified { .. }));
    let after = world.image("shared-1").unwrap();
    assert_eq!(
        (after.name.as_str(), after.description.as_deref()),
        ("db-v2", Some("Postgres 17"))
    );
    let mut unchanged = after.clone();
    unchanged.name = before.name.clone();
    unchanged.description = before.description.clone();
    assert_eq!(unchanged, before, "nothing else changes");
}

/// NAME-1 (Alibaba API reference): 2-128 characters, starting with a letter
/// or Chinese character, limited characters, no acs:/aliyun prefix, no URL;
/// descriptions 2-256 characters, not starting with a URL. A denial.
#[test]
fn name_1_aliyun_naming_rules_are_denials() {
    let state = aliyun();
    let modify = |name: &str| {
        check(
            &state,
            json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "name": name}),
        )
    };
    for good in ["web-server_v1.2:prod", "镜像-1", "ab"] {
        assert_allowed(&modify(good));
    }
    for bad in [
        "a",
        "1web",
        "-web",
        "aliyun-web",
        "acs:web",
        "web server",
        "web/http://x",
        &format!("a{}", "b".repeat(128)),
    ] {
        let decision = modify(bad);
        assert_denied_by(&decision, &["NAME-1"]);
        assert_eq!(decision.reasons[0].code, Code::InvalidName, "{bad}");
        assert_eq!(
            decision.reasons[0].details.provider_code,
            Some("InvalidImageName.Malformed")
        );
    }
    let description = check(
        &state,
        json!({"type": "modifyImage", "actor": OWNER, "imageId": "own-1", "description": "https://x.example"}),
    );
    assert_denied_by(&description, &["NAME-1"]);
    assert_eq!(
        description.reasons[0].details.provider_code,
        Some("InvalidDescription.Malformed")
    );
    let both = check(
        &state,
        json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": OTHER_REGION, "name": "1", "description": "x"}),
    );
    assert_eq!(codes(&both), [Code::InvalidName, Code::InvalidDescription]);
}

/// NAME-2 (JD API reference): 1-32 letters, Chinese characters, digits, _
/// and -; description at most 256 characters.
#[test]
fn name_2_jdcloud_naming_rules() {
    let state = jdcloud();
    let create = |name: &str, description: &str| {
        check(
            &state,
            json!({"type": "createImage", "actor": OWNER, "name": name, "description": description, "from": "import", "region": REGION}),
        )
    };
    assert_allowed(&create("1", ""));
    assert_allowed(&create("镜像_web-01", "ok"));
    assert_denied_by(&create("web.01", "ok"), &["NAME-2"]);
    assert_denied_by(&create(&"a".repeat(33), "ok"), &["NAME-2"]);
    let long = create("web", &"d".repeat(257));
    assert_denied_by(&long, &["NAME-2"]);
    assert_eq!(long.reasons[0].code, Code::InvalidDescription);
}

/// CPY-5 (JD API reference, copyImages: `sourceImageIds` and
/// `destinationRegion` only; jdcloud-sdk-js 1.2.202 sends those two): a
/// jdcloud copy naming a name or a description is refused as not supported,
/// one reason per field, rather than sent without them. aliyun and tencent
/// take a copy's name.
#[test]
fn cpy_5_jdcloud_copies_keep_the_source_name_and_description() {
    let named = json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1",
        "destinationRegion": OTHER_REGION, "name": "web-copy", "description": "a copy"});
    let (world, result) = run(&jdcloud(), named.clone());
    let decision = result.expect_err("denied");
    assert_denied_by(&decision, &["CPY-5", "CPY-5"]);
    assert_eq!(codes(&decision), [Code::NotSupported, Code::NotSupported]);
    let fields: Vec<_> = decision.reasons.iter().map(|r| r.details.field).collect();
    assert_eq!(fields, [Some("name"), Some("description")]);
    assert_eq!(
        decision.reasons[0].message,
        "A copy takes no name here: it keeps the source image's name."
    );
    assert_eq!(world_image_count(&jdcloud()), world.images().count());
    assert_allowed(&check(&jdcloud(), copy(OWNER, "own-1", OTHER_REGION)));
    let mut aliyun_named = named;
    aliyun_named["description"] = json!("a copy of web");
    assert_allowed(&check(&aliyun(), aliyun_named));
}
