//! aliyun listings in (`stateFrom`): ECS 2014-05-26 DescribeImages,
//! DescribeInstances, DescribeSnapshots and DescribeImageSharePermission, as
//! the API reference's JSON examples and `@alicloud/pop-core` show them
//! (PascalCase, lists wrapped as `{"Images": {"Image": [...]}}`), and as
//! `@alicloud/ecs20140526` resolves them: `{ headers, statusCode, body }` or
//! its `body`, the same fields under the model's camelCase names (each
//! model's `names()` maps `imageId` to `ImageId`). Only the fields the rules
//! need are named.

use crate::error::InputError;
use crate::model::{Image, ImageKind, ImageStatus, Provider, Snapshot, State, Task};
use crate::mapping::data::{data_error, AccountText, Assembly, Flag, ProviderData, SnapshotFacts};
use crate::text::{AccountId, Id, Region, Text};
use serde::Deserialize;

type Data = ProviderData<ImagesPage, InstancesPage, SnapshotsPage, SharesPage>;

/// How a page came: as the API reference shows it (and pop-core returns it),
/// as `@alicloud/ecs20140526` resolves (`{ headers, statusCode, body }`), or
/// that response's `body` alone.
#[derive(Clone, Copy)]
enum Form {
    Wire,
    Body,
    Response,
}

impl Form {
    /// A field of an item, named as the reference writes it, as this form
    /// spells it (`IsSelfShared`, `isSelfShared`).
    fn field(self, wire: &str) -> String {
        match self {
            Form::Wire => wire.to_string(),
            Form::Body | Form::Response => {
                let mut chars = wire.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_lowercase().to_string() + chars.as_str()
                })
            }
        }
    }

    /// A path written in the reference's names (`Images.Image`) as this
    /// form spells it (`images.image`, `body.images.image`).
    fn name(self, wire: &str) -> String {
        let segments: Vec<String> = wire.split('.').map(|segment| self.field(segment)).collect();
        match self {
            Form::Response => format!("body.{}", segments.join(".")),
            Form::Wire | Form::Body => segments.join("."),
        }
    }
}

/// A listing page in any of its [`Form`]s: `$wire` (PascalCase), `$sdk`
/// (the SDK model's camelCase), or `body.$sdk`.
macro_rules! sdk_page {
    ($page:ident, $body:ident, $list:ty = $wire:literal / $sdk:literal) => {
        #[derive(Deserialize)]
        struct $page {
            #[serde(rename = $wire, default)]
            wire: Option<$list>,
            #[serde(rename = $sdk, default)]
            sdk: Option<$list>,
            #[serde(default)]
            body: Option<$body>,
        }

        #[derive(Deserialize)]
        struct $body {
            #[serde(rename = $sdk, default)]
            sdk: Option<$list>,
        }

        impl $page {
            /// The page's list and the form it came in.
            fn list(&self, path: impl Fn() -> String) -> Result<(&$list, Form), InputError> {
                let in_body = self.body.as_ref().and_then(|body| body.sdk.as_ref());
                match (&self.wire, &self.sdk, in_body) {
                    (Some(list), _, _) => Ok((list, Form::Wire)),
                    (None, Some(list), _) => Ok((list, Form::Body)),
                    (None, None, Some(list)) => Ok((list, Form::Response)),
                    (None, None, None) => Err(data_error(
                        path(),
                        concat!(
                            "expected `",
                            $wire,
                            "` (the API's JSON, as pop-core returns it), or `",
                            $sdk,
                            "` or `body.",
                            $sdk,
                            "` (what @alicloud/ecs20140526 resolves to)"
                        ),
                    )),
                }
            }
        }
    };
}

sdk_page!(ImagesPage, ImagesBody, ImageList = "Images" / "images");

