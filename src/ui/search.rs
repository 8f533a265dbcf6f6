//! Client-side search over the course: lesson titles, example and exercise titles, and the Go
//! identifiers the examples use (`WaitGroup`, `context.WithTimeout`, `wg.Wait`). The index is
//! built once from the course data when first needed; results are links, and the box is
//! usable from the keyboard (↓/↑ move through the results, Enter opens the first, Esc clears).

use super::highlight::{tokenize, Tok};
use super::route::{lesson_href, lesson_part_href};
use crate::course::Course;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// What a search result points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Lesson,
    Example,
    Exercise,
    /// A Go identifier used in an example.
    Ident,
}

/// One thing the search can find.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    /// What is shown (and matched).
    pub label: String,
    /// Where it is ("Example · Lesson").
    pub detail: String,
    pub href: String,
}

/// Most results shown.
pub const LIMIT: usize = 12;

/// The Go identifiers in a source, outside strings and comments: plain names of three or
/// more characters and `a.B` selections, each once, keywords left out.
pub fn identifiers(src: &str) -> BTreeSet<String> {
    let code: String = tokenize(src)
        .into_iter()
        .map(|(t, s)| if matches!(t, Tok::Str | Tok::Comment | Tok::Keyword) { " " } else { s })
        .collect();
    let b = code.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < b.len() {
        if !(b[i].is_ascii_alphabetic() || b[i] == b'_') || (i > 0 && ident(b[i - 1])) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && ident(b[i]) {
            i += 1;
        }
        let name = &code[start..i];
        if name.len() >= 3 {
            out.insert(name.to_string());
        }
        // `a.B`: the selection too.
        if i + 1 < b.len() && b[i] == b'.' && (b[i + 1].is_ascii_alphabetic() || b[i + 1] == b'_') {
            let mut j = i + 1;
            while j < b.len() && ident(b[j]) {
                j += 1;
            }
            out.insert(code[start..j].to_string());
        }
    }
    out
}

/// The index of a course, in course order: each lesson, then its examples and exercises,
/// then the identifiers its examples use (each once per lesson).
pub fn build(course: &Course) -> Vec<Entry> {
    let mut out = Vec::new();
    for l in &course.lessons {
        out.push(Entry {
            kind: Kind::Lesson,
            label: l.title.clone(),
            detail: "Lesson".into(),
            href: lesson_href(&l.id),
        });
        for ex in &l.examples {
            let detail = format!("Example · {}", l.title);
            out.push(Entry {
                kind: Kind::Example,
                label: ex.title.clone(),
                detail,
                href: lesson_part_href(&l.id, &ex.id),
            });
        }
        for x in &l.exercises {
            let detail = format!("Exercise · {}", l.title);
            out.push(Entry {
                kind: Kind::Exercise,
                label: x.title.clone(),
                detail,
                href: lesson_part_href(&l.id, &x.id),
            });
        }
        // Each identifier once per lesson, pointing at the first example that uses it.
        let mut uses: std::collections::BTreeMap<String, Vec<&crate::course::Example>> = Default::default();
        for ex in &l.examples {
            let src = ex.render(&ex.defaults()).map(|r| r.source).unwrap_or_else(|_| ex.template.clone());
            for name in identifiers(&src) {
                uses.entry(name).or_default().push(ex);
            }
        }
        for (name, exs) in uses {
            let detail = match exs.as_slice() {
                [one] => format!("Go, in “{}” · {}", one.title, l.title),
                many => format!("Go, in {} examples · {}", many.len(), l.title),
            };
            out.push(Entry { kind: Kind::Ident, label: name, detail, href: lesson_part_href(&l.id, &exs[0].id) });
        }
    }
    out
}

/// How well `label` matches the lower-case query: exact, a prefix (of the whole label or of
/// the part after a `.`), anywhere; `None` when it does not.
fn rank(label: &str, q: &str) -> Option<u8> {
    let l = label.to_lowercase();
    if l == q {
        Some(0)
    } else if l.starts_with(q) || l.split('.').skip(1).any(|p| p.starts_with(q)) {
        Some(1)
    } else if l.contains(q) {
        Some(2)
    } else {
        None
    }
}

