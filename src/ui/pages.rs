//! The pages: course home, lesson, the two embed views, and the not-found page.

use super::card::ExampleCard;
use super::prose::{segments, Segment};
use super::quiz::Quiz;
use super::route::{lesson_href, Focus};
use super::{course, AppCtx};
use crate::course::Lesson;
use leptos::prelude::*;

/// Examples run and quiz taken for a lesson: (done, total).
fn lesson_progress(ctx: AppCtx, l: &Lesson) -> (usize, usize) {
    ctx.progress.with(|p| {
        let ran = l.examples.iter().filter(|e| p.has_run(&e.id)).count();
        let quiz = usize::from(!l.quiz.is_empty() && p.quiz.contains_key(&l.id));
        (ran + quiz, l.examples.len() + usize::from(!l.quiz.is_empty()))
    })
}

/// The sidebar: phases and their lessons, the current one marked.
#[component]
pub fn Sidebar(current: Option<String>) -> impl IntoView {
    let c = course();
    let ctx = expect_context::<AppCtx>();
    let phases = c
        .phases
        .iter()
        .map(|ph| {
            let items = ph
                .lessons
                .iter()
                .filter_map(|id| c.lesson(id))
                .map(|l| {
                    let here = current.as_deref() == Some(l.id.as_str());
                    let done = move || {
                        let (d, t) = lesson_progress(ctx, l);
                        (t > 0 && d == t).then_some("✓")
                    };
                    view! {
                        <li class:current=here>
                            <a href=lesson_href(&l.id) aria-current=here.then_some("page")>{l.title.clone()}</a>
                            {move || done().map(|t| view! { <span class="tick" aria-label="complete">{t}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="phase"><span class="phase-title">{ph.title.clone()}</span><ul>{items}</ul></li>
            }
        })
        .collect_view();
    // On a phone the lesson list is collapsed behind a button (it would push every lesson
    // down by a screenful); on wider screens the button is hidden and the list always shown.
    let open = RwSignal::new(false);
    view! {
        <nav class="sidebar" class:open=move || open.get() aria-label="Lessons">
            <div class="sidebar-top">
                <a class="brand" href="#/">{c.title.clone()}</a>
                <button type="button" class="menu-toggle" aria-controls="lesson-menu"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || if open.get() { "Lessons ▴" } else { "Lessons ▾" }}
                </button>
            </div>
            <ul class="phases" id="lesson-menu">{phases}</ul>
        </nav>
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let c = course();
    let ctx = expect_context::<AppCtx>();
    let overall = move || c.lessons.iter().map(|l| lesson_progress(ctx, l)).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    let phases = c
        .phases
        .iter()
        .map(|ph| {
            let lessons = ph
                .lessons
                .iter()
                .filter_map(|id| c.lesson(id))
                .map(|l| {
                    let n_ex = l.examples.len();
                    let ran = move || ctx.progress.with(|p| l.examples.iter().filter(|e| p.has_run(&e.id)).count());
                    let quiz = move || {
                        ctx.progress.with(|p| p.quiz.get(&l.id).copied()).map(|s| format!("quiz {}/{}", s.best, s.total))
                    };
                    let has_quiz = !l.quiz.is_empty();
                    view! {
                        <li class="lesson-tile" data-lesson=l.id.clone()>
                            <a href=lesson_href(&l.id)><strong>{l.title.clone()}</strong></a>
                            <p>{l.summary.clone()}</p>
                            <p class="meta">
                                <span class="ran">{move || format!("{}/{n_ex} examples run", ran())}</span>
                                {has_quiz.then(|| view! {
                                    " · " <span class="quiz-score">{move || quiz().unwrap_or_else(|| "quiz not taken".into())}</span>
                                })}
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="phase-block">
                    <h2>{ph.title.clone()}</h2>
                    <ul class="lesson-list">{lessons}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="layout">
            <Sidebar current=None />
            <main class="content home" id="main">
                <h1>{c.title.clone()}</h1>
                <p class="lead">"Go's concurrency, run live in your browser on a simulated Go runtime that prints what real Go prints. Change the parameters, break the programs, and watch what happens."</p>
                <div class="progress" aria-label="Course progress">
                    <progress max=move || overall().1.max(1) value=move || overall().0></progress>
                    <span class="overall">{move || {
                        let (d, t) = overall();
                        format!("{d} of {t} steps done")
                    }}</span>
                </div>
                {phases}
            </main>
        </div>
    }
}

/// A clear message instead of a blank page.
#[component]
pub fn Problem(title: String, message: String) -> impl IntoView {
    view! {
        <div class="layout">
            <Sidebar current=None />
            <main class="content" id="main">
                <div class="problem" role="alert">
                    <h1>{title}</h1>
                    <p>{message}</p>
                    <p><a href="#/">"Back to the course"</a></p>
                </div>
            </main>
        </div>
    }
}

/// Go to the lesson before or after on ←/→ outside form fields and code. PgUp/PgDn are left
/// to the browser: they scroll the page the learner is reading.
fn lesson_keys(prev: Option<String>, next: Option<String>) {
    let handle = window_event_listener(leptos::ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.default_prevented() || e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let in_field = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "PRE"))
            .unwrap_or(false);
        let target = match e.key().as_str() {
            "ArrowLeft" if !in_field => prev.clone(),
            "ArrowRight" if !in_field => next.clone(),
            _ => None,
        };
        if let Some(id) = target {
            e.prevent_default();
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&lesson_href(&id));
            }
        }
    });
    on_cleanup(move || handle.remove());
}

#[component]
pub fn LessonPage(lesson: &'static Lesson, focus: Option<Focus>) -> impl IntoView {
    let c = course();
    let (prev, next) = c.neighbours(&lesson.id);
    lesson_keys(prev.map(|l| l.id.clone()), next.map(|l| l.id.clone()));
    let unknown = focus.as_ref().filter(|f| !lesson.examples.iter().any(|e| e.id == f.example)).map(|f| {
        format!(
            "This lesson has no example `{}`; its examples are: {}.",
            f.example,
            lesson.examples.iter().map(|e| e.id.as_str()).collect::<Vec<_>>().join(", ")
        )
    });
    let mut placed = Vec::new();
    let mut parts: Vec<AnyView> = Vec::new();
    for seg in segments(&lesson.prose) {
        match seg {
            Segment::Html(h) => parts.push(view! { <div class="prose" inner_html=h></div> }.into_any()),
            Segment::Example(id) => match lesson.examples.iter().find(|e| e.id == id) {
                Some(ex) => {
                    placed.push(id.clone());
                    let f = focus.clone().filter(|f| f.example == id);
                    parts.push(view! { <ExampleCard ex=ex focus=f /> }.into_any());
                }
                None => parts.push(
                    view! { <p class="error">{format!("(lesson.md places an unknown example `{id}`)")}</p> }.into_any(),
                ),
            },
        }
    }
    // Examples the prose does not place go after it.
    for ex in lesson.examples.iter().filter(|e| !placed.contains(&e.id)) {
        let f = focus.clone().filter(|f| f.example == ex.id);
        parts.push(view! { <ExampleCard ex=ex focus=f /> }.into_any());
    }
    // Scroll to the example a link names (to its scheduler panel for a `sched=` link, such as
    // a challenge's "set it up", so the panel stays in view).
    if let Some(f) = focus.as_ref().filter(|_| unknown.is_none()) {
        let id = format!("ex-{}", f.example);
        let sched = f.sets.iter().any(|(k, _)| k == "sched");
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                let panel = sched.then(|| el.query_selector(".scheduler").ok().flatten()).flatten();
                let target = panel.unwrap_or(el);
                target.scroll_into_view();
                if let Some(b) = target.query_selector("input, button").ok().flatten() {
                    let _ = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).map(|b| b.focus());
                }
            }
        });
    } else if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    let link = |l: Option<&'static Lesson>, rel: &'static str, label: &'static str| {
        l.map(|l| {
            view! {
                <a class=format!("pager {rel}") rel=rel href=lesson_href(&l.id)>
                    <small>{label}</small><span>{l.title.clone()}</span>
                </a>
            }
        })
    };
    view! {
        <div class="layout">
            <Sidebar current=Some(lesson.id.clone()) />
            <main class="content lesson" id="main" data-lesson=lesson.id.clone()>
                <p class="crumbs"><a href="#/">"Course"</a> " / " {c.phases.iter().find(|p| p.id == lesson.phase).map(|p| p.title.clone())}</p>
                <h1>{lesson.title.clone()}</h1>
                {unknown.map(|m| view! { <p class="error" role="alert">{m}</p> })}
                {parts}
                <Quiz lesson=lesson />
                <nav class="pagers" aria-label="Previous and next lesson">
                    {link(prev, "prev", "← Previous (←)")}
                    {link(next, "next", "Next (→)")}
                </nav>
            </main>
        </div>
    }
}

/// Wrap an embed view: minimal chrome, and its height posted to the parent page.
#[component]
pub fn Embed(children: Children) -> impl IntoView {
    super::watch_height();
    view! { <div class="embed-root">{children()}<p class="embed-foot"><a href="#/" target="_blank">{course().title.clone()}</a></p></div> }
}
