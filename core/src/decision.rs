//! The answer to "may this actor do this?": reasons, warnings, consequences.

use crate::catalogue::RuleId;
use crate::message::{Locale, Message};
use crate::model::{ImageStatus, Task};
use crate::text::{AccountId, Id};
use serde::Serialize;

/// The stable vocabulary of `Reason.code`. A frontend branches on these;
/// the rule ID says which rule, the code says which condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Code {
    // Denials.
    /// The image (or instance, snapshot) does not exist or is not visible.
    NotFound,
    /// Public and marketplace images are used, never managed (OWN-2).
    ImageIsPublic,
    /// Only the owner may do this (OWN-1, SHR-1, SHR-5, CPY-2, EXP-1, MOD-1).
    NotOwner,
    /// The image is based on a marketplace image (SHR-3, EXP-2).
    MarketplaceBased,
    /// The share would pass the per-image account limit (SHR-2).
    ShareLimitExceeded,
    /// An image cannot be shared with its own owner (SHR-6).
    ShareWithOwner,
    /// The image's status does not allow this.
    IncorrectImageStatus,
    /// The image is still shared (DEL-1).
    ImageShared,
    /// Instances were created from the image; only force delete (DEL-2).
    ImageInUse,
    /// The local-disk instance that created the image still exists (DEL-7).
    SourceInstanceExists,
    /// Copy to the image's own region (CPY-3).
    SameRegion,
    /// The image (or source) is in another region.
    RegionMismatch,
    /// The system disk is a local disk (CPY-4, EXP-3).
    LocalSystemDisk,
    /// The bucket name is malformed (EXP-1).
    InvalidBucketName,
    /// The new name breaks the naming rule (NAME-1, NAME-2).
    InvalidName,
    /// The new description breaks the naming rule (NAME-1, NAME-2).
    InvalidDescription,
    /// The instance's source image is gone or no longer visible (INS-2).
    SourceImageUnavailable,
    /// The chosen ID is already in use (SIM-2).
    IdInUse,
    /// The state already holds as many images, instances or snapshots as
    /// it may (SIM-3).
    CapacityExceeded,
    /// The image is the target of a copy still running (TSK-1, TSK-5).
    ImageCopying,
    /// The image is still being imported (TSK-1, TSK-5).
    ImageImporting,
    /// The image is still being exported (TSK-1, TSK-3, TSK-5).
    ImageExporting,
    /// The same source already has a copy running (TSK-2).
    CopyConflict,
    /// The image is not a copy, so there is no copy to cancel (TSK-4).
    NotACopy,
    /// The provider has no such operation or option (TSK-4, DEP-1, ENC-2).
    NotSupported,
    /// The image contains encrypted snapshots (ENC-*).
    EncryptedSnapshot,
    /// A typed account ID is malformed (SHR-6).
    InvalidAccountId,
    /// One request names more accounts than it may (SHR-6).
    TooManyAccounts,
    /// A typed destination region is malformed (CPY-3).
    InvalidRegion,
    /// The copy must stay in the source's region (tencent: CPY-2, ENC-2).
    SameRegionOnly,
    /// A bring-your-own-licence image is not shared (SHR-8).
    ByolImage,
    /// Another custom image of the actor's in that region has the name (NAME-4).
    NameTaken,
    // Warnings.
    /// The account is already shared; nothing to do for it.
    AlreadyShared,
    /// The account is not shared; nothing to do for it.
    NotShared,
    /// The same account is named twice in one request.
    DuplicateAccount,
    /// An option has no effect in this profile.
    OptionIgnored,
    // Consequences.
    /// These instances will no longer be able to re-initialize their disks.
    ReinitLost,
    /// No new instance can be created from the image afterwards.
    NoNewInstances,
    /// These accounts lose access to the image.
    AccessRevoked,
    /// These accounts gain access to the image in its region.
    AccessGranted,
    /// Copies of the image (or its source) are not affected.
    CopiesUnaffected,
    /// These snapshots stay after the image is deleted.
    SnapshotsKept,
    /// These snapshots are deleted after the image.
    SnapshotsDeleted,
    /// The copy's image is deleted and its source stays (TSK-4).
    CopyDeleted,
    /// Instances keep running and new ones can still be created (DEP-4).
    InstancesUnaffected,
}

/// Why a snapshot stays after its image is deleted (DEL-5, DEL-8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum KeptBecause {
    /// Deleting snapshots was not asked for.
    NotRequested,
    /// The provider never deletes an image's snapshots with it (DEL-5).
    ProviderKeepsSnapshots,
    /// The snapshot is shared.
    Shared,
    /// Another image still uses the snapshot.
    UsedByAnotherImage,
    /// A task is in progress on the snapshot.
    Busy,
}

/// A snapshot that stays, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeptSnapshot {
    pub snapshot_id: Id,
    pub because: Vec<KeptBecause>,
}