#[derive(Deserialize)]
struct ImageList {
    #[serde(rename = "Image", alias = "image", default)]
    image: Vec<WireImage>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireImage {
    #[serde(alias = "imageId")]
    image_id: Id,
    #[serde(default, alias = "imageName")]
    image_name: Option<Text>,
    #[serde(default, alias = "description")]
    description: Option<Text>,
    #[serde(alias = "imageOwnerAlias")]
    image_owner_alias: OwnerAlias,
    #[serde(default, alias = "imageOwnerId")]
    image_owner_id: Option<AccountText>,
    #[serde(alias = "status")]
    status: WireStatus,
    #[serde(default, alias = "usage")]
    usage: Option<Usage>,
    #[serde(default, alias = "isCopied")]
    is_copied: Option<bool>,
    #[serde(default, alias = "isSelfShared")]
    is_self_shared: Option<Flag>,
    #[serde(default, alias = "productCode")]
    product_code: Option<String>,
    #[serde(default, alias = "diskDeviceMappings")]
    disk_device_mappings: Option<Mappings>,
}

/// `ImageOwnerAlias`: where the image comes from.
#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum OwnerAlias {
    System,
    #[serde(rename = "self")]
    Own,
    Others,
    Marketplace,
}

/// `Status`, as DescribeImages documents it (`Waiting` and `Deprecated` in
/// its request parameter's list).
#[derive(Deserialize)]
enum WireStatus {
    Creating,
    Waiting,
    Available,
    UnAvailable,
    CreateFailed,
    Deprecated,
}

/// `Usage`: whether instances were created from the image.
#[derive(Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Usage {
    Instance,
    None,
}

#[derive(Deserialize)]
struct Mappings {
    #[serde(rename = "DiskDeviceMapping", alias = "diskDeviceMapping", default)]
    disk_device_mapping: Vec<Mapping>,
}

#[derive(Deserialize)]
struct Mapping {
    #[serde(rename = "SnapshotId", alias = "snapshotId", default)]
    snapshot_id: Option<String>,
}

sdk_page!(
    InstancesPage,
    InstancesBody,
    InstanceList = "Instances" / "instances"
);

#[derive(Deserialize)]
struct InstanceList {
    #[serde(rename = "Instance", alias = "instance", default)]
    instance: Vec<WireInstance>,
}

#[derive(Deserialize)]
struct WireInstance {
    #[serde(rename = "InstanceId", alias = "instanceId")]
    instance_id: Id,
    #[serde(rename = "ImageId", alias = "imageId")]
    image_id: Id,
}

sdk_page!(
    SnapshotsPage,
    SnapshotsBody,
    SnapshotList = "Snapshots" / "snapshots"
);

#[derive(Deserialize)]
struct SnapshotList {
    #[serde(rename = "Snapshot", alias = "snapshot", default)]
    snapshot: Vec<WireSnapshot>,
}

#[derive(Deserialize)]
struct WireSnapshot {
    #[serde(rename = "SnapshotId", alias = "snapshotId")]
    snapshot_id: Id,
    /// `progressing`, `accomplished` or `failed`.
    #[serde(rename = "Status", alias = "status", default)]
    status: Option<String>,
    #[serde(rename = "Encrypted", alias = "encrypted", default)]
    encrypted: Option<bool>,
}

sdk_page!(
    SharesPage,
    SharesBody,
    AccountList = "Accounts" / "accounts"
);

#[derive(Deserialize)]
struct AccountList {
    #[serde(rename = "Account", alias = "account", default)]
    account: Vec<WireAccount>,
}

#[derive(Deserialize)]
struct WireAccount {
    #[serde(rename = "AliyunId", alias = "aliyunId")]
    aliyun_id: AccountText,
}

/// `stateFrom("aliyun", data)`.
pub(crate) fn state_from(json: &str) -> Result<State, InputError> {
    let data: Data = crate::decode::provider_data(json)?;
    let mut out = Assembly::new(Provider::Aliyun, data.account_id.clone());
    for (region, listings) in &data.regions {
        for (p, page) in listings.snapshots.iter().enumerate() {
            let (list, _) = page.list(|| format!("regions.{region}.snapshots[{p}]"))?;
            for wire in &list.snapshot {
                let snapshot = Snapshot {
                    id: wire.snapshot_id.clone(),
                    owner_id: out.account.clone(),
                    region: region.clone(),
                    shared: false,
                    busy: wire.status.as_deref() == Some("progressing"),
                };
                let encrypted = wire.encrypted.unwrap_or(false);
                out.snapshot(snapshot, SnapshotFacts { encrypted });
            }
        }
    }
    for (region, listings) in &data.regions {
        for (p, page) in listings.images.iter().enumerate() {
            let (list, form) = page.list(|| format!("regions.{region}.images[{p}]"))?;
            for (i, wire) in list.image.iter().enumerate() {
                let path = || {
                    let list = form.name("Images.Image");
                    format!("regions.{region}.images[{p}].{list}[{i}]")
                };
                let image = image(&data, &out, region, wire, form, path)?;
                out.image(image, path)?;
            }
        }
        for (p, page) in listings.instances.iter().enumerate() {
            let (list, _) = page.list(|| format!("regions.{region}.instances[{p}]"))?;
            for wire in &list.instance {
                out.instance(region, &wire.instance_id, &wire.image_id);
            }
        }
    }
    out.finish()
}

