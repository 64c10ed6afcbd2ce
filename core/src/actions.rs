//! The image actions of a console's row, declared once: each action's key
//! (`actionMatrix`, `allowedActions`, `vocabulary().actions`, `commandFor`),
//! the command type it stands for, and the fields it fixes. Everything that
//! lists the actions takes them from here; the word tables and the probes
//! match on [`ImageAction`] exhaustively, so a new action does not compile
//! until each has it.

/// Declares [`ImageAction`] and [`ACTIONS`] from one table.
macro_rules! image_actions {
    ($($variant:ident $key:literal => $command:literal { $($field:literal: $value:literal),* };)*) => {
        /// An action on one image, as a console's button.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ImageAction { $($variant,)* }

        /// The actions' keys, in API order.
        pub const ACTIONS: [&str; [$($key),*].len()] = [$($key,)*];

        impl ImageAction {
            /// Every action, in [`ACTIONS`] order.
            pub const ALL: [ImageAction; ACTIONS.len()] = [$(ImageAction::$variant,)*];

            /// Its key, as the API spells it.
            pub const fn key(self) -> &'static str {
                match self { $(ImageAction::$variant => $key,)* }
            }

            /// The command type it stands for.
            pub const fn command_type(self) -> &'static str {
                match self { $(ImageAction::$variant => $command,)* }
            }

            /// The fields it fixes, each as JSON text.
            pub const fn fixed(self) -> &'static [(&'static str, &'static str)] {
                match self { $(ImageAction::$variant => &[$(($field, $value)),*],)* }
            }
        }
    };
}

image_actions! {
    Delete "deleteImage" => "deleteImage" {};
    ForceDelete "forceDeleteImage" => "deleteImage" { "force": "true" };
    DeleteWithSnapshots "deleteImageAndSnapshots" => "deleteImage" { "deleteSnapshots": "true" };
    Share "shareImage" => "shareImage" {};
    Unshare "unshareImage" => "unshareImage" {};
    Copy "copyImage" => "copyImage" {};
    Export "exportImage" => "exportImage" {};
    Modify "modifyImage" => "modifyImage" {};
    CreateInstance "createInstance" => "createInstance" {};
    CancelCopy "cancelCopy" => "cancelCopy" {};
    Deprecate "deprecateImage" => "modifyImage" { "status": "\"deprecated\"" };
    Restore "restoreImage" => "modifyImage" { "status": "\"available\"" };
}

impl ImageAction {
    /// The action a key names.
    pub fn named(key: &str) -> Option<ImageAction> {
        ImageAction::ALL
            .into_iter()
            .find(|action| action.key() == key)
    }
}
