//! `Command` as JSON, tagged by `type`: what a replayed scenario records.

use crate::command::Command;
use crate::json::{ObjectWriter, ToJson};

impl ToJson for Command {
    fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::begin(out);
        o.field("type", self.type_name());
        match self {
            Command::CreateImage(c) => o
                .field("actor", &c.actor)
                .optional("imageId", &c.image_id)
                .field("name", &c.name)
                .optional("description", &c.description)
                .optional("region", &c.region)
                .field("from", &c.from)
                .optional("instanceId", &c.instance_id)
                .nonempty("snapshotIds", &c.snapshot_ids)
                .optional("systemDisk", &c.system_disk),
            Command::CopyImage(c) => o
                .field("actor", &c.actor)
                .field("imageId", &c.image_id)
                .optional("destinationRegion", &c.destination_region)
                .optional("newImageId", &c.new_image_id)
                .optional("name", &c.name)
                .optional("description", &c.description),
            Command::ShareImage(c) | Command::UnshareImage(c) => o
                .field("actor", &c.actor)
                .field("imageId", &c.image_id)
                .field("accountIds", &c.account_ids),
            Command::DeleteImage(c) => o
                .field("actor", &c.actor)
                .field("imageId", &c.image_id)
                .flag("force", c.force)
                .flag("deleteSnapshots", c.delete_snapshots),
            Command::ExportImage(c) => o
                .field("actor", &c.actor)
                .field("imageId", &c.image_id)
                .optional("bucket", &c.bucket),
            Command::ModifyImage(c) => o
                .field("actor", &c.actor)
                .field("imageId", &c.image_id)
                .optional("name", &c.name)
                .optional("description", &c.description),
            Command::CreateInstance(c) => o
                .field("actor", &c.actor)
                .field("imageId", &c.image_id)
                .field("region", &c.region)
                .optional("instanceId", &c.instance_id),
            Command::DeleteInstance(c) | Command::ReinitDisk(c) => o
                .field("actor", &c.actor)
                .field("instanceId", &c.instance_id),
            Command::ReplaceSystemDisk(c) => o
                .field("actor", &c.actor)
                .field("instanceId", &c.instance_id)
                .field("imageId", &c.image_id),
        }
        .end();
    }
}
