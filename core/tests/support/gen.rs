//! Random worlds and commands for the property tests: small pools of IDs,
//! accounts and regions, so that commands often hit something (and often
//! something they may not touch).
#![allow(dead_code)]

use image_policy_core::*;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

pub const ACCOUNTS: [&str; 4] = ["a1", "a2", "a3", "a4"];
pub const REGIONS: [&str; 2] = ["r1", "r2"];
pub const IMAGE_IDS: [&str; 7] = ["m-1", "m-2", "m-3", "m-4", "m-5", "m-6", "m-7"];
pub const INSTANCE_IDS: [&str; 5] = ["i-1", "i-2", "i-3", "i-4", "i-5"];
pub const SNAPSHOT_IDS: [&str; 4] = ["s-1", "s-2", "s-3", "s-4"];
const NAMES: [&str; 7] = [
    "web-1", "ok_name", "db-2", "backup", "1bad", "aliyun-x", "a",
];
const BUCKETS: [&str; 4] = ["bucket-1", "images-2", "-bad", "ab"];

/// Mostly `a1`, so that actors often own what they act on.
fn some_account() -> impl Strategy<Value = &'static str> {
    prop_oneof![4 => Just("a1"), 1 => Just("a2"), 1 => Just("a3"), 1 => Just("a4")]
}

fn account(s: &str) -> AccountId {
    AccountId::new(s).unwrap()
}
fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}
fn region(s: &str) -> Region {
    Region::new(s).unwrap()
}
fn text(s: &str) -> Text {
    Text::new(s).unwrap()
}

pub fn provider() -> impl Strategy<Value = Provider> {
    prop_oneof![
        Just(Provider::Aliyun),
        Just(Provider::Jdcloud),
        Just(Provider::Tencent)
    ]
}

fn image(index: usize) -> impl Strategy<Value = Image> {
    (
        prop_oneof![1 => Just(ImageKind::Public), 1 => Just(ImageKind::Marketplace), 5 => Just(ImageKind::Custom)],
        some_account(),
        select(&REGIONS[..]),
        prop_oneof![8 => Just(ImageStatus::Available), 1 => Just(ImageStatus::Creating), 1 => Just(ImageStatus::Error), 1 => Just(ImageStatus::Unavailable), 2 => Just(ImageStatus::Deprecated)],
        proptest::bool::weighted(0.2),
        prop_oneof![2 => Just(None), 2 => Just(Some(DiskKind::Cloud)), 1 => Just(Some(DiskKind::Local))],
        prop_oneof![Just(Vec::new()), subsequence(&ACCOUNTS[..], 0..=3)],
        subsequence(&SNAPSHOT_IDS[..], 0..=2),
        proptest::option::of(select(&INSTANCE_IDS[..])),
        prop_oneof![6 => Just(None), 2 => Just(Some(Task::Copying)), 1 => Just(Some(Task::Importing)), 1 => Just(Some(Task::Exporting))],
        // Encrypted; in use by unlisted instances (DEL-2); shared with an
        // owner the provider does not name.
        (proptest::bool::weighted(0.15), proptest::bool::weighted(0.15), proptest::bool::weighted(0.1)),
        proptest::option::weighted(0.4, select(&IMAGE_IDS[..5])),
    )
        .prop_map(move |(kind, owner, region_name, status, marketplace, disk, shared, snapshots, source, task, (encrypted, in_use, unnamed_owner), copied_from)| {
            let custom = kind == ImageKind::Custom;
            let shared_with: Vec<_> = if custom { shared.into_iter().filter(|a| *a != owner).map(account).collect() } else { Vec::new() };
            Image {
                id: id(IMAGE_IDS[index]),
                name: text("img"),
                description: None,
                kind,
                owner_id: (custom && (shared_with.is_empty() || !unnamed_owner)).then(|| account(owner)),
                region: region(region_name),
                status,
                marketplace_based: custom && marketplace,
                source_instance_id: source.map(id),
                system_disk: disk,
                shared_with,
                snapshot_ids: snapshots.into_iter().map(id).collect(),
                copied_from: copied_from.filter(|source| *source != IMAGE_IDS[index]).map(id),
                task,
                encrypted,
                in_use,
                deprecated: false,
                byol: false,
            }
        })
}

