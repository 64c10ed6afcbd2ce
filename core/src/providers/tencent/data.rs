//! tencent listings in (`stateFrom`): CVM 2017-03-12 DescribeImages,
//! DescribeInstances and DescribeImageSharePermission, CBS DescribeSnapshots,
//! with or without the `Response` envelope, as the SDK's models
//! (TencentCloud/tencentcloud-sdk-go) and the CLI's examples show them.

use crate::error::InputError;
use crate::model::{Image, ImageKind, ImageStatus, Provider, Snapshot, State, Task};
use crate::mapping::data::{
    enveloped, images_and_instances, Assembly, Page, ProviderData, SnapshotFacts, WireInstance as Ids,
};
use crate::text::{AccountId, Id, Region, Text};
use serde::Deserialize;

type Data = ProviderData<ImagesPage, InstancesPage, SnapshotsPage, SharesPage>;

enveloped!(Response; ImagesPage, ImagesBody, ImageSet: WireImage);
enveloped!(Response; InstancesPage, InstancesBody, InstanceSet: WireInstance);
enveloped!(Response; SnapshotsPage, SnapshotsBody, SnapshotSet: WireSnapshot);
enveloped!(Response; SharesPage, SharesBody, SharePermissionSet: WireShare);

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireImage {
    image_id: Id,
    #[serde(default)]
    image_name: Option<Text>,
    #[serde(default)]
    image_description: Option<Text>,
    image_type: ImageType,
    image_state: ImageState,
    /// `TencentCloud` or `BYOL` (SHR-8); older responses lack it.
    #[serde(default)]
    license_type: Option<String>,
    /// DEP-1's flag; older responses lack it.
    #[serde(default)]
    image_deprecated: Option<bool>,
    #[serde(default)]
    snapshot_set: Option<Vec<WireImageSnapshot>>,
}

/// `ImageType`. Marketplace images (服务市场镜像) are not a DescribeImages type.
#[derive(Deserialize)]
enum ImageType {
    #[serde(rename = "PUBLIC_IMAGE")]
    Public,
    #[serde(rename = "PRIVATE_IMAGE")]
    Private,
    #[serde(rename = "SHARED_IMAGE")]
    Shared,
}

/// `ImageState`, mapped as RULES.md v3's table says (`USING` is only in the
/// older and the international texts).
#[derive(Deserialize)]
#[serde(rename_all = "UPPERCASE")]
enum ImageState {
    Creating,
    Normal,
    Createfailed,
    Syncing,
    Importing,
    Importfailed,
    Using,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireImageSnapshot {
    snapshot_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireInstance {
    instance_id: Id,
    image_id: Id,
}

impl Ids for WireInstance {
    fn ids(&self) -> (&Id, &Id) {
        (&self.instance_id, &self.image_id)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireSnapshot {
    snapshot_id: Id,
    /// NORMAL, CREATING, ROLLBACKING, COPYING_FROM_REMOTE, CHECKING_COPIED, TORECYCLE.
    #[serde(default)]
    snapshot_state: Option<String>,
    #[serde(default)]
    encrypt: Option<bool>,
    #[serde(default)]
    share_reference: Option<u64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireShare {
    account_id: AccountId,
}

/// `stateFrom("tencent", data)`.
pub(crate) fn state_from(json: &str) -> Result<State, InputError> {
    let data: Data = crate::decode::provider_data(json)?;
    let mut out = Assembly::new(Provider::Tencent, data.account_id.clone());
    for (region, listings) in &data.regions {
        for (p, page) in listings.snapshots.iter().enumerate() {
            let (snapshots, _) = page.list(|| format!("regions.{region}.snapshots[{p}]"))?;
            for wire in snapshots {
                let snapshot = Snapshot {
                    id: wire.snapshot_id.clone(),
                    owner_id: out.account.clone(),
                    region: region.clone(),
                    shared: wire.share_reference.unwrap_or(0) > 0,
                    busy: wire
                        .snapshot_state
                        .as_deref()
                        .is_some_and(|state| state != "NORMAL"),
                };
                out.snapshot(
                    snapshot,
                    SnapshotFacts {
                        encrypted: wire.encrypt.unwrap_or(false),
                    },
                );
            }
        }
    }
    images_and_instances(&mut out, &data.regions, |out, region, wire| {
        image(&data, out, region, wire)
    })?;
    out.finish()
}

fn image(
    data: &Data,
    out: &Assembly,
    region: &Region,
    wire: &WireImage,
) -> Result<Image, InputError> {
    // SHARED_IMAGE names no owner account (ImageCreator is not one).
    let (kind, owner_id, shared_with) = match wire.image_type {
        ImageType::Public => (ImageKind::Public, None, Vec::new()),
        ImageType::Shared => (ImageKind::Custom, None, vec![out.account.clone()]),
        ImageType::Private => (
            ImageKind::Custom,
            Some(out.account.clone()),
            own_shares(data, out, wire)?,
        ),
    };
    let (status, task) = match wire.image_state {
        ImageState::Creating => (ImageStatus::Creating, None),
        ImageState::Normal => (ImageStatus::Available, None),
        ImageState::Createfailed | ImageState::Importfailed => (ImageStatus::Error, None),
        ImageState::Syncing => (ImageStatus::Creating, Some(Task::Copying)),
        ImageState::Importing => (ImageStatus::Creating, Some(Task::Importing)),
        ImageState::Using => (ImageStatus::Unavailable, None),
    };
    // DescribeImages carries no encryption; the caller's snapshots do (CBS Encrypt).
    let (snapshot_ids, encrypted) = out.own_snapshots(
        wire.snapshot_set
            .iter()
            .flatten()
            .map(|s| s.snapshot_id.as_str()),
    );
    Ok(Image {
        id: wire.image_id.clone(),
        name: wire.image_name.clone().unwrap_or_else(Text::empty),
        description: wire.image_description.clone().filter(|d| !d.is_empty()),
        kind,
        owner_id,
        region: region.clone(),
        status,
        marketplace_based: false,
        source_instance_id: None,
        system_disk: None,
        shared_with,
        snapshot_ids,
        copied_from: None,
        task,
        encrypted,
        in_use: false,
        deprecated: wire.image_deprecated.unwrap_or(false) && kind == ImageKind::Custom,
        byol: wire.license_type.as_deref() == Some("BYOL"),
    })
}

/// A private image's sharees: its DescribeImageSharePermission response in
/// `shares` (DescribeImages does not say whether an image is shared).
fn own_shares(data: &Data, out: &Assembly, wire: &WireImage) -> Result<Vec<AccountId>, InputError> {
    let Some(page) = data.shares.get(&wire.image_id) else {
        return Ok(Vec::new());
    };
    let (shares, _) = page.list(|| format!("shares.{}", wire.image_id))?;
    let mut accounts: Vec<AccountId> = Vec::new();
    for share in shares {
        if share.account_id != out.account && !accounts.contains(&share.account_id) {
            accounts.push(share.account_id.clone());
        }
    }
    Ok(accounts)
}
