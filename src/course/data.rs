//! The lesson data's file formats (`course.json`, `lesson.json`, `quiz.json`, golden files),
//! as serde types.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CourseFile {
    pub title: String,
    pub phases: Vec<PhaseFile>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseFile {
    pub id: String,
    pub title: String,
    pub lessons: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LessonFile {
    pub id: String,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub examples: Vec<ExampleFile>,
    #[serde(default)]
    pub exercises: Vec<ExerciseFile>,
}

/// An exercise's entry in `lesson.json`; its files live in `<lesson>/exercises/<id>/`
/// (`task.md`, `main.go` the starter, `main_test.go` the visible tests, `hidden_test.go` the
/// hidden ones, `solution.go`).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseFile {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Revealed one at a time (Markdown).
    #[serde(default)]
    pub hints: Vec<String>,
    /// How many schedules a solution must pass (the site's default when absent).
    #[serde(default)]
    pub seeds: Option<u32>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleFile {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub params: Vec<ParamSpec>,
    #[serde(default)]
    pub edge_cases: Vec<BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    pub controls: Vec<ControlSpec>,
    #[serde(default)]
    pub conformance: Conformance,
    /// Run with the race detector unless the learner turns it off (`go run -race`).
    #[serde(default)]
    pub race: bool,
    /// Simulated CPU time of one loop iteration, in nanoseconds (`runtime::Config::
    /// cpu_ns_per_loop`): for examples about CPU-bound work. 0: loops take no time.
    #[serde(default)]
    pub cpu_ns_per_loop: i64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Conformance {
    /// Real Go prints exactly what the simulator prints.
    #[default]
    Exact,
    /// The output depends on `select`'s random choice: tests check an invariant.
    Invariant,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ControlSpec {
    pub name: String,
    pub label: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Int,
    Bool,
    Choice,
}

/// A bound: a number, or the name of another int parameter.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Bound {
    Value(i64),
    Param(String),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ParamSpec {
    pub name: String,
    pub kind: Kind,
    pub default: serde_json::Value,
    #[serde(default)]
    pub min: Option<Bound>,
    #[serde(default)]
    pub max: Option<Bound>,
    #[serde(default)]
    pub choices: Vec<String>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub q: String,
    pub choices: Vec<String>,
    pub answer: usize,
    #[serde(default)]
    pub explain: String,
}

/// One recorded run: parameters set (on top of the defaults), seed, and what it printed.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Golden {
    pub set: BTreeMap<String, String>,
    pub seed: u64,
    pub status: i32,
    pub stdout: String,
    #[serde(default)]
    pub report: String,
}
