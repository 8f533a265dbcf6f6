//! The virtual machine: values ([`value`]), code ([`code`]), goroutines as fibers
//! ([`fiber`]) run by the instruction loop ([`exec`]) on the simulated runtime, and the API
//! for natives ([`native`]).

pub mod builtin;
pub mod code;
pub mod entry;
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

pub use entry::{build, run};
