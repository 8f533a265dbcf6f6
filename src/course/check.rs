//! Validation of the lesson data, for `chanlab check` and the tests: every problem is
//! reported with the file it is in.

use super::data::{Golden, Kind};
use super::{Course, Example, Problem};
use std::collections::{BTreeMap, BTreeSet};

/// The golden runs an example should have: defaults, then each edge case, at seed 1.
pub fn golden_settings(ex: &Example) -> Vec<Vec<(String, String)>> {
    let mut v = vec![Vec::new()];
    v.extend(ex.edge_cases.iter().map(|c| ex.edge_settings(c)));
    v
}

/// Run an example for a golden record.
pub fn golden_run(ex: &Example, set: &[(String, String)], seed: u64) -> Result<Golden, String> {
    let p = ex.resolve(set.iter().map(|(a, b)| (a.as_str(), b.as_str()))).map_err(|e| e.0)?;
    let out = ex.run(&p, seed, false)?;
    Ok(Golden {
        set: set.iter().cloned().collect::<BTreeMap<_, _>>(),
        seed,
        status: out.status,
        stdout: out.stdout,
        report: out.report,
    })
}

/// Every problem in the course data.
pub fn check(course: &Course, load_problems: Vec<Problem>, files: &[(&str, &str)]) -> Vec<Problem> {
    let mut problems = load_problems;
    let mut seen_examples = BTreeSet::new();
    let listed: BTreeSet<&str> = course.phases.iter().flat_map(|p| p.lessons.iter().map(|s| s.as_str())).collect();
    for (path, _) in files {
        if let Some((dir, _)) = path.split_once('/') {
            // `phases/` holds the phase quick checks, not a lesson.
            if !listed.contains(dir) && dir != "phases" {
                problems.push(Problem {
                    file: path.to_string(),
                    message: format!("lesson folder `{dir}` is not listed in course.json"),
                });
            }
        }
    }
    for lesson in &course.lessons {
        let lf = |f: &str| format!("{}/{f}", lesson.id);
        if lesson.quiz.len() < 3 {
            problems.push(Problem {
                file: lf("quiz.json"),
                message: format!("needs at least 3 questions, has {}", lesson.quiz.len()),
            });
        }
        for (i, q) in lesson.quiz.iter().enumerate() {
            if q.choices.len() < 2 {
                problems.push(Problem {
                    file: lf("quiz.json"),
                    message: format!("question {}: needs at least 2 choices", i + 1),
                });
            }
            if q.answer >= q.choices.len() {
                problems.push(Problem {
                    file: lf("quiz.json"),
                    message: format!(
                        "question {}: answer {} is out of range (0..{})",
                        i + 1,
                        q.answer,
                        q.choices.len().saturating_sub(1)
                    ),
                });
            }
            if q.q.trim().is_empty() {
                problems.push(Problem {
                    file: lf("quiz.json"),
                    message: format!("question {}: empty question text", i + 1),
                });
            }
        }
        if lesson.prose.trim().is_empty() {
            problems.push(Problem { file: lf("lesson.md"), message: "missing or empty".into() });
        }
        for (n, line) in lesson.prose.lines().enumerate() {
            if let Some(id) = line.trim().strip_prefix("{{example ").and_then(|r| r.strip_suffix("}}")) {
                if !lesson.examples.iter().any(|e| e.id == id.trim()) {
                    problems.push(Problem {
                        file: lf("lesson.md"),
                        message: format!(
                            "line {}: `{{{{example {}}}}}` is not an example of this lesson",
                            n + 1,
                            id.trim()
                        ),
                    });
                }
            }
        }
        for ex in &lesson.examples {
            if !seen_examples.insert(ex.id.clone()) {
                problems.push(Problem {
                    file: lf("lesson.json"),
                    message: format!("example id `{}` is used twice", ex.id),
                });
            }
            check_example(ex, &mut problems);
        }
    }
    let mut exercise_ids = BTreeSet::new();
    for ex in course.lessons.iter().flat_map(|l| &l.exercises) {
        problems.extend(super::exercise::problems(ex, &mut exercise_ids));
    }
    problems
}

