//! The course: lessons loaded from the embedded `lessons/` folder, each example's parameters
//! (validated), its Go source (rendered from the template) and its program (that source,
//! compiled by the Go interpreter and run on the simulated runtime).

pub mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod conform;
pub mod data;
pub mod exercise;
pub mod explore;
pub mod lazy;
pub mod params;
pub mod prose;
pub mod schedule;
pub mod template;

use crate::golang::vm::{self, code::Program};
use crate::runtime::{Config, Outcome, Runtime};
use data::{Bound, Conformance, ControlSpec, CourseFile, ExerciseFile, Golden, Kind, LessonFile, ParamSpec, Question};
pub use lazy::Lazy;
pub use params::{Params, Value};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::rc::Rc;
pub use template::{changed_lines, Rendered};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/lessons.rs"));
}

/// The files of `lessons/`, as compiled in.
pub fn files() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}

#[derive(Clone, Debug)]
pub struct Course {
    pub title: String,
    pub phases: Vec<Phase>,
    pub lessons: Vec<Lesson>,
}

#[derive(Clone, Debug)]
pub struct Phase {
    pub id: String,
    pub title: String,
    pub lessons: Vec<String>,
    /// The phase's "quick check" (`phases/<id>.quiz.json`), mixing its lessons.
    pub quiz: Lazy<Vec<Question>>,
}

#[derive(Clone, Debug)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub phase: String,
    pub prose: String,
    pub examples: Vec<Example>,
    /// Parsed on first use in the site ([`Course::load_lazy`]).
    pub quiz: Lazy<Vec<Question>>,
    pub exercises: Vec<Exercise>,
}

/// An exercise: a task, starter code the learner edits, Go tests (visible and hidden), hints
/// and a reference solution. It passes when every test passes under the race detector on
/// every schedule tried.
#[derive(Clone, Debug)]
pub struct Exercise {
    pub id: String,
    pub lesson: String,
    pub title: String,
    pub summary: String,
    pub hints: Vec<String>,
    pub seeds: Option<u32>,
    /// `task.md`.
    pub task: String,
    /// `main.go`: what the learner starts from.
    pub starter: String,
    /// `main_test.go`: shown to the learner.
    pub tests: String,
    /// `hidden_test.go` (may be empty): run on check, shown after a pass.
    pub hidden_tests: String,
    /// `solution.go`: replaces `main.go` when the learner asks for the solution.
    pub solution: String,
}

#[derive(Clone, Debug)]
pub struct Example {
    pub id: String,
    pub lesson: String,
    pub title: String,
    pub summary: String,
    pub params: Vec<ParamSpec>,
    pub edge_cases: Vec<BTreeMap<String, serde_json::Value>>,
    pub controls: Vec<ControlSpec>,
    pub conformance: Conformance,
    /// Runs with the race detector by default.
    pub race: bool,
    /// Simulated CPU time of one loop iteration (0: none); see `ExampleFile`.
    pub cpu_ns_per_loop: i64,
    pub template: String,
    /// Parsed on first use in the site ([`Course::load_lazy`]).
    pub golden: Lazy<Vec<Golden>>,
}

/// How to run an example beyond its parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunOptions {
    pub seed: u64,
    /// Record the event stream.
    pub trace: bool,
    /// Force the race detector on or off (`None`: the example's default).
    pub race: Option<bool>,
    /// Simulated processors (`None`: the example's `gomaxprocs` parameter, else 1).
    pub gomaxprocs: Option<u32>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions { seed: 1, trace: false, race: None, gomaxprocs: None }
    }
}

/// Why a parameter setting was refused (the message names the valid choices or range).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamError(pub String);

impl std::fmt::Display for ParamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One problem in the lesson data, with the file it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "lessons/{}: {}", self.file, self.message)
    }
}

fn file(path: &str) -> Option<&'static str> {
    files().iter().find(|(p, _)| *p == path).map(|(_, c)| *c)
}

impl Course {
    /// Load the embedded course. Problems that stop a lesson from loading are returned with
    /// what did load; `check` finds the rest.
    pub fn load() -> (Course, Vec<Problem>) {
        Self::load_from(files())
    }

    /// Load the embedded course for the site: every lesson's data except its quiz and its
    /// examples' golden runs, which are parsed on first use (so opening a page does not parse
    /// the whole course's JSON). Their parse errors are not reported: `check` does that.
    pub fn load_lazy() -> Course {
        Self::load_parts(files(), Some(files())).0
    }

