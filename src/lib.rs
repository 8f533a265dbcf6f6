//! chanlab: learn Go concurrency in the browser.
//!
//! - [`runtime`]: the simulated Go runtime (pure, deterministic, no web).
//! - [`programs`]: one Rust program per runnable example, written against the runtime.
//! - [`course`]: the lesson catalogue loaded from `lessons/`: prose, parameters, Go-source
//!   templates, quizzes, golden outputs; and running an example by id.

pub mod course;
pub mod programs;
pub mod runtime;