fn check_example(ex: &Example, problems: &mut Vec<Problem>) {
    let lf = |f: &str| format!("{}/{f}", ex.lesson);
    let json = lf("lesson.json");
    if ex.template.trim().is_empty() {
        problems.push(Problem { file: lf(&format!("{}.go.tmpl", ex.id)), message: "missing or empty".into() });
        return;
    }
    check_params(ex, &json, problems);
    let defaults = ex.defaults();
    if let Err(e) = ex.validate(&defaults) {
        problems.push(Problem { file: json, message: format!("defaults are invalid: {e}") });
        return;
    }
    check_settings(ex, &json, problems);
    check_golden(ex, problems);
}

/// An example's parameters (in `json`, its lesson.json): unique names, defaults of their kind,
/// bounds that name int parameters.
fn check_params(ex: &Example, json: &str, problems: &mut Vec<Problem>) {
    let mut push = |file: &str, message: String| problems.push(Problem { file: file.to_string(), message });
    let mut names = BTreeSet::new();
    for spec in &ex.params {
        if !names.insert(spec.name.clone()) {
            push(json, format!("example `{}`: parameter `{}` is declared twice", ex.id, spec.name));
        }
        let ok_default = match spec.kind {
            Kind::Int => spec.default.is_i64(),
            Kind::Bool => spec.default.is_boolean(),
            Kind::Choice => spec.default.as_str().is_some_and(|d| spec.choices.iter().any(|c| c == d)),
        };
        if !ok_default {
            push(
                json,
                format!(
                    "example `{}`: parameter `{}`: default {} is not {}",
                    ex.id,
                    spec.name,
                    spec.default,
                    ex.describe(spec)
                ),
            );
        }
        for b in [&spec.min, &spec.max].into_iter().flatten() {
            if let super::data::Bound::Param(other) = b {
                if !ex.params.iter().any(|p| &p.name == other && p.kind == Kind::Int) {
                    push(
                        json,
                        format!(
                            "example `{}`: parameter `{}`: bound `{other}` is not an int parameter",
                            ex.id, spec.name
                        ),
                    );
                }
            }
        }
    }
}

/// Each golden setting of an example (the defaults, then each edge case) resolves, renders
/// and compiles.
fn check_settings(ex: &Example, json: &str, problems: &mut Vec<Problem>) {
    let mut push = |file: &str, message: String| problems.push(Problem { file: file.to_string(), message });
    let tmpl = format!("{}/{}.go.tmpl", ex.lesson, ex.id);
    for set in golden_settings(ex) {
        let label = if set.is_empty() { "defaults".to_string() } else { format!("{set:?}") };
        let p = match ex.resolve(set.iter().map(|(a, b)| (a.as_str(), b.as_str()))) {
            Ok(p) => p,
            Err(e) => {
                push(json, format!("edge case {label}: {e}"));
                continue;
            }
        };
        if let Err(e) = ex.render(&p) {
            push(&tmpl, format!("does not render with {label}: {e}"));
            continue;
        }
        if let Err(e) = ex.program(&p) {
            push(&tmpl, format!("does not compile with {label}:\n{}", e.trim_end()));
        }
    }
}

/// An example has golden runs, and each still gives what it recorded.
fn check_golden(ex: &Example, problems: &mut Vec<Problem>) {
    let mut push = |file: &str, message: String| problems.push(Problem { file: file.to_string(), message });
    let gpath = format!("{}/golden/{}.json", ex.lesson, ex.id);
    if ex.golden.is_empty() {
        push(&gpath, "missing: run `chanlab golden --write`".into());
    }
    for g in &ex.golden {
        let set: Vec<(String, String)> = g.set.clone().into_iter().collect();
        match golden_run(ex, &set, g.seed) {
            Ok(now) if &now == g => {}
            Ok(now) => {
                let (what, was, is) = if now.status != g.status || now.stdout != g.stdout {
                    (
                        "status and stdout",
                        format!("{} {:?}", g.status, clip(&g.stdout)),
                        format!("{} {:?}", now.status, clip(&now.stdout)),
                    )
                } else {
                    ("report", format!("{:?}", clip(&g.report)), format!("{:?}", clip(&now.report)))
                };
                push(
                    &gpath,
                    format!("run {:?} seed {} no longer matches: {what} expected {was}, got {is}", g.set, g.seed),
                )
            }
            Err(e) => push(&gpath, format!("run {:?}: {e}", g.set)),
        }
    }
}

fn clip(s: &str) -> String {
    if s.len() > 200 {
        format!("{}…", &s[..s.char_indices().nth(200).map(|(i, _)| i).unwrap_or(s.len())])
    } else {
        s.to_string()
    }
}
