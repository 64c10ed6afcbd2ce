//! The lifecycle simulation: a command that is allowed changes the world and
//! reports one event per effect; a denied one changes nothing.

use crate::checks::create::{new_image_region, source_instance};
use crate::checks::share::{accounts_to_add, accounts_to_remove};
use crate::checks::snapshots::fates;
use crate::checks::{decide, On};
use crate::command::{
    Command, CopyImage, CreateImage, CreateSource, DeleteImage, ModifyImage, NewStatus, ShareImage,
};
use crate::decision::Decision;
use crate::event::Event;
use crate::message::Action;
use crate::model::{DiskKind, Image, ImageKind, ImageStatus, Instance, Snapshot};
use crate::profile::Deprecation;
use crate::text::Id;
use crate::world::World;

/// An allowed command's effects.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub events: Vec<Event>,
    pub decision: Decision,
}

/// Decides `command` and, when allowed, applies it to `world`.
///
/// ```
/// use image_policy_core::{apply, decode, Event, World};
/// let mut world = World::new(decode::state(r#"{"provider":"aliyun","images":[
///   {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"cn-hangzhou","status":"available"}]}"#).unwrap()).unwrap();
/// let share = decode::command(r#"{"type":"shareImage","actor":"a1","imageId":"m-1","accountIds":["a2"]}"#).unwrap();
/// let applied = apply(&mut world, &share).unwrap();
/// assert!(matches!(applied.events[0], Event::ImageShared { .. }));
/// assert!(world.image("m-1").unwrap().is_shared_with("a2"));
/// ```
pub fn apply(world: &mut World, command: &Command) -> Result<Applied, Decision> {
    let decision = decide(world, command);
    if !decision.allowed {
        return Err(decision);
    }
    let events = transition(world, command);
    Ok(Applied { events, decision })
}

/// The effects of an allowed command.
pub(crate) fn transition(world: &mut World, command: &Command) -> Vec<Event> {
    match command {
        Command::CreateImage(r) => create_image(world, r),
        Command::CopyImage(r) => copy_image(world, r),
        Command::ShareImage(r) => share(world, r),
        Command::UnshareImage(r) => unshare(world, r),
        Command::DeleteImage(r) => delete_image(world, r),
        Command::ExportImage(r) => r
            .bucket
            .iter()
            .map(|bucket| Event::ImageExported {
                image_id: r.image_id.clone(),
                bucket: bucket.clone(),
            })
            .collect(),
        Command::ModifyImage(r) => modify_image(world, r),
        Command::CancelCopy(r) => world
            .remove_image(&r.image_id)
            .and_then(|copy| copy.copied_from)
            .map(|source_image_id| Event::CopyCancelled {
                image_id: r.image_id.clone(),
                source_image_id,
            })
            .into_iter()
            .collect(),
        Command::CreateInstance(r) => {
            let id = r
                .instance_id
                .clone()
                .unwrap_or_else(|| fresh_instance_id(world));
            world.insert_instance(Instance {
                id: id.clone(),
                owner_id: r.actor.clone(),
                region: r.region.clone(),
                image_id: r.image_id.clone(),
            });
            vec![Event::InstanceCreated {
                instance_id: id,
                image_id: r.image_id.clone(),
                region: r.region.clone(),
            }]
        }
        Command::DeleteInstance(r) => {
            world.remove_instance(&r.instance_id);
            vec![Event::InstanceDeleted {
                instance_id: r.instance_id.clone(),
            }]
        }
        Command::ReinitDisk(r) => world
            .instance(&r.instance_id)
            .map(|i| Event::DiskReinitialized {
                instance_id: i.id.clone(),
                image_id: i.image_id.clone(),
            })
            .into_iter()
            .collect(),
        Command::ReplaceSystemDisk(r) => world
            .retarget_instance(&r.instance_id, r.image_id.clone())
            .map(|previous| Event::SystemDiskReplaced {
                instance_id: r.instance_id.clone(),
                previous_image_id: previous,
                image_id: r.image_id.clone(),
            })
            .into_iter()
            .collect(),
    }
}

