//! Each [`Provider`] joined to its cloud: its profile, its data mapping
//! and its requests, from the one list in [`clouds!`].

use super::Provider;
use crate::catalogue::RuleId;
use crate::command::Command;
use crate::error::InputError;
use crate::mapping::requests::ProviderRequest;
use crate::model::State;
use crate::profile::Profile;
use crate::world::World;

macro_rules! lookups {
    ($($feature:literal => $module:ident :: $variant:ident, $doc:literal;)*) => {
        impl Provider {
            /// Its rule profile.
            ///
            /// ```
            /// use image_policy_core::{Provider, RuleId};
            /// assert_eq!(Provider::Aliyun.profile().share_limit, 50);
            /// assert_eq!(Provider::Jdcloud.profile().share_limit, 20);
            /// assert!(Provider::Jdcloud.profile().enforces(RuleId::Del8));
            /// assert!(!Provider::Aliyun.profile().enforces(RuleId::Del8));
            /// ```
            pub fn profile(self) -> &'static Profile {
                match self { $(#[cfg(feature = $feature)] Provider::$variant => &super::$module::PROFILE,)* }
            }

            /// `stateFrom(provider, data)`: a state from its own listing
            /// responses (API.md v4, "Provider data").
            pub fn state_from(self, data: &str) -> Result<State, InputError> {
                match self { $(#[cfg(feature = $feature)] Provider::$variant => super::$module::data::state_from(data),)* }
            }

            /// The requests that carry out `command`, in its own words: the
            /// mapping alone (`api::to_provider_requests` decides first).
            pub fn requests(self, world: &World, command: &Command) -> Result<Vec<ProviderRequest>, InputError> {
                match self { $(#[cfg(feature = $feature)] Provider::$variant => super::$module::requests::requests(world, command),)* }
            }
        }
    };
}

clouds!(lookups);

impl Provider {
    /// The providers of this build whose profiles enforce `rule`.
    pub fn enforcing(rule: RuleId) -> Vec<Provider> {
        Provider::ALL
            .iter()
            .copied()
            .filter(|p| p.profile().enforces(rule))
            .collect()
    }
}
