//! Plain-language explanations beside Go's deadlock or leak report: one line per stuck
//! goroutine saying why nothing can ever wake it. Hovering, focusing or clicking a line
//! marks its Go source line in the card's code view (and scrolls it into view on click).

use crate::runtime::Explanation;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mark (or unmark) source line `line` of the card `card_id` as the one being explained.
fn mark(card_id: &str, line: u32, on: bool, scroll: bool) {
    let sel = format!("#{card_id} pre.code [data-line=\"{line}\"]");
    let Ok(Some(el)) = document().query_selector(&sel) else { return };
    let _ = if on { el.class_list().add_1("explained") } else { el.class_list().remove_1("explained") };
    if scroll {
        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
            let o = web_sys::ScrollIntoViewOptions::new();
            o.set_block(web_sys::ScrollLogicalPosition::Nearest);
            h.scroll_into_view_with_scroll_into_view_options(&o);
        }
    }
}

/// An explanation's text with its Go names set as code.
fn text_view(e: &Explanation) -> impl IntoView {
    e.spans()
        .into_iter()
        .map(|(s, code)| {
            let s = s.to_string();
            if code {
                view! { <code>{s}</code> }.into_any()
            } else {
                s.into_any()
            }
        })
        .collect_view()
}

/// The explanations of the last finished run (hidden while it plays or when empty).
#[component]
pub fn Explanations(
    /// The card's element id (`ex-<example>`).
    card_id: String,
    items: RwSignal<Vec<Explanation>>,
    running: Signal<bool>,
) -> impl IntoView {
    let list = move || {
        items
            .get()
            .into_iter()
            .map(|e| {
                let (c1, c2, c3) = (card_id.clone(), card_id.clone(), card_id.clone());
                let line = e.line;
                let loc = if line > 0 { format!("main.go:{line}") } else { "main.go".to_string() };
                view! {
                    <li>
                        <button type="button" class="explain-line" data-line=line
                            aria-label=format!("Show line {line} of main.go")
                            on:mouseenter=move |_| mark(&c1, line, true, false)
                            on:mouseleave=move |_| mark(&c2, line, false, false)
                            on:focus={let c = c3.clone(); move |_| mark(&c, line, true, false)}
                            on:blur={let c = c3.clone(); move |_| mark(&c, line, false, false)}
                            on:click=move |_| mark(&c3, line, true, true)>
                            <span class="explain-loc">{loc}</span>
                            <span class="explain-g">{format!("goroutine {} ({})", e.g, e.func)}</span>
                        </button>
                        <span class="explain-text">{text_view(&e)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <aside class="explain" aria-label="Why the program is stuck"
            hidden=move || running.get() || items.with(|v| v.is_empty())>
            <h4>"Why it is stuck"</h4>
            <ul>{list}</ul>
        </aside>
    }
}
