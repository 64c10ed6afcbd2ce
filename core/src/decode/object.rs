//! `read_object!`: reads a JSON object into a struct from a table of its
//! fields, refusing unknown, repeated and missing fields at their paths.

use crate::json::{backticked, bounded_list, Fault, FromJson, Reader};

/// Stores a field's value, refusing a field seen twice. Generic over the
/// value's type only (not over each field), to keep the WebAssembly small.
pub(super) fn fill<T: FromJson>(
    r: &mut Reader<'_>,
    slot: &mut Option<T>,
    name: &str,
) -> Result<(), Fault> {
    if slot.is_some() {
        return Err(duplicate(name));
    }
    *slot = Some(T::read_json(r)?);
    Ok(())
}

/// [`fill`] for an array of at most `max` elements.
pub(super) fn fill_list<T: FromJson>(
    r: &mut Reader<'_>,
    slot: &mut Option<Vec<T>>,
    name: &str,
    max: usize,
) -> Result<(), Fault> {
    if slot.is_some() {
        return Err(duplicate(name));
    }
    *slot = Some(bounded_list(r, max)?);
    Ok(())
}

fn duplicate(name: &str) -> Fault {
    Fault::new(format!("duplicate field `{name}`"))
}

pub(super) fn unknown_field(key: &str, names: &[&str]) -> Fault {
    Fault::new(format!(
        "unknown field {}, expected one of {}",
        crate::text::quote(key),
        backticked(names)
    ))
}

/// `read_object!(reader, [tag handler], Struct { field: how = "jsonName", ... })`
///
/// `how` is one of:
/// - `required`: must be present (`null` only where the type is an `Option`);
/// - `optional`: an `Option` field; absent and `null` both read as `None`;
/// - `default`: absent reads as the type's default;
/// - `present`: an `Option` field that callers must still give (probes
///   inside the crate leave it `None`);
/// - `list(MAX)` / `list_or_empty(MAX)`: an array of at most MAX elements,
///   required or defaulting to empty.
///
/// A tag handler, `["type" => handler]`, reads the `type` member.
macro_rules! read_object {
    ($r:expr, [$($tag_name:literal => $tag:expr)?], $ty:ident {
        $($field:ident: $how:ident $(($max:expr))? = $name:literal),* $(,)?
    }) => {{
        const NAMES: &[&str] = &[$($tag_name,)? $($name),*];
        $(let mut $field = None;)*
        $r.object("an object", |r, key| match key {
            $($tag_name => ($tag)(r),)?
            $($name => $crate::decode::object::read_object!(@fill $how $(($max))?, r, $field, $name),)*
            _ => Err($crate::decode::object::unknown_field(key, NAMES)),
        })?;
        Ok($ty {
            $($field: $crate::decode::object::read_object!(@finish $how, $field, $name),)*
        })
    }};
    (@fill list($max:expr), $r:ident, $slot:ident, $name:literal) => {
        $crate::decode::object::fill_list($r, &mut $slot, $name, $max)
    };
    (@fill list_or_empty($max:expr), $r:ident, $slot:ident, $name:literal) => {
        $crate::decode::object::fill_list($r, &mut $slot, $name, $max)
    };
    (@fill $how:ident, $r:ident, $slot:ident, $name:literal) => {
        $crate::decode::object::fill($r, &mut $slot, $name)
    };
    (@finish required, $slot:ident, $name:literal) => { $crate::json::required($slot, $name)? };
    (@finish list, $slot:ident, $name:literal) => { $crate::json::required($slot, $name)? };
    (@finish present, $slot:ident, $name:literal) => { Some($crate::json::required($slot, $name)?) };
    (@finish optional, $slot:ident, $name:literal) => { $slot.flatten() };
    (@finish default, $slot:ident, $name:literal) => { $slot.unwrap_or_default() };
    (@finish list_or_empty, $slot:ident, $name:literal) => { $slot.unwrap_or_default() };
}
pub(crate) use read_object;
