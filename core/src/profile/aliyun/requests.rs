//! aliyun requests out (`toProviderRequests`): ECS 2014-05-26 actions and
//! parameters as its API reference writes them; `AddAccount.N`-style
//! repeated parameters are one array. Parameters the command cannot know
//! (instance type, zone, network, password, a role, a disk ID) are left out.

use crate::command::{Command, CreateSource, NewStatus};
use crate::error::InputError;
use crate::profile::requests::{
    accounts_to_add, accounts_to_remove, creation_region, image, instance, ProviderRequest,
};
use crate::world::World;
use serde_json::{json, Value};

const VERSION: &str = "2014-05-26";
/// ModifyImageSharePermission: "Valid values of N: 1 to 10. If the value of
/// N is greater than 10, this parameter will be ignored."
const ACCOUNTS_PER_REQUEST: usize = 10;

fn request(action: &'static str, region: impl ToString, parameters: Value) -> ProviderRequest {
    ProviderRequest {
        action,
        version: VERSION,
        region: region.to_string(),
        parameters: crate::profile::requests::parameters(parameters),
        method: None,
        path: None,
    }
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
                Command::ShareImage(_) => (accounts_to_add(image, &r.account_ids)?, "AddAccount"),
                _ => (accounts_to_remove(image, &r.account_ids)?, "RemoveAccount"),
            };
            accounts
                .chunks(ACCOUNTS_PER_REQUEST)
                .map(|chunk| {
                    let mut params = json!({"RegionId": image.region, "ImageId": image.id});
                    params[key] = json!(chunk);
                    request("ModifyImageSharePermission", &image.region, params)
                })
                .collect()
        }
        // deleteSnapshots: DeleteImage keeps the snapshots (DEL-5), so it has no such parameter.
        Command::DeleteImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let force = r.force.then_some(true);
            vec![request(
                "DeleteImage",
                &image.region,
                json!({"RegionId": image.region, "ImageId": image.id, "Force": force}),
            )]
        }
        Command::CopyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let destination = r.destination_region.as_ref().map(|d| d.as_str());
            vec![request(
                "CopyImage",
                &image.region,
                json!({
                    "RegionId": image.region,
                    "ImageId": image.id,
                    "DestinationRegionId": destination,
                    "DestinationImageName": r.name,
                    "DestinationDescription": r.description,
                    "Encrypted": r.encrypted.then_some(true),
                }),
            )]
        }
        Command::ExportImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            vec![request(
                "ExportImage",
                &image.region,
                json!({"RegionId": image.region, "ImageId": image.id, "OSSBucket": r.bucket}),
            )]
        }
        Command::ModifyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let status = r.status.map(|status| match status {
                NewStatus::Deprecated => "Deprecated",
                NewStatus::Available => "Available",
            });
            vec![request(
                "ModifyImageAttribute",
                &image.region,
                json!({"RegionId": image.region, "ImageId": image.id, "ImageName": r.name, "Description": r.description, "Status": status}),
            )]
        }
        Command::CancelCopy(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            vec![request(
                "CancelCopyImage",
                &image.region,
                json!({"RegionId": image.region, "ImageId": image.id}),
            )]
        }
        Command::CreateImage(r) => {
            let region = creation_region(world, r)?;
            let base =
                json!({"RegionId": region, "ImageName": r.name, "Description": r.description});
            match r.from {
                CreateSource::Instance => {
                    let mut params = base;
                    params["InstanceId"] = json!(r.instance_id);
                    vec![request("CreateImage", &region, params)]
                }
                CreateSource::Snapshots => {
                    let mut params = base;
                    let mappings: Vec<Value> = r
                        .snapshot_ids
                        .iter()
                        .map(|id| json!({"SnapshotId": id}))
                        .collect();
                    params["DiskDeviceMapping"] = json!(mappings);
                    vec![request("CreateImage", &region, params)]
                }
                // The OSS bucket and object of the file are the caller's to add.
                CreateSource::Import => vec![request("ImportImage", &region, base)],
            }
        }
        Command::CreateInstance(r) => {
            vec![request(
                "RunInstances",
                &r.region,
                json!({"RegionId": r.region, "ImageId": r.image_id}),
            )]
        }
        Command::DeleteInstance(r) => {
            let instance = instance(world, &r.instance_id)?;
            vec![request(
                "DeleteInstance",
                &instance.region,
                json!({"InstanceId": instance.id}),
            )]
        }
        // ReInitDisk takes the system disk's ID, which the state does not hold.
        Command::ReinitDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            vec![request("ReInitDisk", &instance.region, json!({}))]
        }
        Command::ReplaceSystemDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            vec![request(
                "ReplaceSystemDisk",
                &instance.region,
                json!({"InstanceId": instance.id, "ImageId": r.image_id}),
            )]
        }
    })
}
