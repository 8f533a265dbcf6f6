//! The standard library as the interpreter sees it.
//!
//! - `go/<import path>/*.go`: each package's API as Go source, listed in [`PACKAGES`] and
//!   returned by [`package_files`] (the checker reads them like user code). Whatever can be Go
//!   is Go (errors, context, errgroup, semaphore, rate, sort, slices, maps, strings, sync.Once,
//!   sync.Map, time's Duration/Time/Format, log, flag, testing, testing/synctest...), written
//!   for chanlab and checked with real Go: `go/check.sh` type-checks them; their behaviour was
//!   compared with Go 1.27.3's own packages. A function without a body is bound by the VM to the Rust native of the same
//!   qualified name ([`natives`]; a test checks that every one has a native).
//! - Rust cores, pure and unit-tested against Go's outputs: [`strconv`] (float formatting and
//!   parsing, quoting), [`fmt`] (verbs, flags, the value walker over a reflect-like trait),
//!   [`unicode`] (class tables generated from Go's), [`utf8`].
//! - `natives/`: the bindings to VM values and to the simulated runtime: blocking calls
//!   (Mutex.Lock, WaitGroup.Wait, Cond.Wait, time.Sleep) await the runtime's futures, so wait
//!   reasons, deadlock reports and virtual time stay the runtime's.
//!
//! Known differences from Go: timer channels have a one-value buffer that Stop/Reset empty
//! (Go 1.23 semantics except that `cap(t.C)` is 1); math/rand draws from the run's seeded
//! generator (other numbers than Go's; the same seed gives the same run); sort.Sort/Slice and
//! slices.SortFunc are stable merge sorts (equal elements of more than 12 may be ordered
//! differently from Go's pdqsort); unicode case mapping is Rust's simple mapping; fmt does not
//! call Format methods; there is no scanning (fmt.Scan, bufio) and no stdin.

#[cfg(test)]
mod e2e;
pub mod fmt;
pub(crate) mod natives;
mod packages;
pub mod strconv;
pub mod unicode;
pub mod utf8;

pub use natives::testing::Recorded;
pub use packages::{package_files, PACKAGES};

/// The tests the testing package recorded since the last call and the virtual time spent
/// in synctest bubbles (the synctest clock is reset): the runner calls it before and after
/// each run.
pub fn take_test_results() -> (Vec<Recorded>, i64) {
    natives::testing::take_results()
}

/// Register the natives of every package (the VM binds body-less functions to them).
pub fn natives(reg: &mut crate::golang::vm::native::Registry) {
    natives::register(reg)
}
