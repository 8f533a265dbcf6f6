//! The course site: a Leptos (client-side rendered) app, built to WebAssembly by Trunk from
//! `index.html`. Pages are chosen by the URL's real path under the site's root (see
//! [`route`]; [`nav`] follows the address bar), the same paths the build pre-renders, so the
//! static build works from any host and sub-path; old `#/…` links still land.
//!
//! - [`pages`]: home, lesson, embeds; [`card`]: the runnable example; [`quiz`]: quizzes;
//! - [`output`]: terminal lines from a run; [`highlight`]: the Go tokenizer and code view;
//! - [`prose`]: Markdown; [`store`]: progress in `localStorage`; [`search`]: the course search;
//! - [`exercise`] (runs in [`exercise_run`]): exercises checked by Go tests; [`quiz_file`]: a
//!   quiz file from another place (`embed/quiz/?src=`);
//! - [`runopts`]: `-race` and GOMAXPROCS; [`explain`]: why a program is stuck;
//!   [`explorer`]: outcomes over many seeds; [`manual`]: "you are the scheduler".
//! - [`timeline`] (data in [`timeline_model`]) and [`stepper`]: goroutine lanes and stepping.

// -- bench: `bench/`, the interpreter's benchmark page (not linked) --
pub mod bench;
pub mod card;
pub mod card_edit;
pub mod card_effects;
pub mod card_golden;
// The editor and the playground (editor).
pub mod card_idle;
pub mod card_params;
pub mod card_run;
pub mod card_share;
pub mod card_state;
pub mod card_term;
pub mod card_warm;
pub mod editor;
pub mod editor_html;
pub mod editor_knobs;
pub mod editor_run;
pub mod editor_store;
pub mod editor_text;
pub mod explain;
// -- site: exercises, search, quiz files --
pub mod exercise;
pub mod exercise_run;
pub mod explorer;
pub mod highlight;
pub mod manual;
pub mod nav;
pub mod offline;
pub mod output;
pub mod pages;
pub mod params;
pub mod playground;
pub mod prose;
pub mod quiz;
pub mod quiz_file;
pub mod route;
pub mod runopts;
pub mod search;
pub mod share;
pub mod stepper;
pub mod store;
pub mod timeline;
pub mod timeline_model;

use crate::course::Course;
use leptos::prelude::*;
use pages::{Embed, Home, LessonPage, Problem};
use route::Route;
use std::sync::OnceLock;
use store::Progress;

/// The course, loaded once from the lessons compiled into the app.
pub fn course() -> &'static Course {
    static COURSE: OnceLock<Course> = OnceLock::new();
    COURSE.get_or_init(Course::load_lazy)
}

/// State shared by every page.
#[derive(Clone, Copy)]
pub struct AppCtx {
    pub progress: RwSignal<Progress>,
}

/// Record that the learner ran an example (saved at once; storage failures are ignored). Only
/// the learner's own actions count (Run, a new seed, a changed setting, a live button), never
/// the run a card makes when the page opens.
pub fn mark_ran(ctx: AppCtx, example: &str) {
    if ctx.progress.with_untracked(|p| p.has_run(example)) {
        return;
    }
    ctx.progress.update(|p| {
        p.ran.insert(example.to_string(), true);
    });
    store::save(&ctx.progress.get_untracked());
}

/// Record a quiz result (the best score is kept).
pub fn record_quiz(ctx: AppCtx, lesson: &str, score: u32, total: u32) {
    ctx.progress.update(|p| p.record_quiz(lesson, score, total));
    store::save(&ctx.progress.get_untracked());
}

/// Keep a quiz's answers so far (cleared with an empty list).
pub fn save_answers(ctx: AppCtx, lesson: &str, answers: &[Option<usize>]) {
    ctx.progress.update(|p| {
        if answers.iter().all(Option::is_none) {
            p.answers.remove(lesson);
        } else {
            p.answers.insert(lesson.to_string(), answers.to_vec());
        }
    });
    store::save(&ctx.progress.get_untracked());
}