/// A valid state with 4 or 5 images, 5 instances (some naming deleted
/// images) and 4 snapshots.
pub fn state() -> impl Strategy<Value = State> {
    (
        provider(),
        (4usize..=5).prop_flat_map(|n| (0..n).map(image).collect::<Vec<_>>()),
        subsequence(&INSTANCE_IDS[..], 0..=5).prop_flat_map(|ids| {
            ids.into_iter()
                .map(|i| {
                    (
                        Just(i),
                        some_account(),
                        select(&REGIONS[..]),
                        select(&IMAGE_IDS[..5]),
                    )
                })
                .collect::<Vec<_>>()
        }),
        proptest::collection::vec(
            (
                select(&ACCOUNTS[..]),
                select(&REGIONS[..]),
                any::<bool>(),
                any::<bool>(),
            ),
            4,
        ),
    )
        .prop_map(|(provider, mut images, instances, snapshots)| State {
            provider,
            images: {
                // Only aliyun states may hold deprecated images, and only
                // tencent ones the deprecated flag (the same draw) and BYOL
                // images (DEP-1, SHR-8).
                for image in images.iter_mut() {
                    let deprecated = image.status == ImageStatus::Deprecated;
                    if provider != Provider::Aliyun && deprecated {
                        image.status = ImageStatus::Available;
                    }
                    if provider == Provider::Tencent && image.kind == ImageKind::Custom {
                        image.deprecated = deprecated;
                        image.byol = image.marketplace_based;
                        image.marketplace_based = false;
                    }
                }
                images
            },
            instances: instances
                .into_iter()
                .map(|(i, owner, r, image)| Instance {
                    id: id(i),
                    owner_id: account(owner),
                    region: region(r),
                    image_id: id(image),
                })
                .collect(),
            snapshots: snapshots
                .into_iter()
                .enumerate()
                .map(|(n, (owner, r, shared, busy))| Snapshot {
                    id: id(SNAPSHOT_IDS[n]),
                    owner_id: account(owner),
                    region: region(r),
                    shared,
                    busy,
                })
                .collect(),
        })
}

fn accounts() -> impl Strategy<Value = Vec<AccountId>> {
    proptest::collection::vec(select(&ACCOUNTS[..]), 0..=3)
        .prop_map(|a| a.into_iter().map(account).collect())
}

/// Any command, aimed at the pools.
pub fn command() -> impl Strategy<Value = Command> {
    let actor = || some_account().prop_map(account);
    let image =
        || prop_oneof![9 => select(&IMAGE_IDS[..5]), 1 => select(&IMAGE_IDS[5..])].prop_map(id);
    let instance = || select(&INSTANCE_IDS[..]).prop_map(id);
    let reg = || select(&REGIONS[..]).prop_map(region);
    let name = || proptest::option::of(select(&NAMES[..]).prop_map(text));
    prop_oneof![
        1 => (actor(), name(), select(&NAMES[..]), 0..3u8, instance(), subsequence(&SNAPSHOT_IDS[..], 1..=2), reg()).prop_map(
            |(actor, description, name, from, instance, snapshots, region)| {
                let from = [CreateSource::Instance, CreateSource::Snapshots, CreateSource::Import][from as usize];
                Command::CreateImage(CreateImage {
                    actor,
                    image_id: None,
                    name: text(name),
                    description,
                    region: (from == CreateSource::Import).then_some(region),
                    from,
                    instance_id: Some(instance),
                    snapshot_ids: snapshots.into_iter().map(id).collect(),
                    system_disk: None,
                })
            }
        ),
        1 => (actor(), image(), reg(), name(), proptest::bool::weighted(0.3)).prop_map(|(actor, image_id, r, name, encrypted)| Command::CopyImage(CopyImage {
            actor,
            image_id,
            destination_region: Some(r.into()),
            new_image_id: None,
            name,
            description: None,
            encrypted,
        })),
        1 => (actor(), image()).prop_map(|(actor, image_id)| Command::CancelCopy(CancelCopy { actor, image_id })),
        3 => (actor(), image(), accounts()).prop_map(|(actor, image_id, account_ids)| Command::ShareImage(ShareImage { actor, image_id, account_ids: account_ids.into_iter().map(Into::into).collect() })),
        2 => (actor(), image(), accounts()).prop_map(|(actor, image_id, account_ids)| Command::UnshareImage(ShareImage { actor, image_id, account_ids: account_ids.into_iter().map(Into::into).collect() })),
        3 => (actor(), image(), any::<bool>(), any::<bool>()).prop_map(|(actor, image_id, force, delete_snapshots)| Command::DeleteImage(DeleteImage {
            actor,
            image_id,
            force,
            delete_snapshots
        })),
        1 => (actor(), image(), select(&BUCKETS[..])).prop_map(|(actor, image_id, b)| Command::ExportImage(ExportImage { actor, image_id, bucket: Some(text(b)) })),
        2 => (actor(), image(), name(), prop_oneof![2 => Just(None), 1 => Just(Some(NewStatus::Deprecated)), 1 => Just(Some(NewStatus::Available))])
            .prop_map(|(actor, image_id, name, status)| Command::ModifyImage(ModifyImage { actor, image_id, name, description: None, status })),
        2 => (actor(), image(), reg()).prop_map(|(actor, image_id, region)| Command::CreateInstance(CreateInstance { actor, image_id, region, instance_id: None })),
        1 => (actor(), instance()).prop_map(|(actor, instance_id)| Command::DeleteInstance(DeleteInstance { actor, instance_id })),
        1 => (actor(), instance()).prop_map(|(actor, instance_id)| Command::ReinitDisk(DeleteInstance { actor, instance_id })),
        1 => (actor(), instance(), image()).prop_map(|(actor, instance_id, image_id)| Command::ReplaceSystemDisk(ReplaceSystemDisk { actor, instance_id, image_id })),
    ]
}
