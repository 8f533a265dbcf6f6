//! One Rust program per runnable example, each doing on the simulated runtime exactly what
//! its Go template (`lessons/<lesson>/<example>.go.tmpl`) does in real Go. A program reads
//! its parameters from [`Params`] and returns its `main` as a future.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

mod atomic_counter;
mod axioms;
mod buffered;
mod close_range;
mod context_cancel;
mod context_deadline;
mod context_timeout;
mod context_tree;
mod fan_out_fan_in;
mod merge;
mod mutex_counter;
mod once_config;
mod race_count;
mod race_counter;
mod race_map;
mod rwmutex_cache;
mod select_default;
mod select_fairness;
mod select_timeout;
mod worker_pool;
mod worker_pool_ctx;

/// A program's `main`.
pub type Main = Pin<Box<dyn Future<Output = ()>>>;

/// Builds a program's `main` from its parameters.
pub type Build = fn(&Params) -> Main;

/// A parameter value, already validated against the lesson data.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Value {
    Int(i64),
    Bool(bool),
    Choice(String),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Int(v) => write!(f, "{v}"),
            Value::Bool(v) => write!(f, "{v}"),
            Value::Choice(v) => f.write_str(v),
        }
    }
}

/// An example's parameter values by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params(pub BTreeMap<String, Value>);

impl Params {
    /// An int parameter (milliseconds for `_ms` parameters). Panics if the lesson data does
    /// not declare it: a program and its lesson data disagreeing is a bug the tests catch.
    pub fn int(&self, name: &str) -> i64 {
        match self.0.get(name) {
            Some(Value::Int(v)) => *v,
            other => panic!("program reads int parameter `{name}`, lesson data gives {other:?}"),
        }
    }

    /// A millisecond parameter as nanoseconds.
    pub fn ms(&self, name: &str) -> i64 {
        self.int(name) * 1_000_000
    }

    /// A toggle.
    pub fn flag(&self, name: &str) -> bool {
        match self.0.get(name) {
            Some(Value::Bool(v)) => *v,
            other => panic!("program reads toggle `{name}`, lesson data gives {other:?}"),
        }
    }

    /// A choice parameter.
    pub fn choice(&self, name: &str) -> &str {
        match self.0.get(name) {
            Some(Value::Choice(v)) => v,
            other => panic!("program reads choice `{name}`, lesson data gives {other:?}"),
        }
    }
}

/// Every program, by example id.
pub static PROGRAMS: &[(&str, Build)] = &[
    ("atomic-counter", atomic_counter::build),
    ("axioms", axioms::build),
    ("buffered", buffered::build),
    ("close-range", close_range::build),
    ("context-cancel", context_cancel::build),
    ("context-deadline", context_deadline::build),
    ("context-timeout", context_timeout::build),
    ("context-tree", context_tree::build),
    ("fan-out-fan-in", fan_out_fan_in::build),
    ("merge", merge::build),
    ("mutex-counter", mutex_counter::build),
    ("once-config", once_config::build),
    ("race-count", race_count::build),
    ("race-counter", race_counter::build),
    ("race-map", race_map::build),
    ("rwmutex-cache", rwmutex_cache::build),
    ("select-default", select_default::build),
    ("select-fairness", select_fairness::build),
    ("select-timeout", select_timeout::build),
    ("worker-pool", worker_pool::build),
    ("worker-pool-ctx", worker_pool_ctx::build),
];

/// The program for an example id.
pub fn lookup(id: &str) -> Option<Build> {
    PROGRAMS.iter().find(|(k, _)| *k == id).map(|(_, b)| *b)
}
