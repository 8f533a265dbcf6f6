//! The virtual machine: values ([`value`]), code ([`code`]), goroutines as fibers
//! ([`fiber`]) run by the instruction loop ([`exec`]) on the simulated runtime, and the API
//! for natives ([`native`]).

pub mod builtin;
pub mod code;
pub mod exec;
pub mod fiber;
pub mod iface;
pub mod native;
pub mod ops;
pub mod panics;
pub mod sites;
#[cfg(test)]
mod tests;
pub mod typename;
pub mod value;

use crate::runtime::{Config, Outcome};

/// Compile `src` and run it (see [`crate::golang::run`]).
pub fn run(name: &str, _src: &str, _cfg: Config, _args: Vec<String>) -> Outcome {
    Outcome::not_built(format!(
        "# command-line-arguments\n./{name}:1:1: chanlab does not support running Go source yet\n"
    ))
}
