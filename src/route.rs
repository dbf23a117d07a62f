//! The screens of the app and their addresses. Addresses live after `#`, so the app
//! works from any folder of any static web server without rewrite rules.
//!
//! What follows a `?` after the screen's address is a parameter for that screen. One is
//! read: `#/training?add=CODE&name=NAME`, the address in an attendee's QR code, which opens
//! the facilitator's screen and adds that share code to the list, under the name the
//! attendee put on their card (percent-encoded UTF-8, as browsers write addresses; the name
//! is optional).

use percent_encoding::{percent_decode_str, utf8_percent_encode, NON_ALPHANUMERIC};

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
    /// For whoever conducts the interview and receives the sheet: how to read it, what to
    /// ask, what to do after.
    Guide,
}

impl Route {
    /// Every screen, in navigation order.
    pub const ALL: &'static [Route] = &[
        Route::Home,
        Route::Assessment,
        Route::Result,
        Route::Worksheet,
        Route::Sheet,
        Route::Check,
        Route::Data,
        Route::Card,
        Route::Training,
        Route::Rehearsal,
        Route::Guide,
    ];

    /// Whether the main menu lists the screen: the card opens from the result, the
    /// facilitator's screen and the interviewer's guide from home, the rehearsal from the
    /// worksheet. The sheet, which people come back to print, has its own entry. The menu
    /// is the employee's; the two screens for the people around them are one link away
    /// on home.
    pub fn in_menu(self) -> bool {
        !matches!(
            self,
            Route::Card | Route::Training | Route::Rehearsal | Route::Guide
        )
    }

    /// The menu's entry a screen belongs to: itself, or for a screen the menu does not
    /// list, the one it opens from (the rehearsal: the worksheet; the card: the result;
    /// the facilitator's screen and the interviewer's guide: home).
    pub fn menu_entry(self) -> Route {
        match self {
            Route::Rehearsal => Route::Worksheet,
            Route::Card => Route::Result,
            Route::Training | Route::Guide => Route::Home,
            route => route,
        }
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
            Route::Guide => "/guide",
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

/// The part of a screen an address asks to open at: `delete` in `#/data?s=delete`, a
/// section's id in `#/worksheet?s=ws-actions`; empty when there is none.
pub fn asked_part(hash: &str) -> &str {
    hash.split_once('?')
        .and_then(|(_, query)| query.split('&').find_map(|pair| pair.strip_prefix("s=")))
        .unwrap_or("")
}

/// The part of the worksheet's address that opens it at an action: `action-<id>`.
const ACTION_PART: &str = "action-";

/// The worksheet's address that opens it at the action `id` (its text in focus), for the
/// follow-up's "rethink this action".
pub fn action_address(id: u64) -> String {
    format!("#{}?s={ACTION_PART}{id}", Route::Worksheet.hash())
}

/// The action an asked part (`asked_part`) names, if it names one.
pub fn asked_action(asked: &str) -> Option<u64> {
    asked.strip_prefix(ACTION_PART)?.parse().ok()
}

/// The parameter that carries a share code to add, after the facilitator screen's address.
const ADD_PARAMETER: &str = "add=";
/// The parameter that carries the attendee's name with it.
const NAME_PARAMETER: &str = "name=";

/// The value of `parameter` (e.g. `add=`) in the facilitator screen's address `hash`, as
/// written; `None` for every other address and when it is missing or empty.
fn training_parameter<'a>(hash: &'a str, parameter: &str) -> Option<&'a str> {
    if Route::from_hash(hash) != Route::Training {
        return None;
    }
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(parameter))
        .filter(|value| !value.is_empty())
}

/// The share code an address asks the facilitator's screen to add: `CODE` in
/// `#/training?add=CODE` (as written, not yet checked); `None` for every other address.
pub fn code_to_add(hash: &str) -> Option<&str> {
    training_parameter(hash, ADD_PARAMETER)
}

/// The name that comes with the code to add (`&name=NAME`), decoded; empty when there is
/// none. Bytes that are not UTF-8 become U+FFFD, and control characters (a line break would
/// split the list's line) become spaces; the list cuts and trims it as it does any name.
pub fn name_to_add(hash: &str) -> String {
    training_parameter(hash, NAME_PARAMETER)
        .map(|name| {
            percent_decode_str(name)
                .decode_utf8_lossy()
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect()
        })
        .unwrap_or_default()
}

/// The site's address: `page` without what follows `#` (the screen).
pub fn site_address(page: &str) -> &str {
    page.split('#').next().unwrap_or(page)
}

/// The site's address to print for others to type: `page` without the screen (`#…`),
/// without a query (what one visit added: `?ticket=…`) and without a user name before the
/// host (`https://user@intranet/…`).
pub fn printed_site(page: &str) -> String {
    let site = site_address(page);
    let site = site.split('?').next().unwrap_or(site);
    let Some((scheme, rest)) = site.split_once("://") else {
        return site.to_owned();
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let host = authority.rsplit('@').next().unwrap_or(authority);
    format!("{scheme}://{host}{path}")
}

/// Whether `page` opens only on the device that shows it: a file, or a loopback host
/// (`localhost`, `127.x.x.x`, `[::1]`). Other devices in the room cannot reach such an
/// address, so the attendees' instructions say so rather than show it as theirs.
pub fn only_this_device(page: &str) -> bool {
    let Some((scheme, rest)) = page.split_once(':') else {
        return false;
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return scheme.eq_ignore_ascii_case("file");
    }
    let authority = rest
        .trim_start_matches('/')
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = match host_port.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "localhost"
        || host.ends_with(".localhost")
        || host == "::1"
        || host == "0.0.0.0"
        || host.strip_prefix("127.").is_some_and(|rest| {
            rest.split('.').count() == 3
                && rest
                    .split('.')
                    .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The full address that opens the facilitator's screen of this same site with `code`
/// added, under `name` when it is not blank: `page` is the page's own address
/// (`location.href`); its `#` part is replaced, so the site works from whatever folder it is
/// served, e.g. `https://intranet/jiritsu/`.
pub fn add_code_address(page: &str, code: &str, name: &str) -> String {
    let page = site_address(page);
    let name = name.trim();
    let mut address = String::with_capacity(page.len() + 24 + 9 * name.len());
    address.push_str(page);
    address.push('#');
    address.push_str(Route::Training.hash());
    address.push('?');
    address.push_str(ADD_PARAMETER);
    address.push_str(code);
    if !name.is_empty() {
        address.push('&');
        address.push_str(NAME_PARAMETER);
        address.extend(utf8_percent_encode(name, NON_ALPHANUMERIC));
    }
    address
}
