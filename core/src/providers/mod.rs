//! The registry: one line per cloud, each behind its Cargo feature. A cloud
//! is its folder here (profile, data mapping, requests, naming rule and
//! texts) and its line below; nothing outside this folder names it.

use crate::catalogue::RuleId;
use crate::command::Command;
use crate::error::InputError;
use crate::mapping::requests::ProviderRequest;
use crate::model::State;
use crate::profile::Profile;
use crate::world::World;
use serde::{Deserialize, Serialize};

/// Declares the clouds: their modules, the [`Provider`] enum, and the
/// lookups from a provider to its profile, data mapping and requests.
macro_rules! registry {
    ($($feature:literal => $module:ident :: $variant:ident, $doc:literal;)*) => {
        $(#[cfg(feature = $feature)] mod $module;)*

        /// The provider whose rule profile applies.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "lowercase")]
        pub enum Provider {
            $(#[cfg(feature = $feature)] #[doc = $doc] $variant,)*
        }

        impl Provider {
            /// Every provider this build carries, in registry order.
            pub const ALL: &'static [Provider] = &[$(#[cfg(feature = $feature)] Provider::$variant,)*];

            /// The name as the API spells it.
            pub const fn as_str(self) -> &'static str {
                match self { $(#[cfg(feature = $feature)] Provider::$variant => $feature,)* }
            }

            /// Its rule profile.
            pub fn profile(self) -> &'static Profile {
                match self { $(#[cfg(feature = $feature)] Provider::$variant => &$module::PROFILE,)* }
            }

            /// `stateFrom(provider, data)`: a state from its own listing
            /// responses (API.md v4, "Provider data").
            pub fn state_from(self, data: &str) -> Result<State, InputError> {
                match self { $(#[cfg(feature = $feature)] Provider::$variant => $module::data::state_from(data),)* }
            }

            /// The requests that carry out `command`, in its own words: the
            /// mapping alone (`api::to_provider_requests` decides first).
            pub fn requests(self, world: &World, command: &Command) -> Result<Vec<ProviderRequest>, InputError> {
                match self { $(#[cfg(feature = $feature)] Provider::$variant => $module::requests::requests(world, command),)* }
            }
        }
    };
}

registry! {
    "aliyun" => aliyun::Aliyun, "Alibaba Cloud ECS custom images.";
    "jdcloud" => jdcloud::Jdcloud, "JD Cloud private images.";
    "tencent" => tencent::Tencent, "Tencent Cloud CVM custom images.";
}

/// The profile of `provider`.
///
/// ```
/// use image_policy_core::{providers, Provider, RuleId};
/// assert_eq!(providers::of(Provider::Aliyun).share_limit, 50);
/// assert_eq!(providers::of(Provider::Jdcloud).share_limit, 20);
/// assert!(providers::of(Provider::Jdcloud).enforces(RuleId::Del8));
/// assert!(!providers::of(Provider::Aliyun).enforces(RuleId::Del8));
/// ```
pub fn of(provider: Provider) -> &'static Profile {
    provider.profile()
}

/// The providers whose profiles enforce `rule`.
pub fn providers_enforcing(rule: RuleId) -> Vec<Provider> {
    Provider::ALL
        .iter()
        .copied()
        .filter(|&p| of(p).enforces(rule))
        .collect()
}