    /// Load a course from (path, contents) pairs laid out like `lessons/`.
    pub fn load_from(files: &[(&str, &str)]) -> (Course, Vec<Problem>) {
        Self::load_parts(files, None)
    }

    /// Load from `files`; with `statics` (the same files, compiled in), quizzes and golden
    /// runs are kept as text and parsed on first use.
    fn load_parts(files: &[(&str, &str)], statics: Option<Files>) -> (Course, Vec<Problem>) {
        let get = |path: &str| files.iter().find(|(p, _)| *p == path).map(|(_, c)| *c);
        let mut problems = Vec::new();
        let mut course = Course { title: String::new(), phases: Vec::new(), lessons: Vec::new() };
        let Some(text) = get("course.json") else {
            problems.push(Problem { file: "course.json".into(), message: "missing".into() });
            return (course, problems);
        };
        let cf: CourseFile = match serde_json::from_str(text) {
            Ok(c) => c,
            Err(e) => {
                problems.push(Problem { file: "course.json".into(), message: e.to_string() });
                return (course, problems);
            }
        };
        course.title = cf.title;
        for ph in cf.phases {
            for id in &ph.lessons {
                match load_lesson(&get, statics, id, &ph.id) {
                    Ok(l) => course.lessons.push(l),
                    Err(p) => problems.push(p),
                }
            }
            let quiz_path = format!("phases/{}.quiz.json", ph.id);
            let quiz = json_part(&get, statics, &quiz_path).unwrap_or_else(|p| {
                problems.push(p);
                Lazy::default()
            });
            course.phases.push(Phase { id: ph.id, title: ph.title, lessons: ph.lessons, quiz });
        }
        (course, problems)
    }

    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    pub fn examples(&self) -> impl Iterator<Item = &Example> {
        self.lessons.iter().flat_map(|l| l.examples.iter())
    }

    pub fn example(&self, id: &str) -> Option<&Example> {
        self.examples().find(|e| e.id == id)
    }

    /// The lessons in course order, with the one before and after `id`.
    pub fn neighbours(&self, id: &str) -> (Option<&Lesson>, Option<&Lesson>) {
        let i = self.lessons.iter().position(|l| l.id == id);
        match i {
            Some(i) => (i.checked_sub(1).map(|j| &self.lessons[j]), self.lessons.get(i + 1)),
            None => (None, None),
        }
    }
}

/// The compiled-in lesson files.
type Files = &'static [(&'static str, &'static str)];

/// A JSON lesson file (an empty list when it is absent): parsed now, or with `statics`, kept
/// as text and parsed on first use.
fn json_part<'a, T: DeserializeOwned + Default>(
    get: &dyn Fn(&str) -> Option<&'a str>,
    statics: Option<Files>,
    path: &str,
) -> Result<Lazy<T>, Problem> {
    fn parse_or_default<T: DeserializeOwned + Default>(text: &'static str) -> T {
        serde_json::from_str(text).unwrap_or_default()
    }
    if let Some(statics) = statics {
        return Ok(match statics.iter().find(|(p, _)| *p == path) {
            Some((_, text)) => Lazy::deferred(text, parse_or_default::<T>),
            None => Lazy::default(),
        });
    }
    match get(path) {
        Some(text) => serde_json::from_str(text)
            .map(Lazy::ready)
            .map_err(|e| Problem { file: path.to_string(), message: e.to_string() }),
        None => Ok(Lazy::default()),
    }
}

fn load_lesson<'a>(
    get: &dyn Fn(&str) -> Option<&'a str>,
    statics: Option<Files>,
    id: &str,
    phase: &str,
) -> Result<Lesson, Problem> {
    let path = format!("{id}/lesson.json");
    let text =
        get(&path).ok_or_else(|| Problem { file: path.clone(), message: "missing (listed in course.json)".into() })?;
    let lf: LessonFile =
        serde_json::from_str(text).map_err(|e| Problem { file: path.clone(), message: e.to_string() })?;
    if lf.id != id {
        return Err(Problem { file: path, message: format!("id `{}` does not match its folder `{id}`", lf.id) });
    }
    let prose = get(&format!("{id}/lesson.md")).unwrap_or("").to_string();
    let quiz = json_part(get, statics, &format!("{id}/quiz.json"))?;
    let mut examples = Vec::new();
    for ef in lf.examples {
        let tpath = format!("{id}/{}.go.tmpl", ef.id);
        let template = get(&tpath).unwrap_or("").to_string();
        let golden = json_part(get, statics, &format!("{id}/golden/{}.json", ef.id))?;
        examples.push(Example {
            id: ef.id,
            lesson: id.to_string(),
            title: ef.title,
            summary: ef.summary,
            params: ef.params,
            edge_cases: ef.edge_cases,
            controls: ef.controls,
            conformance: ef.conformance,
            race: ef.race,
            cpu_ns_per_loop: ef.cpu_ns_per_loop,
            template,
            golden,
        });
    }
    let exercises = lf.exercises.into_iter().map(|xf| load_exercise(get, id, xf)).collect();
    Ok(Lesson {
        id: lf.id,
        title: lf.title,
        summary: lf.summary,
        phase: phase.to_string(),
        prose,
        examples,
        quiz,
        exercises,
    })
}

