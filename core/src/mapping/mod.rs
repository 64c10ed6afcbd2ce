//! What every provider's mapping shares: reading listing responses into a
//! state (`data`), and writing requests in a provider's words (`requests`).
//! A toolkit for any cloud: a build with fewer clouds leaves parts unused.

#[allow(dead_code, unused_macros, unused_imports)]
pub(crate) mod data;
#[allow(dead_code)]
pub mod requests;
