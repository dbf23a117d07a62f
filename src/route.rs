//! The screens of the app and their addresses. Addresses live after `#`, so the app
//! works from any folder of any static web server without rewrite rules.

/// A screen. Only screens that exist are listed: the navigation is built from this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    /// The career-anchor self-assessment: answering, then picking the three most true.
    Assessment,
    /// The latest (or a chosen) self-assessment result, with the history.
    Result,
    /// Check a commitment against the two tests; saved commitments and their follow-up.
    Check,
    /// What is stored; export, import, delete everything.
    Data,
    /// The attendee's card for a training session: top anchor, share code, QR code.
    Card,
    /// The facilitator's screen: attendees' codes in, workshop groups out.
    Training,
    /// The interview-preparation worksheet, sections a to k.
    Worksheet,
    /// The one-page sheet to print and bring to the interview.
    Sheet,
    /// The interviewer's questions with the person's answers so far.
    Rehearsal,
}

impl Route {
    /// Every screen, in navigation order.
    pub const ALL: &'static [Route] = &[
        Route::Home,
        Route::Assessment,
        Route::Result,
        Route::Worksheet,
        Route::Check,
        Route::Data,
        Route::Card,
        Route::Training,
        Route::Sheet,
        Route::Rehearsal,
    ];

    /// Whether the main menu lists the screen: the card opens from the result, the
    /// facilitator's screen from home, the sheet and the rehearsal from the worksheet.
    pub fn in_menu(self) -> bool {
        !matches!(
            self,
            Route::Card | Route::Training | Route::Sheet | Route::Rehearsal
        )
    }

    /// The address after `#`, e.g. `/` for the home screen.
    pub fn hash(self) -> &'static str {
        match self {
            Route::Home => "/",
            Route::Assessment => "/assessment",
            Route::Result => "/result",
            Route::Check => "/check",
            Route::Data => "/data",
            Route::Card => "/card",
            Route::Training => "/training",
            Route::Worksheet => "/worksheet",
            Route::Sheet => "/sheet",
            Route::Rehearsal => "/rehearsal",
        }
    }

    /// Reads the part after `#`; anything unknown shows the home screen.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').split('?').next().unwrap_or("");
        let path = path.trim_end_matches('/');
        Route::ALL
            .iter()
            .copied()
            .find(|route| route.hash().trim_end_matches('/') == path)
            .unwrap_or(Route::Home)
    }
}
