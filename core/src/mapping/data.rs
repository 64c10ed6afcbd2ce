//! Provider data in (`stateFrom`): what every provider's mapping shares.
//! Each provider's own module reads its listing responses with serde (its
//! wire types name only the fields the rules need, so the rest is skipped
//! unread) and hands the pieces to [`Assembly`], which builds the `State`.

use crate::error::{Argument, InputError};
use crate::model::{Image, Instance, Provider, Snapshot, State, MAX_ITEMS};
use crate::text::{AccountId, Id, Region};
use crate::world::World;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// `stateFrom`'s `data` (API.md v3): the caller's account, each region's
/// listing responses (one per page), and share lists per image.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct ProviderData<I, N, S, H> {
    pub account_id: AccountId,
    pub regions: BTreeMap<Region, Listings<I, N, S>>,
    #[serde(default = "BTreeMap::new")]
    pub shares: BTreeMap<Id, H>,
}

/// One region's responses, each a list of pages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Listings<I, N, S> {
    #[serde(default = "Vec::new")]
    pub images: Vec<I>,
    #[serde(default = "Vec::new")]
    pub instances: Vec<N>,
    #[serde(default = "Vec::new")]
    pub snapshots: Vec<S>,
}

/// An account ID as providers return it: a string, or a JSON number
/// (aliyun's `ImageOwnerId` is a Long; a JavaScript number past 2^53 has
/// already lost digits before it reaches the engine).
pub(crate) struct AccountText(pub AccountId);

impl<'de> Deserialize<'de> for AccountText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AccountVisitor;
        impl Visitor<'_> for AccountVisitor {
            type Value = AccountText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an account ID (a string or a whole number)")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<AccountText, E> {
                AccountId::new(text).map(AccountText).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> Result<AccountText, E> {
                self.visit_str(&number.to_string())
            }
            fn visit_i64<E: de::Error>(self, number: i64) -> Result<AccountText, E> {
                self.visit_str(&number.to_string())
            }
        }
        deserializer.deserialize_any(AccountVisitor)
    }
}

/// A flag as providers return it: a boolean, or the text `"true"`/`"false"`
/// in any case (aliyun's `IsSelfShared` is a String, its example `"False"`).
pub(crate) struct Flag(pub bool);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FlagVisitor;
        impl Visitor<'_> for FlagVisitor {
            type Value = Flag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("true or false (a boolean or its text)")
            }
            fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Flag, E> {
                Ok(Flag(flag))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Flag, E> {
                match text.to_ascii_lowercase().as_str() {
                    "true" => Ok(Flag(true)),
                    "false" | "" => Ok(Flag(false)),
                    _ => Err(E::invalid_value(de::Unexpected::Str(text), &self)),
                }
            }
        }
        deserializer.deserialize_any(FlagVisitor)
    }
}

/// What the caller's own snapshot listing says about one snapshot.
#[derive(Clone, Copy)]
pub(crate) struct SnapshotFacts {
    pub encrypted: bool,
}

/// The state being built from one provider's data.
pub(crate) struct Assembly {
    pub account: AccountId,
    state: State,
    snapshots: FxHashMap<Id, SnapshotFacts>,
    seen_images: FxHashSet<Id>,
}

impl Assembly {
    pub fn new(provider: Provider, account: AccountId) -> Assembly {
        Assembly {
            account,
            state: State {
                provider,
                images: Vec::new(),
                instances: Vec::new(),
                snapshots: Vec::new(),
            },
            snapshots: FxHashMap::default(),
            seen_images: FxHashSet::default(),
        }
    }

    /// One of the caller's snapshots; read before the images that name it.
    pub fn snapshot(&mut self, snapshot: Snapshot, facts: SnapshotFacts) {
        self.snapshots.insert(snapshot.id.clone(), facts);
        self.state.snapshots.push(snapshot);
    }

