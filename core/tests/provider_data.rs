//! stateFrom (API.md v3, "Provider data"): the providers' own listing
//! responses read into a state, checked against their published examples
//! (tests/fixtures/README.md names every source), every mapping, pagination,
//! envelopes and the errors.
use image_policy_core::{
    api, decide, Command, ImageKind, ImageStatus, InputError, State, Task, World,
};
use serde_json::{json, Value};

fn fixture(path: &str) -> Value {
    let file = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&file).expect(&file)).unwrap()
}

fn state_from(provider: &str, data: &Value) -> State {
    api::state_from(provider, &data.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn error(provider: &str, data: &Value) -> InputError {
    api::state_from(provider, &data.to_string()).expect_err("an input error")
}

const ACCOUNT: &str = "1234567890";

/// The four aliyun examples, each as the only page of its listing.
fn aliyun_data() -> Value {
    json!({
        "accountId": ACCOUNT,
        "regions": {"cn-hangzhou": {
            "images": [fixture("aliyun/DescribeImages.json")],
            "instances": [fixture("aliyun/DescribeInstances.json")],
            "snapshots": [fixture("aliyun/DescribeSnapshots.json")],
        }},
    })
}

/// The first image of the first images page of `cn-hangzhou`, to edit.
fn first_image(data: &mut Value) -> &mut Value {
    &mut data["regions"]["cn-hangzhou"]["images"][0]["Images"]["Image"][0]
}

/// Alibaba's published examples read as they are: the DescribeImages example
/// is an own (`self`) custom image, available, not in use; the
/// DescribeInstances example is an instance of the caller's in its region;
/// the DescribeSnapshots example is the caller's, accomplished (not busy).
#[test]
fn aliyun_published_examples_read_into_a_state() {
    let state = state_from("aliyun", &aliyun_data());
    let image = &state.images[0];
    assert_eq!(image.id.as_str(), "m-bp1g7004ksh0oeuc****");
    assert_eq!(image.name.as_str(), "testImageName");
    assert_eq!(image.description.as_deref(), Some("Archive log for Oracle"));
    assert_eq!(image.kind, ImageKind::Custom);
    assert_eq!(image.owner_id.as_deref(), Some(ACCOUNT));
    assert_eq!(image.region.as_str(), "cn-hangzhou");
    assert_eq!(image.status, ImageStatus::Available);
    assert!(!image.in_use && image.shared_with.is_empty() && !image.marketplace_based);
    // Its snapshot is not in the caller's snapshot example: left out.
    assert!(image.snapshot_ids.is_empty());
    let instance = &state.instances[0];
    assert_eq!(
        (
            instance.id.as_str(),
            instance.image_id.as_str(),
            instance.owner_id.as_str(),
            instance.region.as_str()
        ),
        (
            "i-bp67acfmxazb4p****",
            "m-bp67acfmxazb4p****",
            ACCOUNT,
            "cn-hangzhou"
        )
    );
    let snapshot = &state.snapshots[0];
    assert_eq!(
        (snapshot.id.as_str(), snapshot.busy, snapshot.shared),
        ("s-bp67acfmxazb4p****", false, false)
    );
    // The state is an ordinary state: the engine decides on it.
    let world = World::new(state).unwrap();
    let delete: Command = image_policy_core::decode::command(
        &json!({"type": "deleteImage", "actor": ACCOUNT, "imageId": "m-bp1g7004ksh0oeuc****"})
            .to_string(),
    )
    .unwrap();
    assert!(decide(&world, &delete).allowed);
}

/// Every ImageOwnerAlias: system is public, marketplace is marketplace, self
/// is the caller's, others is shared with the caller (VIS-1 needs
/// `sharedWith: [caller]`) and owned by ImageOwnerId, a JSON number or text.
#[test]
fn aliyun_owner_aliases_map_to_kinds_owners_and_shares() {
    for (alias, owner_id, kind, owner, shared) in [
        ("system", None, ImageKind::Public, None, vec![]),
        ("marketplace", None, ImageKind::Marketplace, None, vec![]),
        ("self", None, ImageKind::Custom, Some(ACCOUNT), vec![]),
        (
            "others",
            Some(json!(20169351435666u64)),
            ImageKind::Custom,
            Some("20169351435666"),
            vec![ACCOUNT],
        ),
        (
            "others",
            Some(json!("5558")),
            ImageKind::Custom,
            Some("5558"),
            vec![ACCOUNT],
        ),
        ("others", None, ImageKind::Custom, None, vec![ACCOUNT]),
    ] {
        let mut data = aliyun_data();
        first_image(&mut data)["ImageOwnerAlias"] = json!(alias);
        if let Some(owner_id) = owner_id {
            first_image(&mut data)["ImageOwnerId"] = owner_id;
        }
        let state = state_from("aliyun", &data);
        let image = &state.images[0];
        assert_eq!(image.kind, kind, "{alias}");
        assert_eq!(image.owner_id.as_deref(), owner, "{alias}");
        assert_eq!(
            image
                .shared_with
                .iter()
                .map(|a| a.as_str())
                .collect::<Vec<_>>(),
            shared,
            "{alias}"
        );
    }
}

/// Every documented Status, `Waiting` included (a listing never says
/// `creating` in the engine's words); a status the mapping does not know is
/// an input error at its path, never a guess.
#[test]
fn aliyun_statuses_map_and_an_unknown_one_is_an_error() {
    for (status, copied, expected, task) in [
        ("Creating", false, ImageStatus::Creating, None),
        ("Creating", true, ImageStatus::Creating, Some(Task::Copying)),
        ("Waiting", false, ImageStatus::Creating, None),
        ("Available", false, ImageStatus::Available, None),
        ("UnAvailable", false, ImageStatus::Unavailable, None),
        ("CreateFailed", false, ImageStatus::Error, None),
        ("Deprecated", false, ImageStatus::Deprecated, None),
    ] {
        let mut data = aliyun_data();
        first_image(&mut data)["Status"] = json!(status);
        first_image(&mut data)["IsCopied"] = json!(copied);
        let state = state_from("aliyun", &data);
        assert_eq!(
            (state.images[0].status, state.images[0].task),
            (expected, task),
            "{status}"
        );
    }
    let mut data = aliyun_data();
    first_image(&mut data)["Status"] = json!("Frozen");
    let error = error("aliyun", &data);
    assert_eq!(error.argument.as_str(), "data");
    assert_eq!(
        error.path,
        "regions.cn-hangzhou.images[0].Images.Image[0].Status"
    );
    assert!(error.message.contains("Frozen"), "{}", error.message);
}

/// A missing identity or state field is an error at its path.
#[test]
fn aliyun_missing_identity_fields_are_errors_at_their_path() {
    for field in ["ImageId", "Status", "ImageOwnerAlias"] {
        let mut data = aliyun_data();
        first_image(&mut data)
            .as_object_mut()
            .unwrap()
            .remove(field);
        let error = error("aliyun", &data);
        assert_eq!(
            error.path,
            format!("regions.cn-hangzhou.images[0].Images.Image[0].{field}")
        );
    }
    let mut data = aliyun_data();
    data["regions"]["cn-hangzhou"]["instances"][0]["Instances"]["Instance"][0]
        .as_object_mut()
        .unwrap()
        .remove("ImageId");
    assert_eq!(
        error("aliyun", &data).path,
        "regions.cn-hangzhou.instances[0].Instances.Instance[0].ImageId"
    );
    assert_eq!(error("aliyun", &json!({"regions": {}})).path, "accountId");
    assert_eq!(error("aws", &aliyun_data()).argument.as_str(), "provider");
}

/// DEL-2: `Usage: "instance"` is `inUse`; an older response without Usage
/// reads as not in use; the engine then asks for force delete.
#[test]
fn aliyun_usage_instance_feeds_del_2() {
    let mut data = aliyun_data();
    first_image(&mut data)["Usage"] = json!("instance");
    let state = state_from("aliyun", &data);
    assert!(state.images[0].in_use);
    let world = World::new(state).unwrap();
    let delete = image_policy_core::decode::command(
        &json!({"type": "deleteImage", "actor": ACCOUNT, "imageId": "m-bp1g7004ksh0oeuc****"})
            .to_string(),
    )
    .unwrap();
    assert_eq!(decide(&world, &delete).denying_rules()[0].as_str(), "DEL-2");
    first_image(&mut data)
        .as_object_mut()
        .unwrap()
        .remove("Usage");
    assert!(!state_from("aliyun", &data).images[0].in_use);
}

/// DEL-1: an own image's shares come from its DescribeImageSharePermission
/// response (the published example's account); one that says
/// `IsSelfShared: "True"` without that response is an error, not a silent
/// "shared with nobody".
#[test]
fn aliyun_share_lists_feed_del_1_and_are_required_when_shared() {
    let mut data = aliyun_data();
    first_image(&mut data)["IsSelfShared"] = json!("True");
    let error = error("aliyun", &data);
    assert_eq!(
        error.path,
        "regions.cn-hangzhou.images[0].Images.Image[0].IsSelfShared"
    );
    data["shares"] =
        json!({"m-bp1g7004ksh0oeuc****": fixture("aliyun/DescribeImageSharePermission.json")});
    // The example shares with 1234567890; the caller is another account
    // (an account is never among its own image's sharees: it is dropped).
    assert!(state_from("aliyun", &data).images[0].shared_with.is_empty());
    data["accountId"] = json!("100001");
    let state = state_from("aliyun", &data);
    assert_eq!(
        state.images[0]
            .shared_with
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>(),
        ["1234567890"]
    );
    let world = World::new(state).unwrap();
    let delete = image_policy_core::decode::command(
        &json!({"type": "deleteImage", "actor": "100001", "imageId": "m-bp1g7004ksh0oeuc****"})
            .to_string(),
    )
    .unwrap();
    assert_eq!(decide(&world, &delete).denying_rules()[0].as_str(), "DEL-1");
}

/// Pages are concatenated in order, and an image on two pages counts once;
/// regions are read each with their own region; snapshots an image names
/// enter its snapshotIds only when the caller's listing holds them, and an
/// encrypted one makes the image encrypted (ENC-*).
#[test]
fn aliyun_pages_regions_snapshots_and_encryption() {
    let mut data = aliyun_data();
    let mut second = fixture("aliyun/DescribeImages.json");
    second["Images"]["Image"][0]["ImageId"] = json!("m-second");
    second["Images"]["Image"][0]["DiskDeviceMappings"]["DiskDeviceMapping"][0]["SnapshotId"] =
        json!("s-bp67acfmxazb4p****");
    let pages = data["regions"]["cn-hangzhou"]["images"]
        .as_array_mut()
        .unwrap();
    pages.push(second);
    pages.push(fixture("aliyun/DescribeImages.json"));
    data["regions"]["cn-hangzhou"]["snapshots"][0]["Snapshots"]["Snapshot"][0]["Encrypted"] =
        json!(true);
    data["regions"]["cn-beijing"] = json!({"images": [{"Images": {"Image": [
        {"ImageId": "m-bj", "ImageOwnerAlias": "system", "Status": "Available"}]}}]});
    let state = state_from("aliyun", &data);
    let ids: Vec<&str> = state.images.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["m-bj", "m-bp1g7004ksh0oeuc****", "m-second"]);
    assert_eq!(state.images[0].region.as_str(), "cn-beijing");
    assert_eq!(
        state.images[0].name.as_str(),
        "",
        "a name the listing lacks is empty"
    );
    let second = &state.images[2];
    assert_eq!(second.snapshot_ids[0].as_str(), "s-bp67acfmxazb4p****");
    assert!(second.encrypted);
    assert!(!state.images[1].encrypted);
}

/// The jdcloud responses, in the documented envelope.
fn jdcloud_data() -> Value {
    json!({
        "accountId": "jdcloud-user-1",
        "regions": {"cn-north-1": {
            "images": [fixture("jdcloud/describeImages.json")],
            "instances": [fixture("jdcloud/describeInstances.json")],
            "snapshots": [fixture("jdcloud/describeSnapshots.json")],
        }},
        "shares": {"img-m5s0****29": fixture("jdcloud/describeImageMembers.json")},
    })
}

/// jdcloud: private is the caller's, public is public, shared is shared with
/// the caller and owned by ownerPin; rootDeviceType is the system disk;
/// describeImageMembers' pins are the sharees; only the caller's own
/// (`snapshotSource: self`) snapshots enter the state.
#[test]
fn jdcloud_responses_read_into_a_state() {
    let state = state_from("jdcloud", &jdcloud_data());
    let [own, public, shared] = &state.images[..] else {
        panic!("{:?}", state.images)
    };
    assert_eq!(
        (own.kind, own.owner_id.as_deref(), own.status),
        (
            ImageKind::Custom,
            Some("jdcloud-user-1"),
            ImageStatus::Available
        )
    );
    assert_eq!(own.shared_with[0].as_str(), "jdcloud-friend");
    assert_eq!(own.snapshot_ids[0].as_str(), "snapshot-h8u1****8m");
    assert_eq!(own.description.as_deref(), Some("web server image"));
    assert_eq!(own.disk(), image_policy_core::DiskKind::Cloud);
    assert_eq!(public.kind, ImageKind::Public);
    assert_eq!(
        (shared.kind, shared.owner_id.as_deref()),
        (ImageKind::Custom, Some("jdcloud-partner"))
    );
    assert_eq!(shared.shared_with[0].as_str(), "jdcloud-user-1");
    assert_eq!(shared.disk(), image_policy_core::DiskKind::Local);
    assert_eq!(state.snapshots.len(), 1, "others' snapshots stay out");
    assert_eq!(state.instances[0].image_id.as_str(), "img-m5s0****29");
    let world = World::new(state).unwrap();
    let delete = image_policy_core::decode::command(
        &json!({"type": "deleteImage", "actor": "jdcloud-user-1", "imageId": "img-m5s0****29"})
            .to_string(),
    )
    .unwrap();
    assert_eq!(decide(&world, &delete).denying_rules()[0].as_str(), "DEL-1");
}

/// jdcloud pages read with or without the `result` envelope; neither is an
/// error at the page; statuses map (ready, error documented; pending,
/// copying, deleting inferred) and an unknown one is an error at its path.
#[test]
fn jdcloud_envelopes_and_statuses() {
    let mut data = jdcloud_data();
    let bare = data["regions"]["cn-north-1"]["images"][0]["result"].clone();
    data["regions"]["cn-north-1"]["images"][0] = bare;
    assert_eq!(state_from("jdcloud", &data).images.len(), 3);
    for (status, expected, task) in [
        ("ready", ImageStatus::Available, None),
        ("error", ImageStatus::Error, None),
        ("pending", ImageStatus::Creating, None),
        ("copying", ImageStatus::Creating, Some(Task::Copying)),
        ("deleting", ImageStatus::Unavailable, None),
    ] {
        data["regions"]["cn-north-1"]["images"][0]["images"][0]["status"] = json!(status);
        let image = &state_from("jdcloud", &data).images[0];
        assert_eq!((image.status, image.task), (expected, task), "{status}");
    }
    data["regions"]["cn-north-1"]["images"][0]["images"][0]["status"] = json!("frozen");
    assert_eq!(
        error("jdcloud", &data).path,
        "regions.cn-north-1.images[0].images[0].status"
    );
    data["regions"]["cn-north-1"]["images"][0] = json!({"requestId": "x"});
    let error = error("jdcloud", &data);
    assert_eq!(error.path, "regions.cn-north-1.images[0]");
    assert!(error.message.contains("result.images"), "{}", error.message);
}

/// A state read this way loads in an Engine and survives a round trip.
#[test]
fn a_state_from_provider_data_is_an_ordinary_state() {
    for (provider, data) in [("aliyun", aliyun_data()), ("jdcloud", jdcloud_data())] {
        let state = state_from(provider, &data);
        let text = serde_json::to_string(&state).unwrap();
        assert_eq!(
            image_policy_core::decode::state(&text).unwrap(),
            state,
            "{provider}"
        );
        api::Engine::new(&text).unwrap();
    }
}

/// The Tencent CLI's published outputs, each the only page of its listing:
/// DescribeImages' public and private examples (with the `Response`
/// envelope), DescribeInstances, CBS DescribeSnapshots; the private image's
/// DescribeImageSharePermission example gives its sharees.
fn tencent_data() -> Value {
    json!({
        "accountId": "3205597606",
        "regions": {"ap-guangzhou": {
            "images": [fixture("tencent/DescribeImages.public.json"), fixture("tencent/DescribeImages.private.json")],
            "instances": [fixture("tencent/DescribeInstances.json")],
            "snapshots": [fixture("tencent/DescribeSnapshots.json")],
        }},
        "shares": {"img-qlzp4oea": fixture("tencent/DescribeImageSharePermission.json")},
    })
}

/// tencent: PUBLIC_IMAGE is public, PRIVATE_IMAGE the caller's (its sharees
/// from DescribeImageSharePermission), NORMAL is available; the published
/// responses lack ImageDeprecated and say LicenseType TencentCloud: neither
/// deprecated nor BYOL. The instance and both snapshots are the caller's.
#[test]
fn tencent_published_examples_read_into_a_state() {
    let state = state_from("tencent", &tencent_data());
    let [public, private] = &state.images[..] else {
        panic!("{:?}", state.images)
    };
    assert_eq!(
        (public.id.as_str(), public.kind, public.status),
        ("img-9qabwvbn", ImageKind::Public, ImageStatus::Available)
    );
    assert_eq!(
        (
            private.id.as_str(),
            private.kind,
            private.owner_id.as_deref()
        ),
        ("img-qlzp4oea", ImageKind::Custom, Some("3205597606"))
    );
    assert_eq!(
        private
            .shared_with
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>(),
        ["101104350000", "101104350001"]
    );
    assert!(!private.deprecated && !private.byol);
    assert_eq!(state.instances[0].id.as_str(), "ins-xlsyru2j");
    assert_eq!(
        state
            .snapshots
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        ["snap-0jfkjwl1", "snap-obgelzpb"]
    );
    let world = World::new(state).unwrap();
    let delete = image_policy_core::decode::command(
        &json!({"type": "deleteImage", "actor": "3205597606", "imageId": "img-qlzp4oea"})
            .to_string(),
    )
    .unwrap();
    assert_eq!(decide(&world, &delete).denying_rules()[0].as_str(), "DEL-1");
}

/// tencent: SHARED_IMAGE names no owner (ImageCreator is not the owner
/// account): shared with the caller, ownerId left out; every ImageState maps
/// as RULES.md v3's table says; LicenseType BYOL and ImageDeprecated read as
/// the flags; the `Response` envelope is optional.
#[test]
fn tencent_types_states_and_flags() {
    let mut data = tencent_data();
    let image = &mut data["regions"]["ap-guangzhou"]["images"][1]["Response"]["ImageSet"][0];
    image["ImageType"] = json!("SHARED_IMAGE");
    let state = state_from("tencent", &data);
    let shared = &state.images[1];
    assert_eq!(
        (shared.owner_id.as_deref(), shared.shared_with[0].as_str()),
        (None, "3205597606")
    );
    for (wire, status, task) in [
        ("CREATING", ImageStatus::Creating, None),
        ("NORMAL", ImageStatus::Available, None),
        ("CREATEFAILED", ImageStatus::Error, None),
        ("SYNCING", ImageStatus::Creating, Some(Task::Copying)),
        ("IMPORTING", ImageStatus::Creating, Some(Task::Importing)),
        ("IMPORTFAILED", ImageStatus::Error, None),
        ("USING", ImageStatus::Unavailable, None),
    ] {
        let mut data = tencent_data();
        data["regions"]["ap-guangzhou"]["images"][1]["Response"]["ImageSet"][0]["ImageState"] =
            json!(wire);
        let image = &state_from("tencent", &data).images[1];
        assert_eq!((image.status, image.task), (status, task), "{wire}");
    }
    let mut data = tencent_data();
    let page = data["regions"]["ap-guangzhou"]["images"][1]["Response"].clone();
    data["regions"]["ap-guangzhou"]["images"][1] = page;
    data["regions"]["ap-guangzhou"]["images"][1]["ImageSet"][0]["LicenseType"] = json!("BYOL");
    data["regions"]["ap-guangzhou"]["images"][1]["ImageSet"][0]["ImageDeprecated"] = json!(true);
    let image = &state_from("tencent", &data).images[1];
    assert!(image.byol && image.deprecated);
    data["regions"]["ap-guangzhou"]["images"][1]["ImageSet"][0]["ImageState"] = json!("FROZEN");
    assert_eq!(
        error("tencent", &data).path,
        "regions.ap-guangzhou.images[1].ImageSet[0].ImageState"
    );
}
