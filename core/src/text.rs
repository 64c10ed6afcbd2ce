//! Validated strings. Each is checked while it is decoded, so a bad value is
//! reported at its exact path (e.g. `images[2].sharedWith[0]`).

use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// Longest free text (names, descriptions, bucket names) accepted as input.
/// Longer values are input errors; the naming rules deny far shorter ones.
pub const MAX_TEXT_CHARS: usize = 4096;
/// Longest resource ID (image, instance, snapshot).
pub const MAX_ID_CHARS: usize = 128;
/// Longest region name.
pub const MAX_REGION_CHARS: usize = 64;
/// Longest account ID (SHR-6).
pub const MAX_ACCOUNT_CHARS: usize = 64;

macro_rules! validated_string {
    ($(#[$doc:meta])* $name:ident, $check:expr) => {
        $(#[$doc])*
        #[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub struct $name(String);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_string(Checked(std::marker::PhantomData))
            }
        }

        impl Clone for $name {
            fn clone(&self) -> Self {
                $name(self.0.clone())
            }
            // Reuses the buffer (derive would not): probes re-aimed at image
            // after image allocate nothing.
            fn clone_from(&mut self, source: &Self) {
                self.0.clone_from(&source.0);
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(value: String) -> Result<Self, String> {
                $name::new(value)
            }
        }

        impl $name {
            /// Checks `value`; the error says what was expected.
            pub fn new(value: impl Into<String>) -> Result<Self, String> {
                let value = value.into();
                let check: fn(&str) -> Result<(), String> = $check;
                check(&value).map(|()| $name(value))
            }

            /// The string itself.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// Reads a string and checks it inside `visit_str`, so that serde_json
/// places a bad value's error right after it (where `json_path` finds its
/// path), not at the end of its object; `try_from = "String"` would check it
/// after serde_json has returned.
struct Checked<T>(std::marker::PhantomData<T>);

impl<T: TryFrom<String, Error = String>> serde::de::Visitor<'_> for Checked<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<T, E> {
        self.visit_string(text.to_owned())
    }
    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<T, E> {
        T::try_from(text).map_err(E::custom)
    }
}

validated_string!(
    /// An account ID (SHR-6): 1 to 64 letters, digits, `_`, `.`, `@` or `-`.
    ///
    /// ```
    /// use image_policy_core::AccountId;
    /// assert!(AccountId::new("1234567890").is_ok());
    /// assert!(AccountId::new("alice@example.com").is_ok());
    /// assert!(AccountId::new("no spaces").is_err());
    /// ```
    AccountId,
    |s| {
        let count = s.chars().count();
        let ok = (1..=MAX_ACCOUNT_CHARS).contains(&count)
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '@' | '-'));
        if ok {
            Ok(())
        } else {
            Err(format!(
                "expected an account ID of 1 to {MAX_ACCOUNT_CHARS} letters, digits, '_', '.', '@' or '-' (SHR-6), got {}",
                quote(s)
            ))
        }
    }
);

validated_string!(
    /// A resource ID (image, instance, snapshot): 1 to 128 characters, no
    /// whitespace or control characters.
    ///
    /// ```
    /// use image_policy_core::Id;
    /// assert!(Id::new("m-0001").is_ok());
    /// assert!(Id::new("").is_err());
    /// ```
    Id,
    |s| {
        let count = s.chars().count();
        if (1..=MAX_ID_CHARS).contains(&count) && !s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            Ok(())
        } else {
            Err(format!(
                "expected an ID of 1 to {MAX_ID_CHARS} characters without spaces, got {}",
                quote(s)
            ))
        }
    }
);

impl Id {
    /// An ID the simulation made itself (a prefix and a number), valid by
    /// construction.
    pub(crate) fn generated(prefix: &str, number: usize) -> Id {
        Id(format!("{prefix}{number}"))
    }
}

