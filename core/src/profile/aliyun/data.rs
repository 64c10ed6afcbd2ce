//! aliyun listings in (`stateFrom`): ECS 2014-05-26 DescribeImages,
//! DescribeInstances, DescribeSnapshots and DescribeImageSharePermission, as
//! the API reference's JSON examples show them (PascalCase, lists wrapped as
//! `{"Images": {"Image": [...]}}`). Only the fields the rules need are named.

use crate::error::InputError;
use crate::model::{Image, ImageKind, ImageStatus, Provider, Snapshot, State, Task};
use crate::profile::data::{data_error, AccountText, Assembly, Flag, ProviderData, SnapshotFacts};
use crate::text::{AccountId, Id, Region, Text};
use serde::Deserialize;

type Data = ProviderData<ImagesPage, InstancesPage, SnapshotsPage, SharesPage>;

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ImagesPage {
    images: ImageList,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ImageList {
    #[serde(default)]
    image: Vec<WireImage>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireImage {
    image_id: Id,
    #[serde(default)]
    image_name: Option<Text>,
    #[serde(default)]
    description: Option<Text>,
    image_owner_alias: OwnerAlias,
    #[serde(default)]
    image_owner_id: Option<AccountText>,
    status: WireStatus,
    #[serde(default)]
    usage: Option<Usage>,
    #[serde(default)]
    is_copied: Option<bool>,
    #[serde(default)]
    is_self_shared: Option<Flag>,
    #[serde(default)]
    product_code: Option<String>,
    #[serde(default)]
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
#[serde(rename_all = "PascalCase")]
struct Mappings {
    #[serde(default)]
    disk_device_mapping: Vec<Mapping>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Mapping {
    #[serde(default)]
    snapshot_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct InstancesPage {
    instances: InstanceList,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct InstanceList {
    #[serde(default)]
    instance: Vec<WireInstance>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireInstance {
    instance_id: Id,
    image_id: Id,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SnapshotsPage {
    snapshots: SnapshotList,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SnapshotList {
    #[serde(default)]
    snapshot: Vec<WireSnapshot>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireSnapshot {
    snapshot_id: Id,
    /// `progressing`, `accomplished` or `failed`.
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    encrypted: Option<bool>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SharesPage {
    accounts: AccountList,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct AccountList {
    #[serde(default)]
    account: Vec<WireAccount>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireAccount {
    aliyun_id: AccountText,
}

/// `stateFrom("aliyun", data)`.
pub(crate) fn state_from(json: &str) -> Result<State, InputError> {
    let data: Data = crate::decode::provider_data(json)?;
    let mut out = Assembly::new(Provider::Aliyun, data.account_id.clone());
    for (region, listings) in &data.regions {
        for page in &listings.snapshots {
            for wire in &page.snapshots.snapshot {
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
            for (i, wire) in page.images.image.iter().enumerate() {
                let path = || format!("regions.{region}.images[{p}].Images.Image[{i}]");
                let image = image(&data, &out, region, wire, path)?;
                out.image(image, path)?;
            }
        }
        for page in &listings.instances {
            for wire in &page.instances.instance {
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
            let shared_with = own_shares(data, &out.account, wire, &path)?;
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
    path: &impl Fn() -> String,
) -> Result<Vec<AccountId>, InputError> {
    match data.shares.get(&wire.image_id) {
        Some(page) => {
            let mut accounts: Vec<AccountId> = Vec::new();
            for shared in &page.accounts.account {
                let shared = &shared.aliyun_id.0;
                if shared != account && !accounts.contains(shared) {
                    accounts.push(shared.clone());
                }
            }
            Ok(accounts)
        }
        None if wire.is_self_shared.as_ref().is_some_and(|flag| flag.0) => Err(data_error(
            format!("{}.IsSelfShared", path()),
            format!(
                "is true, but shares holds no DescribeImageSharePermission response for {}: \
                 give it, or the accounts it is shared with cannot be known",
                wire.image_id
            ),
        )),
        None => Ok(Vec::new()),
    }
}