fn image(
    data: &Data,
    out: &Assembly,
    region: &Region,
    wire: &WireImage,
    form: Form,
    path: impl Fn() -> String,
) -> Result<Image, InputError> {
    let (kind, owner_id, shared_with) = match wire.image_owner_alias {
        OwnerAlias::System => (ImageKind::Public, None, Vec::new()),
        OwnerAlias::Marketplace => (ImageKind::Marketplace, None, Vec::new()),
        OwnerAlias::Others => (
            ImageKind::Custom,
            wire.image_owner_id.as_ref().map(|owner| owner.0.clone()),
            vec![out.account.clone()],
        ),
        OwnerAlias::Own => {
            let shared_with = own_shares(data, &out.account, wire, form, &path)?;
            (ImageKind::Custom, Some(out.account.clone()), shared_with)
        }
    };
    let (status, task) = match wire.status {
        // Inferred: a copy in progress is the only Creating image that says IsCopied.
        WireStatus::Creating if wire.is_copied == Some(true) => {
            (ImageStatus::Creating, Some(Task::Copying))
        }
        WireStatus::Creating | WireStatus::Waiting => (ImageStatus::Creating, None),
        WireStatus::Available => (ImageStatus::Available, None),
        WireStatus::UnAvailable => (ImageStatus::Unavailable, None),
        WireStatus::CreateFailed => (ImageStatus::Error, None),
        WireStatus::Deprecated => (ImageStatus::Deprecated, None),
    };
    let (snapshot_ids, encrypted) = out.own_snapshots(
        wire.disk_device_mappings
            .iter()
            .flat_map(|m| &m.disk_device_mapping)
            .filter_map(|m| m.snapshot_id.as_deref()),
    );
    Ok(Image {
        id: wire.image_id.clone(),
        name: wire.image_name.clone().unwrap_or_else(Text::empty),
        description: wire.description.clone().filter(|d| !d.is_empty()),
        kind,
        owner_id,
        region: region.clone(),
        status,
        // Inferred: an own image that carries a marketplace product code was
        // made from a marketplace image.
        marketplace_based: kind == ImageKind::Custom
            && wire
                .product_code
                .as_deref()
                .is_some_and(|code| !code.is_empty()),
        source_instance_id: None,
        system_disk: None,
        shared_with,
        snapshot_ids,
        copied_from: None,
        task,
        encrypted,
        in_use: wire.usage == Some(Usage::Instance),
        deprecated: false,
        byol: false,
    })
}

/// The accounts an own image is shared with: its DescribeImageSharePermission
/// response in `shares`. An image that says it is shared (`IsSelfShared`)
/// without one is an error: its shares (DEL-1, UNS-*) cannot be guessed.
fn own_shares(
    data: &Data,
    account: &AccountId,
    wire: &WireImage,
    form: Form,
    path: &impl Fn() -> String,
) -> Result<Vec<AccountId>, InputError> {
    match data.shares.get(&wire.image_id) {
        Some(page) => {
            let (list, _) = page.list(|| format!("shares.{}", wire.image_id))?;
            let mut accounts: Vec<AccountId> = Vec::new();
            for shared in &list.account {
                let shared = &shared.aliyun_id.0;
                if shared != account && !accounts.contains(shared) {
                    accounts.push(shared.clone());
                }
            }
            Ok(accounts)
        }
        None if wire.is_self_shared.as_ref().is_some_and(|flag| flag.0) => Err(data_error(
            format!("{}.{}", path(), form.field("IsSelfShared")),
            format!(
                "is true, but shares holds no DescribeImageSharePermission response for {}: \
                 give it, or the accounts it is shared with cannot be known",
                wire.image_id
            ),
        )),
        None => Ok(Vec::new()),
    }
}
