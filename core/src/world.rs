//! The state with the indexes the rules need, so a check touches only the
//! image, its instances and its snapshots, never the whole state.

use crate::catalogue::RuleId;
use crate::error::{Argument, InputError};
use crate::model::{Image, ImageKind, ImageStatus, Instance, Provider, Snapshot, State};
use crate::profile::Deprecation;
use crate::table::Table;
use crate::text::Id;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeSet;

/// Image ID -> the IDs that refer to it, kept sorted for stable output.
type Refs = FxHashMap<Id, BTreeSet<Id>>;

/// A validated, indexed state.
#[derive(Clone, Debug)]
pub struct World {
    provider: Provider,
    images: Table<Image>,
    instances: Table<Instance>,
    snapshots: Table<Snapshot>,
    /// image -> instances created from it (the image may be gone).
    instances_by_image: Refs,
    /// snapshot -> images made of it.
    images_by_snapshot: Refs,
    /// source image -> its copies (the source may be gone).
    copies_by_source: Refs,
}

impl World {
    /// Validates `state` (duplicate IDs, owners, shares, references) and
    /// indexes it.
    ///
    /// ```
    /// use image_policy_core::{decode, World};
    /// let state = decode::state(r#"{"provider":"aliyun","images":[
    ///   {"id":"m-1","name":"a","kind":"public","region":"r","status":"available"},
    ///   {"id":"m-1","name":"b","kind":"public","region":"r","status":"available"}]}"#).unwrap();
    /// let err = World::new(state).unwrap_err();
    /// assert_eq!(err.path, "images[1].id");
    /// ```
    pub fn new(state: State) -> Result<World, InputError> {
        validate_images(&state)?;
        let State {
            provider,
            images,
            instances,
            snapshots,
        } = state;
        let images = Table::from_rows(images).map_err(|d| duplicate("images", d))?;
        let instances = Table::from_rows(instances).map_err(|d| duplicate("instances", d))?;
        let snapshots = Table::from_rows(snapshots).map_err(|d| duplicate("snapshots", d))?;
        let mut world = World {
            provider,
            images,
            instances,
            snapshots,
            instances_by_image: Refs::default(),
            images_by_snapshot: Refs::default(),
            copies_by_source: Refs::default(),
        };
        world.check_snapshot_references()?;
        let World {
            images,
            instances,
            instances_by_image,
            images_by_snapshot,
            copies_by_source,
            ..
        } = &mut world;
        for instance in instances.iter() {
            link(instances_by_image, &instance.image_id, &instance.id);
        }
        for image in images.iter() {
            index_image(images_by_snapshot, copies_by_source, image);
        }
        Ok(world)
    }

    /// The state, in its original order with new rows at the end.
    pub fn to_state(&self) -> State {
        State {
            provider: self.provider,
            images: self.images.to_vec(),
            instances: self.instances.to_vec(),
            snapshots: self.snapshots.to_vec(),
        }
    }

    pub fn provider(&self) -> Provider {
        self.provider
    }

    pub fn image(&self, id: &str) -> Option<&Image> {
        self.images.get(id)
    }