    /// The snapshots an image names that the caller's own listing holds (a
    /// state may name no other), and whether any of them is encrypted.
    pub fn own_snapshots<'s>(&self, named: impl Iterator<Item = &'s str>) -> (Vec<Id>, bool) {
        let mut encrypted = false;
        let ids = named
            .filter_map(|id| {
                let facts = self.snapshots.get(id)?;
                encrypted |= facts.encrypted;
                Id::new(id).ok()
            })
            .collect();
        (ids, encrypted)
    }

    /// An image at `path`; the same image on two pages is listed once.
    pub fn image(&mut self, image: Image, path: impl FnOnce() -> String) -> Result<(), InputError> {
        if !self.seen_images.insert(image.id.clone()) {
            return Ok(());
        }
        if self.state.images.len() == MAX_ITEMS {
            return Err(data_error(
                path(),
                format!("expected at most {MAX_ITEMS} images"),
            ));
        }
        self.state.images.push(image);
        Ok(())
    }

    /// One of the caller's instances, in `region`, made from `image_id`.
    pub fn instance(&mut self, region: &Region, instance_id: &Id, image_id: &Id) {
        self.state.instances.push(Instance {
            id: instance_id.clone(),
            owner_id: self.account.clone(),
            region: region.clone(),
            image_id: image_id.clone(),
        });
    }

    /// The state, checked as any state is; a problem the listings cannot
    /// have on their own (an ID listed in two regions) names its state path.
    pub fn finish(self) -> Result<State, InputError> {
        let state = self.state;
        World::new(state.clone()).map_err(|error| {
            data_error(
                "",
                format!(
                    "the listings make an invalid state at {}: {}",
                    error.location(),
                    error.message
                ),
            )
        })?;
        Ok(state)
    }
}

/// An input error in `data`.
pub(crate) fn data_error(path: impl Into<String>, message: impl Into<String>) -> InputError {
    InputError::new(Argument::Data, path, message)
}

/// A listing page whose list may sit inside an envelope ([`enveloped!`]).
pub(crate) trait Page {
    type Item;
    /// The list and its path inside the page.
    fn list(&self, path: impl Fn() -> String) -> Result<(&[Self::Item], &'static str), InputError>;
}

/// An instance as a listing names it.
pub(crate) trait WireInstance {
    fn ids(&self) -> (&Id, &Id);
}

/// Every region's image pages, then its instance pages, into `out`: each
/// image made by `image` and placed at its path in `data`, each instance by
/// its instance and image IDs.
pub(crate) fn images_and_instances<I: Page, N: Page, S>(
    out: &mut Assembly,
    regions: &BTreeMap<Region, Listings<I, N, S>>,
    image: impl Fn(&Assembly, &Region, &I::Item) -> Result<Image, InputError>,
) -> Result<(), InputError>
where
    N::Item: WireInstance,
{
    for (region, listings) in regions {
        for (p, page) in listings.images.iter().enumerate() {
            let (images, list) = page.list(|| format!("regions.{region}.images[{p}]"))?;
            for (i, wire) in images.iter().enumerate() {
                let path = || format!("regions.{region}.images[{p}].{list}[{i}]");
                let made = image(out, region, wire)?;
                out.image(made, path)?;
            }
        }
        for (p, page) in listings.instances.iter().enumerate() {
            let (instances, _) = page.list(|| format!("regions.{region}.instances[{p}]"))?;
            for wire in instances {
                let (instance_id, image_id) = wire.ids();
                out.instance(region, instance_id, image_id);
            }
        }
    }
    Ok(())
}

/// A listing page with or without its documented envelope (jdcloud
/// `result`, tencent `Response`): `$page` holds either `$envelope.$list` or
/// `$list` itself, and says where it found the list.
macro_rules! enveloped {
    ($envelope:ident; $page:ident, $body:ident, $list:ident: $item:ty) => {
        #[derive(serde::Deserialize)]
        #[allow(non_snake_case)]
        struct $page {
            #[serde(default)]
            $envelope: Option<$body>,
            #[serde(default)]
            $list: Option<Vec<$item>>,
        }

        #[derive(serde::Deserialize)]
        #[allow(non_snake_case)]
        struct $body {
            #[serde(default)]
            $list: Vec<$item>,
        }

        impl crate::mapping::data::Page for $page {
            type Item = $item;

            fn list(
                &self,
                path: impl Fn() -> String,
            ) -> Result<(&[$item], &'static str), crate::error::InputError> {
                match (&self.$envelope, &self.$list) {
                    (Some(body), _) => Ok((
                        &body.$list,
                        concat!(stringify!($envelope), ".", stringify!($list)),
                    )),
                    (None, Some(list)) => Ok((list, stringify!($list))),
                    (None, None) => Err(crate::mapping::data::data_error(
                        path(),
                        concat!(
                            "expected `",
                            stringify!($envelope),
                            ".",
                            stringify!($list),
                            "` (the documented envelope) or `",
                            stringify!($list),
                            "`"
                        ),
                    )),
                }
            }
        }
    };
}
pub(crate) use enveloped;
