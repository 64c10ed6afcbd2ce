//! The console's path compiled once, where a render follows. Browsers
//! compile a WebAssembly function the first time it is called, and optimize
//! it only later, so a console's first image list would pay for compiling
//! every function of the path. A small account of every kind of image,
//! decided through the Engine's own methods, moves that cost into module
//! init, where it overlaps the listing request the console waits for
//! (bench/README.md has the figures). The browser entries call it once the
//! module is loaded (`web/index.js`, the `init()` of `image-policy/web` and
//! `/inline`, the `browser` entry); the Node entries do not: a server, a
//! route handler or a test file imports the module and renders no list.
//! Those methods are `#[inline(never)]`, so the export and the warm-up run
//! one compiled body. Nothing is kept, and an error here is ignored: the
//! input is fixed.

use crate::engine::Engine;
use wasm_bindgen::prelude::*;

/// Public, marketplace, own (shared, creating, encrypted, copying) and
/// shared-with-me images; an instance; a snapshot. Any cloud's: the first
/// this build carries is named in front ([`account`]).
const IMAGES: &str = r#""images":[
{"id":"m-pub","name":"ubuntu","kind":"public","region":"cn-hangzhou","status":"available"},
{"id":"m-mkt","name":"waf","kind":"marketplace","region":"cn-hangzhou","status":"available"},
{"id":"m-1","name":"web","kind":"custom","ownerId":"1001","region":"cn-hangzhou","status":"available","sharedWith":["2001","2002"],"snapshotIds":["s-1"]},
{"id":"m-2","name":"db","kind":"custom","ownerId":"1001","region":"cn-hangzhou","status":"creating"},
{"id":"m-3","name":"old","kind":"custom","ownerId":"1001","region":"cn-shanghai","status":"available","encrypted":true},
{"id":"m-4","name":"copy","kind":"custom","ownerId":"1001","region":"cn-shanghai","status":"creating","task":"copying","copiedFrom":"m-1"},
{"id":"m-5","name":"theirs","kind":"custom","ownerId":"3001","region":"cn-hangzhou","status":"available","sharedWith":["1001"]}],
"instances":[{"id":"i-1","ownerId":"1001","region":"cn-hangzhou","imageId":"m-1"}],
"snapshots":[{"id":"s-1","ownerId":"1001","region":"cn-hangzhou"}]}"#;

/// The warm-up account, in the first cloud of this build.
fn account() -> String {
    let provider = image_policy_core::Provider::ALL[0].as_str();
    format!(r#"{{"provider":"{provider}",{IMAGES}"#)
}
const ACTOR: &str = "1001";
const DELETE: &str = r#"{"type":"deleteImage","actor":"1001","imageId":"m-1"}"#;
const SHARE: &str = r#"{"type":"shareImage","actor":"1001","imageId":"m-1","accountIds":["2003"]}"#;
const CHINESE: &str = r#"{"locale":"zh-CN"}"#;

/// Compiles the console's path by deciding a small built-in account. The
/// browser entries call it when the module loads; calling it again is
/// harmless.
#[wasm_bindgen(js_name = warmUp)]
pub fn warm() {
    let _ = warm_up();
}

/// A console's first calls: the list, a dialog's check, an apply.
fn warm_up() -> Result<(), JsValue> {
    let parse = |text: &str| js_sys::JSON::parse(text);
    let mut engine = Engine::new(parse(&account())?, None)?;
    engine.action_matrix(ACTOR.into(), None, None)?;
    engine.check(parse(DELETE)?, Some(parse(CHINESE)?))?;
    engine.apply(parse(SHARE)?, None)?;
    engine.action_matrix(ACTOR.into(), None, None)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use image_policy_core::{api, Locale};

    /// The warm-up's inputs are valid and reach the rules: a row per image
    /// the actor sees, a denial in Chinese, a share applied.
    #[test]
    fn the_warm_up_account_is_decided_end_to_end() {
        let mut engine = api::Engine::new(&account()).unwrap();
        assert_eq!(engine.action_matrix(ACTOR, None).unwrap().len(), 7);
        let delete = engine.check(DELETE, Locale::ZhCn).unwrap();
        assert_eq!(delete.denying_rules()[0].as_str(), "DEL-1");
        assert!(!delete.reasons[0].message.is_ascii());
        assert_eq!(
            image_policy_core::decode::options(CHINESE).unwrap(),
            Locale::ZhCn
        );
        assert!(engine.apply(SHARE, Locale::En).unwrap().ok);
    }
}
