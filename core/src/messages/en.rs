//! English: every template and every word its arguments render to.

use super::Figure;
use crate::actions::ImageAction;
use crate::message::{Action, Arg, Noun, Template, Word};
use crate::model::{ImageKind, ImageStatus, Task};
use std::fmt::Write;

pub(super) fn template(template: Template) -> &'static str {
    use Template::*;
    match template {
        ImageNotFound => "Image {image} was not found.",
        InstanceNotFound => "Instance {instance} was not found.",
        ProvidedImage => "Image {image} is a {kind} image: it can be used, but no account can {action} it.",
        OwnerOnly => "Only the account that owns image {image} can {action} it.",
        ShareeUsesOnly => "Image {image} is shared with you: you can create instances from it or replace a system disk with it, not {action} it.",
        SameRegion => "Image {image} is already in {region}; copy it to another region.",
        LocalSystemDisk => "Image {image} is of a local system disk; only cloud-disk images can be {done}.",
        SourceInstanceNotYours => "Instance {instances} was not found among your instances.",
        SnapshotsNotYours => "{snapshots|Snapshot|Snapshots} {snapshots} {snapshots|was|were} not found among your snapshots.",
        SnapshotsInOtherRegion => "{snapshots|Snapshot|Snapshots} {snapshots} {snapshots|is|are} not in {region} like the first one; an image's snapshots share one region.",
        LandsInSourceRegion => "The image lands in its source's region, {region}, not {asked}.",
        UnshareBeforeDelete => "Unshare image {image} from {count} first ({accounts}): a shared image cannot be deleted.",
        ForceDelete => "{instances|An instance was|Instances were} created from image {image} ({instances}): use force delete.",
        DeletableStatus => "Image {image} is {status}; only available or error images can be deleted.",
        SourceInstanceExists => "Image {image} is of a local system disk and instance {instance} that created it still exists; delete the instance first.",
        NoNewInstances => "No new instance can be created from image {image}.",
        ReinitLostOnDelete => "{instances|Instance|Instances} {instances} (of {accounts}) {instances|keeps|keep} running but will no longer be able to re-initialize {instances|its disks|their disks}.",
        CopiesUnaffected => "{images|Image|Images} {images} (copies or source) {images|is|are} not affected.",
        SnapshotsAlwaysKept => "Deleting an image never deletes its snapshots here; delete them on the Snapshots page.",
        SnapshotsDeleted => "{snapshots|Snapshot|Snapshots} {snapshots} will be deleted after the image.",
        SnapshotsKept => "{snapshots|Snapshot|Snapshots} {snapshots} will stay.",
        Encrypted => "Image {image} contains encrypted snapshots; it cannot be {done}.",
        EncryptedCopyUnsupported => "This provider cannot encrypt an image copy.",
        EncryptedCopyOnly => "Image {image} contains encrypted snapshots; copy it as an encrypted copy.",
        BucketLength => "The bucket name must be 3 to 63 characters (it has {length}).",
        BucketCharacters => "The bucket name may hold only lowercase letters, digits and '-'.",
        BucketEnds => "The bucket name must not start or end with '-'.",
        MarketplaceBased => "Image {image} is based on a marketplace image, and such images cannot be {done}.",
        RegionMismatch => "Image {image} is in {image_region}; to {action} it, the instance must be in {image_region} too (not {region}).",
        SharedInRegionOnly => "Image {image} is shared with you in {image_region} only; ask its owner to copy it to {region} and share the copy.",
        ImageIdInUse => "Image ID {id} is already in use; choose another or leave it out.",
        InstanceIdInUse => "Instance ID {id} is already in use; choose another or leave it out.",
        SourceImageUnavailable => "Instance {instance} cannot re-initialize its disks: image {image} it was created from was deleted or is no longer shared with you.",
        MustBeAvailable => "Image {image} is {status}; it must be available to {action} it.",
        DeprecationUnsupported => "This provider has no deprecation of images.",
        StatusChange => "Image {image} is {status}; only a {expected} image can be {done}.",
        UnshareBeforeDeprecate => "Unshare image {image} from {count} first ({accounts}): a shared image cannot be deprecated.",
        InstancesUnaffected => "Instances can still be created from image {image} and its instances keep running.",
        NameLength => "The image name must be {min} to {max} characters (it has {length}).",
        NameStart => "The image name must start with a letter or a Chinese character.",
        NameCharacters => "The image name may hold only letters, Chinese characters, digits, {allowed} (not {bad}).",
        NamePrefix => "The image name must not start with {prefix}.",
        NameContains => "The image name must not contain {text}.",
        DescriptionLength => "The description must be {min} to {max} characters (it has {length}).",
        DescriptionTooLong => "The description must be at most {max} characters (it has {length}).",
        DescriptionPrefix => "The description must not start with {prefix}.",
        DeprecatedNotShared => "Image {image} is deprecated; restore it to available before you share it.",
        OnlyOwnCustomShared => "Only custom images created in your own account can be shared; an image shared with you cannot be shared again.",
        ShareStatus => "Image {image} is {status}; only available images can be shared.",
        ShareWithOwner => "Account {owner} owns image {image}; an image is not shared with its owner.",
        AlreadyShared => "Image {image} is already shared with {accounts}; nothing changes for them.",
        DuplicateAccount => "{accounts} named more than once; each counts once.",
        ShareLimit => "An image can be shared with at most {limit}; image {image} is shared with {current} and this would add {adding}. Nothing was shared.",
        AccessGranted => "{accounts} will see image {image} and can create instances from it or replace system disks with it, in {region} only.",
        InvalidAccountId => "{values}: an account ID is 1 to 64 letters, digits, '_', '.', '@' or '-'.",
        TooManyAccounts => "One request can name at most {limit}; this one names {named}.",
        InvalidRegion => "{values} is not a region name: use 1 to 64 letters, digits, '_' or '-'.",
        ByolNotShared => "Image {image} is a bring-your-own-licence image: it cannot be shared.",
        ShareeCopyInRegion => "Image {image} is shared with you: you can copy it only within its region, {region}.",
        EncryptedCopyInRegion => "An encrypted copy stays in the source's region, {region}: copy image {image} there.",
        ForceUnsupported => "This provider has no force delete: instances never block a delete, so leave force out.",
        CopyDescriptionUnsupported => "A copy takes no description here: the copy keeps a description of its own.",
        CopyKeepsSourceName => "A copy takes no name here: it keeps the source image's name.",
        CopyKeepsSourceDescription => "A copy takes no description here: it keeps the source image's description.",
        NameTaken => "{values} is the name of your image {image} in {region}: choose another.",
        AlreadyDeprecated => "Image {image} is already deprecated.",
        NotDeprecated => "Image {image} is not deprecated: there is nothing to restore.",
        InUseDelete => "The provider reports instances created from image {image}: use force delete.",
        SharedWithNobody => "Image {image} is not shared with any account: there is nothing to unshare.",
        NotShared => "Image {image} is not shared with {accounts}; nothing changes for them.",
        AccessRevoked => "{accounts} will no longer see image {image}, create instances from it or replace system disks with it.",
        ReinitLostOnUnshare => "{instances|Instance|Instances} {instances} (of {accounts}) will no longer be able to re-initialize {instances|its system disk|their system disks}.",
        TaskRunning => "Image {image} is still {task}; wait for the task to finish before you {action} it.",
        CopyRunning => "Image {image} is already being copied (to {images}); wait for that copy to finish.",
        CancelUnsupported => "This provider cannot cancel an image copy.",
        NotACopy => "Image {image} is not a copy; there is no copy to cancel.",
        CopyFinished => "The copy {image} has finished; only a copy still running can be cancelled.",
        CopyDeleted => "The copy {image} will be deleted; its source stays as it is.",
        Capacity => "The state already holds {count}, as many as it may.",
    }
}