fn load_exercise<'a>(get: &dyn Fn(&str) -> Option<&'a str>, lesson: &str, xf: ExerciseFile) -> Exercise {
    let file = |name: &str| get(&format!("{lesson}/exercises/{}/{name}", xf.id)).unwrap_or("").to_string();
    Exercise {
        task: file("task.md"),
        starter: file("main.go"),
        tests: file("main_test.go"),
        hidden_tests: file("hidden_test.go"),
        solution: file("solution.go"),
        id: xf.id,
        lesson: lesson.to_string(),
        title: xf.title,
        summary: xf.summary,
        hints: xf.hints,
        seeds: xf.seeds,
    }
}

/// A parameter's value from JSON lesson data.
fn json_value(spec: &ParamSpec, v: &serde_json::Value) -> Option<Value> {
    match spec.kind {
        Kind::Int => v.as_i64().map(Value::Int),
        Kind::Bool => v.as_bool().map(Value::Bool),
        Kind::Choice => v.as_str().map(|s| Value::Choice(s.to_string())),
    }
}

impl Example {
    pub fn param(&self, name: &str) -> Option<&ParamSpec> {
        self.params.iter().find(|p| p.name == name)
    }

    /// The default parameter values.
    pub fn defaults(&self) -> Params {
        let mut p = Params::default();
        for s in &self.params {
            if let Some(v) = json_value(s, &s.default) {
                p.0.insert(s.name.clone(), v);
            }
        }
        p
    }

    /// An int parameter's range given the other values (bounds may name other parameters).
    pub fn range(&self, spec: &ParamSpec, values: &Params) -> (i64, i64) {
        let bound = |b: &Option<Bound>, dflt: i64| match b {
            None => dflt,
            Some(Bound::Value(v)) => *v,
            Some(Bound::Param(name)) => match values.0.get(name) {
                Some(Value::Int(v)) => *v,
                _ => dflt,
            },
        };
        (bound(&spec.min, i64::MIN), bound(&spec.max, i64::MAX))
    }

    /// Human-readable range/choices of a parameter, for messages and `list`.
    pub fn describe(&self, spec: &ParamSpec) -> String {
        let b = |b: &Option<Bound>| match b {
            None => None,
            Some(Bound::Value(v)) => Some(v.to_string()),
            Some(Bound::Param(n)) => Some(n.clone()),
        };
        match spec.kind {
            Kind::Int => match (b(&spec.min), b(&spec.max)) {
                (Some(lo), Some(hi)) => format!("an integer in {lo}..{hi}"),
                (Some(lo), None) => format!("an integer >= {lo}"),
                (None, Some(hi)) => format!("an integer <= {hi}"),
                (None, None) => "an integer".into(),
            },
            Kind::Bool => "true or false".into(),
            Kind::Choice => format!("one of {}", spec.choices.join(", ")),
        }
    }

    /// Parse one `name=value` setting's value for `spec`.
    fn parse(&self, spec: &ParamSpec, raw: &str) -> Result<Value, ParamError> {
        let bad = || {
            ParamError(format!(
                "{}: `{raw}` is not valid for `{}`: expected {}",
                self.id,
                spec.name,
                self.describe(spec)
            ))
        };
        match spec.kind {
            Kind::Int => raw.trim().parse::<i64>().map(Value::Int).map_err(|_| bad()),
            Kind::Bool => match raw.trim() {
                "true" | "on" | "1" => Ok(Value::Bool(true)),
                "false" | "off" | "0" => Ok(Value::Bool(false)),
                _ => Err(bad()),
            },
            Kind::Choice => {
                if spec.choices.iter().any(|c| c == raw.trim()) {
                    Ok(Value::Choice(raw.trim().to_string()))
                } else {
                    Err(bad())
                }
            }
        }
    }

