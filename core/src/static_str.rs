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