pub(super) fn arg(arg: &Arg, out: &mut String) {
    match arg {
        Arg::Text(text) => out.push_str(text),
        Arg::List(items) => join(items, out),
        Arg::Quoted(values) => {
            let quoted: Vec<String> = values
                .iter()
                .map(|v| format!("\"{}\"", crate::text::shorten(v)))
                .collect();
            join(&quoted, out);
        }
        Arg::Count(n, noun) => {
            let word = match noun {
                Noun::Account => "account",
                Noun::Image => "image",
                Noun::Instance => "instance",
                Noun::Snapshot => "snapshot",
            };
            let _ = write!(out, "{n} {word}{}", if *n == 1 { "" } else { "s" });
        }
        Arg::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Arg::Action(action) => out.push_str(match action {
            Action::Delete => "delete",
            Action::Share => "share",
            Action::Unshare => "unshare",
            Action::Copy => "copy",
            Action::Export => "export",
            Action::Modify => "modify",
            Action::CancelCopy => "cancel the copy of",
            Action::CreateInstance => "create an instance from",
            Action::ReplaceSystemDisk => "replace a system disk with",
            Action::Deprecate => "deprecate",
            Action::Restore => "restore",
            Action::Create => "create",
        }),
        Arg::Done(action) => out.push_str(match action {
            Action::Delete => "deleted",
            Action::Share => "shared",
            Action::Unshare => "unshared",
            Action::Copy => "copied",
            Action::Export => "exported",
            Action::Modify => "modified",
            Action::CancelCopy => "cancelled",
            Action::CreateInstance | Action::ReplaceSystemDisk => "used",
            Action::Deprecate => "deprecated",
            Action::Restore => "restored",
            Action::Create => "created",
        }),
        Arg::Status(status) => out.push_str(status.as_str()),
        Arg::Task(task) => out.push_str(match task {
            Task::Copying => "copying",
            Task::Importing => "importing",
            Task::Exporting => "exporting",
        }),
        Arg::Kind(kind) => out.push_str(match kind {
            ImageKind::Public => "public",
            ImageKind::Marketplace => "marketplace",
            ImageKind::Custom => "custom",
        }),
    }
}

