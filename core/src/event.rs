//! One event per effect of an applied command.

use crate::command::CreateSource;
use crate::decision::KeptBecause;
use crate::text::{AccountId, Id, Region, Text};
use serde::Serialize;

/// An effect of an applied command, tagged by `type` in JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Event {
    ImageCreated {
        image_id: Id,
        source: CreateSource,
        region: Region,
    },
    SnapshotCreated {
        snapshot_id: Id,
        image_id: Id,
    },
    ImageCopied {
        image_id: Id,
        source_image_id: Id,
        region: Region,
    },
    ImageShared {
        image_id: Id,
        account_id: AccountId,
    },
    ImageUnshared {
        image_id: Id,
        account_id: AccountId,
    },
    ImageDeleted {
        image_id: Id,
        forced: bool,
    },
    SnapshotDeleted {
        snapshot_id: Id,
    },
    SnapshotKept {
        snapshot_id: Id,
        because: Vec<KeptBecause>,
    },
    ImageExported {
        image_id: Id,
        bucket: Text,
    },
    /// A running copy was cancelled and the copy deleted (TSK-4).
    CopyCancelled {
        image_id: Id,
        source_image_id: Id,
    },
    /// DEP-1.
    ImageDeprecated {
        image_id: Id,
    },
    /// DEP-1.
    ImageRestored {
        image_id: Id,
    },
    ImageModified {
        image_id: Id,
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<Text>,
        #[serde(skip_serializing_if = "Option::is_none")]
        description: Option<Text>,
    },
    InstanceCreated {
        instance_id: Id,
        image_id: Id,
        region: Region,
    },
    InstanceDeleted {
        instance_id: Id,
    },
    DiskReinitialized {
        instance_id: Id,
        image_id: Id,
    },
    SystemDiskReplaced {
        instance_id: Id,
        previous_image_id: Id,
        image_id: Id,
    },
}