/// The first free `prefix` + number, counting from the table's size: the
/// same state always gives the same ID.
fn fresh(prefix: &str, start: usize, free: impl Fn(&str) -> bool) -> Id {
    (start..)
        .map(|n| Id::generated(prefix, n))
        .find(|id| free(id))
        .unwrap_or_else(|| Id::generated(prefix, 0))
}

fn fresh_image_id(world: &World) -> Id {
    let prefix = world.provider().profile().ids.image;
    fresh(prefix, world.image_count() + 1, |id| {
        world.image_id_free(id)
    })
}

fn fresh_instance_id(world: &World) -> Id {
    let prefix = world.provider().profile().ids.instance;
    fresh(prefix, world.instance_count() + 1, |id| {
        world.instance_id_free(id)
    })
}

fn fresh_snapshot_id(world: &World) -> Id {
    let prefix = world.provider().profile().ids.snapshot;
    fresh(prefix, world.snapshot_count() + 1, |id| {
        world.snapshot_id_free(id)
    })
}

/// CRT-1, CRT-2.
fn create_image(world: &mut World, r: &CreateImage) -> Vec<Event> {
    let Some(region) = new_image_region(world, r) else {
        return Vec::new();
    };
    let id = r.image_id.clone().unwrap_or_else(|| fresh_image_id(world));
    let source = source_instance(world, r);
    let marketplace_based =
        source
            .and_then(|i| world.image(&i.image_id))
            .is_some_and(|source_image| {
                source_image.kind == ImageKind::Marketplace || source_image.marketplace_based
            });
    let source_instance_id = source.map(|i| i.id.clone());
    let mut events = vec![Event::ImageCreated {
        image_id: id.clone(),
        source: r.from,
        region: region.clone(),
    }];
    let snapshot_ids = match r.from {
        CreateSource::Snapshots => {
            let mut ids = r.snapshot_ids.clone();
            dedup_in_order(&mut ids);
            ids
        }
        // An instance's disk or an imported file becomes a new snapshot.
        CreateSource::Instance | CreateSource::Import => {
            let snapshot_id = fresh_snapshot_id(world);
            world.insert_snapshot(Snapshot {
                id: snapshot_id.clone(),
                owner_id: r.actor.clone(),
                region: region.clone(),
                shared: false,
                busy: false,
            });
            events.push(Event::SnapshotCreated {
                snapshot_id: snapshot_id.clone(),
                image_id: id.clone(),
            });
            vec![snapshot_id]
        }
    };
    world.insert_image(Image {
        id,
        name: r.name.clone(),
        description: r.description.clone(),
        kind: ImageKind::Custom,
        owner_id: Some(r.actor.clone()),
        region,
        status: ImageStatus::Available,
        marketplace_based,
        source_instance_id,
        system_disk: Some(r.system_disk.unwrap_or(DiskKind::Cloud)),
        shared_with: Vec::new(),
        snapshot_ids,
        copied_from: None,
        task: None,
        encrypted: false,
        in_use: false,
        deprecated: false,
        byol: false,
    });
    events
}

fn dedup_in_order(ids: &mut Vec<Id>) {
    let mut seen = rustc_hash::FxHashSet::default();
    ids.retain(|id| seen.insert(id.clone()));
}

/// CPY-1: a new, independent image owned by the actor.
fn copy_image(world: &mut World, r: &CopyImage) -> Vec<Event> {
    let (Some(source), Some(region)) = (
        world.image(&r.image_id),
        r.destination_region
            .as_ref()
            .and_then(|t| t.valid().cloned()),
    ) else {
        return Vec::new();
    };
    let id = r
        .new_image_id
        .clone()
        .unwrap_or_else(|| fresh_image_id(world));
    let copy = Image {
        id: id.clone(),
        name: r.name.clone().unwrap_or_else(|| source.name.clone()),
        description: r.description.clone().or_else(|| source.description.clone()),
        kind: ImageKind::Custom,
        owner_id: Some(r.actor.clone()),
        region: region.clone(),
        status: ImageStatus::Available,
        marketplace_based: source.marketplace_based,
        source_instance_id: None,
        system_disk: source.system_disk,
        shared_with: Vec::new(),
        snapshot_ids: Vec::new(),
        copied_from: Some(source.id.clone()),
        task: None,
        // ENC-2: a copy of an encrypted image is encrypted.
        encrypted: source.encrypted || r.encrypted,
        in_use: false,
        // Inferred (RULES.md v3): the licence travels with the image; a copy
        // is a new image, not deprecated.
        deprecated: false,
        byol: source.byol,
    };
    world.insert_image(copy);
    vec![Event::ImageCopied {
        image_id: id,
        source_image_id: r.image_id.clone(),
        region,
    }]
}

