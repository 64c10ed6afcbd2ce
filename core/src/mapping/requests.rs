//! Provider requests out (`toProviderRequests`): the request type and what
//! every provider's request mapping shares. The mappings write the requests
//! of a command the engine allowed (`api` decides first); they need the
//! state only to know regions and shares.

use crate::checks::{share, On};
use crate::command::{CreateImage, ShareImage};
use crate::error::{Argument, InputError};
use crate::message::Action;
use crate::model::{Image, Instance};
use crate::text::AccountId;
use crate::world::World;
use serde::Serialize;
use serde_json::{Map, Value};

/// One request in the provider's own words (API.md v3).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProviderRequest {
    /// The API's own action name.
    pub action: &'static str,
    /// Its API version.
    pub version: &'static str,
    /// The region the request is sent to.
    pub region: String,
    /// The API's own parameter names; a repeated parameter is one array.
    pub parameters: Map<String, Value>,
    /// REST method (jdcloud).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<&'static str>,
    /// REST path (jdcloud).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl ProviderRequest {
    /// An RPC-style request (aliyun, tencent): no REST method or path.
    pub(crate) fn rpc(
        action: &'static str,
        version: &'static str,
        region: &str,
        parameters: Params,
    ) -> ProviderRequest {
        ProviderRequest {
            action,
            version,
            region: region.into(),
            parameters: parameters.into_map(),
            method: None,
            path: None,
        }
    }
}

/// A request's parameters, built value by value: `json!` would instantiate
/// serde's serialization for every field type, which costs the module far
/// more than these few strings and flags.
#[derive(Default)]
pub(crate) struct Params(Map<String, Value>);

impl Params {
    pub fn new() -> Params {
        Params::default()
    }

    /// `key: "value"`.
    pub fn text(mut self, key: &str, value: &str) -> Params {
        self.0.insert(key.into(), Value::String(value.into()));
        self
    }

    /// `key: "value"` when the command gives one.
    pub fn maybe(self, key: &str, value: Option<&str>) -> Params {
        match value {
            Some(value) => self.text(key, value),
            None => self,
        }
    }

    /// `key: true` when `on`; left out otherwise (the API's default).
    pub fn flag(self, key: &str, on: bool) -> Params {
        self.boolean(key, on.then_some(true))
    }

    /// `key: true/false` when the command gives one.
    pub fn boolean(mut self, key: &str, value: Option<bool>) -> Params {
        if let Some(value) = value {
            self.0.insert(key.into(), Value::Bool(value));
        }
        self
    }

    /// `key: ["a", "b"]`: a repeated parameter is one array.
    pub fn texts<'a>(mut self, key: &str, values: impl IntoIterator<Item = &'a str>) -> Params {
        let values = values
            .into_iter()
            .map(|v| Value::String(v.into()))
            .collect();
        self.0.insert(key.into(), Value::Array(values));
        self
    }

    /// `key: {...}`.
    pub fn object(mut self, key: &str, value: Params) -> Params {
        self.0.insert(key.into(), Value::Object(value.0));
        self
    }

    /// `key: [{...}, ...]`.
    pub fn objects(mut self, key: &str, values: impl IntoIterator<Item = Params>) -> Params {
        let values = values.into_iter().map(|p| Value::Object(p.0)).collect();
        self.0.insert(key.into(), Value::Array(values));
        self
    }

    pub fn into_map(self) -> Map<String, Value> {
        self.0
    }
}

/// The image `id` names: its region decides where the request goes.
pub(crate) fn image<'w>(world: &'w World, id: &str, path: &str) -> Result<&'w Image, InputError> {
    world.image(id).ok_or_else(|| {
        command_error(
            path,
            format!("expected an image of the state ({id} is not one): its region decides where the request goes"),
        )
    })
}

/// The instance `id` names.
pub(crate) fn instance<'w>(world: &'w World, id: &str) -> Result<&'w Instance, InputError> {
    world.instance(id).ok_or_else(|| {
        command_error(
            "instanceId",
            format!("expected an instance of the state ({id} is not one): its region decides where the request goes"),
        )
    })
}

/// The region a new image is created in: the command's, else its source
/// instance's or first snapshot's (CRT-1).
pub(crate) fn creation_region(world: &World, r: &CreateImage) -> Result<String, InputError> {
    let region = r
        .region
        .as_ref()
        .map(|region| region.to_string())
        .or_else(|| {
            r.instance_id
                .as_ref()
                .and_then(|id| world.instance(id))
                .map(|i| i.region.to_string())
        })
        .or_else(|| {
            r.snapshot_ids
                .first()
                .and_then(|id| world.snapshot(id))
                .map(|s| s.region.to_string())
        });
    region.ok_or_else(|| {
        command_error(
            "region",
            "expected a region, or a source instance or snapshot of the state",
        )
    })
}

/// The accounts a share adds, as the simulation adds them
/// (`checks::share`): well-formed, not the owner, not shared already (a
/// warning for the engine; tencent refuses a request naming one), each once,
/// in request order.
pub(crate) fn accounts_to_add<'c>(image: &'c Image, request: &'c ShareImage) -> Vec<&'c str> {
    let on = On {
        image,
        request,
        action: Action::Share,
    };
    share::accounts_to_add(&on)
        .into_iter()
        .map(AccountId::as_str)
        .collect()
}

/// The accounts an unshare removes, as the simulation removes them: those
/// the image is shared with, each once.
pub(crate) fn accounts_to_remove<'c>(image: &'c Image, request: &'c ShareImage) -> Vec<&'c str> {
    let on = On {
        image,
        request,
        action: Action::Unshare,
    };
    share::accounts_to_remove(&on)
        .into_iter()
        .map(AccountId::as_str)
        .collect()
}

/// A command the provider has no API for (the decision denies it first with
/// `NotSupported`; the mapping must still answer every command).
pub(crate) fn not_supported(path: &str, provider: &str, what: &str) -> InputError {
    command_error(
        path,
        format!("{provider} has no API for {what} (check() refuses it with NotSupported)"),
    )
}

pub(crate) fn command_error(path: impl Into<String>, message: impl Into<String>) -> InputError {
    InputError::new(Argument::Command, path, message)
}