    pub fn instance(&self, id: &str) -> Option<&Instance> {
        self.instances.get(id)
    }

    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.snapshots.get(id)
    }

    pub fn images(&self) -> impl Iterator<Item = &Image> {
        self.images.iter()
    }

    pub fn instances(&self) -> impl Iterator<Item = &Instance> {
        self.instances.iter()
    }

    pub fn snapshots(&self) -> impl Iterator<Item = &Snapshot> {
        self.snapshots.iter()
    }

    pub fn image_count(&self) -> usize {
        self.images.len()
    }

    /// Instances created from `image_id`, sorted by ID.
    pub fn instances_of(&self, image_id: &str) -> impl Iterator<Item = &Instance> {
        refs(&self.instances_by_image, image_id).filter_map(|id| self.instances.get(id))
    }

    /// Images made of `snapshot_id`, sorted by ID.
    pub fn images_using(&self, snapshot_id: &str) -> impl Iterator<Item = &Id> {
        refs(&self.images_by_snapshot, snapshot_id)
    }

    /// Copies of `image_id`, sorted by ID.
    pub fn copies_of(&self, image_id: &str) -> impl Iterator<Item = &Id> {
        refs(&self.copies_by_source, image_id)
    }

    /// Whether a new image may take `id`: no image has it, and no instance or
    /// copy still names it (SIM-2), so a reused ID never revives a reference.
    pub fn image_id_free(&self, id: &str) -> bool {
        !self.images.contains(id)
            && !self.instances_by_image.contains_key(id)
            && !self.copies_by_source.contains_key(id)
    }

    pub fn instance_id_free(&self, id: &str) -> bool {
        !self.instances.contains(id)
    }

    pub fn snapshot_id_free(&self, id: &str) -> bool {
        !self.snapshots.contains(id)
    }

    pub fn instance_count(&self) -> usize {
        self.instances.len()
    }

    pub fn snapshot_count(&self) -> usize {
        self.snapshots.len()
    }

    // Mutations. Each keeps the indexes in step; callers have checked the rules.

    pub(crate) fn insert_image(&mut self, image: Image) {
        index_image(
            &mut self.images_by_snapshot,
            &mut self.copies_by_source,
            &image,
        );
        self.images.insert(image);
    }

    pub(crate) fn remove_image(&mut self, id: &str) -> Option<Image> {
        let image = self.images.remove(id)?;
        for snapshot in &image.snapshot_ids {
            unlink(&mut self.images_by_snapshot, snapshot, &image.id);
        }
        if let Some(source) = &image.copied_from {
            unlink(&mut self.copies_by_source, source, &image.id);
        }
        Some(image)
    }

    pub(crate) fn image_mut(&mut self, id: &str) -> Option<&mut Image> {
        self.images.get_mut(id)
    }

    pub(crate) fn insert_instance(&mut self, instance: Instance) {
        link(
            &mut self.instances_by_image,
            &instance.image_id,
            &instance.id,
        );
        self.instances.insert(instance);
    }

    pub(crate) fn remove_instance(&mut self, id: &str) -> Option<Instance> {
        let instance = self.instances.remove(id)?;
        unlink(
            &mut self.instances_by_image,
            &instance.image_id,
            &instance.id,
        );
        Some(instance)
    }

    /// Points an instance at another image (system disk replaced).
    pub(crate) fn retarget_instance(&mut self, id: &str, image_id: Id) -> Option<Id> {
        let instance = self.instances.get_mut(id)?;
        let previous = std::mem::replace(&mut instance.image_id, image_id.clone());
        let instance_id = instance.id.clone();
        unlink(&mut self.instances_by_image, &previous, &instance_id);
        link(&mut self.instances_by_image, &image_id, &instance_id);
        Some(previous)
    }

    pub(crate) fn insert_snapshot(&mut self, snapshot: Snapshot) {
        self.snapshots.insert(snapshot);
    }

    pub(crate) fn remove_snapshot(&mut self, id: &str) -> Option<Snapshot> {
        self.snapshots.remove(id)
    }

    fn check_snapshot_references(&self) -> Result<(), InputError> {
        for (at, image) in self.images.iter().enumerate() {
            for (k, snapshot) in image.snapshot_ids.iter().enumerate() {
                if !self.snapshots.contains(snapshot) {
                    return Err(InputError::new(
                        Argument::State,
                        format!("images[{at}].snapshotIds[{k}]"),
                        format!(
                            "expected the ID of a snapshot in snapshots, got {:?}",
                            snapshot.as_str()
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

fn refs<'a>(map: &'a Refs, key: &str) -> impl Iterator<Item = &'a Id> {
    map.get(key).into_iter().flatten()
}

fn link(map: &mut Refs, key: &Id, value: &Id) {
    map.entry(key.clone()).or_default().insert(value.clone());
}

/// Removes a reference, and the key once nothing refers to it any more.
fn unlink(map: &mut Refs, key: &str, value: &str) {
    if let Some(set) = map.get_mut(key) {
        set.remove(value);
        if set.is_empty() {
            map.remove(key);
        }
    }
}

fn index_image(images_by_snapshot: &mut Refs, copies_by_source: &mut Refs, image: &Image) {
    for snapshot in &image.snapshot_ids {
        link(images_by_snapshot, snapshot, &image.id);
    }
    if let Some(source) = &image.copied_from {
        link(copies_by_source, source, &image.id);
    }
}

fn duplicate(list: &str, (at, first): (usize, usize)) -> InputError {
    InputError::new(
        Argument::State,
        format!("{list}[{at}].id"),
        format!("expected a unique ID; {list}[{first}] has the same one"),
    )
}

/// Per-image invariants the types alone cannot express.
fn validate_images(state: &State) -> Result<(), InputError> {
    let at = |i: usize, field: &str| format!("images[{i}].{field}");
    let profile = state.provider.profile();
    let deprecation = profile.supports.deprecation;
    // Flags only a provider with the capability reports (DEP-1, SHR-8).
    let flags = |image: &Image| {
        [
            (
                "deprecated",
                image.deprecated,
                deprecation == Deprecation::Flag,
                "DEP-1",
            ),
            ("byol", image.byol, profile.enforces(RuleId::Shr8), "SHR-8"),
        ]
    };
    for (i, image) in state.images.iter().enumerate() {
        if image.status == ImageStatus::Deprecated && deprecation != Deprecation::Status {
            return Err(InputError::new(
                Argument::State,
                at(i, "status"),
                format!(
                    "expected a status other than \"deprecated\": {} has no deprecated status (DEP-1)",
                    state.provider.as_str()
                ),
            ));
        }
        for (flag, set, carried, rule) in flags(image) {
            if set && !carried {
                return Err(InputError::new(
                    Argument::State,
                    at(i, flag),
                    format!(
                        "expected no {flag} flag: {} has none ({rule})",
                        state.provider.as_str()
                    ),
                ));
            }
        }
        let custom = image.kind == ImageKind::Custom;
        if custom && image.owner_id.is_none() && image.shared_with.is_empty() {
            return Err(InputError::new(
                Argument::State,
                at(i, "ownerId"),
                "expected an owner account ID: custom images have an owner \
                 (only one shared with an account may leave an unnamed owner out)",
            ));
        }
        if !custom && !image.shared_with.is_empty() {
            return Err(InputError::new(
                Argument::State,
                at(i, "sharedWith"),
                "expected no shares: only custom images are shared",
            ));
        }
        let mut seen = FxHashSet::default();
        for (k, account) in image.shared_with.iter().enumerate() {
            if image.owner_id.as_ref() == Some(account) {
                return Err(InputError::new(
                    Argument::State,
                    format!("images[{i}].sharedWith[{k}]"),
                    "expected another account than the image's owner",
                ));
            }
            if !seen.insert(account.as_str()) {
                return Err(InputError::new(
                    Argument::State,
                    format!("images[{i}].sharedWith[{k}]"),
                    format!("expected each account once; {account} is repeated"),
                ));
            }
        }
        let mut seen = FxHashSet::default();
        for (k, snapshot) in image.snapshot_ids.iter().enumerate() {
            if !seen.insert(snapshot.as_str()) {
                return Err(InputError::new(
                    Argument::State,
                    format!("images[{i}].snapshotIds[{k}]"),
                    format!("expected each snapshot once; {snapshot} is repeated"),
                ));
            }
        }
    }
    Ok(())
}
