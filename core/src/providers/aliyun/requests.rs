//! aliyun requests out (`toProviderRequests`): ECS 2014-05-26 actions and
//! parameters as its API reference writes them; `AddAccount.N`-style
//! repeated parameters are one array. Parameters the command cannot know
//! (instance type, zone, network, password, a role, a disk ID) are left out.

use crate::command::{Command, CreateSource, NewStatus};
use crate::error::InputError;
use crate::mapping::requests::{
    accounts_to_add, accounts_to_remove, creation_region, image, instance, Params, ProviderRequest,
};
use crate::world::World;

const VERSION: &str = "2014-05-26";
/// ModifyImageSharePermission: "Valid values of N: 1 to 10. If the value of
/// N is greater than 10, this parameter will be ignored."
const ACCOUNTS_PER_REQUEST: usize = 10;

fn request(action: &'static str, region: &str, parameters: Params) -> ProviderRequest {
    ProviderRequest::rpc(action, VERSION, region, parameters)
}

/// `RegionId` and `ImageId` of an image: most image actions start so.
fn on_image(region: &str, id: &str) -> Params {
    Params::new().text("RegionId", region).text("ImageId", id)
}

/// `toProviderRequests` for an aliyun state.
pub(crate) fn requests(
    world: &World,
    command: &Command,
) -> Result<Vec<ProviderRequest>, InputError> {
    Ok(match command {
        Command::ShareImage(r) | Command::UnshareImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let (accounts, key) = match command {
                Command::ShareImage(_) => (accounts_to_add(image, r), "AddAccount"),
                _ => (accounts_to_remove(image, r), "RemoveAccount"),
            };
            accounts
                .chunks(ACCOUNTS_PER_REQUEST)
                .map(|chunk| {
                    let params =
                        on_image(&image.region, &image.id).texts(key, chunk.iter().copied());
                    request("ModifyImageSharePermission", &image.region, params)
                })
                .collect()
        }
        // deleteSnapshots: DeleteImage keeps the snapshots (DEL-5), so it has no such parameter.
        Command::DeleteImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            vec![request(
                "DeleteImage",
                &image.region,
                on_image(&image.region, &image.id).flag("Force", r.force),
            )]
        }
        Command::CopyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let params = on_image(&image.region, &image.id)
                .maybe(
                    "DestinationRegionId",
                    r.destination_region.as_ref().map(|d| d.as_str()),
                )
                .maybe("DestinationImageName", r.name.as_deref())
                .maybe("DestinationDescription", r.description.as_deref())
                .flag("Encrypted", r.encrypted);
            vec![request("CopyImage", &image.region, params)]
        }
        Command::ExportImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let params = on_image(&image.region, &image.id).maybe("OSSBucket", r.bucket.as_deref());
            vec![request("ExportImage", &image.region, params)]
        }
        Command::ModifyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let status = r.status.map(|status| match status {
                NewStatus::Deprecated => "Deprecated",
                NewStatus::Available => "Available",
            });
            let params = on_image(&image.region, &image.id)
                .maybe("ImageName", r.name.as_deref())
                .maybe("Description", r.description.as_deref())
                .maybe("Status", status);
            vec![request("ModifyImageAttribute", &image.region, params)]
        }
        Command::CancelCopy(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            vec![request(
                "CancelCopyImage",
                &image.region,
                on_image(&image.region, &image.id),
            )]
        }
        Command::CreateImage(r) => {
            let region = creation_region(world, r)?;
            let base = Params::new()
                .text("RegionId", &region)
                .text("ImageName", &r.name)
                .maybe("Description", r.description.as_deref());
            match r.from {
                CreateSource::Instance => {
                    let params = base.maybe("InstanceId", r.instance_id.as_deref());
                    vec![request("CreateImage", &region, params)]
                }
                CreateSource::Snapshots => {
                    let mappings = r
                        .snapshot_ids
                        .iter()
                        .map(|id| Params::new().text("SnapshotId", id));
                    vec![request(
                        "CreateImage",
                        &region,
                        base.objects("DiskDeviceMapping", mappings),
                    )]
                }
                // The OSS bucket and object of the file are the caller's to add.
                CreateSource::Import => vec![request("ImportImage", &region, base)],
            }
        }
        Command::CreateInstance(r) => {
            let params = Params::new()
                .text("RegionId", &r.region)
                .text("ImageId", &r.image_id);
            vec![request("RunInstances", &r.region, params)]
        }
        Command::DeleteInstance(r) => {
            let instance = instance(world, &r.instance_id)?;
            vec![request(
                "DeleteInstance",
                &instance.region,
                Params::new().text("InstanceId", &instance.id),
            )]
        }
        // ReInitDisk takes the system disk's ID, which the state does not hold.
        Command::ReinitDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            vec![request("ReInitDisk", &instance.region, Params::new())]
        }
        Command::ReplaceSystemDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            let params = Params::new()
                .text("InstanceId", &instance.id)
                .text("ImageId", &r.image_id);
            vec![request("ReplaceSystemDisk", &instance.region, params)]
        }
    })
}
