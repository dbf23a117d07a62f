//! The screens of the app and their addresses. Addresses live after `#`, so the app
//! works from any folder of any static web server without rewrite rules.
//!
//! What follows a `?` after the screen's address is a parameter for that screen. One is
//! read: `#/training?add=CODE`, the address in an attendee's QR code, which opens the
//! facilitator's screen and adds that share code to the list.

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

/// The parameter that carries a share code to add, after the facilitator screen's address.
const ADD_PARAMETER: &str = "add=";

/// The share code an address asks the facilitator's screen to add: `CODE` in
/// `#/training?add=CODE` (as written, not yet checked); `None` for every other address.
pub fn code_to_add(hash: &str) -> Option<&str> {
    if Route::from_hash(hash) != Route::Training {
        return None;
    }
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .find_map(|parameter| parameter.strip_prefix(ADD_PARAMETER))
        .filter(|code| !code.is_empty())
}

/// The full address that opens the facilitator's screen of this same site with `code`
/// added: `page` is the page's own address (`location.href`); its `#` part is replaced, so
/// the site works from whatever folder it is served, e.g. `https://intranet/jiritsu/`.
pub fn add_code_address(page: &str, code: &str) -> String {
    let page = page.split('#').next().unwrap_or(page);
    let mut address = String::with_capacity(page.len() + 24);
    address.push_str(page);
    address.push('#');
    address.push_str(Route::Training.hash());
    address.push('?');
    address.push_str(ADD_PARAMETER);
    address.push_str(code);
    address
}
