//! The state's JSON: images, instances, snapshots.

use super::object::read_object;
use crate::json::{Fault, FromJson, Reader};
use crate::model::{
    Image, Instance, Snapshot, State, MAX_ITEMS, MAX_SHARES_IN_STATE, MAX_SNAPSHOTS_PER_IMAGE,
};

impl FromJson for Image {
    fn read_json(r: &mut Reader<'_>) -> Result<Self, Fault> {
        read_object!(
            r,
            [],
            Image {
                id: required = "id",
                name: required = "name",
                description: optional = "description",
                kind: required = "kind",
                owner_id: optional = "ownerId",
                region: required = "region",
                status: required = "status",
                marketplace_based: default = "marketplaceBased",
                source_instance_id: optional = "sourceInstanceId",
                system_disk: optional = "systemDisk",
                shared_with: list_or_empty(MAX_SHARES_IN_STATE) = "sharedWith",
                snapshot_ids: list_or_empty(MAX_SNAPSHOTS_PER_IMAGE) = "snapshotIds",
                copied_from: optional = "copiedFrom",
            }
        )
    }
}

impl FromJson for Instance {
    fn read_json(r: &mut Reader<'_>) -> Result<Self, Fault> {
        read_object!(
            r,
            [],
            Instance {
                id: required = "id",
                owner_id: required = "ownerId",
                region: required = "region",
                image_id: required = "imageId",
            }
        )
    }
}

impl FromJson for Snapshot {
    fn read_json(r: &mut Reader<'_>) -> Result<Self, Fault> {
        read_object!(
            r,
            [],
            Snapshot {
                id: required = "id",
                owner_id: required = "ownerId",
                region: required = "region",
                shared: default = "shared",
                busy: default = "busy",
            }
        )
    }
}

impl FromJson for State {
    fn read_json(r: &mut Reader<'_>) -> Result<Self, Fault> {
        read_object!(
            r,
            [],
            State {
                provider: required = "provider",
                images: list(MAX_ITEMS) = "images",
                instances: list_or_empty(MAX_ITEMS) = "instances",
                snapshots: list_or_empty(MAX_ITEMS) = "snapshots",
            }
        )
    }
}
