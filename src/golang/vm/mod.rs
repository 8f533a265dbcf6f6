//! Values, goroutines as fibers, the instruction loop (under construction).

use crate::runtime::{Config, Outcome};

/// Compile `src` and run it (see [`crate::golang::run`]).
pub fn run(name: &str, _src: &str, _cfg: Config, _args: Vec<String>) -> Outcome {
    Outcome::not_built(format!(
        "# command-line-arguments\n./{name}:1:1: chanlab does not support running Go source yet\n"
    ))
}
