//! The lifecycle rules of cloud custom machine images, as plain Rust.
//!
//! A [`State`] (images, instances, snapshots) and a [`Command`] go in; a
//! [`Decision`] comes out: whether it is allowed, every rule it breaks, what
//! it will cause. [`apply`] simulates the lifecycle. Rules are data: per
//! command a list of [`checks::RuleCheck`]s, each tied to a [`RuleId`], run
//! when the provider's [`profile::Profile`] enforces that rule.
//!
//! ```
//! use image_policy_core::{decide, decode, World};
//! let world = World::new(decode::state(r#"{"provider":"aliyun","images":[
//!   {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"cn-hangzhou","status":"available"}],
//!   "instances":[{"id":"i-1","ownerId":"a1","region":"cn-hangzhou","imageId":"m-1"}]}"#).unwrap()).unwrap();
//! let delete = decode::command(r#"{"type":"deleteImage","actor":"a1","imageId":"m-1"}"#).unwrap();
//! let decision = decide(&world, &delete);
//! assert_eq!(decision.denying_rules()[0].as_str(), "DEL-2"); // needs force
//! ```

mod actions;
pub mod api;
mod apply;
mod catalogue;
pub mod checks;
mod command;
pub mod console;
pub mod decision;
pub mod decode;
mod error;
mod event;
mod json_path;
pub mod mapping;
pub mod message;
mod messages;
mod model;
mod object;
mod probes;
pub mod profile;
pub mod providers;
mod rule_texts;
mod static_str;
mod table;
mod text;
mod world;

pub use actions::{ImageAction, ACTIONS};
pub use apply::{apply, Applied};
pub use catalogue::{RuleId, RuleSet};
pub use checks::{decide, sees, ImageView};
pub use command::*;
pub use decision::{Code, Decision, Details, KeptBecause, KeptSnapshot, Reason};
pub use error::{Argument, InputError};
pub use event::Event;
pub use message::Locale;
pub use messages::{render, shared_rule_text};
pub use model::*;
pub use probes::{action_matrix, allowed_actions, ActionFlags, ActionRow, DeniedRules};
pub use rule_texts::rule_text;
pub use text::{
    shorten, AccountId, Id, Region, Text, Typed, MAX_ACCOUNT_CHARS, MAX_ID_CHARS, MAX_REGION_CHARS,
    MAX_TEXT_CHARS, QUOTED_CHARS,
};
pub use world::World;
