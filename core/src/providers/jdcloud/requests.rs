//! jdcloud requests out (`toProviderRequests`): vm v1 REST requests as the
//! SDK's request types and paths write them (`jdcloud-api/jdcloud-sdk-go`,
//! `services/vm/apis`). `parameters` hold the path's IDs too (`imageId`,
//! `instanceId`): `jdcloud-sdk-js` takes every parameter in one `opts`
//! object (`vm[action](parameters, region)`) and requires them there.
//! Parameters the command cannot know (an export's role and OSS URL, an
//! import's file, an instance's type and network, a password) are left out.

use crate::command::{Command, CreateSource};
use crate::error::InputError;
use crate::mapping::requests::{
    accounts_to_add, accounts_to_remove, creation_region, image, instance, not_supported, Params,
    ProviderRequest,
};
use crate::world::World;

const VERSION: &str = "v1";

fn request(
    action: &'static str,
    method: &'static str,
    region: &str,
    path: String,
    parameters: Params,
) -> ProviderRequest {
    ProviderRequest {
        action,
        version: VERSION,
        path: Some(format!("/v1/regions/{region}{path}")),
        region: region.into(),
        parameters: parameters.into_map(),
        method: Some(method),
    }
}

/// The path's image ID, as the SDK's `opts.imageId`.
fn on_image(id: &str) -> Params {
    Params::new().text("imageId", id)
}

/// The path's instance ID, as the SDK's `opts.instanceId`.
fn on_instance(id: &str) -> Params {
    Params::new().text("instanceId", id)
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
                Command::ShareImage(_) => (accounts_to_add(image, r), "shareImage", "share"),
                _ => (accounts_to_remove(image, r), "unShareImage", "unshare"),
            };
            if pins.is_empty() {
                return Ok(Vec::new());
            }
            let path = format!("/images/{}:{verb}", image.id);
            let params = on_image(&image.id).texts("pins", pins);
            vec![request(action, "POST", &image.region, path, params)]
        }
        // jdcloud has no force delete: instances never block (DEL-2 is not
        // its rule), so `force` changes nothing and sends nothing.
        Command::DeleteImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let path = format!("/images/{}", image.id);
            let params = on_image(&image.id).flag("deleteSnapshot", r.delete_snapshots);
            vec![request(
                "deleteImage",
                "DELETE",
                &image.region,
                path,
                params,
            )]
        }
        Command::CopyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let params = Params::new()
                .texts("sourceImageIds", [image.id.as_str()])
                .maybe(
                    "destinationRegion",
                    r.destination_region.as_ref().map(|d| d.as_str()),
                );
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
                on_image(&image.id),
            )]
        }
        Command::ModifyImage(r) => {
            let image = image(world, &r.image_id, "imageId")?;
            let path = format!("/images/{}:modifyImageAttribute", image.id);
            let params = on_image(&image.id)
                .maybe("name", r.name.as_deref())
                .maybe("description", r.description.as_deref());
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
            let description = r.description.as_deref();
            match r.from {
                CreateSource::Instance => {
                    let id = r
                        .instance_id
                        .as_ref()
                        .map(|id| id.as_str())
                        .unwrap_or_default();
                    let params = on_instance(id)
                        .text("name", &r.name)
                        .maybe("description", description);
                    vec![request(
                        "createImage",
                        "POST",
                        &region,
                        format!("/instances/{id}:createImage"),
                        params,
                    )]
                }
                CreateSource::Snapshots => {
                    let disks = r
                        .snapshot_ids
                        .iter()
                        .map(|id| Params::new().text("snapshotId", id));
                    let params = Params::new()
                        .text("name", &r.name)
                        .maybe("description", description)
                        .objects("cloudDisks", disks);
                    vec![request(
                        "createImageFromSnapshots",
                        "POST",
                        &region,
                        "/images:createImageFromSnapshots".into(),
                        params,
                    )]
                }
                CreateSource::Import => {
                    let params = Params::new()
                        .text("imageName", &r.name)
                        .maybe("description", description);
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
            let params =
                Params::new().object("instanceSpec", Params::new().text("imageId", &r.image_id));
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
                on_instance(&instance.id),
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
                on_instance(&instance.id),
            )]
        }
        Command::ReplaceSystemDisk(r) => {
            let instance = instance(world, &r.instance_id)?;
            let path = format!("/instances/{}:rebuildInstance", instance.id);
            let params = on_instance(&instance.id).text("imageId", &r.image_id);
            vec![request(
                "rebuildInstance",
                "POST",
                &instance.region,
                path,
                params,
            )]
        }
    })
}
