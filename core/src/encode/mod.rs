//! The model's JSON out: the shapes of `shared/API.md`, with absent options,
//! false flags and empty lists left out.

mod command;
mod decision;
mod event;
mod state;