/// What a reason is about. Empty fields are left out of the JSON.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Details {
    /// The provider API's own error code for the condition, where it has one.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::static_str::serialize_option"
    )]
    pub provider_code: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<AccountId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub instances: Vec<Id>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<Id>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Id>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kept: Vec<KeptSnapshot>,
    /// Values a person typed that a rule refuses, as typed (SHR-6, CPY-3).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ImageStatus>,
    /// The task running on the image (TSK-*).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task: Option<Task>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<usize>,
    /// The command field a reason is about (e.g. `name`).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::static_str::serialize_option"
    )]
    pub field: Option<&'static str>,
}

impl Details {
    /// Whether nothing is set (then `details` is left out of the JSON).
    pub fn is_empty(&self) -> bool {
        *self == Details::default()
    }
}

/// One reason, warning or consequence: decided as data, without a locale;
/// its `message` is written once, at the edge, in the caller's locale
/// ([`Decision::render`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub rule: RuleId,
    pub code: Code,
    /// What it says, as a template and its arguments; `None` in a verdict
    /// of rules only (`checks::denials`).
    #[serde(skip)]
    pub says: Option<Message>,
    /// `says` in the caller's locale; empty until rendered.
    pub message: String,
    #[serde(skip_serializing_if = "Details::is_empty")]
    pub details: Details,
}

impl Reason {
    /// A reason with no details yet.
    pub fn new(rule: RuleId, code: Code, says: Option<Message>) -> Reason {
        Reason {
            rule,
            code,
            says,
            message: String::new(),
            details: Details::default(),
        }
    }

    /// Sets the provider's own code.
    pub fn provider_code(mut self, code: Option<&'static str>) -> Reason {
        self.details.provider_code = code;
        self
    }

    /// Adjusts the details.
    pub fn with(mut self, edit: impl FnOnce(&mut Details)) -> Reason {
        edit(&mut self.details);
        self
    }
}

/// The decision on one command.
///
/// ```
/// use image_policy_core::{decide, decode, RuleId, World};
/// let world = World::new(decode::state(r#"{"provider":"jdcloud","images":[
///   {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"creating"}]}"#).unwrap()).unwrap();
/// let share = decode::command(r#"{"type":"shareImage","actor":"a1","imageId":"m-1","accountIds":["a1"]}"#).unwrap();
/// let decision = decide(&world, &share);
/// assert!(decision.denies_by(RuleId::Shr7));
/// assert_eq!(decision.denying_rules(), [RuleId::Shr7, RuleId::Shr6]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Decision {
    pub allowed: bool,
    /// Empty when allowed; every violated rule when denied.
    pub reasons: Vec<Reason>,
    /// Non-blocking remarks.
    pub warnings: Vec<Reason>,
    /// What the action will cause.
    pub consequences: Vec<Reason>,
}

impl Decision {
    /// Every message written in `locale`: the one step that makes text.
    ///
    /// ```
    /// use image_policy_core::{decide, decode, Locale, World};
    /// let world = World::new(decode::state(r#"{"provider":"aliyun","images":[]}"#).unwrap()).unwrap();
    /// let delete = decode::command(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1"}"#).unwrap();
    /// let decision = decide(&world, &delete);
    /// assert!(decision.reasons[0].message.is_empty());
    /// assert_eq!(decision.render(Locale::En).reasons[0].message, "Image m-1 was not found.");
    /// ```
    pub fn render(mut self, locale: Locale) -> Decision {
        let reasons = self.reasons.iter_mut();
        for reason in reasons
            .chain(&mut self.warnings)
            .chain(&mut self.consequences)
        {
            if let Some(says) = &reason.says {
                reason.message = crate::messages::render(says, locale);
            }
        }
        self
    }

    /// Whether any reason names `rule`.
    pub fn denies_by(&self, rule: RuleId) -> bool {
        self.reasons.iter().any(|r| r.rule == rule)
    }

    /// The rules of the reasons, in order.
    pub fn denying_rules(&self) -> Vec<RuleId> {
        self.reasons.iter().map(|r| r.rule).collect()
    }
}

/// Collects reasons while the checks run.
#[derive(Debug)]
pub struct Verdict {
    pub reasons: Vec<Reason>,
    pub warnings: Vec<Reason>,
    pub consequences: Vec<Reason>,
    /// Whether checks that only warn or tell consequences run.
    pub remarks: bool,
}

impl Default for Verdict {
    fn default() -> Verdict {
        Verdict {
            reasons: Vec::new(),
            warnings: Vec::new(),
            consequences: Vec::new(),
            remarks: true,
        }
    }
}

impl Verdict {
    /// A verdict that collects denials only.
    pub fn denials_only() -> Verdict {
        Verdict {
            remarks: false,
            ..Verdict::default()
        }
    }

    pub fn deny(&mut self, reason: Reason) {
        self.reasons.push(reason);
    }
    pub fn warn(&mut self, reason: Reason) {
        self.warnings.push(reason);
    }
    pub fn cause(&mut self, reason: Reason) {
        self.consequences.push(reason);
    }
    pub fn into_decision(self) -> Decision {
        Decision {
            allowed: self.reasons.is_empty(),
            reasons: self.reasons,
            warnings: self.warnings,
            consequences: self.consequences,
        }
    }
}
