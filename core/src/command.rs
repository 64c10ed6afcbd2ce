//! What a user asks to do. One struct per command type of the API; `actor`
//! is the account acting.

use crate::json::string_enum;
use crate::model::DiskKind;
use crate::text::{AccountId, Id, Region, Text};

/// Most accounts one share or unshare request may name (SHR-6).
pub const MAX_ACCOUNTS_PER_REQUEST: usize = 50;

/// Where a new image comes from (CRT-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreateSource {
    /// An instance the actor owns.
    Instance,
    /// Snapshots the actor owns.
    Snapshots,
    /// A file imported from the actor's device.
    Import,
}

string_enum!(CreateSource {
    Instance => "instance",
    Snapshots => "snapshots",
    Import => "import",
});

#[derive(Clone, Debug, PartialEq)]
pub struct CreateImage {
    pub actor: AccountId,
    pub image_id: Option<Id>,
    pub name: Text,
    pub description: Option<Text>,
    pub region: Option<Region>,
    pub from: CreateSource,
    pub instance_id: Option<Id>,
    pub snapshot_ids: Vec<Id>,
    pub system_disk: Option<DiskKind>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CopyImage {
    pub actor: AccountId,
    pub image_id: Id,
    /// Always present in a request; `None` only in [`crate::allowed_actions`]
    /// probes, which ask whether copying is possible at all.
    pub destination_region: Option<Region>,
    pub new_image_id: Option<Id>,
    pub name: Option<Text>,
    pub description: Option<Text>,
}

/// Share (or, as [`UnshareImage`], unshare) an image with accounts. An empty
/// list asks only whether the actor may share the image at all.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareImage {
    pub actor: AccountId,
    pub image_id: Id,
    pub account_ids: Vec<AccountId>,
}

/// Same shape as [`ShareImage`].
pub type UnshareImage = ShareImage;

#[derive(Clone, Debug, PartialEq)]
pub struct DeleteImage {
    pub actor: AccountId,
    pub image_id: Id,
    pub force: bool,
    pub delete_snapshots: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExportImage {
    pub actor: AccountId,
    pub image_id: Id,
    /// Always present in a request; `None` only in probes.
    pub bucket: Option<Text>,
}

/// Change a name or description. With neither, it asks only whether the
/// actor may modify the image at all.
#[derive(Clone, Debug, PartialEq)]
pub struct ModifyImage {
    pub actor: AccountId,
    pub image_id: Id,
    pub name: Option<Text>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CreateInstance {
    pub actor: AccountId,
    pub image_id: Id,
    pub region: Region,
    pub instance_id: Option<Id>,
}

/// Delete an instance, or re-initialize its system disk ([`ReinitDisk`]).
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteInstance {
    pub actor: AccountId,
    pub instance_id: Id,
}

/// Same shape as [`DeleteInstance`].
pub type ReinitDisk = DeleteInstance;

#[derive(Clone, Debug, PartialEq)]
pub struct ReplaceSystemDisk {
    pub actor: AccountId,
    pub instance_id: Id,
    pub image_id: Id,
}

/// A command, tagged by `type` in JSON.
#[derive(Clone, Debug, PartialEq)]
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
    /// The command's `type`, as the API spells it.
    pub fn type_name(&self) -> &'static str {
        let index = match self {
            Command::CreateImage(_) => 0,
            Command::CopyImage(_) => 1,
            Command::ShareImage(_) => 2,
            Command::UnshareImage(_) => 3,
            Command::DeleteImage(_) => 4,
            Command::ExportImage(_) => 5,
            Command::ModifyImage(_) => 6,
            Command::CreateInstance(_) => 7,
            Command::DeleteInstance(_) => 8,
            Command::ReinitDisk(_) => 9,
            Command::ReplaceSystemDisk(_) => 10,
        };
        COMMAND_TYPES[index]
    }

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
