//! The compiler: a checked program (`types::Checked`) to the VM's `Program`.
//!
//! One `Builder` (`build.rs`) holds the program being built (functions, constants, zero
//! values, natives, method tables); a function body is compiled by a `FnC` (`func.rs`, with
//! expressions in `expr.rs`, calls in `call.rs`, assignment targets in `lvalue.rs`,
//! statements in `stmt.rs` and `range.rs`, type questions in `tyinfo.rs`) into register code.
//! Functions are compiled on demand: the entry function first (package variables, `init`s,
//! `main.main`), then every function it refers to; generic functions once per list of type
//! arguments, their types substituted.

mod build;
mod builtin;
mod call;
mod composite;
mod escape;
mod expr;
mod func;
mod loops;
mod lvalue;
mod promote;
mod range;
mod select;
mod stmt;
mod switch;
mod tyinfo;

pub use build::{compile, CompileError};
pub(crate) use build::{Builder, CResult};