/// Change an exercise's saved state (saved at once; storage failures are ignored).
pub fn save_exercise(ctx: AppCtx, id: &str, change: impl FnOnce(&mut store::ExerciseState)) {
    ctx.progress.update(|p| change(p.exercises.entry(id.to_string()).or_default()));
    store::save(&ctx.progress.get_untracked());
}

/// An exercise by its (course-wide) id.
pub fn exercise(id: &str) -> Option<&'static crate::course::Exercise> {
    course().lessons.iter().flat_map(|l| l.exercises.iter()).find(|x| x.id == id)
}

/// A fresh random seed for a re-run.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 1_000_000.0) as u64 + 2
}

/// Copy text to the clipboard, then call `done(true)`, or `done(false)` when the clipboard is
/// missing or refuses (an iframe without the `clipboard-write` permission, an insecure page):
/// never an uncaught error. `done` runs later (the clipboard answers with a promise).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return done(false) };
    let has = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")).map(|c| !c.is_undefined() && !c.is_null());
    if has != Ok(true) || !clipboard_allowed() {
        return done(false);
    }
    // Calling through Reflect so that a synchronous throw is caught too.
    let clip = nav.clipboard();
    let write = js_sys::Reflect::get(&clip, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = write
        .and_then(|f| f.call1(&clip, &JsValue::from_str(text)).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return done(false);
    };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let d2 = done.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(f) = done.take() {
            f(true)
        }
    });
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(f) = d2.take() {
            f(false)
        }
    });
    let _ = promise.then2(&ok, &err);
    // The promise calls one of them later: they live on (two small closures per copy).
    ok.forget();
    err.forget();
}

/// Whether the page's permissions policy lets it write to the clipboard (an iframe needs
/// `allow="clipboard-write"`). Asked first, so a refusal is not a console error. Browsers
/// without the policy API answer yes (the write itself may still be refused).
fn clipboard_allowed() -> bool {
    use wasm_bindgen::{JsCast, JsValue};
    let doc: JsValue = document().into();
    let get = |o: &JsValue, k: &str| {
        js_sys::Reflect::get(o, &JsValue::from_str(k)).ok().filter(|v| !v.is_undefined() && !v.is_null())
    };
    let Some(policy) = get(&doc, "permissionsPolicy").or_else(|| get(&doc, "featurePolicy")) else { return true };
    let Some(allows) = get(&policy, "allowsFeature").and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else {
        return true;
    };
    allows.call1(&policy, &JsValue::from_str("clipboard-write")).map(|v| v.as_bool() != Some(false)).unwrap_or(true)
}

/// Replace the address with a link of the site (a card's share link, a path with its
/// settings) without a history entry or a new render. (The name is from the hash routes.)
pub fn set_hash_quietly(link: &str) {
    nav::replace(link);
}

/// Post a JSON message to the parent page (when embedded in an iframe).
pub fn post_to_parent(json: &str) {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    let msg = js_sys::JSON::parse(json).unwrap_or_else(|_| json.into());
    let _ = parent.post_message(&msg, "*");
}

