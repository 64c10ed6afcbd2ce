//! What happens to an image's snapshots when it is deleted (DEL-5, DEL-8).

use crate::catalogue::RuleId;
use crate::decision::{KeptBecause, KeptSnapshot};
use crate::model::Image;
use crate::profile::Profile;
use crate::text::Id;
use crate::world::World;

/// The snapshots deleted with an image, and those kept with their reasons.
#[derive(Debug, Default, PartialEq)]
pub struct SnapshotFates {
    pub deleted: Vec<Id>,
    pub kept: Vec<KeptSnapshot>,
}

/// DEL-8 where the profile enforces it (delete on request, unless shared,
/// used by another image or busy); otherwise DEL-5 (never deleted).
pub fn fates(
    world: &World,
    profile: &Profile,
    image: &Image,
    delete_snapshots: bool,
) -> SnapshotFates {
    let mut fates = SnapshotFates::default();
    for id in &image.snapshot_ids {
        let because = if profile.enforces(RuleId::Del8) && delete_snapshots {
            blockers(world, image, id)
        } else if profile.enforces(RuleId::Del5) {
            vec![KeptBecause::ProviderKeepsSnapshots]
        } else {
            vec![KeptBecause::NotRequested]
        };
        if because.is_empty() {
            fates.deleted.push(id.clone());
        } else {
            fates.kept.push(KeptSnapshot {
                snapshot_id: id.clone(),
                because,
            });
        }
    }
    fates
}

/// Why a snapshot cannot be deleted with `image` (DEL-8), if anything.
fn blockers(world: &World, image: &Image, snapshot_id: &Id) -> Vec<KeptBecause> {
    let mut because = Vec::new();
    if let Some(snapshot) = world.snapshot(snapshot_id) {
        if snapshot.shared {
            because.push(KeptBecause::Shared);
        }
        if world
            .images_using(snapshot_id)
            .any(|other| *other != image.id)
        {
            because.push(KeptBecause::UsedByAnotherImage);
        }
        if snapshot.busy {
            because.push(KeptBecause::Busy);
        }
    }
    because
}
