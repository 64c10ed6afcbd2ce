//! Malformed input: thrown to JavaScript as `InputError`, never a denial.

use thiserror::Error;

/// Which argument of a call was malformed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Argument {
    State,
    Command,
    Request,
    Actor,
    ImageId,
    ImageIds,
    Provider,
    Options,
    /// `commandFor`'s action key.
    Action,
    /// `commandFor`'s fields.
    Fields,
    /// `stateFrom`'s provider data.
    Data,
    /// `explainProviderError`'s error (a code or what an SDK threw).
    Error,
}

impl Argument {
    /// The argument's name as the API spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Argument::State => "state",
            Argument::Command => "command",
            Argument::Request => "request",
            Argument::Actor => "actor",
            Argument::ImageId => "imageId",
            Argument::ImageIds => "imageIds",
            Argument::Options => "options",
            Argument::Provider => "provider",
            Argument::Action => "action",
            Argument::Fields => "fields",
            Argument::Data => "data",
            Argument::Error => "error",
        }
    }
}

/// Malformed input, with where (`path`, inside `argument`) and what was expected.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{}: {message}", self.location())]
pub struct InputError {
    /// The argument the path is inside.
    pub argument: Argument,
    /// Where inside the argument, e.g. `images[2].sharedWith[0]`; empty for
    /// the argument as a whole.
    pub path: String,
    /// What was expected.
    pub message: String,
}

impl InputError {
    /// An error at `path` inside `argument`.
    pub fn new(argument: Argument, path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            argument,
            path: path.into(),
            message: message.into(),
        }
    }

    /// The stable code every input error carries.
    pub const CODE: &'static str = "InvalidInput";

    /// `argument` or `argument.path`, for messages.
    pub fn location(&self) -> String {
        if self.path.is_empty() {
            self.argument.as_str().to_string()
        } else if self.path.starts_with('[') {
            format!("{}{}", self.argument.as_str(), self.path)
        } else {
            format!("{}.{}", self.argument.as_str(), self.path)
        }
    }
}

/// What a provider's SDK threw or rejected with, as far as the rules read
/// it: its `code`, and `error.status` (jdcloud's plain error objects).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThrownError {
    pub code: Option<String>,
    pub status: Option<String>,
}

impl ThrownError {
    /// A bare error code.
    pub fn code(code: &str) -> ThrownError {
        ThrownError {
            code: Some(code.into()),
            status: None,
        }
    }
}