/// MOD-1 and DEP-1: a new name, description or status, one event each.
fn modify_image(world: &mut World, r: &ModifyImage) -> Vec<Event> {
    let deprecation = world.provider().profile().supports.deprecation;
    let Some(image) = world.image_mut(&r.image_id) else {
        return Vec::new();
    };
    let mut events = Vec::new();
    if r.name.is_some() || r.description.is_some() {
        if let Some(name) = &r.name {
            image.name = name.clone();
        }
        if let Some(description) = &r.description {
            image.description = Some(description.clone());
        }
        events.push(Event::ImageModified {
            image_id: r.image_id.clone(),
            name: r.name.clone(),
            description: r.description.clone(),
        });
    }
    if let Some(status) = r.status {
        // DEP-1: tencent deprecates with a flag beside the status.
        if deprecation == Deprecation::Flag {
            image.deprecated = status == NewStatus::Deprecated;
        } else {
            image.status = status.status();
        }
        let image_id = r.image_id.clone();
        events.push(match status {
            NewStatus::Deprecated => Event::ImageDeprecated { image_id },
            NewStatus::Available => Event::ImageRestored { image_id },
        });
    }
    events
}

fn share(world: &mut World, r: &ShareImage) -> Vec<Event> {
    let Some(image) = world.image(&r.image_id) else {
        return Vec::new();
    };
    let added: Vec<_> = accounts_to_add(&On {
        image,
        request: r,
        action: Action::Share,
    })
    .into_iter()
    .cloned()
    .collect();
    if let Some(image) = world.image_mut(&r.image_id) {
        image.shared_with.extend(added.iter().cloned());
    }
    added
        .into_iter()
        .map(|account_id| Event::ImageShared {
            image_id: r.image_id.clone(),
            account_id,
        })
        .collect()
}

fn unshare(world: &mut World, r: &ShareImage) -> Vec<Event> {
    let Some(image) = world.image(&r.image_id) else {
        return Vec::new();
    };
    let removed: Vec<_> = accounts_to_remove(&On {
        image,
        request: r,
        action: Action::Unshare,
    })
    .into_iter()
    .cloned()
    .collect();
    if let Some(image) = world.image_mut(&r.image_id) {
        image.shared_with.retain(|a| !removed.contains(a));
    }
    removed
        .into_iter()
        .map(|account_id| Event::ImageUnshared {
            image_id: r.image_id.clone(),
            account_id,
        })
        .collect()
}

/// DEL-3..DEL-8: the image goes; its snapshots go only as DEL-8 allows.
fn delete_image(world: &mut World, r: &DeleteImage) -> Vec<Event> {
    let Some(image) = world.image(&r.image_id) else {
        return Vec::new();
    };
    let fates = fates(world, world.provider().profile(), image, r.delete_snapshots);
    world.remove_image(&r.image_id);
    let mut events = vec![Event::ImageDeleted {
        image_id: r.image_id.clone(),
        forced: r.force,
    }];
    for snapshot_id in fates.deleted {
        world.remove_snapshot(&snapshot_id);
        events.push(Event::SnapshotDeleted { snapshot_id });
    }
    for kept in fates.kept {
        events.push(Event::SnapshotKept {
            snapshot_id: kept.snapshot_id,
            because: kept.because,
        });
    }
    events
}
