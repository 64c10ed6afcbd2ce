//! jdcloud listings in (`stateFrom`): vm v1 describeImages, describeInstances
//! and describeImageMembers, disk v1 describeSnapshots, with or without the
//! documented envelope (`{"requestId", "result": {...}}`). Field names and
//! values follow the SDK's models (jdcloud-api/jdcloud-sdk-go, services/vm
//! and services/disk); JD's API pages publish no example responses.

use crate::error::InputError;
use crate::model::{DiskKind, Image, ImageKind, ImageStatus, Provider, Snapshot, State, Task};
use crate::mapping::data::{
    enveloped, images_and_instances, Assembly, Page, ProviderData, SnapshotFacts, WireInstance as Ids,
};
use crate::text::{AccountId, Id, Region, Text};
use serde::de::IgnoredAny;
use serde::Deserialize;

type Data = ProviderData<ImagesPage, InstancesPage, SnapshotsPage, MembersPage>;

enveloped!(result; ImagesPage, ImagesBody, images: WireImage);
enveloped!(result; InstancesPage, InstancesBody, instances: WireInstance);
enveloped!(result; SnapshotsPage, SnapshotsBody, snapshots: WireSnapshot);
enveloped!(result; MembersPage, MembersBody, pins: AccountId);

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireImage {
    image_id: Id,
    #[serde(default)]
    name: Option<Text>,
    #[serde(default)]
    desc: Option<Text>,
    image_source: Source,
    status: WireStatus,
    #[serde(default)]
    owner_pin: Option<String>,
    #[serde(default)]
    root_device_type: Option<RootDevice>,
    #[serde(default)]
    snapshot_id: Option<String>,
    #[serde(default)]
    system_disk: Option<DiskAttachment>,
    #[serde(default)]
    data_disks: Option<Vec<DiskAttachment>>,
}

/// `systemDisk` and `dataDisks[]` of an image (vm `InstanceDiskAttachment`):
/// its cloud disk says whether it is encrypted (disk `Disk.encrypted`, "云盘
/// 是否为加密盘"), so the listing alone shows an encrypted image.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DiskAttachment {
    #[serde(default)]
    cloud_disk: Option<CloudDisk>,
}

#[derive(Deserialize)]
struct CloudDisk {
    #[serde(default)]
    encrypted: Option<bool>,
}

impl WireImage {
    /// Whether the listing marks any of the image's cloud disks encrypted.
    fn lists_encrypted_disk(&self) -> bool {
        self.system_disk
            .iter()
            .chain(self.data_disks.iter().flatten())
            .filter_map(|disk| disk.cloud_disk.as_ref())
            .any(|disk| disk.encrypted == Some(true))
    }
}

/// `imageSource`: the SDK's values (`public`, `thirdparty`, `private`,
/// `shared`) and the older English API page's (`jcloud`, `marketplace`,
/// `self`, `share`). Community images are not modelled: an error.
#[derive(Deserialize)]
enum Source {
    #[serde(rename = "public", alias = "jcloud")]
    Public,
    #[serde(rename = "thirdparty", alias = "marketplace")]
    Marketplace,
    #[serde(rename = "private", alias = "self")]
    Own,
    #[serde(rename = "shared", alias = "share")]
    Shared,
}

/// `status`. `ready` (可用) is documented (copyImages, convertImage), `error`
/// by seed 001; the others are inferred from JD's task messages ("镜像正在
/// 跨区复制"): JD's status page is not in the SDK. Any other value is an
/// error, never a guess.
#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum WireStatus {
    Ready,
    Error,
    Pending,
    Copying,
    Deleting,
}

