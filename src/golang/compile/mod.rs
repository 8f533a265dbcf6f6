//! The compiler: a checked program (`types::Checked`) to the VM's `Program`.
//!
//! One `Builder` (`build.rs`) holds the program being built (functions, constants, zero
//! values, natives, method tables); a function body is compiled by a `FnC` (`func.rs`, with
//! expressions in `expr.rs`, calls in `call.rs`, assignment targets in `lvalue.rs`,
//! statements in `stmt.rs` and `range.rs`, type questions in `tyinfo.rs`) into register code.
//! Functions are compiled on demand: the entry function first (package variables, `init`s,
//! `main.main`), then every function it refers to; generic functions once per list of type
//! arguments, their types substituted.
//!
//! Gated until the checker's result types (`types::Checked`, h/types) are merged.
#![allow(unexpected_cfgs)]

#[cfg(chanlab_checker)]
mod build;
#[cfg(chanlab_checker)]
mod call;
#[cfg(chanlab_checker)]
mod expr;
#[cfg(chanlab_checker)]
mod func;
#[cfg(chanlab_checker)]
mod lvalue;
#[cfg(chanlab_checker)]
mod range;
#[cfg(chanlab_checker)]
mod stmt;
#[cfg(chanlab_checker)]
mod tyinfo;

#[cfg(chanlab_checker)]
pub use build::{compile, CompileError};
#[cfg(chanlab_checker)]
pub(crate) use build::{Builder, CResult};