/// "a", "a and b", "a, b and c".
fn join(items: &[String], out: &mut String) {
    match items {
        [] => {}
        [one] => out.push_str(one),
        [init @ .., last] => {
            out.push_str(&init.join(", "));
            out.push_str(" and ");
            out.push_str(last);
        }
    }
}

pub(super) fn figure(figure: Figure) -> String {
    match figure {
        Figure::ShareLimit(limit) => format!("at most {limit} accounts."),
        Figure::AccountsPerRequest(Some(cap)) => format!("at most {cap} accounts per request."),
        Figure::AccountsPerRequest(None) => {
            "no cap per request is published, so only SHR-2 bounds one.".to_string()
        }
    }
}

/// The console's words (Alibaba Cloud's English console).
pub(super) fn word(word: Word) -> &'static str {
    match word {
        Word::Action(action) => match action {
            ImageAction::Delete => "Delete",
            ImageAction::ForceDelete => "Force delete",
            ImageAction::DeleteWithSnapshots => "Delete with snapshots",
            ImageAction::Share => "Share",
            ImageAction::Unshare => "Unshare",
            ImageAction::Copy => "Copy",
            ImageAction::Export => "Export",
            ImageAction::Modify => "Edit",
            ImageAction::CreateInstance => "Create instance",
            ImageAction::CancelCopy => "Cancel copy",
            ImageAction::Deprecate => "Deprecate",
            ImageAction::Restore => "Restore",
        },
        Word::Status(status) => match status {
            ImageStatus::Creating => "Creating",
            ImageStatus::Available => "Available",
            ImageStatus::Error => "Failed",
            ImageStatus::Unavailable => "Unavailable",
            ImageStatus::Deprecated => "Deprecated",
        },
        Word::Kind(kind) => match kind {
            ImageKind::Public => "Public image",
            ImageKind::Marketplace => "Marketplace image",
            ImageKind::Custom => "Custom image",
        },
        Word::Task(task) => match task {
            Task::Copying => "Copying",
            Task::Importing => "Importing",
            Task::Exporting => "Exporting",
        },
    }
}
