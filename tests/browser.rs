#![cfg(target_arch = "wasm32")]
//! The site's components in a real browser (headless Chromium through chromedriver):
//! `scripts/site-tests.sh` runs them with wasm-bindgen-test-runner.

use chanlab::course::data::ControlSpec;
use chanlab::course::{Course, Example, RunOptions};
use chanlab::ui::highlight::{code_html, tokenize, Tok};
use chanlab::ui::output::{transcript, Kind};
use chanlab::ui::route::{self, Route};
use chanlab::ui::store::Progress;
use chanlab::ui::{card::ExampleCard, course, quiz::Quiz, App, AppCtx};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mount a view in a fresh container at the top of the page (cards make their opening run
/// once they are near the viewport: earlier tests' containers must not push it away) and
/// return the container.
fn mount<F, N>(f: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let doc = document();
    let div: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    let body = doc.body().unwrap();
    body.insert_before(&div, body.first_child().as_ref()).unwrap();
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
    leptos::mount::mount_to(div.clone(), f).forget();
    div
}

async fn settle() {
    TimeoutFuture::new(30).await;
}

/// Wait (up to 3 s) until every card under `root` has made its opening run (a card runs once
/// it is near the viewport and the browser is idle).
async fn opened(root: &Element) {
    for _ in 0..150 {
        let ts = root.query_selector_all(".terminal[data-runs]").unwrap();
        let all = (0..ts.length()).all(|i| {
            let t: Element = ts.get(i).unwrap().unchecked_into();
            t.get_attribute("data-runs").and_then(|n| n.parse::<u32>().ok()).unwrap_or(0) > 0
        });
        if ts.length() > 0 && all {
            return;
        }
        TimeoutFuture::new(20).await;
    }
}

fn text(root: &Element, sel: &str) -> String {
    root.query_selector(sel).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

fn set_input(root: &Element, sel: &str, value: &str) {
    let input: HtmlInputElement = root.query_selector(sel).unwrap().expect(sel).unchecked_into();
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

fn click(root: &Element, sel: &str) {
    let el: HtmlElement = root.query_selector(sel).unwrap().expect(sel).unchecked_into();
    el.click();
}

fn worker_pool_card() -> HtmlElement {
    let ex = course().example("worker-pool").expect("worker-pool example");
    mount(move || view! { <ExampleCard ex=ex /> })
}

/// The worker-pool card after its opening run.
async fn opened_worker_pool_card() -> HtmlElement {
    let root = worker_pool_card();
    opened(&root).await;
    root
}

#[wasm_bindgen_test]
fn routes_parse_lessons_examples_embeds_and_nonsense() {
    assert_eq!(route::parse(""), Route::Home);
    assert_eq!(route::parse("#/"), Route::Home);
    assert_eq!(route::parse("#/lesson/worker-pool"), Route::Lesson { id: "worker-pool".into(), focus: None });
    let Route::Lesson { focus: Some(f), .. } =
        route::parse("#/lesson/worker-pool/worker-pool?workers=5&jobs=1%30&seed=9")
    else {
        panic!("focus expected")
    };
    assert_eq!(f.example, "worker-pool");
    assert_eq!(f.sets, vec![("workers".to_string(), "5".to_string()), ("jobs".to_string(), "10".to_string())]);
    assert_eq!(f.seed, Some(9));
    let Route::EmbedExample { focus } = route::parse("#/embed/example/worker-pool?seed=x") else { panic!() };
    assert_eq!(focus.bad_seed.as_deref(), Some("x"));
    assert_eq!(route::parse("#/embed/quiz/worker-pool"), Route::EmbedQuiz { lesson: "worker-pool".into() });
    assert!(matches!(route::parse("#/what/is/this"), Route::NotFound(_)));
    let href = route::example_href("worker-pool", "worker-pool", &[("jobs".into(), "10".into())], 3);
    assert_eq!(href, "/lesson/worker-pool/?ex=worker-pool&jobs=10&seed=3");
}

#[wasm_bindgen_test]
fn go_tokenizer_classifies_and_keeps_every_byte() {
    let src = "func main() {\n\tch := make(chan int, 3) // buffered\n\tfmt.Println(\"hi\", 42)\n}\n";
    let toks = tokenize(src);
    assert_eq!(toks.iter().map(|(_, t)| *t).collect::<String>(), src);
    assert!(toks.contains(&(Tok::Keyword, "func")));
    assert!(toks.contains(&(Tok::Keyword, "chan")));
    assert!(toks.contains(&(Tok::Builtin, "make")));
    assert!(toks.contains(&(Tok::Type, "int")));
    assert!(toks.contains(&(Tok::Comment, "// buffered")));
    assert!(toks.contains(&(Tok::Str, "\"hi\"")));
    assert!(toks.contains(&(Tok::Num, "42")));
    assert!(toks.contains(&(Tok::Func, "Println")));
    let html = code_html(src, &[2], &[3]);
    assert_eq!(html.matches("class=\"line").count(), 4);
    assert!(html.contains("class=\"line changed\" data-line=\"2\""));
    assert!(html.contains("class=\"line reported\" data-line=\"3\""));
    assert!(html.contains("&quot;hi&quot;"));
}

#[wasm_bindgen_test]
fn transcript_styles_panics_and_prints_exit_status() {
    let (c, _) = Course::load();
    let ex = c.example("worker-pool").unwrap();
    let p = ex.resolve([("close_after_wait", "false")]).unwrap();
    let lines = transcript(&ex.run(&p, 1, false).unwrap());
    assert!(lines.iter().any(|l| l.kind == Kind::Panic && l.text == "panic: send on closed channel"));
    assert_eq!(lines.last().map(|l| (l.kind, l.text.as_str())), Some((Kind::Status, "exit status 2")));
    let ok = transcript(&ex.run(&ex.defaults(), 1, false).unwrap());
    assert_eq!(ok.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), vec!["sum of squares: 91"]);
}

#[wasm_bindgen_test]
fn progress_survives_corrupt_storage_and_keeps_the_best_score() {
    assert_eq!(Progress::parse("{not json"), Progress::default());
    assert_eq!(Progress::parse("[1,2]"), Progress::default());
    let mut p = Progress::default();
    p.record_quiz("worker-pool", 3, 4);
    p.record_quiz("worker-pool", 1, 4);
    assert_eq!(p.quiz["worker-pool"].best, 3);
    let back = Progress::parse(&serde_json::to_string(&p).unwrap());
    assert_eq!(back, p);
}

#[wasm_bindgen_test]
async fn example_card_renders_source_and_output() {
    let root = opened_worker_pool_card().await;
    let code = text(&root, "pre.code");
    assert!(code.contains("for w := 1; w <= 3; w++ {"), "{code}");
    assert!(root.query_selector("pre.code .kw").unwrap().is_some(), "highlighted");
    let term = text(&root, ".terminal");
    assert!(term.starts_with("$ go run main.go"), "{term}");
    assert!(term.contains("sum of squares: 91"), "{term}");
    assert!(!term.contains("exit status"), "{term}");
    assert!(root.query_selector("label[for=p-worker-pool-workers]").unwrap().is_some(), "labelled control");
}

#[wasm_bindgen_test]
async fn parameter_change_updates_source_output_and_marks_changed_lines() {
    let root = worker_pool_card();
    settle().await;
    set_input(&root, "#p-worker-pool-workers", "5");
    settle().await;
    set_input(&root, "#p-worker-pool-jobs", "10");
    settle().await;
    let code = text(&root, "pre.code");
    assert!(code.contains("w <= 5"), "{code}");
    assert!(code.contains("n <= 10"), "{code}");
    let changed = root.query_selector_all("pre.code .line.changed").unwrap();
    assert_eq!(changed.length(), 1, "only the jobs line changed last");
    assert!(changed.get(0).unwrap().text_content().unwrap().contains("n <= 10"));
    assert!(text(&root, ".terminal").contains("sum of squares: 385"));
}

#[wasm_bindgen_test]
async fn invalid_parameter_is_flagged_and_never_runs() {
    let root = worker_pool_card();
    settle().await;
    set_input(&root, "#p-worker-pool-workers", "0");
    settle().await;
    let input = root.query_selector("#p-worker-pool-workers").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let err = text(&root, ".error[role=alert]:not([hidden])");
    assert!(err.contains("Workers = 0 is out of range: expected a whole number from 1 to"), "{err}");
    let term = text(&root, ".terminal");
    assert!(term.contains("not run") && !term.contains("sum of squares"), "{term}");
    // A number field holding no number (the browser gives "" for text typed into it).
    set_input(&root, "#p-worker-pool-workers", "");
    settle().await;
    assert!(text(&root, ".error[role=alert]:not([hidden])").contains("Workers: a value is needed"));
}

#[wasm_bindgen_test]
async fn toggle_off_shows_the_panic_and_highlights_its_line() {
    let root = worker_pool_card();
    settle().await;
    let cb: HtmlInputElement =
        root.query_selector("#p-worker-pool-close_after_wait").unwrap().unwrap().unchecked_into();
    cb.click();
    settle().await;
    let panic = text(&root, ".terminal .tl.panic");
    assert_eq!(panic, "panic: send on closed channel");
    assert_eq!(text(&root, ".terminal .tl.status"), "exit status 2");
    let reported = text(&root, "pre.code .line.reported");
    assert!(reported.contains("results <- n * n"), "{reported}");
}

#[wasm_bindgen_test]
async fn quiz_scores_right_and_wrong_answers_and_retries() {
    let c = course();
    let lesson = c.lesson("worker-pool").unwrap();
    let n = lesson.quiz.len();
    assert!(n >= 2);
    let progress = RwSignal::new(Progress::default());
    let root = mount(move || {
        provide_context(AppCtx { progress });
        view! { <Quiz lesson=lesson /> }
    });
    settle().await;
    // Show all questions; answer the first wrongly and the rest rightly.
    click(&root, ".quiz-head input[type=checkbox]");
    settle().await;
    let qs = root.query_selector_all("fieldset.question").unwrap();
    assert_eq!(qs.length() as usize, n);
    for i in 0..n {
        let q: Element = qs.get(i as u32).unwrap().unchecked_into();
        let sel = if i == 0 { "button[data-correct=false]" } else { "button[data-correct=true]" };
        click(&q, sel);
    }
    settle().await;
    assert!(text(&root, ".score .now").contains(&format!("Score: {} / {n}", n - 1)));
    assert!(text(&root, "fieldset.question .feedback").starts_with("Not quite."));
    assert_eq!(progress.get_untracked().quiz["worker-pool"].best as usize, n - 1);
    click(&root, ".score button");
    settle().await;
    assert!(text(&root, ".score .now").contains(&format!("Score: 0 / {n}")));
}

#[wasm_bindgen_test]
async fn unknown_lesson_url_shows_a_message() {
    let w = web_sys::window().unwrap();
    w.location().set_hash("#/lesson/no-such-lesson").unwrap();
    let root = mount(App);
    settle().await;
    assert!(text(&root, ".problem").contains("There is no lesson `no-such-lesson`"));
    w.location().set_hash("#/lesson/worker-pool/worker-pool?workers=banana").unwrap();
    settle().await;
    assert!(text(&root, ".card .error[role=alert]:not([hidden])").contains("Workers: `banana` is not valid"));
    w.location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn live_mode_on_the_stepping_api_prints_what_a_full_run_prints() {
    // worker-pool with a (made-up) live button: the card steps the runtime instead of
    // playing a finished run, and must show the same transcript.
    let mut ex = course().example("worker-pool").unwrap().clone();
    ex.controls.push(ControlSpec { name: "cancel".into(), label: "cancel()".into() });
    let ex: &'static Example = Box::leak(Box::new(ex));
    let root = mount(move || view! { <ExampleCard ex=ex /> });
    settle().await;
    opened(&root).await;
    assert_eq!(text(&root, "button.live"), "cancel()");
    assert!(text(&root, ".terminal").contains("sum of squares: 91"));
    let cb: HtmlInputElement =
        root.query_selector("#p-worker-pool-close_after_wait").unwrap().unwrap().unchecked_into();
    cb.click();
    settle().await;
    assert_eq!(text(&root, ".terminal .tl.panic"), "panic: send on closed channel");
    assert_eq!(text(&root, ".terminal .tl.status"), "exit status 2");
    assert!(text(&root, "pre.code .line.reported").contains("results <- n * n"));
}

#[wasm_bindgen_test]
async fn a_live_cancel_lands_at_the_moment_it_is_pressed() {
    // context-cancel: main sleeps 100ms before calling cancel() itself. Pressed about 50ms
    // into playback, cancel() must land then (virtual time between 0 and 100ms), not at 0.
    let root = mount(|| view! { <ExampleCard ex=example("context-cancel") /> });
    settle().await;
    opened(&root).await;
    TimeoutFuture::new(20).await;
    let b: HtmlElement = root.query_selector("button.live").unwrap().unwrap().unchecked_into();
    b.click();
    for _ in 0..100 {
        if text(&root, ".terminal").contains("the goroutine has stopped") {
            break;
        }
        TimeoutFuture::new(20).await;
    }
    let line = root.query_selector(".terminal .tl[data-t]:nth-child(2)").unwrap().unwrap();
    assert_eq!(line.text_content().unwrap(), "goroutine: context canceled");
    let t: i64 = line.get_attribute("data-t").unwrap().parse().unwrap();
    assert!(t > 0 && t < 100_000_000, "cancel() landed at {t}ns");
}

fn example(id: &str) -> &'static Example {
    course().example(id).unwrap()
}

#[wasm_bindgen_test]
fn timeline_has_a_lane_per_goroutine_and_caps_long_runs() {
    use chanlab::ui::timeline::trace;
    use chanlab::ui::timeline_model::{St, MAX_EVENTS, MAX_LANES};
    let ex = example("worker-pool");
    let t = trace(ex, &ex.defaults(), &RunOptions::default()).unwrap();
    let names: Vec<&str> = t.model.lanes.iter().map(|l| l.name.as_str()).collect();
    // Go 1.27 numbers the first goroutine main starts 7 (as its deadlock reports show).
    assert_eq!(names, ["main.main #1", "main.worker #7", "main.worker #8", "main.worker #9"]);
    assert!(!t.cut && t.steps > 3);
    let wait = t.model.segs.iter().find(|s| s.lane == 0 && s.st == St::Blocked).unwrap();
    assert_eq!(wait.label, "sync.WaitGroup.Wait");
    assert!(wait.line > 0);
    assert!(t.model.links.iter().any(|l| l.label == "close jobs" && l.to.is_none()));
    assert!(t.model.links.iter().any(|l| l.to == Some(0)), "a worker wakes main");
    // Every worker exits; segments never overlap within a lane.
    assert!(t.model.lanes[1..].iter().all(|l| l.exit.is_some()));
    for w in t.model.segs.windows(2) {
        assert!(w[0].lane != w[1].lane || w[0].x1 <= w[1].x0, "{w:?}");
    }
    // 100000 jobs: the drawing stops at MAX_EVENTS.
    let p = ex.resolve([("jobs", "100000"), ("buffer", "100000")]).unwrap();
    let t = trace(ex, &p, &RunOptions::default()).unwrap();
    assert!(t.model.drawn == MAX_EVENTS && t.model.total > MAX_EVENTS);
    // 150 goroutines: 100 lanes and an aggregate one.
    let ex = example("race-counter");
    let t = trace(ex, &ex.resolve([("goroutines", "150")]).unwrap(), &RunOptions::default()).unwrap();
    assert_eq!(t.model.lanes.len(), MAX_LANES + 1);
    assert_eq!(t.model.lanes[MAX_LANES].name, format!("{} more", t.model.folded));
    assert_eq!(t.model.folded, 51, "150 workers and main: 51 folded");
}

#[wasm_bindgen_test]
fn stepping_back_replays_the_same_state() {
    use chanlab::ui::stepper::snapshot;
    let ex = example("worker-pool");
    let p = ex.defaults();
    let s0 = snapshot(ex, &p, &RunOptions::default(), 0).unwrap();
    assert_eq!(s0.gs.iter().map(|g| g.func).collect::<Vec<_>>(), ["main.main"]);
    let s1 = snapshot(ex, &p, &RunOptions::default(), 1).unwrap();
    let s2 = snapshot(ex, &p, &RunOptions::default(), 2).unwrap();
    assert_ne!(s1.gs, s2.gs);
    assert_eq!(snapshot(ex, &p, &RunOptions::default(), 1).unwrap(), s1, "deterministic");
    assert_eq!(s1.gs.iter().find(|g| g.id == 1).unwrap().state, "sync.WaitGroup.Wait");
    let end = snapshot(ex, &p, &RunOptions::default(), 10_000).unwrap();
    assert!(end.done && end.next.is_none());
}

#[wasm_bindgen_test]
async fn timeline_panel_opens_and_steps() {
    let root = worker_pool_card();
    settle().await;
    let d: web_sys::HtmlDetailsElement = root.query_selector(".timeline").unwrap().unwrap().unchecked_into();
    d.set_open(true);
    d.dispatch_event(&web_sys::Event::new("toggle").unwrap()).unwrap();
    settle().await;
    assert_eq!(root.query_selector_all(".tl-lab").unwrap().length(), 4);
    click(&root, ".step-bar button.primary");
    settle().await;
    assert!(text(&root, ".step-status").starts_with("step 1 of"), "{}", text(&root, ".step-status"));
    assert!(text(&root, ".glist tbody").contains("main.worker"));
}

#[wasm_bindgen_test]
fn errors_use_the_labels_and_dependent_values_are_clamped() {
    use chanlab::ui::params::{clamp_dependents, friendly_error};
    let ex = example("select-default");
    let err = |sets: &[(&str, &str)]| friendly_error(ex, &ex.resolve(sets.iter().copied()).unwrap_err().0);
    assert_eq!(
        err(&[("capacity", "1"), ("preload", "3")]),
        "Jobs queued first = 3 is out of range: expected a whole number from 0 to Queue capacity (now 0 to 1)"
    );
    // A fixed range is said once (no "1..10 (now 1..10)").
    assert_eq!(err(&[("tries", "0")]), "Attempts = 0 is out of range: expected a whole number from 1 to 10");
    assert_eq!(err(&[("tries", "x")]), "Attempts: `x` is not valid: expected a whole number from 1 to 10");
    let mut raw =
        vec![("capacity".to_string(), "1".to_string()), ("preload".into(), "3".into()), ("tries".into(), "9".into())];
    clamp_dependents(ex, &mut raw, "capacity");
    assert_eq!(raw[1].1, "1", "preload follows the capacity down");
    assert_eq!(raw[2].1, "9", "an independent value stays");
    clamp_dependents(ex, &mut raw, "tries");
    assert_eq!(raw[1].1, "1");
}

#[wasm_bindgen_test]
fn the_command_line_says_race_and_chanlabs_report_is_marked() {
    use chanlab::ui::output::command;
    assert_eq!(command(false), "$ go run main.go");
    assert_eq!(command(true), "$ go run -race main.go");
    let ex = example("context-tree");
    let p = ex.resolve([("cancel_at", "child")]).unwrap();
    let lines = transcript(&ex.run(&p, 1, false).unwrap());
    let leak = lines.iter().position(|l| l.kind == Kind::Leak).expect("a leak report");
    assert_eq!(lines[leak - 1].kind, Kind::Sim, "chanlab's heading comes first: {lines:?}");
}

#[wasm_bindgen_test]
fn a_step_shows_the_output_so_far_not_the_end() {
    use chanlab::ui::stepper::snapshot;
    let ex = example("worker-pool");
    let p = ex.resolve([("close_after_wait", "false")]).unwrap();
    let first = snapshot(ex, &p, &RunOptions::default(), 1).unwrap();
    assert!(first.lines.iter().all(|l| l.kind != Kind::Panic && l.kind != Kind::Status), "{:?}", first.lines);
    assert!(first.reported.is_empty());
    let end = snapshot(ex, &p, &RunOptions::default(), usize::MAX).unwrap();
    assert!(end.done);
    assert!(end.lines.iter().any(|l| l.kind == Kind::Status && l.text == "exit status 2"));
    assert!(!end.reported.is_empty());
}

#[wasm_bindgen_test]
fn presses_round_trip_through_the_link() {
    use chanlab::ui::runopts::{format_presses, parse_presses, take_extras};
    let p = vec![("cancel".to_string(), 52_000_000), ("cancel".to_string(), 90_000_000)];
    assert_eq!(format_presses(&p), "cancel@52000000.cancel@90000000");
    assert_eq!(parse_presses("cancel@90000000.cancel@52000000"), p, "sorted by time");
    assert_eq!(parse_presses("cancel@x.@5.cancel@-1.cancel"), vec![], "malformed presses are dropped");
    let mut sets = vec![("press".to_string(), "cancel@7".to_string()), ("workers".into(), "3".into())];
    let x = take_extras(&mut sets);
    assert_eq!(x.presses, vec![("cancel".to_string(), 7)]);
    assert_eq!(sets, vec![("workers".to_string(), "3".to_string())]);
}
