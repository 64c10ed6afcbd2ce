//! tencent requests out (`toProviderRequests`): CVM 2017-03-12 actions and
//! parameters as TencentCloud/tencentcloud-sdk-go's request types name them.
//! Parameters the command cannot know (a zone, an instance type, a login,
//! an export's role and format, an import's file) are left out.

use crate::command::{Command, CreateSource, NewStatus};
use crate::error::InputError;
use crate::profile::requests::{
    accounts_to_add, accounts_to_remove, creation_region, image, instance, not_supported,
    ProviderRequest,
};
use crate::world::World;
use serde_json::{json, Value};

const VERSION: &str = "2017-03-12";

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
                Command::ShareImage(_) => (accounts_to_add(image, &r.account_ids)?, "SHARE"),
                _ => (accounts_to_remove(image, &r.account_ids)?, "CANCEL"),
            };
            if accounts.is_empty() {
                return Ok(Vec::new());
            }
            let params =
                json!({"ImageId": image.id, "AccountIds": accounts, "Permission": permission});
            vec![request("ModifyImageSharePermission", &image.region, params)]
        }
        Command::DeleteImage(r) => {
            if r.force {
                return Err(not_supported("force", "tencent", "force delete (DEL-2)"));
            }
            let image = image(world, &r.image_id, "imageId")?;
            let params = json!({"ImageIds": [image.id], "DeleteBindedSnap": r.delete_snapshots.then_some(true)});
            vec![request("DeleteImages", &image.region, params)]
        }
        Command::CopyImage(r) => {
            if r.description.is_some() {
                return Err(not_supported(
                    "description",
                    "tencent",
                    "a copy's description (NAME-3)",
                ));
            }
            let image = image(world, &r.image_id, "imageId")?;
            let destination = r.destination_region.as_ref().map(|d| d.as_str());
            let params = json!({
                "ImageIds": [image.id],
                "DestinationRegions": [destination],
                "ImageName": r.name,
                "Encrypt": r.encrypted.then_some(true),
            });
            vec![request("SyncImages", &image.region, params)]
        }
        Command::ExportImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            vec![request(
                "ExportImages",
                &image.region,
                json!({"BucketName": r.bucket, "ImageIds": [image.id]}),
            )]
        }
        Command::ModifyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let deprecated = r.status.map(|status| status == NewStatus::Deprecated);
            let params = json!({
                "ImageId": image.id,
                "ImageName": r.name,
                "ImageDescription": r.description,
                "ImageDeprecated": deprecated,
            });
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
            let base = json!({"ImageName": r.name, "ImageDescription": r.description});
            match r.from {
                CreateSource::Instance => {
                    let mut params = base;
                    params["InstanceId"] = json!(r.instance_id);
                    vec![request("CreateImage", &region, params)]
                }
                CreateSource::Snapshots => {
                    let mut params = base;
                    params["SnapshotIds"] = json!(r.snapshot_ids);
                    vec![request("CreateImage", &region, params)]
                }
                CreateSource::Import => vec![request("ImportImage", &region, base)],
            }
        }
        Command::CreateInstance(r) => vec![request(
            "RunInstances",
            &r.region,
            json!({"ImageId": r.image_id}),
        )],
        Command::DeleteInstance(r) => {
            let instance = instance(world, &r.instance_id)?;
            vec![request(
                "TerminateInstances",
                &instance.region,
                json!({"InstanceIds": [instance.id]}),
            )]
        }
        // ResetInstance without ImageId reinstalls from the instance's own image.
        Command::ReinitDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            vec![request(
                "ResetInstance",
                &instance.region,
                json!({"InstanceId": instance.id}),
            )]
        }
        Command::ReplaceSystemDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            let params = json!({"InstanceId": instance.id, "ImageId": r.image_id});
            vec![request("ResetInstance", &instance.region, params)]
        }
    })
}
