//! The `catalogue!` macro: declares an enum of message keys whose every variant must
//! carry a Japanese and an English text. A key without either text does not compile,
//! so a missing translation is impossible.

/// A key of any catalogue: what a screen needs to show a message in the current language,
/// whichever feature's catalogue it comes from.
pub trait Message: Copy + Send + Sync + 'static {
    /// The text of this message in `lang`.
    fn text(self, lang: crate::domain::lang::Lang) -> &'static str;
}

/// Declares a message enum and its `text(lang)` lookup.
///
/// ```text
/// catalogue! {
///     pub enum Msg {
///         AppName { ja: "自律", en: "Jiritsu" },
///     }
/// }
/// ```
#[macro_export]
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $key:ident { ja: $ja:expr, en: $en:expr $(,)? } ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $( $key ),* }

        impl $name {
            /// Every key, for tests that walk the whole catalogue.
            pub const ALL: &'static [$name] = &[ $( $name::$key ),* ];

            /// The text of this message in `lang`.
            pub fn text(self, lang: $crate::domain::lang::Lang) -> &'static str {
                match lang {
                    $crate::domain::lang::Lang::Ja => match self { $( $name::$key => $ja ),* },
                    $crate::domain::lang::Lang::En => match self { $( $name::$key => $en ),* },
                }
            }
        }

        impl $crate::i18n::Message for $name {
            fn text(self, lang: $crate::domain::lang::Lang) -> &'static str {
                $name::text(self, lang)
            }
        }
    };
}
