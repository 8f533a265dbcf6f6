//! The pages: course home (phases, progress, quick checks, search), lesson (where it sits,
//! prose, examples, exercises, quiz), the embed wrapper, and the not-found page.

use super::card::ExampleCard;
use super::exercise::ExerciseView;
use super::prose::{segments, Segment};
use super::quiz::{Quiz, QuizSpec, QuizView};
use super::route::{home_href, href, lesson_href, Focus};
use super::search::Search;
use super::store::{phase_key, Progress};
use super::{course, AppCtx};
use crate::course::{Lesson, Phase};
use leptos::prelude::*;

/// A phase's progress: lessons visited, quizzes passed (its lessons' and its quick check),
/// exercises solved, each as (done, total).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhaseProgress {
    pub visited: (usize, usize),
    pub quizzes: (usize, usize),
    pub exercises: (usize, usize),
}

/// Count a phase's progress.
pub fn phase_progress(p: &Progress, ph: &Phase) -> PhaseProgress {
    let c = course();
    let lessons: Vec<&Lesson> = ph.lessons.iter().filter_map(|id| c.lesson(id)).collect();
    let count = |f: &dyn Fn(&&Lesson) -> usize| lessons.iter().map(f).sum::<usize>();
    let with_quiz = lessons.iter().filter(|l| !l.quiz.is_empty());
    let quiz_total = with_quiz.clone().count() + usize::from(!ph.quiz.is_empty());
    let quiz_done = with_quiz.filter(|l| p.quiz_passed(&l.id)).count() + usize::from(p.quiz_passed(&phase_key(&ph.id)));
    PhaseProgress {
        visited: (lessons.iter().filter(|l| p.has_visited(&l.id)).count(), lessons.len()),
        quizzes: (quiz_done, quiz_total),
        exercises: (count(&|l| l.exercises.iter().filter(|x| p.solved(&x.id)).count()), count(&|l| l.exercises.len())),
    }
}

/// Where a lesson sits: its phase, its place in the phase (1-based) and the phase's length.
pub fn position(lesson: &Lesson) -> Option<(&'static Phase, usize, usize)> {
    let ph = course().phases.iter().find(|p| p.id == lesson.phase)?;
    let i = ph.lessons.iter().position(|id| *id == lesson.id)?;
    Some((ph, i + 1, ph.lessons.len()))
}

/// Examples run, quiz taken and exercises solved for a lesson: (done, total).
fn lesson_progress(ctx: AppCtx, l: &Lesson) -> (usize, usize) {
    ctx.progress.with(|p| {
        let ran = l.examples.iter().filter(|e| p.has_run(&e.id)).count();
        let quiz = usize::from(!l.quiz.is_empty() && p.quiz.contains_key(&l.id));
        let solved = l.exercises.iter().filter(|x| p.solved(&x.id)).count();
        (ran + quiz + solved, l.examples.len() + usize::from(!l.quiz.is_empty()) + l.exercises.len())
    })
}

/// A phase's lessons complete, as "done/total" for the sidebar.
fn phase_count(ph: &Phase) -> String {
    let ctx = expect_context::<AppCtx>();
    let c = course();
    let lessons: Vec<&Lesson> = ph.lessons.iter().filter_map(|id| c.lesson(id)).collect();
    let done = lessons
        .iter()
        .filter(|l| {
            let (d, t) = lesson_progress(ctx, l);
            t > 0 && d == t
        })
        .count();
    format!("{done}/{}", lessons.len())
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
            // 22 lessons do not fit a screen: only the current lesson's phase is open (all of
            // them on pages without a current lesson); the others open on a click.
            let open_phase = current.as_ref().is_none_or(|id| ph.lessons.contains(id));
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
                <li class="phase">
                    <details open=open_phase>
                        <summary class="phase-title">{ph.title.clone()} <span class="count">{move || phase_count(ph)}</span></summary>
                        <ul>{items}</ul>
                    </details>
                </li>
            }
        })
        .collect_view();
    // On a phone the lesson list is collapsed behind a button (it would push every lesson
    // down by a screenful); on wider screens the button is hidden and the list always shown.
    let open = RwSignal::new(false);
    view! {
        <nav class="sidebar" class:open=move || open.get() aria-label="Lessons">
            <div class="sidebar-top">
                <a class="brand" href=home_href()>{c.title.clone()}</a>
                <button type="button" class="menu-toggle" aria-controls="lesson-menu"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || if open.get() { "Lessons ▴" } else { "Lessons ▾" }}
                </button>
            </div>
            <Search />
            <ul class="phases" id="lesson-menu">{phases}</ul>
            <p class="side-play"><a href=href("play/")>"Playground: run any Go program"</a></p>
        </nav>
    }
}

