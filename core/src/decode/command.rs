//! The commands' JSON, one reader per command type. `tag` reads the `type`
//! member, which a command must carry and a `canX` request may leave out.

use super::object::read_object;
use crate::command::{
    Command, CopyImage, CreateImage, CreateInstance, DeleteImage, DeleteInstance, ExportImage,
    ModifyImage, ReplaceSystemDisk, ShareImage, MAX_ACCOUNTS_PER_REQUEST,
};
use crate::json::{Fault, Reader};
use crate::model::MAX_SNAPSHOTS_PER_IMAGE;

/// Reads the `type` member (already checked, or checked here).
pub(super) type Tag<'t> = &'t mut dyn FnMut(&mut Reader<'_>) -> Result<(), Fault>;

/// The command of type `kind`, or `None` when no command has that type.
pub(super) fn read(r: &mut Reader<'_>, kind: &str, tag: Tag) -> Option<Result<Command, Fault>> {
    Some(match kind {
        "createImage" => create_image(r, tag).map(Command::CreateImage),
        "copyImage" => copy_image(r, tag).map(Command::CopyImage),
        "shareImage" => share_image(r, tag).map(Command::ShareImage),
        "unshareImage" => share_image(r, tag).map(Command::UnshareImage),
        "deleteImage" => delete_image(r, tag).map(Command::DeleteImage),
        "exportImage" => export_image(r, tag).map(Command::ExportImage),
        "modifyImage" => modify_image(r, tag).map(Command::ModifyImage),
        "createInstance" => create_instance(r, tag).map(Command::CreateInstance),
        "deleteInstance" => delete_instance(r, tag).map(Command::DeleteInstance),
        "reinitDisk" => delete_instance(r, tag).map(Command::ReinitDisk),
        "replaceSystemDisk" => replace_system_disk(r, tag).map(Command::ReplaceSystemDisk),
        _ => return None,
    })
}

fn create_image(r: &mut Reader<'_>, tag: Tag) -> Result<CreateImage, Fault> {
    read_object!(r, ["type" => tag], CreateImage {
        actor: required = "actor",
        image_id: optional = "imageId",
        name: required = "name",
        description: optional = "description",
        region: optional = "region",
        from: required = "from",
        instance_id: optional = "instanceId",
        snapshot_ids: list_or_empty(MAX_SNAPSHOTS_PER_IMAGE) = "snapshotIds",
        system_disk: optional = "systemDisk",
    })
}

fn copy_image(r: &mut Reader<'_>, tag: Tag) -> Result<CopyImage, Fault> {
    read_object!(r, ["type" => tag], CopyImage {
        actor: required = "actor",
        image_id: required = "imageId",
        destination_region: present = "destinationRegion",
        new_image_id: optional = "newImageId",
        name: optional = "name",
        description: optional = "description",
    })
}

fn share_image(r: &mut Reader<'_>, tag: Tag) -> Result<ShareImage, Fault> {
    read_object!(r, ["type" => tag], ShareImage {
        actor: required = "actor",
        image_id: required = "imageId",
        account_ids: list(MAX_ACCOUNTS_PER_REQUEST) = "accountIds",
    })
}

fn delete_image(r: &mut Reader<'_>, tag: Tag) -> Result<DeleteImage, Fault> {
    read_object!(r, ["type" => tag], DeleteImage {
        actor: required = "actor",
        image_id: required = "imageId",
        force: default = "force",
        delete_snapshots: default = "deleteSnapshots",
    })
}

fn export_image(r: &mut Reader<'_>, tag: Tag) -> Result<ExportImage, Fault> {
    read_object!(r, ["type" => tag], ExportImage {
        actor: required = "actor",
        image_id: required = "imageId",
        bucket: present = "bucket",
    })
}

fn modify_image(r: &mut Reader<'_>, tag: Tag) -> Result<ModifyImage, Fault> {
    read_object!(r, ["type" => tag], ModifyImage {
        actor: required = "actor",
        image_id: required = "imageId",
        name: optional = "name",
        description: optional = "description",
    })
}

fn create_instance(r: &mut Reader<'_>, tag: Tag) -> Result<CreateInstance, Fault> {
    read_object!(r, ["type" => tag], CreateInstance {
        actor: required = "actor",
        image_id: required = "imageId",
        region: required = "region",
        instance_id: optional = "instanceId",
    })
}

fn delete_instance(r: &mut Reader<'_>, tag: Tag) -> Result<DeleteInstance, Fault> {
    read_object!(r, ["type" => tag], DeleteInstance {
        actor: required = "actor",
        instance_id: required = "instanceId",
    })
}

fn replace_system_disk(r: &mut Reader<'_>, tag: Tag) -> Result<ReplaceSystemDisk, Fault> {
    read_object!(r, ["type" => tag], ReplaceSystemDisk {
        actor: required = "actor",
        instance_id: required = "instanceId",
        image_id: required = "imageId",
    })
}
