//! A card's parameter controls: a toggle, a choice or a number field (with a slider for small
//! ranges) per parameter, labelled with units and ranges, flagged when the value is refused,
//! and disabled ("detached") when the learner's edit removed the lines the parameter sets.

use super::params;
use crate::course::data::Kind as PKind;
use crate::course::{Example, Params};
use leptos::prelude::*;

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
    let set_param = move |n: String, v: String| set.run((n, v));
    ex
        .params
        .iter()
        .map(|spec| {
            let name = spec.name.clone();
            let label = params::label(spec);
            let id = format!("p-{}-{}", ex.id, spec.name);
            let n1 = name.clone();
            let value =
                move || raw.with(|r| r.iter().find(|(k, _)| *k == n1).map(|(_, v)| v.clone()).unwrap_or_default());
            let invalid = move || {
                resolved.with(|r| match r {
                    Err(e) => params::names_param(e, spec),
                    Ok(_) => false,
                })
            };
            // A unit that repeats the label ("Goroutines goroutines") is left out.
            let unit = spec
                .unit
                .clone()
                .filter(|u| !label.split_whitespace().any(|w| w.eq_ignore_ascii_case(u)))
                .unwrap_or_default();
            let set = set_param;
            let n0 = name.clone();
            let off = Signal::derive(move || detached.with(|d| d.contains(&n0)));
            let note = move || off.get().then(|| view! { <span class="detached-note">"detached: you edited its lines"</span> });
            match spec.kind {
                PKind::Bool => {
                    let n = name.clone();
                    view! {
                        <label class="param toggle" for=id.clone() class:detached=off>
                            <input type="checkbox" id=id.clone() name=name.clone() disabled=off
                                prop:checked=move || value() == "true"
                                on:change=move |e| set(n.clone(), event_target_checked(&e).to_string()) />
                            <span>{label}</span>
                            {note}
                        </label>
                    }
                    .into_any()
                }
                PKind::Choice => {
                    let n = name.clone();
                    let value2 = value.clone();
                    let opts = spec
                        .choices
                        .iter()
                        .map(|c| {
                            let c2 = c.clone();
                            let v = value2.clone();
                            view! { <option value=c.clone() selected=move || v() == c2>{c.clone()}</option> }
                        })
                        .collect_view();
                    view! {
                        <label class="param choice" for=id.clone() class:detached=off>
                            <span>{label}</span>
                            <select id=id.clone() name=name.clone() disabled=off aria-invalid=move || invalid().to_string()
                                on:change=move |e| set(n.clone(), event_target_value(&e))>{opts}</select>
                            {note}
                        </label>
                    }
                    .into_any()
                }
                PKind::Int => {
                    let p = resolved.get_untracked().unwrap_or_default();
                    let (lo, hi) = ex.range(spec, &p);
                    let slider = lo != i64::MIN && hi != i64::MAX && hi - lo <= 200;
                    // Bounds that name another parameter follow it.
                    let bounds = Memo::new(move |prev: Option<&(i64, i64)>| match resolved.get() {
                        Ok(p) => ex.range(spec, &p),
                        Err(_) => prev.copied().unwrap_or((lo, hi)),
                    });
                    let lo = move || bounds.get().0;
                    let hi = move || bounds.get().1;
                    let (n, n2) = (name.clone(), name.clone());
                    let (v1, v2) = (value.clone(), value.clone());
                    let range = params::accepts(ex, spec);
                    // The example sets GOMAXPROCS itself: say what `go run` would use.
                    let gomaxprocs = spec.name == "gomaxprocs";
                    let unit2 = unit.clone();
                    let slider_view = slider.then(|| {
                        view! {
                            <input type="range" min=lo max=hi step="1" aria-label=format!("{label} slider") disabled=off
                                tabindex="-1"
                                prop:value=v2
                                on:input=move |e| set(n2.clone(), event_target_value(&e)) />
                        }
                    });
                    let invalid2 = invalid;
                    view! {
                        <label class="param int" for=id.clone() class:invalid=invalid2 class:detached=off>
                            <span>{label.clone()}</span>
                            <span class="field">
                                {slider_view}
                                <input type="number" id=id.clone() name=name.clone() inputmode="numeric" disabled=off
                                    min=move || (lo() != i64::MIN).then(|| lo().to_string())
                                    max=move || (hi() != i64::MAX).then(|| hi().to_string())
                                    title=range
                                    aria-invalid=move || invalid().to_string()
                                    prop:value=v1
                                    on:input=move |e| set(n.clone(), event_target_value(&e)) />
                                {(!unit2.is_empty()).then(|| view! { <span class="unit">{unit2.clone()}</span> })}
                                {gomaxprocs.then(|| view! {
                                    <span class="runopt-note">"a real " <code>"go run"</code> " uses every CPU"</span>
                                })}
                                {note}
                            </span>
                        </label>
                    }
                    .into_any()
                }
            }
        })
        .collect_view()
}