/// One lesson on the home page: title, summary, and what the learner did there.
#[component]
fn LessonTile(lesson: &'static Lesson) -> impl IntoView {
    let ctx = expect_context::<AppCtx>();
    let l = lesson;
    let n_ex = l.examples.len();
    let ran = move || ctx.progress.with(|p| l.examples.iter().filter(|e| p.has_run(&e.id)).count());
    let quiz =
        move || ctx.progress.with(|p| p.quiz.get(&l.id).copied()).map(|s| format!("quiz {}/{}", s.best, s.total));
    let solved = move || ctx.progress.with(|p| l.exercises.iter().filter(|x| p.solved(&x.id)).count());
    let n_x = l.exercises.len();
    let visited = move || ctx.progress.with(|p| p.has_visited(&l.id));
    view! {
        <li class="lesson-tile" data-lesson=l.id.clone() class:visited=visited>
            <a href=lesson_href(&l.id)><strong>{l.title.clone()}</strong></a>
            <p>{l.summary.clone()}</p>
            <p class="meta">
                <span class="ran">{move || format!("{}/{n_ex} examples run", ran())}</span>
                {(!l.quiz.is_empty()).then(|| view! {
                    " · " <span class="quiz-score">{move || quiz().unwrap_or_else(|| "quiz not taken".into())}</span>
                })}
                {(n_x > 0).then(|| view! { " · " <span class="solved">{move || format!("{}/{n_x} exercises solved", solved())}</span> })}
            </p>
        </li>
    }
}

/// A phase on the home page: its progress, its lessons, its quick check.
#[component]
fn PhaseBlock(phase: &'static Phase) -> impl IntoView {
    let c = course();
    let ctx = expect_context::<AppCtx>();
    let pp = move || ctx.progress.with(|p| phase_progress(p, phase));
    let part = |(d, t): (usize, usize), what: &str| format!("{d}/{t} {what}");
    let lessons =
        phase.lessons.iter().filter_map(|id| c.lesson(id)).map(|l| view! { <LessonTile lesson=l /> }).collect_view();
    let check = (!phase.quiz.is_empty()).then(|| {
        let n = phase.quiz.len();
        view! {
            <details class="quick-check">
                <summary>{format!("Quick check: {n} questions on this phase")}</summary>
                <QuizView spec=QuizSpec::phase(phase) />
            </details>
        }
    });
    view! {
        <section class="phase-block" data-phase=phase.id.clone() aria-labelledby=format!("ph-{}", phase.id)>
            <h2 id=format!("ph-{}", phase.id)>{phase.title.clone()}</h2>
            <p class="phase-progress">
                <span class="visited">{move || part(pp().visited, "lessons visited")}</span>
                " · " <span class="passed">{move || part(pp().quizzes, "quizzes passed")}</span>
                " · " <span class="solved">{move || part(pp().exercises, "exercises solved")}</span>
            </p>
            <ul class="lesson-list">{lessons}</ul>
            {check}
        </section>
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let c = course();
    let ctx = expect_context::<AppCtx>();
    let overall = move || c.lessons.iter().map(|l| lesson_progress(ctx, l)).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    let phases = c.phases.iter().map(|ph| view! { <PhaseBlock phase=ph /> }).collect_view();
    // The first lesson in course order the learner has not opened yet.
    let next_up = move || ctx.progress.with(|p| c.lessons.iter().find(|l| !p.has_visited(&l.id)));
    let resume = move || {
        next_up().map(|l| {
            view! { <p class="continue"><a href=lesson_href(&l.id)>{format!("Continue with “{}” →", l.title)}</a></p> }
        })
    };
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
                {resume}
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
                    <p><a href=home_href()>"Back to the course"</a></p>
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
            super::nav::navigate(&lesson_href(&id));
        }
    });
    on_cleanup(move || handle.remove());
}

/// The prose with its example cards in place, then the examples it does not place.
fn lesson_parts(lesson: &'static Lesson, focus: &Option<Focus>) -> Vec<AnyView> {
    let mut placed = Vec::new();
    let mut parts: Vec<AnyView> = Vec::new();
    for seg in segments(&lesson.prose) {
        match seg {
            Segment::Html(h) => parts.push(view! { <div class="prose" inner_html=h></div> }.into_any()),
            Segment::Example(id) => match lesson.examples.iter().find(|e| e.id == id) {
                Some(ex) => {
                    placed.push(id.clone());
                    let f = focus.clone().filter(|f| f.example == id);
                    parts.push(view! { <ExampleCard ex=ex focus=f lazy=true /> }.into_any());
                }
                None => parts.push(
                    view! { <p class="error">{format!("(lesson.md places an unknown example `{id}`)")}</p> }.into_any(),
                ),
            },
        }
    }
    for ex in lesson.examples.iter().filter(|e| !placed.contains(&e.id)) {
        let f = focus.clone().filter(|f| f.example == ex.id);
        parts.push(view! { <ExampleCard ex=ex focus=f lazy=true /> }.into_any());
    }
    parts
}

