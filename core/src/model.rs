//! What the caller knows of the world: images, instances, snapshots.

use crate::text::{AccountId, Id, Region, Text};
use serde::{Deserialize, Serialize};

/// Most images, instances or snapshots one state may hold.
pub const MAX_ITEMS: usize = 1_000_000;
/// Most accounts one image may be shared with in an input state.
pub const MAX_SHARES_IN_STATE: usize = 1_000;
/// Most snapshots one image (or one create command) may name.
pub const MAX_SNAPSHOTS_PER_IMAGE: usize = 64;

pub use crate::providers::Provider;

/// KIND-1: where an image comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageKind {
    /// Provider-owned.
    Public,
    /// Published by an ISV.
    Marketplace,
    /// Created in an account.
    Custom,
}

/// An image's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageStatus {
    /// Being created.
    Creating,
    /// Ready for use.
    Available,
    /// Creation failed.
    Error,
    /// Not usable.
    Unavailable,
    /// Deprecated by its owner (aliyun only, DEP-*): still usable for
    /// instances, but not shared, copied or exported.
    Deprecated,
}

impl ImageKind {
    /// Every kind.
    pub const ALL: [ImageKind; 3] = [ImageKind::Public, ImageKind::Marketplace, ImageKind::Custom];

    /// The kind as the API spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ImageKind::Public => "public",
            ImageKind::Marketplace => "marketplace",
            ImageKind::Custom => "custom",
        }
    }
}

impl ImageStatus {
    /// Every status.
    pub const ALL: [ImageStatus; 5] = [
        ImageStatus::Creating,
        ImageStatus::Available,
        ImageStatus::Error,
        ImageStatus::Unavailable,
        ImageStatus::Deprecated,
    ];

    /// The status as the API spells it, for messages.
    pub const fn as_str(self) -> &'static str {
        match self {
            ImageStatus::Creating => "creating",
            ImageStatus::Available => "available",
            ImageStatus::Error => "error",
            ImageStatus::Unavailable => "unavailable",
            ImageStatus::Deprecated => "deprecated",
        }
    }
}

/// The kind of system disk an image was made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiskKind {
    /// A cloud disk (the default when a state does not say).
    #[default]
    Cloud,
    /// A local disk of the host.
    Local,
}

/// A provider task still running on an image (TSK-*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Task {
    /// The image is the target of a copy in progress.
    Copying,
    /// The image is being imported.
    Importing,
    /// The image is being exported.
    Exporting,
}

impl Task {
    /// Every task.
    pub const ALL: [Task; 3] = [Task::Copying, Task::Importing, Task::Exporting];

    /// The task as the API spells it, for messages.
    pub const fn as_str(self) -> &'static str {
        match self {
            Task::Copying => "copying",
            Task::Importing => "importing",
            Task::Exporting => "exporting",
        }
    }
}

/// An image, as the API's `Image`. Absent options and empty lists are left
/// out of the JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Image {
    pub id: Id,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    pub kind: ImageKind,
    /// Required for custom images, except one shared with an account
    /// (`sharedWith`) whose owner the provider does not name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<AccountId>,
    pub region: Region,
    pub status: ImageStatus,
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub marketplace_based: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_instance_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_disk: Option<DiskKind>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::object::optional_at_most::<_, _, MAX_SHARES_IN_STATE>"
    )]
    pub shared_with: Vec<AccountId>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::object::optional_at_most::<_, _, MAX_SNAPSHOTS_PER_IMAGE>"
    )]
    pub snapshot_ids: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copied_from: Option<Id>,
    /// A provider task still running on the image (TSK-*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Task>,
    /// The image contains encrypted snapshots (ENC-*).
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub encrypted: bool,
    /// The provider reports instances made from it, listed in `instances` or
    /// not (aliyun `Usage: "instance"`; DEL-2).
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub in_use: bool,
    /// tencent only: its deprecation flag (DEP-1); the status stays.
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub deprecated: bool,
    /// tencent only: a bring-your-own-licence image (SHR-8).
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub byol: bool,
}

/// For `skip_serializing_if`: a `false` flag is left out of the JSON.
pub(crate) fn is_false(flag: &bool) -> bool {
    !flag
}

impl Image {
    /// Whether `account` owns this image (only custom images have owners).
    pub fn is_owned_by(&self, account: &str) -> bool {
        self.kind == ImageKind::Custom && self.owner_id.as_deref() == Some(account)
    }

    /// Whether the image is currently shared with `account`.
    pub fn is_shared_with(&self, account: &str) -> bool {
        self.shared_with.iter().any(|a| a.as_str() == account)
    }

    /// The system disk kind; a state that does not say means a cloud disk.
    pub fn disk(&self) -> DiskKind {
        self.system_disk.unwrap_or_default()
    }

    /// Whether the image is public or marketplace (provider or ISV owned).
    pub fn is_provided(&self) -> bool {
        self.kind != ImageKind::Custom
    }
}

/// An instance, as the API's `Instance`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Instance {
    pub id: Id,
    pub owner_id: AccountId,
    pub region: Region,
    /// May name an image that no longer exists (it was deleted).
    pub image_id: Id,
}

/// A snapshot, as the API's `Snapshot`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Snapshot {
    pub id: Id,
    pub owner_id: AccountId,
    pub region: Region,
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub shared: bool,
    /// A task is in progress on the snapshot.
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub busy: bool,
}

/// What the caller knows of the world. Images, instances and snapshots are
/// read through [`crate::object`], which refuses an array in their place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub provider: Provider,
    #[serde(deserialize_with = "crate::object::objects::<_, _, MAX_ITEMS>")]
    pub images: Vec<Image>,
    #[serde(
        default,
        deserialize_with = "crate::object::optional_objects::<_, _, MAX_ITEMS>"
    )]
    pub instances: Vec<Instance>,
    #[serde(
        default,
        deserialize_with = "crate::object::optional_objects::<_, _, MAX_ITEMS>"
    )]
    pub snapshots: Vec<Snapshot>,
}
