//! `State` as JSON, as `toJSON` and `applyCommand` return it.

use crate::json::{ObjectWriter, ToJson};
use crate::model::{Image, Instance, Snapshot, State};

impl ToJson for Image {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .field("id", &self.id)
            .field("name", &self.name)
            .optional("description", &self.description)
            .field("kind", &self.kind)
            .optional("ownerId", &self.owner_id)
            .field("region", &self.region)
            .field("status", &self.status)
            .flag("marketplaceBased", self.marketplace_based)
            .optional("sourceInstanceId", &self.source_instance_id)
            .optional("systemDisk", &self.system_disk)
            .nonempty("sharedWith", &self.shared_with)
            .nonempty("snapshotIds", &self.snapshot_ids)
            .optional("copiedFrom", &self.copied_from)
            .end();
    }
}

impl ToJson for Instance {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .field("id", &self.id)
            .field("ownerId", &self.owner_id)
            .field("region", &self.region)
            .field("imageId", &self.image_id)
            .end();
    }
}

impl ToJson for Snapshot {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .field("id", &self.id)
            .field("ownerId", &self.owner_id)
            .field("region", &self.region)
            .flag("shared", self.shared)
            .flag("busy", self.busy)
            .end();
    }
}

impl ToJson for State {
    fn write_json(&self, out: &mut String) {
        ObjectWriter::begin(out)
            .field("provider", &self.provider)
            .field("images", &self.images)
            .field("instances", &self.instances)
            .field("snapshots", &self.snapshots)
            .end();
    }
}
