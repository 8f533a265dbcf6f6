//! A card's parameter controls: a toggle, a choice or a number field (with a slider for small
//! ranges) per parameter, labelled with units and ranges, flagged when the value is refused,
//! and disabled ("detached") when the learner's edit removed the lines the parameter sets.

use super::params;
use crate::course::data::{Kind as PKind, ParamSpec};
use crate::course::{Example, Params};
use leptos::prelude::*;

/// What every control of a card shares.
#[derive(Clone, Copy)]
struct Ctl {
    ex: &'static Example,
    raw: RwSignal<Vec<(String, String)>>,
    resolved: Memo<Result<Params, String>>,
    set: Callback<(String, String)>,
    detached: Memo<Vec<String>>,
}

/// One parameter's control, and the signals its view reads.
struct One {
    spec: &'static ParamSpec,
    id: String,
    label: String,
    /// The parameter's current text.
    value: Signal<String>,
    /// The value is refused.
    invalid: Signal<bool>,
    /// The learner's edit removed its lines.
    off: Signal<bool>,
}

impl One {
    fn new(c: Ctl, spec: &'static ParamSpec) -> One {
        let name = spec.name.clone();
        let n1 = name.clone();
        let value = Signal::derive(move || {
            c.raw.with(|r| r.iter().find(|(k, _)| *k == n1).map(|(_, v)| v.clone()).unwrap_or_default())
        });
        let invalid =
            Signal::derive(move || c.resolved.with(|r| r.as_ref().err().is_some_and(|e| params::names_param(e, spec))));
        let off = Signal::derive(move || c.detached.with(|d| d.contains(&name)));
        One { spec, id: format!("p-{}-{}", c.ex.id, spec.name), label: params::label(spec), value, invalid, off }
    }

    /// Set this parameter to `v`.
    fn setter(&self, c: Ctl) -> impl Fn(String) + Clone + 'static {
        let name = self.spec.name.clone();
        move |v| c.set.run((name.clone(), v))
    }

    fn note(&self) -> impl IntoView {
        let off = self.off;
        move || off.get().then(|| view! { <span class="detached-note">"detached: you edited its lines"</span> })
    }
}

/// The controls of `ex`'s parameters. `raw`: each parameter's text; `set`: change one;
/// `detached`: names of parameters whose lines the learner edited away.
#[component]
pub fn ParamControls(
    ex: &'static Example,
    raw: RwSignal<Vec<(String, String)>>,
    resolved: Memo<Result<Params, String>>,
    set: Callback<(String, String)>,
    detached: Memo<Vec<String>>,
) -> impl IntoView {
    let c = Ctl { ex, raw, resolved, set, detached };
    ex.params
        .iter()
        .map(|spec| {
            let one = One::new(c, spec);
            match spec.kind {
                PKind::Bool => toggle(c, one).into_any(),
                PKind::Choice => choice(c, one).into_any(),
                PKind::Int => int_field(c, one).into_any(),
            }
        })
        .collect_view()
}

fn toggle(c: Ctl, one: One) -> impl IntoView {
    let set = one.setter(c);
    let (value, off) = (one.value, one.off);
    view! {
        <label class="param toggle" for=one.id.clone() class:detached=off>
            <input type="checkbox" id=one.id.clone() name=one.spec.name.clone() disabled=off
                prop:checked=move || value.get() == "true"
                on:change=move |e| set(event_target_checked(&e).to_string()) />
            <span>{one.label.clone()}</span>
            {one.note()}
        </label>
    }
}

fn choice(c: Ctl, one: One) -> impl IntoView {
    let set = one.setter(c);
    let (value, off, invalid) = (one.value, one.off, one.invalid);
    let opts = one
        .spec
        .choices
        .iter()
        .map(|ch| {
            let c2 = ch.clone();
            view! { <option value=ch.clone() selected=move || value.get() == c2>{ch.clone()}</option> }
        })
        .collect_view();
    view! {
        <label class="param choice" for=one.id.clone() class:detached=off>
            <span>{one.label.clone()}</span>
            <select id=one.id.clone() name=one.spec.name.clone() disabled=off aria-invalid=move || invalid.get().to_string()
                on:change=move |e| set(event_target_value(&e))>{opts}</select>
            {one.note()}
        </label>
    }
}

fn int_field(c: Ctl, one: One) -> impl IntoView {
    let (ex, spec) = (c.ex, one.spec);
    let p = c.resolved.get_untracked().unwrap_or_default();
    let (lo0, hi0) = ex.range(spec, &p);
    let slider = lo0 != i64::MIN && hi0 != i64::MAX && hi0 - lo0 <= 200;
    // Bounds that name another parameter follow it.
    let bounds = Memo::new(move |prev: Option<&(i64, i64)>| match c.resolved.get() {
        Ok(p) => ex.range(spec, &p),
        Err(_) => prev.copied().unwrap_or((lo0, hi0)),
    });
    let lo = move || bounds.get().0;
    let hi = move || bounds.get().1;
    let (set, set2) = (one.setter(c), one.setter(c));
    let (value, off, invalid) = (one.value, one.off, one.invalid);
    // A unit that repeats the label ("Goroutines goroutines") is left out.
    let unit = spec.unit.clone().filter(|u| !one.label.split_whitespace().any(|w| w.eq_ignore_ascii_case(u)));
    // The example sets GOMAXPROCS itself: say what `go run` would use.
    let gomaxprocs = spec.name == "gomaxprocs";
    let slider_view = slider.then(|| {
        view! {
            <input type="range" min=lo max=hi step="1" aria-label=format!("{} slider", one.label) disabled=off
                tabindex="-1" prop:value=move || value.get() on:input=move |e| set2(event_target_value(&e)) />
        }
    });
    view! {
        <label class="param int" for=one.id.clone() class:invalid=move || invalid.get() class:detached=off>
            <span>{one.label.clone()}</span>
            <span class="field">
                {slider_view}
                <input type="number" id=one.id.clone() name=spec.name.clone() inputmode="numeric" disabled=off
                    min=move || (lo() != i64::MIN).then(|| lo().to_string())
                    max=move || (hi() != i64::MAX).then(|| hi().to_string())
                    title=params::accepts(ex, spec)
                    aria-invalid=move || invalid.get().to_string()
                    prop:value=move || value.get()
                    on:input=move |e| set(event_target_value(&e)) />
                {unit.map(|u| view! { <span class="unit">{u}</span> })}
                {gomaxprocs.then(|| view! {
                    <span class="runopt-note">"a real " <code>"go run"</code> " uses every CPU"</span>
                })}
                {one.note()}
            </span>
        </label>
    }
}