validated_string!(
    /// A region name such as `cn-hangzhou`: 1 to 64 letters, digits, `_` or `-`.
    ///
    /// ```
    /// use image_policy_core::Region;
    /// assert!(Region::new("cn-north-1").is_ok());
    /// assert!(Region::new("cn hangzhou").is_err());
    /// ```
    Region,
    |s| {
        let count = s.chars().count();
        if (1..=MAX_REGION_CHARS).contains(&count)
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            Ok(())
        } else {
            Err(format!(
                "expected a region of 1 to {MAX_REGION_CHARS} letters, digits, '_' or '-', got {}",
                quote(s)
            ))
        }
    }
);

validated_string!(
    /// Free text (a name, a description, a bucket name) of at most 4096
    /// characters. Whether it is a *good* name is a rule (NAME-1, NAME-2,
    /// EXP-1), answered as a denial, not here.
    ///
    /// ```
    /// use image_policy_core::Text;
    /// assert!(Text::new("web server").is_ok());
    /// assert!(Text::new("x".repeat(5000)).is_err());
    /// ```
    Text,
    |s| {
        if s.chars().count() <= MAX_TEXT_CHARS {
            Ok(())
        } else {
            Err(format!("expected at most {MAX_TEXT_CHARS} characters"))
        }
    }
);

/// A value a person types into a dialog (an account ID, a region): any
/// string up to [`MAX_TEXT_CHARS`] is read, and one that is no valid `T` is
/// kept as typed, so a rule denies it with a reason (SHR-6, CPY-3) instead
/// of the decoder throwing an input error.
///
/// ```
/// use image_policy_core::{AccountId, Typed};
/// let typed: Vec<Typed<AccountId>> = serde_json::from_str(r#"["alice", "bob carol"]"#).unwrap();
/// assert!(typed[0].valid().is_some() && typed[1].valid().is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Typed<T> {
    Valid(T),
    Invalid(Text),
}

impl<T> Typed<T> {
    /// The value, when it is a valid `T`.
    pub fn valid(&self) -> Option<&T> {
        match self {
            Typed::Valid(value) => Some(value),
            Typed::Invalid(_) => None,
        }
    }
}

impl<T: Deref<Target = str>> Typed<T> {
    /// The value as typed.
    pub fn as_str(&self) -> &str {
        match self {
            Typed::Valid(value) => value,
            Typed::Invalid(text) => text,
        }
    }
}

impl<T> From<T> for Typed<T> {
    fn from(value: T) -> Typed<T> {
        Typed::Valid(value)
    }
}

impl<T: Deref<Target = str>> Serialize for Typed<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de, T: TryFrom<String>> Deserialize<'de> for Typed<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Text::deserialize(deserializer)?;
        Ok(match T::try_from(text.0.clone()) {
            Ok(value) => Typed::Valid(value),
            Err(_) => Typed::Invalid(text),
        })
    }
}

impl Text {
    /// The empty text (a name the provider did not return).
    pub(crate) fn empty() -> Text {
        Text(String::new())
    }
}

impl Region {
    /// A placeholder for a region nobody named.
    pub(crate) fn unknown() -> Region {
        Region("unknown".into())
    }
}

/// Most characters of a value an error message quotes.
pub const QUOTED_CHARS: usize = 64;

/// A short, quoted rendering of a value for an error message: at most
/// [`QUOTED_CHARS`] characters, then `…`.
pub(crate) fn quote(s: &str) -> String {
    format!("{:?}", shorten(s))
}

/// `s` cut to [`QUOTED_CHARS`] characters, with `…` when it was longer.
pub fn shorten(s: &str) -> std::borrow::Cow<'_, str> {
    shorten_to(s, QUOTED_CHARS)
}

/// `s` cut to `max` characters, with `…` when it was longer.
pub fn shorten_to(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => s.into(),
        Some((end, _)) => format!("{}…", &s[..end]).into(),
    }
}
