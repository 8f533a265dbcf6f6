//! The code editor: a real `<textarea>` (labelled, native to screen readers, with the
//! browser's own caret, selection, clipboard and undo) laid exactly over a highlighted `<pre>`
//! that shows through it: Go highlighting, line numbers, changed lines, lines a report names,
//! compile errors under their line, and the bracket matching the one beside the caret.
//!
//! Keys: Enter keeps the indentation (one more after `{`); Tab / Shift+Tab indent / outdent
//! (selections too); Escape then Tab leaves the editor; Ctrl/Cmd+Enter or Shift+Enter runs.
//! Edits made by keys (and by Format, Reset and knobs while the editor has focus) go through
//! `document.execCommand("insertText")`, so the browser's undo and redo keep working.

use super::editor_html::{view_html, Diag, Marks};
use super::editor_text::{self as text, byte_of, utf16_of, Edit};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlTextAreaElement;

/// Run `document.execCommand(cmd, false, arg)`; false when the browser refuses.
fn exec(cmd: &str, arg: &str) -> bool {
    let doc: JsValue = document().into();
    let Ok(f) = js_sys::Reflect::get(&doc, &JsValue::from_str("execCommand")) else { return false };
    let Ok(f) = f.dyn_into::<js_sys::Function>() else { return false };
    f.call3(&doc, &JsValue::from_str(cmd), &JsValue::FALSE, &JsValue::from_str(arg))
        .map(|v| v.as_bool() == Some(true))
        .unwrap_or(false)
}

/// Apply an edit to the focused textarea as typed text (undoable), then select `e.sel`.
/// Falls back to `setRangeText` (not undoable) where `execCommand` is missing.
fn apply(area: &HtmlTextAreaElement, e: &Edit) {
    let old = area.value();
    let e = &e.minimal(&old);
    let _ = area.set_selection_range(utf16_of(&old, e.from), utf16_of(&old, e.to));
    let ok = if e.insert.is_empty() { e.from == e.to || exec("delete", "") } else { exec("insertText", &e.insert) };
    let new = e.apply(&old);
    if !ok {
        let _ = area.set_range_text(&e.insert);
        let _ = area.dispatch_event(&web_sys::Event::new("input").expect("an input event"));
    }
    let _ = area.set_selection_range(utf16_of(&new, e.sel.0), utf16_of(&new, e.sel.1));
}

/// Focus without scrolling the page.
fn focus_quietly(el: &JsValue) {
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &JsValue::from_str("preventScroll"), &JsValue::TRUE);
    if let Ok(f) = js_sys::Reflect::get(el, &JsValue::from_str("focus")).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = f.call1(el, &opts);
    }
}

/// Put `new` in the textarea. Undoable (one step) unless a form field other than the editor
/// has focus (a knob being dragged keeps its focus; that change is then not in the editor's
/// undo history).
fn replace_all(area: &HtmlTextAreaElement, new: &str) {
    let active = document().active_element();
    let busy_field = active.as_ref().is_some_and(|a| matches!(a.tag_name().as_str(), "INPUT" | "SELECT"));
    if busy_field {
        area.set_value(new);
        return;
    }
    let mine = active.as_ref().is_some_and(|a| a == area.unchecked_ref::<web_sys::Element>());
    if !mine {
        focus_quietly(area);
    }
    let caret = byte_of(&area.value(), area.selection_start().ok().flatten().unwrap_or(0));
    let old = area.value();
    let edit = Edit { from: 0, to: old.len(), insert: new.to_string(), sel: (0, 0) };
    apply(area, &edit);
    // The caret stays where it was (clamped to the new text).
    let mut c = caret.min(new.len());
    while !new.is_char_boundary(c) {
        c -= 1;
    }
    let at = utf16_of(new, c);
    let _ = area.set_selection_range(at, at);
    if let (false, Some(a)) = (mine, active) {
        focus_quietly(&a);
    }
}

/// Handle a key in the textarea; true when the editor took it.
fn key(
    area: &HtmlTextAreaElement,
    e: &web_sys::KeyboardEvent,
    escaped: StoredValue<bool>,
    run: Option<Callback<()>>,
) -> bool {
    let k = e.key();
    let mods = e.ctrl_key() || e.meta_key();
    if k == "Enter" && (mods || e.shift_key()) {
        if let Some(r) = run {
            r.run(());
        }
        return true;
    }
    let was_escaped = escaped.get_value();
    escaped.set_value(k == "Escape");
    if mods || e.alt_key() {
        return false;
    }
    let v = area.value();
    let from = byte_of(&v, area.selection_start().ok().flatten().unwrap_or(0));
    let to = byte_of(&v, area.selection_end().ok().flatten().unwrap_or(0));
    let edit = match k.as_str() {
        "Tab" if was_escaped => return false,
        "Tab" if e.shift_key() => text::outdent(&v, from, to),
        "Tab" => text::indent(&v, from, to),
        "Enter" => text::enter(&v, from, to),
        "}" => match text::close_brace(&v, from, to) {
            Some(e) => e,
            None => return false,
        },
        _ => return false,
    };
    apply(area, &edit);
    true
}

