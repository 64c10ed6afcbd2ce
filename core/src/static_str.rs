//! Strings fixed at compile time (rule IDs, action names, provider codes)
//! serialized so serde-wasm-bindgen makes each JavaScript string once.

use serde::Serializer;

/// `text` as a unit variant: serde-wasm-bindgen keeps the JavaScript string
/// of a unit variant by address and reuses it, where `serialize_str` makes a
/// new one per value; serde_json writes both as the same JSON string.
pub fn serialize<S: Serializer>(text: &'static str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_unit_variant("", 0, text)
}

/// [`serialize`] for `Option<&'static str>` fields (`serialize_with`).
pub fn serialize_option<S: Serializer>(
    text: &Option<&'static str>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match text {
        Some(text) => serializer.serialize_some(&Static(text)),
        None => serializer.serialize_none(),
    }
}

/// A `&'static str` that serializes through [`serialize`].
struct Static(&'static str);

impl serde::Serialize for Static {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize(self.0, serializer)
    }
}

/// `{ key: value }` with static keys (action names, statuses), serialized as
/// a struct: serde-wasm-bindgen makes each key's JavaScript string once,
/// where a map's keys are made anew in every object.
pub fn serialize_keyed<'a, S: Serializer, V: serde::Serialize + 'a>(
    serializer: S,
    name: &'static str,
    entries: impl ExactSizeIterator<Item = (&'static str, &'a V)>,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut object = serializer.serialize_struct(name, entries.len())?;
    for (key, value) in entries {
        object.serialize_field(key, value)?;
    }
    object.end()
}
