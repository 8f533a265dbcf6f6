//! A card's state: the [`Card`] record every part of the card shares (settings, the editor's
//! text and the source that ran, seed, run options, terminal, one-shot flags), built once from
//! the URL's focus (settings, seed, `code=`, `starter=`), the edit kept in `localStorage` and
//! the template; and the parameter settings' text forms (defaults, URL values, what changed).

use super::card_golden::show_golden;
use super::card_term::{Shared, Term};
use super::editor_run::Subject;
use super::route::Focus;
use super::runopts::{take_extras, RunOpts};
use super::stepper::Snapshot;
use super::{editor_store, params, share, AppCtx};
use crate::course::{Example, Params};
use leptos::prelude::*;

/// The text form of a parameter's default value.
pub fn default_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The card's settings: every parameter's current text (defaults, then the URL's values),
/// and unknown names from the URL (so `resolve` reports them).
pub fn initial_settings(ex: &Example, sets: &[(String, String)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = ex.params.iter().map(|p| (p.name.clone(), default_text(&p.default))).collect();
    for (k, val) in sets {
        match v.iter_mut().find(|(n, _)| n == k) {
            Some(slot) => slot.1 = val.clone(),
            None => v.push((k.clone(), val.clone())),
        }
    }
    v
}

/// Settings that differ from the defaults (for share links).
pub(super) fn changed_settings(ex: &Example, raw: &[(String, String)]) -> Vec<(String, String)> {
    raw.iter().filter(|(k, v)| ex.param(k).map(|p| default_text(&p.default) != *v).unwrap_or(true)).cloned().collect()
}

/// The program a fresh playground shows.
pub const HELLO: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdone := make(chan string)\n\tgo func() {\n\t\tdone <- \"hello from a goroutine\"\n\t}()\n\tfmt.Println(<-done)\n}\n";

/// Everything a card's parts share.
#[derive(Clone, Copy)]
pub(super) struct Card {
    pub(super) ex: &'static Example,
    /// The playground: any program, no template.
    pub(super) play: bool,
    pub(super) embed: bool,
    pub(super) ctx: Option<AppCtx>,
    pub(super) raw: RwSignal<Vec<(String, String)>>,
    pub(super) resolved: Memo<Result<Params, String>>,
    /// The editor's text.
    pub(super) code: RwSignal<String>,
    /// The source the tools run (the editor's text when the learner last ran it).
    pub(super) ran: RwSignal<String>,
    pub(super) subject: Memo<Result<Subject, String>>,
    pub(super) changed: RwSignal<Vec<u32>>,
    pub(super) seed: RwSignal<u64>,
    pub(super) opts: RunOpts,
    pub(super) term: Term,
    pub(super) explain: RwSignal<Vec<crate::runtime::Explanation>>,
    pub(super) shared: RwSignal<Option<Shared>>,
    pub(super) snap: RwSignal<Option<Snapshot>>,
    /// A message about the link's or the stored code (damaged, too long).
    pub(super) code_note: RwSignal<Option<String>>,
    /// The parameters the editor's text was last rendered or patched at (a refused value in
    /// between does not count), the baseline that tells an edit from the template.
    pub(super) base: StoredValue<Option<Params>>,
    /// Presses from the link, replayed by the first run only.
    pub(super) script: StoredValue<Vec<(String, i64)>>,
    /// The first run (when the card opens) is not the learner's.
    pub(super) opened: StoredValue<bool>,
    /// The card came near the viewport with the browser idle: time for its opening run.
    pub(super) woken: RwSignal<bool>,
    /// The terminal shows the example's default output from its golden file (no run yet).
    pub(super) golden: StoredValue<bool>,
    /// Keep the URL a share link (not before the learner changes something, unless the card
    /// was opened from a link).
    pub(super) user_changed: StoredValue<bool>,
}

impl Card {
    /// The template's rendering at `p` (`None` on the playground).
    pub(super) fn render(&self, p: &Params) -> Option<String> {
        (!self.play).then(|| self.ex.render(p).ok().map(|r| r.source)).flatten()
    }

    /// Whether `src` is an edit (not the template at the parameters it was made at).
    pub(super) fn is_edit(&self, src: &str) -> bool {
        match self.base.get_value() {
            Some(p) => self.render(&p).is_none_or(|r| r != src),
            None => true,
        }
    }

    /// The storage key of the card's edit.
    pub(super) fn store_key(&self) -> String {
        if self.play {
            "play".to_string()
        } else {
            self.ex.id.clone()
        }
    }
}

/// Build a card's state from the URL's focus (settings, seed, `code=`), the stored edit and
/// the template.
pub(super) fn card_state(ex: &'static Example, focus: &Option<Focus>, embed: bool, play: bool) -> Card {
    let mut sets = focus.as_ref().map(|f| f.sets.clone()).unwrap_or_default();
    let extras = take_extras(&mut sets);
    let link_code = share::take_code(&mut sets);
    let starter = sets.iter().position(|(k, _)| k == "starter").map(|i| sets.remove(i).1);
    let stored = if focus.as_ref().is_none_or(|f| f.sets.is_empty()) && link_code.is_none() && starter.is_none() {
        editor_store::load(if play { "play" } else { &ex.id })
    } else {
        None
    };
    if let (Some(s), false) = (&stored, play) {
        sets = s.sets.clone();
    }
    let raw = RwSignal::new(initial_settings(ex, &sets));
    let resolved = resolve(ex, raw);
    let code_note = RwSignal::new(link_note(&link_code, starter.as_deref()));
    let base = if play {
        starter_code(starter.as_deref()).unwrap_or_else(|| HELLO.to_string())
    } else {
        resolved.get_untracked().ok().and_then(|p| ex.render(&p).ok()).map(|r| r.source).unwrap_or_default()
    };
    let from_template = !matches!((&link_code, &stored), (Some(Ok(_)), _) | (_, Some(_)));
    let at_defaults = !play && from_template && raw.with_untracked(|r| changed_settings(ex, r).is_empty());
    let first = match (link_code, stored) {
        (Some(Ok(c)), _) => c,
        (_, Some(s)) => s.code,
        _ => base,
    };
    let code = RwSignal::new(first.clone());
    let ran = RwSignal::new(first);
    let subject = subject(ex, play, resolved, ran);
    let seed = focus.as_ref().and_then(|f| f.seed).unwrap_or(1);
    let opts = RunOpts::new(ex, &extras);
    let term = Term::new();
    let golden = at_defaults && opts.url_sets().is_empty();
    let golden = golden && show_golden(ex, seed, opts.race.get_untracked(), term);
    Card {
        ex,
        play,
        embed,
        ctx: use_context::<AppCtx>(),
        raw,
        resolved,
        code,
        ran,
        subject,
        changed: RwSignal::new(Vec::new()),
        seed: RwSignal::new(seed),
        opts,
        term,
        explain: RwSignal::new(Vec::new()),
        shared: RwSignal::new(None),
        snap: RwSignal::new(None),
        code_note,
        base: StoredValue::new(resolved.get_untracked().ok()),
        script: StoredValue::new(extras.presses.clone()),
        opened: StoredValue::new(false),
        woken: RwSignal::new(false),
        golden: StoredValue::new(golden),
        user_changed: StoredValue::new(focus.is_some()),
    }
}

/// The parameters the settings `raw` give, or the problem in words.
fn resolve(ex: &'static Example, raw: RwSignal<Vec<(String, String)>>) -> Memo<Result<Params, String>> {
    Memo::new(move |_| {
        raw.with(|r| ex.resolve(r.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
            .map_err(|e| params::friendly_error(ex, &e.0))
    })
}

/// What the card runs: the source that `ran` at the parameters (an edit when it is not the
/// template's rendering).
fn subject(
    ex: &'static Example,
    play: bool,
    resolved: Memo<Result<Params, String>>,
    ran: RwSignal<String>,
) -> Memo<Result<Subject, String>> {
    Memo::new(move |_| {
        let p = resolved.get()?;
        let src = ran.get();
        let edited = play || ex.render(&p).map(|r| r.source != src).unwrap_or(true);
        Ok(Subject::new(ex, p, &src, edited))
    })
}

/// A note on the link's code (damaged, too long) or its unknown `starter=`.
fn link_note(link_code: &Option<Result<String, String>>, starter: Option<&str>) -> Option<String> {
    let mut note = link_code.as_ref().and_then(|r| r.as_ref().err().cloned());
    if let Some(s) = starter.filter(|s| starter_code(Some(s)).is_none()) {
        note =
            Some(format!("There is no example `{s}` in this course to start from: here is a small program instead."));
    }
    note
}

/// A course example's source at its defaults, for the playground's starters.
pub fn starter_code(id: Option<&str>) -> Option<String> {
    let ex = super::course().example(id?)?;
    ex.render(&ex.defaults()).ok().map(|r| r.source)
}
