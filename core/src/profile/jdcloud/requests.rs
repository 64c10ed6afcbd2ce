//! jdcloud requests out (`toProviderRequests`): vm v1 REST requests as the
//! SDK's request types and paths write them (`jdcloud-api/jdcloud-sdk-go`,
//! `services/vm/apis`). Parameters the command cannot know (an export's
//! role and OSS URL, an import's file, an instance's type and network, a
//! password) are left out.

use crate::command::{Command, CreateSource};
use crate::error::InputError;
use crate::profile::requests::{
    accounts_to_add, accounts_to_remove, creation_region, image, instance, not_supported,
    ProviderRequest,
};
use crate::world::World;
use serde_json::{json, Value};

const VERSION: &str = "v1";

fn request(
    action: &'static str,
    method: &'static str,
    region: impl ToString,
    path: String,
    parameters: Value,
) -> ProviderRequest {
    let region = region.to_string();
    ProviderRequest {
        action,
        version: VERSION,
        path: Some(format!("/v1/regions/{region}{path}")),
        region,
        parameters: crate::profile::requests::parameters(parameters),
        method: Some(method),
    }
}

/// `toProviderRequests` for a jdcloud state.
pub(crate) fn requests(
    world: &World,
    command: &Command,
) -> Result<Vec<ProviderRequest>, InputError> {
    Ok(match command {
        Command::ShareImage(r) | Command::UnshareImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let (pins, action, verb) = match command {
                Command::ShareImage(_) => (
                    accounts_to_add(image, &r.account_ids)?,
                    "shareImage",
                    "share",
                ),
                _ => (
                    accounts_to_remove(image, &r.account_ids)?,
                    "unShareImage",
                    "unshare",
                ),
            };
            if pins.is_empty() {
                return Ok(Vec::new());
            }
            let path = format!("/images/{}:{verb}", image.id);
            vec![request(
                action,
                "POST",
                &image.region,
                path,
                json!({"pins": pins}),
            )]
        }
        // jdcloud has no force delete: instances never block (DEL-2 is aliyun's).
        Command::DeleteImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let path = format!("/images/{}", image.id);
            let params = json!({"deleteSnapshot": r.delete_snapshots.then_some(true)});
            vec![request(
                "deleteImage",
                "DELETE",
                &image.region,
                path,
                params,
            )]
        }
        Command::CopyImage(r) => {
            if r.encrypted {
                return Err(not_supported(
                    "encrypted",
                    "jdcloud",
                    "encrypted copies (ENC-2)",
                ));
            }
            let image = image(world, &r.image_id, "imageId")?;
            let destination = r.destination_region.as_ref().map(|d| d.as_str());
            let params = json!({
                "sourceImageIds": [image.id],
                "destinationRegion": destination,
                "name": r.name,
                "description": r.description,
            });
            vec![request(
                "copyImages",
                "POST",
                &image.region,
                "/images:copyImages".into(),
                params,
            )]
        }
        // exportImage names the bucket by its full https:// URL (`ossUrl`)
        // and needs a service role (`roleName`): both are the caller's to add.
        Command::ExportImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let path = format!("/images/{}:exportImage", image.id);
            vec![request(
                "exportImage",
                "POST",
                &image.region,
                path,
                json!({}),
            )]
        }
        Command::ModifyImage(r) => {
            if r.status.is_some() {
                return Err(not_supported("status", "jdcloud", "deprecation (DEP-1)"));
            }
            let image = image(world, &r.image_id, "imageId")?;
            let path = format!("/images/{}:modifyImageAttribute", image.id);
            let params = json!({"name": r.name, "description": r.description});
            vec![request(
                "modifyImageAttribute",
                "POST",
                &image.region,
                path,
                params,
            )]
        }
        Command::CancelCopy(_) => {
            return Err(not_supported(
                "type",
                "jdcloud",
                "cancelling a copy (TSK-4)",
            ))
        }
        Command::CreateImage(r) => {
            let region = creation_region(world, r)?;
            match r.from {
                CreateSource::Instance => {
                    let id = r
                        .instance_id
                        .as_ref()
                        .map(|id| id.as_str())
                        .unwrap_or_default();
                    let params = json!({"name": r.name, "description": r.description});
                    vec![request(
                        "createImage",
                        "POST",
                        &region,
                        format!("/instances/{id}:createImage"),
                        params,
                    )]
                }
                CreateSource::Snapshots => {
                    let disks: Vec<Value> = r
                        .snapshot_ids
                        .iter()
                        .map(|id| json!({"snapshotId": id}))
                        .collect();
                    let params =
                        json!({"name": r.name, "description": r.description, "cloudDisks": disks});
                    vec![request(
                        "createImageFromSnapshots",
                        "POST",
                        &region,
                        "/images:createImageFromSnapshots".into(),
                        params,
                    )]
                }
                CreateSource::Import => {
                    let params = json!({"imageName": r.name, "description": r.description});
                    vec![request(
                        "importImage",
                        "POST",
                        &region,
                        "/images:import".into(),
                        params,
                    )]
                }
            }
        }
        Command::CreateInstance(r) => {
            let params = json!({"instanceSpec": {"imageId": r.image_id}});
            vec![request(
                "createInstances",
                "POST",
                &r.region,
                "/instances".into(),
                params,
            )]
        }
        Command::DeleteInstance(r) => {
            let instance = instance(world, &r.instance_id)?;
            let path = format!("/instances/{}", instance.id);
            vec![request(
                "deleteInstance",
                "DELETE",
                &instance.region,
                path,
                json!({}),
            )]
        }
        // rebuildInstance without imageId rebuilds from the instance's own image.
        Command::ReinitDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            let path = format!("/instances/{}:rebuildInstance", instance.id);
            vec![request(
                "rebuildInstance",
                "POST",
                &instance.region,
                path,
                json!({}),
            )]
        }
        Command::ReplaceSystemDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            let path = format!("/instances/{}:rebuildInstance", instance.id);
            vec![request(
                "rebuildInstance",
                "POST",
                &instance.region,
                path,
                json!({"imageId": r.image_id}),
            )]
        }
    })
}
