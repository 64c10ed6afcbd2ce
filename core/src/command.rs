//! What a user asks to do. One struct per command type of the API; `actor`
//! is the account acting.

use crate::bounded::{bounded_vec, required};
use crate::model::{DiskKind, MAX_SNAPSHOTS_PER_IMAGE};
use crate::text::{AccountId, Id, Region, Text};
use serde::{Deserialize, Serialize};

/// Most accounts one share or unshare request may name (SHR-6).
pub const MAX_ACCOUNTS_PER_REQUEST: usize = 50;

/// Where a new image comes from (CRT-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CreateSource {
    /// An instance the actor owns.
    Instance,
    /// Snapshots the actor owns.
    Snapshots,
    /// A file imported from the actor's device.
    Import,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateImage {
    pub actor: AccountId,
    #[serde(default)]
    pub image_id: Option<Id>,
    pub name: Text,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub region: Option<Region>,
    pub from: CreateSource,
    #[serde(default)]
    pub instance_id: Option<Id>,
    #[serde(
        default,
        deserialize_with = "bounded_vec::<_, _, MAX_SNAPSHOTS_PER_IMAGE>"
    )]
    pub snapshot_ids: Vec<Id>,
    #[serde(default)]
    pub system_disk: Option<DiskKind>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CopyImage {
    pub actor: AccountId,
    pub image_id: Id,
    /// Always present in a request; `None` only in [`crate::allowed_actions`]
    /// probes, which ask whether copying is possible at all.
    #[serde(deserialize_with = "required")]
    pub destination_region: Option<Region>,
    #[serde(default)]
    pub new_image_id: Option<Id>,
    #[serde(default)]
    pub name: Option<Text>,
    #[serde(default)]
    pub description: Option<Text>,
}

/// Share (or, as [`UnshareImage`], unshare) an image with accounts. An empty
/// list asks only whether the actor may share the image at all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShareImage {
    pub actor: AccountId,
    pub image_id: Id,
    #[serde(deserialize_with = "bounded_vec::<_, _, MAX_ACCOUNTS_PER_REQUEST>")]
    pub account_ids: Vec<AccountId>,
}

/// Same shape as [`ShareImage`].
pub type UnshareImage = ShareImage;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteImage {
    pub actor: AccountId,
    pub image_id: Id,
    #[serde(default)]
    pub force: bool,
    #[serde(default)]
    pub delete_snapshots: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportImage {
    pub actor: AccountId,
    pub image_id: Id,
    /// Always present in a request; `None` only in probes.
    #[serde(deserialize_with = "required")]
    pub bucket: Option<Text>,
}

/// Change a name or description. With neither, it asks only whether the
/// actor may modify the image at all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ModifyImage {
    pub actor: AccountId,
    pub image_id: Id,
    #[serde(default)]
    pub name: Option<Text>,
    #[serde(default)]
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateInstance {
    pub actor: AccountId,
    pub image_id: Id,
    pub region: Region,
    #[serde(default)]
    pub instance_id: Option<Id>,
}

/// Delete an instance, or re-initialize its system disk ([`ReinitDisk`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteInstance {
    pub actor: AccountId,
    pub instance_id: Id,
}

/// Same shape as [`DeleteInstance`].
pub type ReinitDisk = DeleteInstance;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReplaceSystemDisk {
    pub actor: AccountId,
    pub instance_id: Id,
    pub image_id: Id,
}

/// A command, tagged by `type` in JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Command {
    CreateImage(CreateImage),
    CopyImage(CopyImage),
    ShareImage(ShareImage),
    UnshareImage(UnshareImage),
    DeleteImage(DeleteImage),
    ExportImage(ExportImage),
    ModifyImage(ModifyImage),
    CreateInstance(CreateInstance),
    DeleteInstance(DeleteInstance),
    ReinitDisk(ReinitDisk),
    ReplaceSystemDisk(ReplaceSystemDisk),
}

/// The command types, as the API spells them.
pub const COMMAND_TYPES: [&str; 11] = [
    "createImage",
    "copyImage",
    "shareImage",
    "unshareImage",
    "deleteImage",
    "exportImage",
    "modifyImage",
    "createInstance",
    "deleteInstance",
    "reinitDisk",
    "replaceSystemDisk",
];

impl Command {
    /// The account acting.
    pub fn actor(&self) -> &AccountId {
        match self {
            Command::CreateImage(c) => &c.actor,
            Command::CopyImage(c) => &c.actor,
            Command::ShareImage(c) | Command::UnshareImage(c) => &c.actor,
            Command::DeleteImage(c) => &c.actor,
            Command::ExportImage(c) => &c.actor,
            Command::ModifyImage(c) => &c.actor,
            Command::CreateInstance(c) => &c.actor,
            Command::DeleteInstance(c) | Command::ReinitDisk(c) => &c.actor,
            Command::ReplaceSystemDisk(c) => &c.actor,
        }
    }
}
