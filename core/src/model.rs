//! What the caller knows of the world: images, instances, snapshots.

use crate::json::string_enum;
use crate::text::{AccountId, Id, Region, Text};

/// Most images, instances or snapshots one state may hold.
pub const MAX_ITEMS: usize = 1_000_000;
/// Most accounts one image may be shared with in an input state.
pub const MAX_SHARES_IN_STATE: usize = 1_000;
/// Most snapshots one image (or one create command) may name.
pub const MAX_SNAPSHOTS_PER_IMAGE: usize = 64;

/// The provider whose rule profile applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    /// Alibaba Cloud ECS custom images.
    Aliyun,
    /// JD Cloud private images.
    Jdcloud,
}

impl Provider {
    /// Every provider with a shipped profile.
    pub const ALL: [Provider; 2] = [Provider::Aliyun, Provider::Jdcloud];
}

string_enum!(Provider { Aliyun => "aliyun", Jdcloud => "jdcloud" });

/// KIND-1: where an image comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageKind {
    /// Provider-owned.
    Public,
    /// Published by an ISV.
    Marketplace,
    /// Created in an account.
    Custom,
}

string_enum!(ImageKind {
    Public => "public",
    Marketplace => "marketplace",
    Custom => "custom",
});

/// An image's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageStatus {
    /// Being created.
    Creating,
    /// Ready for use.
    Available,
    /// Creation failed.
    Error,
    /// Not usable.
    Unavailable,
}

string_enum!(ImageStatus {
    Creating => "creating",
    Available => "available",
    Error => "error",
    Unavailable => "unavailable",
});

/// The kind of system disk an image was made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DiskKind {
    /// A cloud disk (the default when a state does not say).
    #[default]
    Cloud,
    /// A local disk of the host.
    Local,
}

string_enum!(DiskKind { Cloud => "cloud", Local => "local" });

/// An image, as the API's `Image`.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub id: Id,
    pub name: Text,
    pub description: Option<Text>,
    pub kind: ImageKind,
    /// Required for custom images.
    pub owner_id: Option<AccountId>,
    pub region: Region,
    pub status: ImageStatus,
    pub marketplace_based: bool,
    pub source_instance_id: Option<Id>,
    pub system_disk: Option<DiskKind>,
    pub shared_with: Vec<AccountId>,
    pub snapshot_ids: Vec<Id>,
    pub copied_from: Option<Id>,
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
#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    pub id: Id,
    pub owner_id: AccountId,
    pub region: Region,
    /// May name an image that no longer exists (it was deleted).
    pub image_id: Id,
}

/// A snapshot, as the API's `Snapshot`.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub id: Id,
    pub owner_id: AccountId,
    pub region: Region,
    pub shared: bool,
    /// A task is in progress on the snapshot.
    pub busy: bool,
}

/// What the caller knows of the world.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub provider: Provider,
    pub images: Vec<Image>,
    pub instances: Vec<Instance>,
    pub snapshots: Vec<Snapshot>,
}
