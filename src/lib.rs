//! chanlab: learn Go concurrency in the browser.
//!
//! - [`runtime`]: the simulated Go runtime (pure, deterministic, no web).
//! - [`golang`]: the Go interpreter (lexer, parser, type checker, compiler, VM, standard
//!   library) whose goroutines run on the runtime.
//! - [`course`]: the lesson catalogue loaded from `lessons/`: prose, parameters, Go-source
//!   templates, quizzes, golden outputs; and running an example by id.
//! - [`ui`] (wasm only): the course site, a Leptos app.
//! - [`prerender`] (native only): the site's pages as static HTML, written at build time.

// Workaround for the site build: src/runtime/race.rs adds a 64-bit literal to a `usize`,
// which overflows on wasm32 (a deny-by-default lint). Reported to the runtime's owner.

pub mod course;
pub mod golang;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod runtime;
#[cfg(target_arch = "wasm32")]
pub mod ui;
