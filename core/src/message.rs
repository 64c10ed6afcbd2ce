//! Messages as data: a [`Template`] and its arguments, rendered in the
//! caller's [`Locale`] from one table per locale (`messages/en.rs`,
//! `messages/zh_cn.rs`). Every template has a text in every locale: the
//! tables are exhaustive matches, so a missing one does not compile.

use crate::model::{ImageKind, ImageStatus, Task};

/// The language of messages and rule texts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    /// English (`en`, `en-*`).
    #[default]
    En,
    /// Simplified Chinese (`zh`, `zh-CN`, `zh-Hans`, `zh-Hans-CN`).
    ZhCn,
}

impl Locale {
    /// Every locale.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhCn];

    /// The tags `supportedLocales()` lists, one per locale.
    pub const TAGS: [&'static str; 2] = ["en", "zh-CN"];

    /// The locale a BCP 47 language tag resolves to by lookup (RFC 4647, as
    /// `Intl` does): the tag, then the tag without its last subtag, and so
    /// on, matched case-insensitively. `zh-TW` resolves through `zh` to
    /// Simplified Chinese, `en-GB` to English, `fr-CA` to nothing (`None`).
    /// A string that is not a well-formed tag is an error.
    ///
    /// ```
    /// use image_policy_core::Locale;
    /// assert_eq!(Locale::lookup("zh-hans-CN"), Ok(Some(Locale::ZhCn)));
    /// assert_eq!(Locale::lookup("zh-TW"), Ok(Some(Locale::ZhCn)));
    /// assert_eq!(Locale::lookup("en-GB"), Ok(Some(Locale::En)));
    /// assert_eq!(Locale::lookup("fr-CA"), Ok(None));
    /// assert!(Locale::lookup("not a tag").is_err());
    /// ```
    pub fn lookup(tag: &str) -> Result<Option<Locale>, String> {
        let well_formed = !tag.is_empty()
            && tag.split('-').enumerate().all(|(at, subtag)| {
                (1..=8).contains(&subtag.len())
                    && if at == 0 {
                        subtag.len() >= 2 && subtag.chars().all(|c| c.is_ascii_alphabetic())
                    } else {
                        subtag.chars().all(|c| c.is_ascii_alphanumeric())
                    }
            });
        if !well_formed {
            return Err(format!(
                "expected a BCP 47 language tag such as \"zh-CN\" or \"en\", got {}",
                crate::text::quote(tag)
            ));
        }
        let mut candidate = tag.to_ascii_lowercase();
        loop {
            match candidate.as_str() {
                "zh" | "zh-cn" | "zh-hans" | "zh-hans-cn" => return Ok(Some(Locale::ZhCn)),
                "en" => return Ok(Some(Locale::En)),
                _ => {}
            }
            match candidate.rfind('-') {
                Some(cut) => candidate.truncate(cut),
                None => return Ok(None),
            }
        }
    }

    /// The first of `tags` that resolves ([`Locale::lookup`]), English when
    /// none does; the error names the index of a malformed tag.
    ///
    /// ```
    /// use image_policy_core::Locale;
    /// assert_eq!(Locale::negotiate(["fr-CA", "zh-TW", "en"]), Ok(Locale::ZhCn));
    /// assert_eq!(Locale::negotiate(["fr"]), Ok(Locale::En));
    /// assert_eq!(Locale::negotiate(["en", "?"]).unwrap_err().0, 1);
    /// ```
    pub fn negotiate<'a>(
        tags: impl IntoIterator<Item = &'a str>,
    ) -> Result<Locale, (usize, String)> {
        let mut chosen = None;
        for (at, tag) in tags.into_iter().enumerate() {
            let found = Locale::lookup(tag).map_err(|message| (at, message))?;
            chosen = chosen.or(found);
        }
        Ok(chosen.unwrap_or_default())
    }

    /// [`Locale::negotiate`] of one tag.
    pub fn parse(tag: &str) -> Result<Locale, String> {
        Locale::negotiate([tag]).map_err(|(_, message)| message)
    }
}

/// What a command does to an image, in messages ("cannot delete it").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Delete,
    Share,
    Unshare,
    Copy,
    Export,
    Modify,
    CancelCopy,
    CreateInstance,
    ReplaceSystemDisk,
    Deprecate,
    Restore,
    /// Create or import an image.
    Create,
}

/// What a count counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Account,
    Image,
    Instance,
    Snapshot,
}

/// A word of the consoles' vocabulary (`console::vocabulary`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// An action key of `actionMatrix`.
    Action(crate::actions::ImageAction),
    Status(ImageStatus),
    Kind(ImageKind),
    Task(Task),
}

