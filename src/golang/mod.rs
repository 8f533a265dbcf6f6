//! The Go interpreter: Go source in, a program for [`crate::runtime`] out.
//!
//! One stage per module, each with one job (goscript's layout):
//!
//! - [`syntax`]: tokens, the lexer (with Go's semicolon insertion), the syntax tree
//!   ([`syntax::ast`]) and the parser; syntax errors worded as the Go compiler words them
//!   (`./main.go:12:5: syntax error: unexpected ...`).
//! - [`types`]: the type checker (Go's rules: untyped constants with exact arithmetic,
//!   assignability, method sets, embedding, generics) producing [`types::Info`]: the type and
//!   constant value of every expression, what every name refers to, field and method
//!   selections; errors worded as Go 1.27 words them.
//! - [`compile`]: the checked tree turned into the VM's code (register bytecode, one function
//!   at a time; generic functions compiled per instantiation).
//! - [`vm`]: values, goroutines as fibers (call frames on the heap) wrapped as runtime
//!   goroutines, the instruction loop; every blocking operation awaits the runtime.
//! - [`gotest`]: `go test` for one package (the test main, the runner, its report).
//! - [`stdlib`]: the standard library: package APIs declared as Go source (bodies in Go where
//!   Go is enough, body-less functions bound to Rust natives), checked against real Go.
//!
//! Programs are untrusted input: no Go program may panic Rust or hang the caller.

pub mod compile;
pub mod format;
pub mod gotest;
pub mod stdlib;
pub mod syntax;
pub mod types;
pub mod vm;

use crate::runtime::{Config, Outcome};

/// Compile and run one Go program (`name` is its file name, e.g. `main.go`) on the simulated
/// runtime with `cfg`; `args` are `os.Args[1:]`. A program Go's compiler would reject ends
/// with exit status 1 and the compiler's messages on stderr (`# command-line-arguments` first),
/// as `go run` prints them.
pub fn run(name: &str, src: &str, cfg: Config, args: Vec<String>) -> Outcome {
    vm::run(name, src, cfg, args)
}
