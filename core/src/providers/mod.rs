//! The clouds: one line per cloud in [`clouds!`], each behind its Cargo
//! feature. A cloud is its folder here (profile, data mapping, requests)
//! and its line; nothing outside this folder names it. This file declares
//! the [`Provider`] names alone, so the model can hold one without depending
//! on any cloud; `registry.rs` joins each name to its cloud.

use serde::{Deserialize, Serialize};

/// The registry: feature (and the API's name), module, variant, doc.
macro_rules! clouds {
    ($then:ident) => {
        $then! {
            "aliyun" => aliyun::Aliyun, "Alibaba Cloud ECS custom images.";
            "jdcloud" => jdcloud::Jdcloud, "JD Cloud private images.";
            "tencent" => tencent::Tencent, "Tencent Cloud CVM custom images.";
        }
    };
}

/// The clouds' modules and the [`Provider`] enum of their names.
macro_rules! names {
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
        }
    };
}

clouds!(names);
mod registry;