    /// Apply `name=value` settings over the defaults and validate the result.
    pub fn resolve<'a>(&self, sets: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Params, ParamError> {
        let mut p = self.defaults();
        for (name, raw) in sets {
            let spec = self.param(name).ok_or_else(|| {
                let names: Vec<&str> = self.params.iter().map(|p| p.name.as_str()).collect();
                ParamError(if names.is_empty() {
                    format!("{}: unknown parameter `{name}`: this example has no parameters", self.id)
                } else {
                    format!("{}: unknown parameter `{name}`: valid parameters are {}", self.id, names.join(", "))
                })
            })?;
            let v = self.parse(spec, raw)?;
            p.0.insert(name.to_string(), v);
        }
        self.validate(&p)?;
        Ok(p)
    }

    /// Check every value against its range (after all settings, since bounds may refer to
    /// other parameters).
    pub fn validate(&self, p: &Params) -> Result<(), ParamError> {
        for spec in &self.params {
            if let (Kind::Int, Some(Value::Int(v))) = (spec.kind, p.0.get(&spec.name)) {
                let (lo, hi) = self.range(spec, p);
                if *v < lo || *v > hi {
                    let range = self.describe(spec);
                    let actual =
                        if lo != i64::MIN && hi != i64::MAX { format!(" (now {lo}..{hi})") } else { String::new() };
                    return Err(ParamError(format!(
                        "{}: {} = {v} is out of range: expected {range}{actual}",
                        self.id, spec.name
                    )));
                }
            }
        }
        Ok(())
    }

    /// Render the Go source for these parameters.
    pub fn render(&self, p: &Params) -> Result<Rendered, template::TemplateError> {
        template::render(&self.template, p)
    }

    /// Compile the example's Go source for these parameters. Errors are a template that does
    /// not render (`line N: ...` of the template) or Go's compile errors as `go build` prints
    /// them (`# command-line-arguments` + `./main.go:L:C: msg` lines).
    pub fn program(&self, p: &Params) -> Result<Rc<Program>, String> {
        let src = self.render(p).map_err(|e| format!("template {e}"))?.source;
        vm::build(&[("main.go", &src)])
    }

    /// Set up a run of the example's program with these parameters and seed.
    pub fn runtime(&self, p: &Params, seed: u64, trace: bool) -> Result<Runtime, String> {
        self.runtime_with(p, &RunOptions { seed, trace, ..RunOptions::default() })
    }

    /// Whether a run with these options uses the race detector.
    pub fn race_on(&self, opts: &RunOptions) -> bool {
        opts.race.unwrap_or(self.race)
    }

    /// The runtime configuration for a run: the seed, the race detector, the first user
    /// goroutine's id (7, as Go 1.27 numbers them, with or without `-race`), and GOMAXPROCS
    /// (the option, else a `gomaxprocs` parameter, else 1). The source's line labels are added
    /// by [`Program::runtime`].
    pub fn config(&self, p: &Params, opts: &RunOptions) -> Config {
        let race = self.race_on(opts);
        let param_procs = match p.0.get("gomaxprocs") {
            Some(Value::Int(n)) => Some(*n as u32),
            _ => None,
        };
        Config {
            seed: opts.seed,
            trace: opts.trace,
            race,
            first_gid: 7,
            gomaxprocs: opts.gomaxprocs.or(param_procs).unwrap_or(1).max(1),
            cpu_ns_per_loop: self.cpu_ns_per_loop,
            ..Config::default()
        }
    }

    /// Set up a run with explicit options (race detector, GOMAXPROCS); the error is
    /// [`Example::program`]'s.
    pub fn runtime_with(&self, p: &Params, opts: &RunOptions) -> Result<Runtime, String> {
        Ok(self.program(p)?.runtime(self.config(p, opts), Vec::new()))
    }

    /// Run to the end.
    pub fn run(&self, p: &Params, seed: u64, trace: bool) -> Result<Outcome, String> {
        self.runtime(p, seed, trace).map(Runtime::run)
    }

    /// The settings of an edge case as `name=value` strings.
    pub fn edge_settings(&self, case: &BTreeMap<String, serde_json::Value>) -> Vec<(String, String)> {
        case.iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    match v {
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    },
                )
            })
            .collect()
    }
}

/// `file(path)` re-exported for tools that read raw lesson files.
pub fn raw_file(path: &str) -> Option<&'static str> {
    file(path)
}