/// One argument of a template, rendered per locale.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// An ID, region or name from the state: never translated.
    Text(String),
    /// IDs from the state, joined per locale ("a, b and c" / "a、b、c").
    List(Vec<String>),
    /// Values a person typed, each quoted and shortened, joined per locale.
    Quoted(Vec<String>),
    /// "3 accounts" / "3 个账号".
    Count(usize, Noun),
    /// A bare number.
    Number(usize),
    Action(Action),
    /// The action's past participle ("deleted").
    Done(Action),
    Status(ImageStatus),
    Task(Task),
    Kind(ImageKind),
}

impl Arg {
    /// Whether the argument names exactly one thing.
    pub(crate) fn counts_one(&self) -> bool {
        match self {
            Arg::List(items) | Arg::Quoted(items) => items.len() == 1,
            Arg::Count(n, _) | Arg::Number(n) => *n == 1,
            _ => true,
        }
    }
}

/// `Arg::from` for the values a template names: IDs and regions as text,
/// the rest as themselves, rendered per locale.
macro_rules! arg_from {
    ($(text $text:ty;)* $(as $ty:ty => $variant:ident;)*) => {
        $(impl From<$text> for Arg {
            fn from(value: $text) -> Arg {
                Arg::Text(value.to_string())
            }
        })*
        $(impl From<$ty> for Arg {
            fn from(value: $ty) -> Arg {
                Arg::$variant(value)
            }
        })*
    };
}

arg_from! {
    text &crate::text::Id;
    text &crate::text::AccountId;
    text &crate::text::Region;
    text char;
    as usize => Number;
    as Action => Action;
    as ImageStatus => Status;
    as Task => Task;
    as ImageKind => Kind;
}

/// A list of IDs as one argument.
pub fn ids<T: std::fmt::Display>(items: &[T]) -> Arg {
    Arg::List(items.iter().map(ToString::to_string).collect())
}

/// A template with its named arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub template: Template,
    pub args: Vec<(&'static str, Arg)>,
}

/// `msg!(Template, name = value, ...)`: a [`Message`].
macro_rules! msg {
    ($template:ident $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message {
            template: $crate::message::Template::$template,
            args: vec![$((stringify!($name), $crate::message::Arg::from($value))),*],
        }
    };
}
pub(crate) use msg;

/// Declares [`Template`] and its list [`Template::ALL`] from one list.
macro_rules! templates {
    ($($name:ident),* $(,)?) => {
        /// Every message the engine says, one variant per template.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Template { $($name),* }

        impl Template {
            /// Every template, for the tests that compare the locales.
            pub const ALL: &'static [Template] = &[$(Template::$name),*];
        }
    };
}

templates! {
    ImageNotFound,
    InstanceNotFound,
    ProvidedImage,
    OwnerOnly,
    ShareeUsesOnly,
    SameRegion,
    LocalSystemDisk,
    SourceInstanceNotYours,
    SnapshotsNotYours,
    SnapshotsInOtherRegion,
    LandsInSourceRegion,
    UnshareBeforeDelete,
    ForceDelete,
    DeletableStatus,
    SourceInstanceExists,
    NoNewInstances,
    ReinitLostOnDelete,
    CopiesUnaffected,
    SnapshotsAlwaysKept,
    SnapshotsDeleted,
    SnapshotsKept,
    Encrypted,
    EncryptedCopyUnsupported,
    EncryptedCopyOnly,
    BucketLength,
    BucketCharacters,
    BucketEnds,
    MarketplaceBased,
    RegionMismatch,
    SharedInRegionOnly,
    ImageIdInUse,
    InstanceIdInUse,
    SourceImageUnavailable,
    MustBeAvailable,
    DeprecationUnsupported,
    StatusChange,
    UnshareBeforeDeprecate,
    InstancesUnaffected,
    NameLength,
    NameStart,
    NameCharacters,
    NamePrefix,
    NameContains,
    DescriptionLength,
    DescriptionTooLong,
    DescriptionPrefix,
    DeprecatedNotShared,
    OnlyOwnCustomShared,
    ShareStatus,
    ShareWithOwner,
    AlreadyShared,
    DuplicateAccount,
    ShareLimit,
    AccessGranted,
    NotShared,
    SharedWithNobody,
    InUseDelete,
    ByolNotShared,
    ShareeCopyInRegion,
    EncryptedCopyInRegion,
    ForceUnsupported,
    CopyDescriptionUnsupported,
    CopyKeepsSourceName,
    CopyKeepsSourceDescription,
    NameTaken,
    AlreadyDeprecated,
    NotDeprecated,
    InvalidAccountId,
    TooManyAccounts,
    InvalidRegion,
    AccessRevoked,
    ReinitLostOnUnshare,
    TaskRunning,
    CopyRunning,
    CancelUnsupported,
    NotACopy,
    CopyFinished,
    CopyDeleted,
    Capacity,
}