/// The best matches for a query (case-insensitive), at most [`LIMIT`]: better matches first,
/// then lessons before examples before identifiers, then course order. An identifier used
/// by several lessons is listed for each of them.
pub fn find<'a>(index: &'a [Entry], query: &str) -> Vec<&'a Entry> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, Kind, usize, &Entry)> =
        index.iter().enumerate().filter_map(|(i, e)| rank(&e.label, &q).map(|r| (r, e.kind, i, e))).collect();
    hits.sort_by_key(|h| (h.0, h.1, h.2));
    hits.into_iter().take(LIMIT).map(|h| h.3).collect()
}

/// The index of the site's course, built on first use.
pub fn index() -> &'static [Entry] {
    static INDEX: OnceLock<Vec<Entry>> = OnceLock::new();
    INDEX.get_or_init(|| build(super::course()))
}

/// Move focus among the results: `delta` from the focused one (from the box: the first).
fn move_focus(list: &web_sys::Element, delta: i32) {
    use wasm_bindgen::JsCast;
    let Ok(links) = list.query_selector_all("a") else { return };
    let n = links.length() as i32;
    if n == 0 {
        return;
    }
    let active = document().active_element();
    let at = (0..n)
        .find(|&i| links.item(i as u32).map(|l| Some(l.unchecked_into::<web_sys::Element>())) == Some(active.clone()));
    let next = match at {
        Some(i) => i + delta,
        None if delta > 0 => 0,
        None => return,
    };
    if let Some(el) = (0..n).contains(&next).then(|| links.item(next as u32)).flatten() {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    } else if next < 0 {
        if let Some(input) = document().get_element_by_id("search-box") {
            let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}

/// The search box and its results.
#[component]
pub fn Search() -> impl IntoView {
    let query = RwSignal::new(String::new());
    let results = Memo::new(move |_| query.with(|q| find(index(), q).into_iter().cloned().collect::<Vec<_>>()));
    let list = NodeRef::<leptos::html::Ul>::new();
    let go = move |href: &str| super::nav::navigate(href);
    let keys = move |e: web_sys::KeyboardEvent| {
        let delta = match e.key().as_str() {
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            "Escape" => {
                query.set(String::new());
                return;
            }
            "Enter"
                if e.target()
                    .is_some_and(|t| wasm_bindgen::JsCast::is_instance_of::<web_sys::HtmlInputElement>(&t)) =>
            {
                if let Some(first) = results.with_untracked(|r| r.first().map(|e| e.href.clone())) {
                    e.prevent_default();
                    go(&first);
                }
                return;
            }
            _ => return,
        };
        if let Some(l) = list.get_untracked() {
            e.prevent_default();
            move_focus(&l, delta);
        }
    };
    let status = move || {
        let n = results.with(Vec::len);
        match (query.with(|q| q.trim().is_empty()), n) {
            (true, _) => String::new(),
            (false, 0) => "No matches.".to_string(),
            (false, 1) => "1 match".to_string(),
            (false, n) => format!("{n} matches{}", if n == LIMIT { " (the first shown)" } else { "" }),
        }
    };
    let items = move || {
        results
            .get()
            .into_iter()
            .map(|e| {
                let kind = format!("{:?}", e.kind).to_lowercase();
                view! {
                    <li class=format!("hit {kind}")>
                        <a href=e.href.clone()><span class="hit-label">{e.label.clone()}</span>
                        " "<small class="hit-detail">{e.detail.clone()}</small></a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="search" role="search" on:keydown=keys>
            <label for="search-box" class="sr">"Search the course"</label>
            <input id="search-box" type="search" autocomplete="off" placeholder="Search the course"
                aria-describedby="search-status" aria-controls="search-results"
                prop:value=move || query.get() on:input=move |e| query.set(event_target_value(&e)) />
            <p id="search-status" class="search-status" aria-live="polite">{status}</p>
            <ul id="search-results" class="search-results" node_ref=list>{items}</ul>
        </div>
    }
}
