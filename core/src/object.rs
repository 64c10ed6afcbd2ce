//! Thin wrappers over serde's derives for what they do not check: an array
//! in place of an object (derived structs accept both), list caps, fields
//! that are `Option`s in Rust but required in a request, and the `type`
//! member of a command, which the command's own struct does not name.

use serde::de::value::{MapAccessDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::marker::PhantomData;

/// A `T` that must be a JSON object: derived structs would also read an
/// array of their fields in order, which the API does not allow.
pub(crate) struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(Object)
            }
        }
        deserializer.deserialize_map(ObjectVisitor(PhantomData))
    }
}

/// An array of at most `MAX` elements; the error comes at element `MAX + 1`,
/// before the rest is read.
struct Bounded<T, const MAX: usize>(Vec<T>);

impl<'de, T: Deserialize<'de>, const MAX: usize> Deserialize<'de> for Bounded<T, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor<T, const MAX: usize>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>, const MAX: usize> Visitor<'de> for ListVisitor<T, MAX> {
            type Value = Bounded<T, MAX>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX));
                while let Some(item) = seq.next_element()? {
                    if items.len() == MAX {
                        return Err(de::Error::custom(format_args!(
                            "expected at most {MAX} elements"
                        )));
                    }
                    items.push(item);
                }
                Ok(Bounded(items))
            }
        }
        deserializer.deserialize_seq(ListVisitor(PhantomData))
    }
}

/// `deserialize_with` for a list of at most `MAX` values.
pub(crate) fn at_most<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Bounded::<T, MAX>::deserialize(deserializer).map(|list| list.0)
}

/// [`at_most`] for an optional list: `null` reads as absent (empty).
pub(crate) fn optional_at_most<'de, D, T, const MAX: usize>(
    deserializer: D,
) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let list = Option::<Bounded<T, MAX>>::deserialize(deserializer)?;
    Ok(list.map(|list| list.0).unwrap_or_default())
}

/// `deserialize_with` for a list of at most `MAX` objects.
pub(crate) fn objects<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    at_most::<D, Object<T>, MAX>(deserializer).map(unwrap_objects)
}

/// [`objects`] for an optional list: `null` reads as absent (empty).
pub(crate) fn optional_objects<'de, D, T, const MAX: usize>(
    deserializer: D,
) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    optional_at_most::<D, Object<T>, MAX>(deserializer).map(unwrap_objects)
}

fn unwrap_objects<T>(list: Vec<Object<T>>) -> Vec<T> {
    list.into_iter().map(|object| object.0).collect()
}

/// `deserialize_with` for an optional flag or value: `null` reads as absent,
/// as it does for every optional field (serde's `Option` convention).
pub(crate) fn or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}

/// `deserialize_with` for an `Option` field a request must still give: with
/// `deserialize_with`, serde reports it missing instead of reading `None`.
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Reads the object of a command of type `kind` into `T`, whose struct has
/// no `type` field: a `type` member equal to `kind` is passed over, any other
/// is an error at `type`. `T`'s own checks (unknown, missing and repeated
/// fields) still apply to every other member, at its path.
pub(crate) struct Tagged<'k, T> {
    pub kind: &'k str,
    pub marker: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Tagged<'_, T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Tagged<'_, T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(MapAccessDeserializer::new(WithoutType {
            map,
            kind: self.kind,
        }))
    }
}

/// A map's members less `type`.
struct WithoutType<'k, A> {
    map: A,
    kind: &'k str,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for WithoutType<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        loop {
            let Some(key) = self.map.next_key::<String>()? else {
                return Ok(None);
            };
            if key == "type" {
                self.map.next_value_seed(SameKind(self.kind))?;
                continue;
            }
            let field: StringDeserializer<A::Error> = key.into_deserializer();
            return match seed.deserialize(field) {
                Ok(value) => Ok(Some(value)),
                // Raised while the member is read, so its path names the key.
                Err(error) => self
                    .map
                    .next_value_seed(Fail(error))
                    .map(|never| match never {}),
            };
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// Reads a `type` member, which must name the command being read.
struct SameKind<'k>(&'k str);

impl<'de> DeserializeSeed<'de> for SameKind<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let given = String::deserialize(deserializer)?;
        if given == self.0 {
            Ok(())
        } else {
            Err(de::Error::custom(format_args!(
                "expected no type, or {:?}, got {}",
                self.0,
                crate::text::quote(&given)
            )))
        }
    }
}

/// A seed that fails with the error it carries.
struct Fail<E>(E);

impl<'de, E: de::Error> DeserializeSeed<'de> for Fail<E> {
    type Value = std::convert::Infallible;
    fn deserialize<D: Deserializer<'de>>(self, _: D) -> Result<Self::Value, D::Error> {
        Err(de::Error::custom(self.0))
    }
}