/// The caret's byte offset in the textarea when nothing is selected.
fn caret_of(area: NodeRef<html::Textarea>) -> Option<usize> {
    let a = area.get_untracked()?;
    let (s, e) = (a.selection_start().ok().flatten()?, a.selection_end().ok().flatten()?);
    (s == e).then(|| byte_of(&a.value(), s))
}

/// The view's marks: the given lines and errors, and the brackets around the caret.
fn marks(src: &str, caret: Option<usize>, changed: Vec<u32>, reported: Vec<u32>, diags: Vec<Diag>) -> Marks {
    let (brackets, bad_bracket) = match caret.and_then(|c| text::matching_bracket(src, c)) {
        Some((a, Some(b))) => (vec![a, b], false),
        Some((a, None)) => (vec![a], true),
        None => (Vec::new(), false),
    };
    Marks { changed, reported, diags, brackets, bad_bracket }
}

/// The editor. `code` is the text (the editor writes every change to it; setting it from
/// outside replaces the text). `diags`: compile errors shown under their lines; `reported`:
/// lines a run's report names; `changed`: lines a parameter change touched.
#[component]
pub fn CodeEditor(
    code: RwSignal<String>,
    /// The accessible name of the text field ("Go source of …").
    #[prop(into)]
    label: String,
    /// The textarea's id (for labels and tests).
    #[prop(into)]
    id: String,
    #[prop(into, optional)] diags: Signal<Vec<Diag>>,
    #[prop(into, optional)] reported: Signal<Vec<u32>>,
    #[prop(into, optional)] changed: Signal<Vec<u32>>,
    /// Ctrl/Cmd+Enter or Shift+Enter in the editor.
    #[prop(optional)]
    on_run: Option<Callback<()>>,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    // The caret's byte offset while the editor has focus and nothing is selected.
    let caret = RwSignal::new(None::<usize>);
    let escaped = StoredValue::new(false);
    let track = move || caret.set(caret_of(area));
    // One job: a change from outside (Reset, Format, a knob, a stored edit) into the textarea
    // (set plainly the first time: an undoable edit focuses the textarea and costs a lot).
    let seeded = StoredValue::new(false);
    Effect::new(move |_| {
        let c = code.get();
        if let Some(a) = area.get() {
            if !seeded.get_value() {
                seeded.set_value(true);
                if a.value() != c {
                    a.set_value(&c);
                }
            } else if a.value() != c {
                replace_all(&a, &c);
            }
        }
    });
    let html =
        move || code.with(|src| view_html(src, &marks(src, caret.get(), changed.get(), reported.get(), diags.get())));
    let gutter = move || code.with(|c| format!("--gutter:{}ch", c.lines().count().max(1).to_string().len().max(2) + 2));
    let (hint_id, diag_id) = (format!("{id}-hint"), format!("{id}-diags"));
    let input = move |_| {
        if let Some(a) = area.get_untracked() {
            code.set(a.value());
        }
        track();
    };
    let keydown = move |e: web_sys::KeyboardEvent| {
        let Some(a) = area.get_untracked() else { return };
        if key(&a, &e, escaped, on_run) {
            e.prevent_default();
            e.stop_propagation();
        }
        track();
    };
    view! {
        <div class="editor" style=gutter>
            <div class="ed-grid">
                <pre class="code ed-view" aria-hidden="true"><code inner_html=html></code></pre>
                <textarea node_ref=area id=id.clone() class="ed-input" aria-label=label
                    aria-describedby=format!("{hint_id} {diag_id}")
                    spellcheck="false" autocomplete="off" autocapitalize="off"
                    rows="1" cols="1" prop:value=code.get_untracked()
                    on:input=input on:keydown=keydown
                    on:keyup=move |_| track() on:click=move |_| track() on:select=move |_| track()
                    on:focus=move |_| track() on:blur=move |_| caret.set(None)></textarea>
            </div>
        </div>
        <p class="ed-hint" id=hint_id>"Tab indents, Shift+Tab outdents · Esc then Tab leaves the editor · Ctrl+Enter runs"</p>
        <DiagList id=diag_id area=area diags=diags />
    }
}

/// The compile errors as a list (announced; each moves the caret to its line).
#[component]
fn DiagList(id: String, area: NodeRef<html::Textarea>, diags: Signal<Vec<Diag>>) -> impl IntoView {
    let goto = move |line: u32| {
        let Some(a) = area.get_untracked() else { return };
        let v = a.value();
        let at = v.split_inclusive('\n').take(line.saturating_sub(1) as usize).map(str::len).sum::<usize>();
        focus_quietly(&a);
        let u = utf16_of(&v, at.min(v.len()));
        let _ = a.set_selection_range(u, u);
    };
    let items = move || {
        diags
            .get()
            .into_iter()
            .map(|d| {
                let line = d.line;
                view! {
                    <li><button type="button" class="link" on:click=move |_| goto(line)>
                        {format!("main.go:{}:{}: {}", d.line, d.col, d.msg)}
                    </button></li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="ed-diags" id=id role="alert" aria-label="Compile errors" hidden=move || diags.with(|d| d.is_empty())>{items}</ul>
    }
}
