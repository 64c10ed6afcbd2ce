//! The rule catalogue: one ID per rule, with the seed it comes from.
//!
//! IDs and texts follow the rule catalogue (RULES.md v4); `SIM-*` rules are this project's own
//! additions for conditions the catalogue does not name (instance ownership,
//! caller-chosen IDs), so that every denial still names a rule.

macro_rules! catalogue {
    ($( $variant:ident = $id:literal, seed $seed:literal, $text:literal; )*) => {
        /// A rule of the catalogue. Serialized as its ID, e.g. `"DEL-1"`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId { $($variant),* }

        impl RuleId {
            /// Every rule, in catalogue order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            /// The rule's ID as written in `RULES.md`.
            ///
            /// ```
            /// assert_eq!(image_policy_core::RuleId::Del1.as_str(), "DEL-1");
            /// ```
            pub const fn as_str(self) -> &'static str {
                match self { $(RuleId::$variant => $id),* }
            }

            /// The seed document (or API reference) the rule comes from.
            pub const fn seed(self) -> &'static str {
                match self { $(RuleId::$variant => $seed),* }
            }

            /// The rule's text.
            pub const fn text(self) -> &'static str {
                match self { $(RuleId::$variant => $text),* }
            }

            /// Looks a rule up by its ID.
            ///
            /// ```
            /// use image_policy_core::RuleId;
            /// assert_eq!(RuleId::parse("SHR-2"), Some(RuleId::Shr2));
            /// assert_eq!(RuleId::parse("XYZ-9"), None);
            /// ```
            pub fn parse(id: &str) -> Option<RuleId> {
                match id { $($id => Some(RuleId::$variant),)* _ => None }
            }

            /// Bit of this rule in a profile's rule set.
            pub(crate) const fn bit(self) -> u64 {
                1u64 << (self as u32)
            }
        }
    };
}

