//! `Event` as JSON, tagged by `type`.

use crate::event::Event;
use crate::json::{ObjectWriter, ToJson};

impl ToJson for Event {
    fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::begin(out);
        match self {
            Event::ImageCreated {
                image_id,
                source,
                region,
            } => o
                .field("type", "imageCreated")
                .field("imageId", image_id)
                .field("source", source)
                .field("region", region),
            Event::SnapshotCreated {
                snapshot_id,
                image_id,
            } => o
                .field("type", "snapshotCreated")
                .field("snapshotId", snapshot_id)
                .field("imageId", image_id),
            Event::ImageCopied {
                image_id,
                source_image_id,
                region,
            } => o
                .field("type", "imageCopied")
                .field("imageId", image_id)
                .field("sourceImageId", source_image_id)
                .field("region", region),
            Event::ImageShared {
                image_id,
                account_id,
            } => o
                .field("type", "imageShared")
                .field("imageId", image_id)
                .field("accountId", account_id),
            Event::ImageUnshared {
                image_id,
                account_id,
            } => o
                .field("type", "imageUnshared")
                .field("imageId", image_id)
                .field("accountId", account_id),
            Event::ImageDeleted { image_id, forced } => o
                .field("type", "imageDeleted")
                .field("imageId", image_id)
                .field("forced", forced),
            Event::SnapshotDeleted { snapshot_id } => o
                .field("type", "snapshotDeleted")
                .field("snapshotId", snapshot_id),
            Event::SnapshotKept {
                snapshot_id,
                because,
            } => o
                .field("type", "snapshotKept")
                .field("snapshotId", snapshot_id)
                .field("because", because),
            Event::ImageExported { image_id, bucket } => o
                .field("type", "imageExported")
                .field("imageId", image_id)
                .field("bucket", bucket),
            Event::ImageModified {
                image_id,
                name,
                description,
            } => o
                .field("type", "imageModified")
                .field("imageId", image_id)
                .optional("name", name)
                .optional("description", description),
            Event::InstanceCreated {
                instance_id,
                image_id,
                region,
            } => o
                .field("type", "instanceCreated")
                .field("instanceId", instance_id)
                .field("imageId", image_id)
                .field("region", region),
            Event::InstanceDeleted { instance_id } => o
                .field("type", "instanceDeleted")
                .field("instanceId", instance_id),
            Event::DiskReinitialized {
                instance_id,
                image_id,
            } => o
                .field("type", "diskReinitialized")
                .field("instanceId", instance_id)
                .field("imageId", image_id),
            Event::SystemDiskReplaced {
                instance_id,
                previous_image_id,
                image_id,
            } => o
                .field("type", "systemDiskReplaced")
                .field("instanceId", instance_id)
                .field("previousImageId", previous_image_id)
                .field("imageId", image_id),
        }
        .end();
    }
}