#[derive(Deserialize)]
enum RootDevice {
    #[serde(rename = "localDisk")]
    Local,
    #[serde(rename = "cloudDisk")]
    Cloud,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
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
#[serde(rename_all = "camelCase")]
struct WireSnapshot {
    snapshot_id: Id,
    /// `self` or `others`.
    #[serde(default)]
    snapshot_source: Option<String>,
    /// creating, available, in-use, deleting, error_create, error_delete.
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    encrypted: Option<bool>,
    #[serde(default)]
    share_info: Option<Vec<IgnoredAny>>,
}

/// `stateFrom("jdcloud", data)`.
pub(crate) fn state_from(json: &str) -> Result<State, InputError> {
    let data: Data = crate::decode::provider_data(json)?;
    let mut out = Assembly::new(Provider::Jdcloud, data.account_id.clone());
    for (region, listings) in &data.regions {
        for (p, page) in listings.snapshots.iter().enumerate() {
            let (snapshots, _) = page.list(|| format!("regions.{region}.snapshots[{p}]"))?;
            for wire in snapshots
                .iter()
                .filter(|s| s.snapshot_source.as_deref() != Some("others"))
            {
                let snapshot = Snapshot {
                    id: wire.snapshot_id.clone(),
                    owner_id: out.account.clone(),
                    region: region.clone(),
                    shared: wire
                        .share_info
                        .as_ref()
                        .is_some_and(|info| !info.is_empty()),
                    busy: matches!(wire.status.as_deref(), Some("creating" | "deleting")),
                };
                let encrypted = wire.encrypted.unwrap_or(false);
                out.snapshot(snapshot, SnapshotFacts { encrypted });
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
    let (kind, owner_id, shared_with) = match wire.image_source {
        Source::Public => (ImageKind::Public, None, Vec::new()),
        Source::Marketplace => (ImageKind::Marketplace, None, Vec::new()),
        Source::Shared => {
            let owner = wire.owner_pin.as_deref().filter(|pin| !pin.is_empty());
            let owner = owner.and_then(|pin| AccountId::new(pin).ok());
            (ImageKind::Custom, owner, vec![out.account.clone()])
        }
        Source::Own => (
            ImageKind::Custom,
            Some(out.account.clone()),
            own_shares(data, out, wire)?,
        ),
    };
    let (status, task) = match wire.status {
        WireStatus::Ready => (ImageStatus::Available, None),
        WireStatus::Error => (ImageStatus::Error, None),
        WireStatus::Pending => (ImageStatus::Creating, None),
        WireStatus::Copying => (ImageStatus::Creating, Some(Task::Copying)),
        WireStatus::Deleting => (ImageStatus::Unavailable, None),
    };
    let (snapshot_ids, snapshot_encrypted) =
        out.own_snapshots(wire.snapshot_id.as_deref().into_iter());
    Ok(Image {
        id: wire.image_id.clone(),
        name: wire.name.clone().unwrap_or_else(Text::empty),
        description: wire.desc.clone().filter(|d| !d.is_empty()),
        kind,
        owner_id,
        region: region.clone(),
        status,
        marketplace_based: false,
        source_instance_id: None,
        system_disk: wire.root_device_type.as_ref().map(|device| match device {
            RootDevice::Local => DiskKind::Local,
            RootDevice::Cloud => DiskKind::Cloud,
        }),
        shared_with,
        snapshot_ids,
        copied_from: None,
        task,
        encrypted: snapshot_encrypted || wire.lists_encrypted_disk(),
        in_use: false,
        deprecated: false,
        byol: false,
    })
}

/// An own image's sharees: its describeImageMembers response in `shares`
/// (JD's image listing does not say whether an image is shared).
fn own_shares(data: &Data, out: &Assembly, wire: &WireImage) -> Result<Vec<AccountId>, InputError> {
    let Some(page) = data.shares.get(&wire.image_id) else {
        return Ok(Vec::new());
    };
    let (pins, _) = page.list(|| format!("shares.{}", wire.image_id))?;
    let mut accounts: Vec<AccountId> = Vec::new();
    for pin in pins {
        if *pin != out.account && !accounts.contains(pin) {
            accounts.push(pin.clone());
        }
    }
    Ok(accounts)
}
