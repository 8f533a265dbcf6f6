//! An example's parameter values, validated against its lesson data and substituted into
//! its Go template.

use std::collections::BTreeMap;

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
    /// not declare it: a caller and its lesson data disagreeing is a bug the tests catch.
    pub fn int(&self, name: &str) -> i64 {
        match self.0.get(name) {
            Some(Value::Int(v)) => *v,
            other => panic!("reading int parameter `{name}`, lesson data gives {other:?}"),
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
            other => panic!("reading toggle `{name}`, lesson data gives {other:?}"),
        }
    }

    /// A choice parameter.
    pub fn choice(&self, name: &str) -> &str {
        match self.0.get(name) {
            Some(Value::Choice(v)) => v,
            other => panic!("reading choice `{name}`, lesson data gives {other:?}"),
        }
    }
}
