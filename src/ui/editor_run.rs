//! What a card runs: an example's Go source at its parameters, either as the template renders
//! it or as the learner edited it (or any program, on the playground), compiled once and
//! shared by every tool of the card (run, live run, timeline, stepping, explorer, "you are
//! the scheduler").

use crate::course::{Example, Params, RunOptions};
use crate::golang::vm::{self, code::Program};
use crate::runtime::{Config, Runtime};
use std::rc::Rc;

/// Runtime operations allowed to a program on the site before it is stopped as a runaway.
/// A run is synchronous, and a goroutine spinning without runtime operations cannot be
/// interrupted, so the budget bounds how long a runaway program blocks the tab: the
/// runtime's default (50 million) took seconds in the browser; 10 million took 1.8 s to 6.5 s
/// on the (loaded) test machine (tests/e2e/editor.mjs prints it). The heaviest example of the
/// course at its largest settings needs about 0.5 million.
pub const SITE_MAX_OPS: u64 = 5_000_000;

/// A program ready to run: the source, its parameters and its compiled form (or Go's
/// compile errors as `go run` prints them), compiled the first time something asks for it (a
/// card that has not run yet costs no compilation).
#[derive(Clone)]
pub struct Subject {
    pub ex: &'static Example,
    pub params: Params,
    pub src: Rc<str>,
    /// The learner changed the source (it is not the template's rendering).
    pub edited: bool,
    compiled: Rc<std::cell::OnceCell<Result<Rc<Program>, String>>>,
}

impl PartialEq for Subject {
    fn eq(&self, o: &Subject) -> bool {
        std::ptr::eq(self.ex, o.ex) && self.params == o.params && self.src == o.src && self.edited == o.edited
    }
}

impl Subject {
    /// `src` (the example's source at `params`, edited or not), compiled on first use.
    pub fn new(ex: &'static Example, params: Params, src: &str, edited: bool) -> Subject {
        Subject { ex, params, src: src.into(), edited, compiled: Rc::default() }
    }

    /// The compiled program, or Go's compile errors (compiled once, on the first call).
    pub fn program(&self) -> &Result<Rc<Program>, String> {
        self.compiled.get_or_init(|| vm::build(&[("main.go", &self.src)]))
    }

    /// The runtime configuration for a run with these options (the example's, with the
    /// site's step budget).
    pub fn config(&self, opts: &RunOptions) -> Config {
        Config { max_ops: SITE_MAX_OPS, ..self.ex.config(&self.params, opts) }
    }

    /// A runtime about to run the program, or Go's compile errors.
    pub fn runtime(&self, opts: &RunOptions) -> Result<Runtime, String> {
        let p = self.program().clone()?;
        Ok(p.runtime(self.config(opts), Vec::new()))
    }
}

// SAFETY: the site runs on wasm32-unknown-unknown without threads, so a `Subject` (which
// holds `Rc`s) can never be reached from another thread; Leptos' memos ask for `Send + Sync`
// only because they also serve threaded servers.
unsafe impl Send for Subject {}
unsafe impl Sync for Subject {}
