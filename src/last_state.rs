//! The stateless functions keep the last state they decoded. The next call
//! compares its state with a snapshot of that one (in JavaScript, field by
//! field, no JSON text made) and, when they are the same, reuses the decoded
//! state and its remembered decisions.

use crate::js::{json_text, to_js_error};
use crate::memo::{Memo, SLOTS};
use image_policy_core::{api, Argument, InputError};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/memo.js")]
extern "C" {
    #[wasm_bindgen(js_name = sameJson)]
    fn same_json(value: &JsValue, snapshot: &JsValue) -> bool;

    #[wasm_bindgen(js_name = snapshotOf)]
    fn snapshot_of(json_text: &JsValue) -> JsValue;
}

struct LastState {
    snapshot: JsValue,
    engine: api::Engine,
    memo: Memo,
}

thread_local! {
    static LAST: RefCell<Option<LastState>> = const { RefCell::new(None) };
}

/// The decision on `request` in `slot` for `state`: `decide` gets the engine
/// for the state and the request's JSON text.
///
/// No borrow is held while JavaScript code of the caller's (a getter, a
/// `toJSON`) may run, so a call made from inside one never finds the cell
/// borrowed; if it replaced the last state meanwhile, this call decodes its
/// own state again.
pub fn decision(
    state: &JsValue,
    slot: u32,
    request: &JsValue,
    argument: Argument,
    decide: impl Fn(&api::Engine, &str) -> Result<String, InputError>,
) -> Result<JsValue, JsValue> {
    let (snapshot, memo) = remembered(state)?;
    memo.decision(slot, request, argument, |request| {
        LAST.with(|cell| match &*cell.borrow() {
            Some(last) if last.snapshot == snapshot => decide(&last.engine, request),
            _ => decide(&engine(&snapshot)?, request),
        })
    })
}

/// The snapshot and memo for `state`: the last ones when it is the same,
/// else new ones (and the state decoded) in their place.
fn remembered(state: &JsValue) -> Result<(JsValue, Memo), JsValue> {
    let last = LAST.with(|cell| {
        cell.borrow()
            .as_ref()
            .map(|last| (last.snapshot.clone(), last.memo.clone()))
    });
    if let Some((snapshot, memo)) = last {
        if same_json(state, &snapshot) {
            return Ok((snapshot, memo));
        }
    }
    let text = json_text(state, Argument::State)?;
    let engine =
        api::Engine::new(&text.as_string().unwrap_or_default()).map_err(|e| to_js_error(&e))?;
    let snapshot = snapshot_of(&text);
    let memo = Memo::new(SLOTS);
    LAST.with(|cell| {
        *cell.borrow_mut() = Some(LastState {
            snapshot: snapshot.clone(),
            engine,
            memo: memo.clone(),
        })
    });
    Ok((snapshot, memo))
}

/// The state again from its snapshot, for a call whose state was replaced
/// as the last one while it ran.
fn engine(snapshot: &JsValue) -> Result<api::Engine, InputError> {
    let text = js_sys::JSON::stringify(snapshot)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default();
    api::Engine::new(&text)
}
