//! tencent requests out (`toProviderRequests`): CVM 2017-03-12 actions and
//! parameters as TencentCloud/tencentcloud-sdk-go's request types name them.
//! Parameters the command cannot know (a zone, an instance type, a login,
//! an export's role and format, an import's file) are left out.

use crate::command::{Command, CreateSource, NewStatus};
use crate::error::InputError;
use crate::mapping::requests::{
    accounts_to_add, accounts_to_remove, creation_region, image, instance, not_supported, Params,
    ProviderRequest,
};
use crate::world::World;

const VERSION: &str = "2017-03-12";

fn request(action: &'static str, region: &str, parameters: Params) -> ProviderRequest {
    ProviderRequest::rpc(action, VERSION, region, parameters)
}

/// `toProviderRequests` for a tencent state.
pub(crate) fn requests(
    world: &World,
    command: &Command,
) -> Result<Vec<ProviderRequest>, InputError> {
    Ok(match command {
        // A share naming an account already shared fails whole
        // (FailedOperation.AccountAlreadyExists): such accounts are left out.
        Command::ShareImage(r) | Command::UnshareImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let (accounts, permission) = match command {
                Command::ShareImage(_) => (accounts_to_add(image, r), "SHARE"),
                _ => (accounts_to_remove(image, r), "CANCEL"),
            };
            if accounts.is_empty() {
                return Ok(Vec::new());
            }
            let params = Params::new()
                .text("ImageId", &image.id)
                .texts("AccountIds", accounts)
                .text("Permission", permission);
            vec![request("ModifyImageSharePermission", &image.region, params)]
        }
        Command::DeleteImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let params = Params::new()
                .texts("ImageIds", [image.id.as_str()])
                .flag("DeleteBindedSnap", r.delete_snapshots);
            vec![request("DeleteImages", &image.region, params)]
        }
        Command::CopyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let destination = r.destination_region.as_ref().map(|d| d.as_str());
            let params = Params::new()
                .texts("ImageIds", [image.id.as_str()])
                .texts("DestinationRegions", destination)
                .maybe("ImageName", r.name.as_deref())
                .flag("Encrypt", r.encrypted);
            vec![request("SyncImages", &image.region, params)]
        }
        Command::ExportImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let params = Params::new()
                .maybe("BucketName", r.bucket.as_deref())
                .texts("ImageIds", [image.id.as_str()]);
            vec![request("ExportImages", &image.region, params)]
        }
        Command::ModifyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let params = Params::new()
                .text("ImageId", &image.id)
                .maybe("ImageName", r.name.as_deref())
                .maybe("ImageDescription", r.description.as_deref())
                .boolean(
                    "ImageDeprecated",
                    r.status.map(|status| status == NewStatus::Deprecated),
                );
            vec![request("ModifyImageAttribute", &image.region, params)]
        }
        Command::CancelCopy(_) => {
            return Err(not_supported(
                "type",
                "tencent",
                "cancelling a copy (TSK-4)",
            ))
        }
        Command::CreateImage(r) => {
            let region = creation_region(world, r)?;
            let base = Params::new()
                .text("ImageName", &r.name)
                .maybe("ImageDescription", r.description.as_deref());
            match r.from {
                CreateSource::Instance => {
                    vec![request(
                        "CreateImage",
                        &region,
                        base.maybe("InstanceId", r.instance_id.as_deref()),
                    )]
                }
                CreateSource::Snapshots => {
                    let ids = r.snapshot_ids.iter().map(|id| id.as_str());
                    vec![request(
                        "CreateImage",
                        &region,
                        base.texts("SnapshotIds", ids),
                    )]
                }
                CreateSource::Import => vec![request("ImportImage", &region, base)],
            }
        }
        Command::CreateInstance(r) => {
            vec![request(
                "RunInstances",
                &r.region,
                Params::new().text("ImageId", &r.image_id),
            )]
        }
        Command::DeleteInstance(r) => {
            let instance = instance(world, &r.instance_id)?;
            let params = Params::new().texts("InstanceIds", [instance.id.as_str()]);
            vec![request("TerminateInstances", &instance.region, params)]
        }
        // ResetInstance without ImageId reinstalls from the instance's own image.
        Command::ReinitDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            vec![request(
                "ResetInstance",
                &instance.region,
                Params::new().text("InstanceId", &instance.id),
            )]
        }
        Command::ReplaceSystemDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            let params = Params::new()
                .text("InstanceId", &instance.id)
                .text("ImageId", &r.image_id);
            vec![request("ResetInstance", &instance.region, params)]
        }
    })
}
