//! The playground (`play/`): any Go program in the editor with every tool of an example card
//! (run, `-race`, GOMAXPROCS, timeline and stepping, explorer, "you are the scheduler",
//! share links carrying the code), and a list of starters: each example of the course at its
//! defaults (`play/?starter=<example-id>`). `embed/play/?code=…` is the same card in an
//! iframe; it posts its height and each run's result to the parent page.

use super::card::ExampleCard;
use super::course;
use super::pages::Sidebar;
use super::route::{starter_href, Focus};
use crate::course::Example;
use leptos::prelude::*;
use std::sync::OnceLock;

/// The playground's card data: an "example" with no parameters and no template (its code is
/// always the learner's).
pub fn play_example() -> &'static Example {
    static PLAY: OnceLock<Example> = OnceLock::new();
    PLAY.get_or_init(|| Example {
        id: "play".into(),
        lesson: String::new(),
        title: "Playground".into(),
        summary: String::new(),
        params: Vec::new(),
        edge_cases: Vec::new(),
        controls: Vec::new(),
        conformance: Default::default(),
        race: false,
        template: String::new(),
        golden: Default::default(),
        cpu_ns_per_loop: 0,
    })
}

/// The starters: every example of the course, by lesson.
#[component]
fn Starters() -> impl IntoView {
    let lessons = course()
        .lessons
        .iter()
        .filter(|l| !l.examples.is_empty())
        .map(|l| {
            let items = l
                .examples
                .iter()
                .map(|e| {
                    view! {
                        <li><a href=starter_href(&e.id) data-starter=e.id.clone()
                            title=e.summary.clone()>{e.title.clone()}</a></li>
                    }
                })
                .collect_view();
            view! { <li><span class="starter-lesson">{l.title.clone()}</span><ul>{items}</ul></li> }
        })
        .collect_view();
    view! {
        <nav class="starters" aria-label="Starters">
            <h2>"Start from an example"</h2>
            <p class="hint">"Each opens the course's example at its default settings. Your own program is kept in this browser."</p>
            <ul>{lessons}</ul>
        </nav>
    }
}

/// The playground page.
#[component]
pub fn Playground(focus: Focus) -> impl IntoView {
    view! {
        <div class="layout">
            <Sidebar current=None />
            <main class="content play-page" id="main">
                <h1>"Go playground"</h1>
                <p class="lead">
                    "Write any Go program and run it on the simulated runtime: the same output as real Go with "
                    <code>"GOMAXPROCS=1"</code>
                    ", plus the race detector, the goroutine timeline, stepping and the schedule explorer. "
                    "Ctrl+Enter runs; share copies a link with your code."
                </p>
                <div class="play-grid">
                    <ExampleCard ex=play_example() focus=Some(focus) play=true />
                    <Starters />
                </div>
            </main>
        </div>
    }
}

/// The playground in an iframe (minimal chrome).
#[component]
pub fn PlayEmbed(focus: Focus) -> impl IntoView {
    view! { <ExampleCard ex=play_example() focus=Some(focus) play=true embed=true /> }
}