/// Scroll to the example or exercise a link names (to an example's scheduler panel for a
/// `sched=` link, such as a challenge's "set it up", so the panel stays in view), else to
/// the top.
fn scroll_to_focus(lesson: &Lesson, focus: Option<&Focus>) {
    let Some(f) = focus else {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        return;
    };
    let exercise = lesson.exercises.iter().any(|x| x.id == f.example);
    let id = if exercise { format!("x-{}", f.example) } else { format!("ex-{}", f.example) };
    let sched = f.sets.iter().any(|(k, _)| k == "sched");
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            let panel = sched.then(|| el.query_selector(".scheduler").ok().flatten()).flatten();
            let target = panel.unwrap_or(el);
            target.scroll_into_view();
            if let Some(b) = target.query_selector("input, button, textarea").ok().flatten() {
                let _ = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).map(|b| b.focus());
            }
        }
    });
}

/// Record that the learner opened a lesson.
fn mark_visited(lesson: &str) {
    let Some(ctx) = use_context::<AppCtx>() else { return };
    if ctx.progress.with_untracked(|p| p.has_visited(lesson)) {
        return;
    }
    ctx.progress.update(|p| {
        p.visited.insert(lesson.to_string(), true);
    });
    super::store::save(&ctx.progress.get_untracked());
}

/// Where a lesson sits: the phase, "lesson n of m", previous and next.
#[component]
fn Whereabouts(lesson: &'static Lesson) -> impl IntoView {
    let (prev, next) = course().neighbours(&lesson.id);
    let pos = position(lesson).map(|(ph, n, m)| {
        view! { <span class="phase-name">{ph.title.clone()}</span> <span class="of">{format!(" · lesson {n} of {m}")}</span> }
    });
    let step = |l: Option<&'static Lesson>, rel: &'static str, arrow: &'static str| {
        l.map(|l| view! { <a rel=rel class=rel href=lesson_href(&l.id) title=l.title.clone()>{arrow}</a> })
    };
    view! {
        <nav class="crumbs" aria-label="Where this lesson is">
            <a href=home_href()>"Course"</a> " / " {pos}
            <span class="steps">{step(prev, "prev", "← Previous")} " " {step(next, "next", "Next →")}</span>
        </nav>
    }
}

/// A lesson's exercises, after its prose.
#[component]
fn Exercises(lesson: &'static Lesson) -> impl IntoView {
    (!lesson.exercises.is_empty()).then(|| {
        let items = lesson.exercises.iter().map(|x| view! { <ExerciseView ex=x /> }).collect_view();
        view! {
            <section class="exercises" aria-label="Exercises">
                <h2>"Exercises"</h2>
                {items}
            </section>
        }
    })
}

#[component]
pub fn LessonPage(lesson: &'static Lesson, focus: Option<Focus>) -> impl IntoView {
    let c = course();
    let (prev, next) = c.neighbours(&lesson.id);
    lesson_keys(prev.map(|l| l.id.clone()), next.map(|l| l.id.clone()));
    mark_visited(&lesson.id);
    let known = |id: &str| lesson.examples.iter().any(|e| e.id == id) || lesson.exercises.iter().any(|x| x.id == id);
    let unknown = focus.as_ref().filter(|f| !known(&f.example)).map(|f| {
        format!(
            "This lesson has no example `{}`; its examples are: {}.",
            f.example,
            lesson.examples.iter().map(|e| e.id.as_str()).collect::<Vec<_>>().join(", ")
        )
    });
    let parts = lesson_parts(lesson, &focus);
    scroll_to_focus(lesson, focus.as_ref().filter(|_| unknown.is_none()));
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
                <Whereabouts lesson=lesson />
                <h1>{lesson.title.clone()}</h1>
                {unknown.map(|m| view! { <p class="error" role="alert">{m}</p> })}
                {parts}
                <Exercises lesson=lesson />
                <Quiz lesson=lesson />
                <nav class="pagers" aria-label="Previous and next lesson">
                    {link(prev, "prev", "← Previous (←)")}
                    {link(next, "next", "Next (→)")}
                </nav>
            </main>
        </div>
    }
}

/// Wrap an embed view: minimal chrome (the page's one `main`, its title as a heading for
/// screen readers), and its height posted to the parent page.
#[component]
pub fn Embed(title: String, children: Children) -> impl IntoView {
    super::watch_height();
    view! {
        <main class="embed-root" id="main">
            <h1 class="sr">{title}</h1>
            {children()}
            <p class="embed-foot"><a href=home_href() target="_blank">{course().title.clone()}</a></p>
        </main>
    }
}