catalogue! {
    Kind1 = "KIND-1", seed "003", "Kinds: public (provider-owned), marketplace (ISV), custom (created in an account). To a sharee, another account's custom image shared with it is a shared image.";
    Vis1 = "VIS-1", seed "002, 003", "An actor sees: all public and marketplace images (of every region the state holds), its own custom images, and custom images currently shared with it. An image not visible to the actor is reported as not found, never as forbidden (no existence leak).";
    Own1 = "OWN-1", seed "003, 004", "Only the creator (owner account) of a custom image may share, unshare, copy, export, modify (including deprecate and restore), cancel a copy of, or delete it.";
    Own2 = "OWN-2", seed "003", "Public and marketplace images can be used (instances, system-disk replacement) but never shared, copied, exported, modified or deleted by an account.";
    Crt1 = "CRT-1", seed "003, 004", "A custom image is created from an instance the actor owns, from snapshots the actor owns (system disk, or system plus data disks), or imported from a local file. It lands in the actor's account, in the source's region, status available.";
    Crt2 = "CRT-2", seed "001, 002, 003", "An image created from an instance records that instance as its source and whether its system disk is a local disk; an image from a marketplace-based instance is marketplace-based.";
    Shr1 = "SHR-1", seed "002", "Only custom images created in the actor's own account can be shared; images shared with the actor cannot be re-shared.";
    Shr2 = "SHR-2", seed "002, JD API reference", "An image can be shared with a limited number of accounts in total, the limit of its cloud. A share that would exceed the limit is refused whole (nothing is added).";
    Shr3 = "SHR-3", seed "002", "Custom images based on marketplace images cannot be shared.";
    Shr4 = "SHR-4", seed "002, 003", "Sharing does not cross regions: a sharee uses the image only in the image's region. To share into another region, copy first, then share the copy.";
    Shr5 = "SHR-5", seed "002", "A sharee may create instances from a shared image and replace a system disk with it; it may not delete, share, export or modify it, nor copy it unless its cloud allows that (CPY-2).";
    Shr6 = "SHR-6", seed "002", "Account IDs are 1 to 64 characters of letters, digits, _, ., @ and -. In a request anything else is refused (InvalidAccountId: a denial, so a form can show it as the user types); in a state it is an input error. Sharing with the owner itself is denied; an account already shared is a warning and a no-op, not a denial. One request names at most the accounts its cloud takes in one request (more is refused, TooManyAccounts; a list past 1,000 entries is an input error).";
    Shr7 = "SHR-7", seed "JD API reference", "Only images in status available can be shared.";
    Shr8 = "SHR-8", seed "T-SDK errors.go FailedOperation.BYOLImageShareFailed", "A bring-your-own-licence image (byol) cannot be shared.";
    Uns1 = "UNS-1", seed "002", "After unsharing, the former sharee can no longer see the image, create instances from it, or replace a system disk with it; its instances created from the image can no longer re-initialize their system disks.";
    Uns2 = "UNS-2", seed "002", "Unsharing removes accounts the image is shared with. An account not shared is a warning and a no-op. An unshare naming no accounts (what allowedActions and actionMatrix ask: may I at all?) of an image shared with nobody is refused, so a console greys the button out.";
    Del1 = "DEL-1", seed "000, 001, 002", "An image shared with any account cannot be deleted until every share is removed. The denial lists the accounts still shared.";
    Del2 = "DEL-2", seed "000", "Whether instances created from an image block its normal delete, and whether a force delete exists, is the cloud's.";
    Del3 = "DEL-3", seed "000, 001, 003", "After deletion no new instance can be created from the image; instances created from it keep running but can no longer re-initialize their disks (including sharees' instances). The decision for a delete lists these instances as consequences before it happens.";
    Del4 = "DEL-4", seed "000, 004", "Deleting an image does not affect its copies, and deleting a copy does not affect the source.";
    Del5 = "DEL-5", seed "003", "Deleting an image does not delete the snapshots it consists of.";
    Del6 = "DEL-6", seed "001", "Only images in status available or error can be deleted.";
    Del7 = "DEL-7", seed "001", "An image of a local system disk cannot be deleted while the instance that created it still exists (is available).";
    Del8 = "DEL-8", seed "001", "Delete may ask to delete the associated snapshots too. After the image is deleted, each snapshot is deleted only if it is not shared, not used by another image, and has no task in progress; a snapshot that cannot be deleted never fails the image deletion, and the result says which snapshots stayed and why. Without the option, snapshots stay.";
    Cpy1 = "CPY-1", seed "003, 004", "Copying an image to another region creates a new image with a new unique ID, owned by the actor, independent of the source.";
    Cpy2 = "CPY-2", seed "004", "The owner copies its image; whether a sharee may copy a shared one is the cloud's.";
    Cpy3 = "CPY-3", seed "providers' API references", "The source must be available, and the destination must be a region name (1 to 64 letters, digits, _ or -; anything else is refused, InvalidRegion) that differs from the source's. The copy is available at once (the simulation does not model task progress).";
    Cpy4 = "CPY-4", seed "JD API reference", "Only images whose system disk is a cloud disk can be copied.";
    Cpy5 = "CPY-5", seed "JD API reference (copyImages); JD Cloud SDK for JavaScript 1.2.202, vm.js copyImages", "Where the copy API carries no name or description (the copy keeps the source's), a copy that names a name or a description is refused as not supported, never sent without them.";
    Exp1 = "EXP-1", seed "004", "The owner can export a custom image to a storage bucket (bucket names: 3 to 63 lowercase letters, digits and -, not starting or ending with -). The image must be available.";
    Exp2 = "EXP-2", seed "Alibaba API reference (ExportImage)", "Custom images based on marketplace images cannot be exported.";
    Exp3 = "EXP-3", seed "JD API reference", "Only images whose system disk is a cloud disk can be exported.";
    Mod1 = "MOD-1", seed "004", "The owner can change a custom image's name and description; nothing else changes.";
    Name1 = "NAME-1", seed "Alibaba API reference (ModifyImageAttribute, CopyImage)", "A new image name (create, copy, modify) and its description follow the cloud's naming rule. A bad name or description is a denial, not an input error.";
    Name2 = "NAME-2", seed "JD API reference", "A new image name and its description follow the cloud's naming rule; a bad one is a denial.";
    Name3 = "NAME-3", seed "T-SDK models.go (CreateImage, ImportImage, SyncImages, ModifyImageAttribute)", "A new image name (create, import, copy, modify) and its description follow the cloud's naming rule; a bad one is a denial, as in NAME-1.";
    Name4 = "NAME-4", seed "T-SDK errors.go InvalidImageName.Duplicate", "A new image name must differ from the name of every other custom image the actor owns in the image's region; for a copy, in the destination region, whether the name is given or kept from the source.";
    Ins1 = "INS-1", seed "002, 003", "An instance can be created from an image that is visible to the actor, in status available, and in the same region as the instance.";
    Ins2 = "INS-2", seed "000, 001, 002", "Re-initializing an instance's disk needs its source image to still exist and still be visible to the instance's owner.";
    Ins3 = "INS-3", seed "002, 003", "Replacing an instance's system disk needs an image visible to the instance's owner, available, in the instance's region (public or non-public).";
    Tsk1 = "TSK-1", seed "Alibaba and JD API references (DeleteImage, deleteImage)", "An image with a task running (copying, importing, exporting) cannot be deleted, not even by force.";
    Tsk2 = "TSK-2", seed "Alibaba API reference (CopyImage)", "A copy is refused while the same source already has a copy running.";
    Tsk3 = "TSK-3", seed "Alibaba API reference (ExportImage)", "An export is refused while the image is already exporting.";
    Tsk4 = "TSK-4", seed "Alibaba API reference (CancelCopyImage)", "Where the cloud can cancel a copy, the owner of a copy still running may cancel it; the copy is deleted, the source is unchanged. Cancelling an image that is not a copy, or a copy that is not running, is refused. Where it cannot, cancelCopy is refused as not supported.";
    Tsk5 = "TSK-5", seed "JD API reference (shareImage, copyImages)", "An image with a task running cannot be shared or copied either.";
    Dep1 = "DEP-1", seed "Alibaba API reference (ModifyImageAttribute)", "The owner deprecates and restores its custom images as its cloud allows; any other change of status is refused.";
    Dep2 = "DEP-2", seed "Alibaba API reference (ModifyImageAttribute)", "A shared image must be unshared before it can be deprecated.";
    Dep3 = "DEP-3", seed "Alibaba API reference (ModifyImageAttribute)", "A deprecated image cannot be shared (copy and export already ask for an available image).";
    Dep4 = "DEP-4", seed "Alibaba API reference (ModifyImageAttribute)", "A deprecated image can still create instances and replace system disks; re-initialization keeps working.";
    Enc1 = "ENC-1", seed "Alibaba and JD API references (ModifyImageSharePermission, shareImage)", "An image with encrypted snapshots cannot be shared.";
    Enc2 = "ENC-2", seed "Alibaba and JD API references (CopyImage, copyImages)", "How an encrypted image, or an encrypted copy, is copied is the cloud's.";
    Enc3 = "ENC-3", seed "Alibaba API reference (ExportImage)", "An image with encrypted snapshots cannot be exported.";
    Sim1 = "SIM-1", seed "image-policy", "Instances and snapshots are visible only to their owner: a command naming another account's instance or snapshot, or a missing one, is answered as not found.";
    Sim2 = "SIM-2", seed "image-policy", "An ID the caller chooses for a new image or instance must not be in use, nor still named by an instance or a copy of a deleted image.";
    Sim3 = "SIM-3", seed "image-policy", "A state holds at most 1,000,000 images, 1,000,000 instances and 1,000,000 snapshots: a command that would add one more is refused, so every state the module returns can be loaded again.";
}

impl serde::Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::static_str::serialize(self.as_str(), serializer)
    }
}

/// A set of rules, as a profile enforces them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleSet(u64);

impl RuleSet {
    /// The set holding exactly `rules`.
    pub const fn of(rules: &[RuleId]) -> RuleSet {
        let mut bits = 0;
        let mut i = 0;
        while i < rules.len() {
            bits |= rules[i].bit();
            i += 1;
        }
        RuleSet(bits)
    }

    /// Whether `rule` is in the set.
    pub const fn contains(self, rule: RuleId) -> bool {
        self.0 & rule.bit() != 0
    }

    /// The set plus `rules`.
    pub const fn with(self, rules: &[RuleId]) -> RuleSet {
        RuleSet(self.0 | RuleSet::of(rules).0)
    }
}

// The set is a u64: the catalogue must stay within 64 rules.
const _: () = assert!(RuleId::ALL.len() <= 64);