/// Post the document's height to the parent whenever it changes (for iframe sizing).
pub fn watch_height() {
    let last = StoredValue::new(0i32);
    let post = move || {
        let h = document().document_element().map(|e| e.scroll_height()).unwrap_or(0);
        if h != last.get_value() {
            last.set_value(h);
            post_to_parent(&format!(r#"{{"type":"chanlab:height","height":{h}}}"#));
        }
    };
    request_animation_frame(post);
    if let Ok(h) = set_interval_with_handle(post, std::time::Duration::from_millis(250)) {
        on_cleanup(move || h.clear());
    }
}

/// Take the pre-rendered content off the page (the app renders the same page live).
fn take_prerendered() {
    if let Some(el) = document().get_element_by_id("prerendered") {
        card_golden::keep_prerendered_outputs(&el);
        el.remove();
    }
}

/// The whole app: the page for the current address.
#[component]
pub fn App() -> impl IntoView {
    let progress = RwSignal::new(store::load());
    provide_context(AppCtx { progress });
    let route = nav::watch();
    // Another tab saved progress: show it here too.
    let s = window_event_listener(leptos::ev::storage, move |_| progress.set(store::load()));
    on_cleanup(move || s.remove());
    // Keyed by the route: a new page is built from scratch (a rebuild in place would keep the
    // DOM state of the previous page, such as `<details>` panels the learner opened).
    view! {
        <For each=move || [route.get()] key=|r| format!("{r:?}") children=page />
    }
}

/// The view for a route.
pub fn page(r: Route) -> AnyView {
    let c = course();
    set_title(&r);
    match r {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Lesson { id, focus } => match c.lesson(&id) {
            Some(l) => view! { <LessonPage lesson=l focus=focus /> }.into_any(),
            None => view! { <Problem title="No such lesson".to_string() message=unknown_lesson(&id) /> }.into_any(),
        },
        Route::EmbedQuiz { lesson } => match c.lesson(&lesson) {
            Some(l) => view! { <Embed title=format!("Quiz: {}", l.title)><quiz::Quiz lesson=l embed=true /></Embed> }.into_any(),
            None => view! { <Embed title="No such lesson".to_string()><p class="error" role="alert">{unknown_lesson(&lesson)}</p></Embed> }.into_any(),
        },
        Route::EmbedExample { focus } => match c.example(&focus.example) {
            Some(ex) => view! { <Embed title=ex.title.clone()><card::ExampleCard ex=ex focus=Some(focus) embed=true /></Embed> }.into_any(),
            None => {
                let m = format!("There is no example `{}` in this course.", focus.example);
                view! { <Embed title="Not found".to_string()><p class="error" role="alert">{m}</p></Embed> }.into_any()
            }
        },
        // -- site: external quizzes, exercises --
        Route::EmbedQuizSrc { src } => view! { <Embed title="Quiz".to_string()><quiz_file::ExternalQuiz src=src /></Embed> }.into_any(),
        Route::EmbedExercise { id } => match exercise(&id) {
            Some(x) => view! { <Embed title=format!("Exercise: {}", x.title)><exercise::ExerciseView ex=x embed=true /></Embed> }.into_any(),
            None => {
                let m = format!("There is no exercise `{id}` in this course.");
                view! { <Embed title="Not found".to_string()><p class="error" role="alert">{m}</p></Embed> }.into_any()
            }
        },
        // The playground (editor).
        Route::Play { focus } => view! { <playground::Playground focus=focus /> }.into_any(),
        Route::EmbedPlay { focus } => view! { <Embed title="Go playground".to_string()><playground::PlayEmbed focus=focus /></Embed> }.into_any(),
        // -- bench: the interpreter's benchmark page (not linked) --
        Route::Bench => view! { <bench::BenchPage /> }.into_any(),
        Route::NotFound(m) => view! { <Problem title="Page not found".to_string() message=m /> }.into_any(),
    }
}

fn unknown_lesson(id: &str) -> String {
    let ids: Vec<&str> = course().lessons.iter().map(|l| l.id.as_str()).collect();
    format!("There is no lesson `{id}` in this course. Lessons: {}.", ids.join(", "))
}

fn set_title(r: &Route) {
    let c = course();
    let t = match r {
        Route::Lesson { id, .. } | Route::EmbedQuiz { lesson: id } => {
            c.lesson(id).map(|l| format!("{} · {}", l.title, c.title)).unwrap_or_else(|| c.title.clone())
        }
        _ => c.title.clone(),
    };
    document().set_title(&t);
}

/// Mount the app on `<body>` (the site's entry point).
pub fn start() {
    nav::find_root();
    // Only a build written by `chanlab prerender` has the service worker.
    let prerendered = document().get_element_by_id("prerendered").is_some();
    take_prerendered();
    leptos::mount::mount_to_body(App);
    if prerendered {
        offline::start(&route::root());
    }
}
