//! The virtual machine: values ([`value`]), code ([`code`]), goroutines as fibers
//! ([`fiber`]) run by the instruction loop ([`exec`]) on the simulated runtime, and the API
//! for natives ([`native`]).
//!
//! - [`entry`]: source to [`code::Program`] ([`build`]: parse, check, compile) and a program
//!   to a [`crate::runtime::Runtime`] (`Program::runtime`); [`run`] does both.
//! - [`exec`]: the dispatch loop; [`ops`]: indexing, slicing, `append` with Go's growth,
//!   conversions, maps; [`iface`]: dynamic dispatch, assertions, `select`.
//! - [`task`]: a fiber as the future the runtime polls (its waits, its end).
//! - [`panics`]: panic values as `panic: ...` prints them; [`typename`]: types as `%T`
//!   prints them; [`sites`]: line labels (`L12`) for the runtime's reports; [`stack`]: a
//!   goroutine's call stack for them.
//! - [`builtin`]: the VM's own natives (`print`/`println`, `runtime.Goexit`, a minimal
//!   `fmt` the standard library's replaces).
//!
//! Debug builds: `CHANLAB_VM_DUMP=1` prints the compiled code of `main`'s functions,
//! `CHANLAB_VM_DEBUG=1` the frames of every panic.

pub mod builtin;
mod callback;
mod chanop;
pub mod code;
pub mod complex;
pub mod entry;
pub mod exec;
#[macro_use]
mod exec_cold;
mod exec_call;
mod exec_iface;
mod exec_map;
mod exec_ptr;
mod exec_slice;
mod exec_value;
pub mod fiber;
pub mod iface;
pub mod native;
pub mod ops;
pub mod panics;
pub mod sites;
pub mod stack;
pub mod task;
#[cfg(test)]
mod tests;
pub mod typename;
pub mod value;

pub use entry::{build, run};
