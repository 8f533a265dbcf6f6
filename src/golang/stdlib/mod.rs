//! The standard library as the interpreter sees it: each package's API as Go source
//! (body-less functions are bound to Rust natives by their qualified name), and the Rust
//! cores those natives call (`strconv`, `fmt`'s formatting, `unicode`, `utf8`).

pub mod fmt;
mod natives;
mod packages;
pub mod strconv;
pub mod unicode;
pub mod utf8;

pub use packages::{package_files, PACKAGES};

/// Register the natives of every package (the VM binds body-less functions to them).
pub fn natives(reg: &mut crate::golang::vm::native::Registry) {
    natives::register(reg)
}
