//! What a user asks to do. One struct per command type of the API; `actor`
//! is the account acting.

use crate::model::{is_false, DiskKind, ImageStatus, MAX_SNAPSHOTS_PER_IMAGE};
use crate::text::{AccountId, Id, Region, Text, Typed};
use serde::{Deserialize, Serialize};

/// Most accounts one share or unshare request may name (SHR-6); more is a
/// denial (`TooManyAccounts`).
pub const MAX_ACCOUNTS_PER_REQUEST: usize = 50;
/// Most entries an `accountIds` list may hold at all; past it the list is
/// an input error, as any over-long input.
pub const MAX_ACCOUNT_ENTRIES: usize = 1_000;

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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<Id>,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    pub from: CreateSource,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<Id>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::object::optional_at_most::<_, _, MAX_SNAPSHOTS_PER_IMAGE>"
    )]
    pub snapshot_ids: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_disk: Option<DiskKind>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CopyImage {
    pub actor: AccountId,
    pub image_id: Id,
    /// Always present in a request; `None` only in [`crate::allowed_actions`]
    /// probes, which ask whether copying is possible at all.
    #[serde(
        deserialize_with = "crate::object::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_region: Option<Typed<Region>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_image_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Ask for an encrypted copy (ENC-2).
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub encrypted: bool,
}

/// Share (or, as [`UnshareImage`], unshare) an image with accounts. An empty
/// list asks only whether the actor may share the image at all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShareImage {
    pub actor: AccountId,
    pub image_id: Id,
    /// As typed: malformed IDs are denied by SHR-6.
    #[serde(deserialize_with = "crate::object::at_most::<_, _, MAX_ACCOUNT_ENTRIES>")]
    pub account_ids: Vec<Typed<AccountId>>,
}

/// Same shape as [`ShareImage`].
pub type UnshareImage = ShareImage;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteImage {
    pub actor: AccountId,
    pub image_id: Id,
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub force: bool,
    #[serde(
        default,
        deserialize_with = "crate::object::or_default",
        skip_serializing_if = "is_false"
    )]
    pub delete_snapshots: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportImage {
    pub actor: AccountId,
    pub image_id: Id,
    /// Always present in a request; `None` only in probes.
    #[serde(
        deserialize_with = "crate::object::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub bucket: Option<Text>,
}

/// Change a name, a description, or (DEP-1) the status. With none of them,
/// it asks only whether the actor may modify the image at all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ModifyImage {
    pub actor: AccountId,
    pub image_id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<NewStatus>,
}

/// The statuses `modifyImage` may set (DEP-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NewStatus {
    /// Deprecate an available image.
    Deprecated,
    /// Restore a deprecated image.
    Available,
}

impl NewStatus {
    /// The image status it sets.
    pub const fn status(self) -> ImageStatus {
        match self {
            NewStatus::Deprecated => ImageStatus::Deprecated,
            NewStatus::Available => ImageStatus::Available,
        }
    }
}

/// Cancel a copy still running (TSK-4); the copy is deleted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CancelCopy {
    pub actor: AccountId,
    pub image_id: Id,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateInstance {
    pub actor: AccountId,
    pub image_id: Id,
    pub region: Region,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

/// The commands, declared once: variant, request type, and `type` as the
/// API spells it. `with_commands!(then)` hands the list to a macro: the
/// enum below and `decode`'s reader are both made from it.
macro_rules! with_commands {
    ($then:ident) => {
        $then! {
            CreateImage($crate::command::CreateImage) "createImage";
            CopyImage($crate::command::CopyImage) "copyImage";
            ShareImage($crate::command::ShareImage) "shareImage";
            UnshareImage($crate::command::UnshareImage) "unshareImage";
            DeleteImage($crate::command::DeleteImage) "deleteImage";
            ExportImage($crate::command::ExportImage) "exportImage";
            ModifyImage($crate::command::ModifyImage) "modifyImage";
            CancelCopy($crate::command::CancelCopy) "cancelCopy";
            CreateInstance($crate::command::CreateInstance) "createInstance";
            DeleteInstance($crate::command::DeleteInstance) "deleteInstance";
            ReinitDisk($crate::command::ReinitDisk) "reinitDisk";
            ReplaceSystemDisk($crate::command::ReplaceSystemDisk) "replaceSystemDisk";
        }
    };
}
pub(crate) use with_commands;

/// [`Command`], [`COMMAND_TYPES`] and [`Command::type_name`] from the list.
macro_rules! declare_commands {
    ($($variant:ident($request:ty) $name:literal;)*) => {
        /// A command, tagged by `type` in JSON. It is read by [`crate::decode`],
        /// which reads `type` first and then that command's fields, so paths inside
        /// a command survive (serde's internally tagged enums lose them).
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(tag = "type")]
        pub enum Command {
            $(#[serde(rename = $name)] $variant($request),)*
        }

        /// The command types, as the API spells them.
        pub const COMMAND_TYPES: [&str; [$($name),*].len()] = [$($name,)*];

        impl Command {
            /// The command's `type`, as the API spells it.
            pub fn type_name(&self) -> &'static str {
                match self { $(Command::$variant(_) => $name,)* }
            }
        }
    };
}

with_commands!(declare_commands);

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
            Command::CancelCopy(c) => &c.actor,
            Command::CreateInstance(c) => &c.actor,
            Command::DeleteInstance(c) | Command::ReinitDisk(c) => &c.actor,
            Command::ReplaceSystemDisk(c) => &c.actor,
        }
    }
}
