//! JSON in and out, written for this model alone: a pull reader that keeps
//! the path of every error, and a writer. No serde: its generic visitors,
//! path tracking and float formatting were most of the WebAssembly size.

mod reader;
mod writer;

pub use reader::{backticked, required, Fault, Kind, Reader, MAX_DEPTH};
pub use writer::{ObjectWriter, ToJson};

/// A type read from JSON.
pub trait FromJson: Sized {
    fn read_json(r: &mut Reader<'_>) -> Result<Self, Fault>;
}

impl FromJson for bool {
    fn read_json(r: &mut Reader<'_>) -> Result<Self, Fault> {
        r.boolean()
    }
}

/// `null` reads as absent, as for a missing optional field.
impl<T: FromJson> FromJson for Option<T> {
    fn read_json(r: &mut Reader<'_>) -> Result<Self, Fault> {
        if r.null()? {
            Ok(None)
        } else {
            T::read_json(r).map(Some)
        }
    }
}

/// An array of at most `max` elements. Longer arrays are an error at the
/// array itself, so hostile input cannot make the decoder allocate much.
pub fn bounded_list<T: FromJson>(r: &mut Reader<'_>, max: usize) -> Result<Vec<T>, Fault> {
    let mut items = Vec::new();
    let mut too_many = false;
    r.array("an array", |r, _| {
        if items.len() == max {
            too_many = true;
            return r.skip();
        }
        items.push(T::read_json(r)?);
        Ok(())
    })?;
    if too_many {
        return Err(Fault::new(format!("expected at most {max} elements")));
    }
    Ok(items)
}

/// An enum spelled as one of a fixed set of strings: `as_str`, reading
/// (unknown names are errors listing the accepted ones) and writing.
macro_rules! string_enum {
    ($ty:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// Every name, as the API spells them.
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// The name as the API spells it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }
        }

        impl $crate::json::FromJson for $ty {
            fn read_json(r: &mut $crate::json::Reader<'_>) -> Result<Self, $crate::json::Fault> {
                if r.peek()? != $crate::json::Kind::String {
                    let expected = format!("one of {}", $crate::json::backticked(Self::NAMES));
                    return Err(r.unexpected(&expected));
                }
                match &*r.string()? {
                    $($name => Ok($ty::$variant),)*
                    other => Err($crate::json::Fault::new(format!(
                        "unknown variant {}, expected one of {}",
                        $crate::text::quote(other),
                        $crate::json::backticked(Self::NAMES)
                    ))),
                }
            }
        }

        impl $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                self.as_str().write_json(out);
            }
        }
    };
}
pub(crate) use string_enum;
