//! A card's links: the settings for what is on screen (changed parameters, run options, a
//! live run's presses, the edited code when it fits), the card's path for them (lesson,
//! embed or playground), and the share button that copies one.

use super::card_state::{changed_settings, Card};
use super::card_term::Shared;
use super::copy_text;
use super::route::{embed_example_href, example_href, play_href};
use super::runopts::format_presses;
use super::share;
use leptos::prelude::*;

/// The link settings for what is on screen: changed parameters, `-race` / GOMAXPROCS, a live
/// run's button presses, and the edited code (when the link stays under the limit).
pub(super) fn link_sets(c: Card, with_code: bool) -> Vec<(String, String)> {
    let mut sets = if c.play { Vec::new() } else { c.raw.with_untracked(|r| changed_settings(c.ex, r)) };
    sets.extend(c.opts.url_sets());
    let presses = c.term.presses.with_value(|p| format_presses(p));
    if !presses.is_empty() {
        sets.push(("press".to_string(), presses));
    }
    if with_code && c.subject.with_untracked(|s| s.as_ref().is_ok_and(|s| s.edited)) {
        sets.push(("code".to_string(), share::pack(&c.ran.get_untracked())));
    }
    sets
}

/// The card's link (a hash) for settings and a seed.
fn href(c: Card, sets: &[(String, String)], seed: u64) -> String {
    match (c.play, c.embed) {
        (true, _) => play_href(c.embed, sets, seed),
        (false, true) => embed_example_href(&c.ex.id, sets, seed),
        (false, false) => example_href(&c.ex.lesson, &c.ex.id, sets, seed),
    }
}

/// The card's link for a tool's settings and seed ("you are the scheduler": `sched=` links,
/// challenge set-ups), with the code that ran when it is an edit.
pub(super) fn href_with_code(c: Card, mut sets: Vec<(String, String)>, seed: u64) -> String {
    if c.subject.with_untracked(|s| s.as_ref().is_ok_and(|s| s.edited)) {
        sets.push(("code".to_string(), share::pack(&c.ran.get_untracked())));
    }
    href(c, &sets, seed)
}

/// The link for what is on screen, with the code when it fits (else `Err(link without the
/// code, the length the code would have made it)`).
pub(super) fn share_link(c: Card) -> Result<String, (String, usize)> {
    let seed = c.seed.get_untracked();
    let full = href(c, &link_sets(c, true), seed);
    if full.len() <= share::MAX_LINK {
        Ok(full)
    } else {
        Err((href(c, &link_sets(c, false), seed), full.len()))
    }
}

/// Copy a link to what is on screen; the share note says how it went (or that the code is
/// too long for a link).
pub(super) fn copy_link(c: Card) {
    // (Links are paths from the host: `/course/lesson/x/?ex=…`.)
    let base = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let (h, too_long) = match share_link(c) {
        Ok(h) => (h, None),
        Err((h, n)) => (h, Some(n)),
    };
    let url = format!("{base}{h}");
    let u2 = url.clone();
    copy_text(&url, move |ok| {
        _ = c.shared.try_set(Some(match (too_long, ok) {
            (Some(n), _) => Shared::TooLong(n),
            (None, true) => Shared::Copied,
            (None, false) => Shared::Blocked(u2),
        }))
    });
}
