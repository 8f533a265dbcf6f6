//! Validation of the lesson data, for `chanlab check` and the tests: every problem is
//! reported with the file it is in.

use super::data::{Golden, Kind, Question};
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
    check_phases(course, files, &mut problems);
    for lesson in &course.lessons {
        let lf = |f: &str| format!("{}/{f}", lesson.id);
        check_quiz(&lf("quiz.json"), &lesson.quiz, MIN_LESSON_QUESTIONS, &mut problems);
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

// ---- Quizzes: lesson quizzes, phase quick checks, and quiz files from anywhere ----

/// The fewest questions a lesson's quiz may have.
pub const MIN_LESSON_QUESTIONS: usize = 4;
/// The fewest questions a phase's quick check may have.
pub const MIN_PHASE_QUESTIONS: usize = 4;
/// The largest quiz file `parse_quiz` accepts (an embedded quiz from another site).
pub const MAX_QUIZ_BYTES: usize = 256 * 1024;

/// A phase's quick check, when it has one (`phases/<id>.quiz.json`), is a well-formed quiz;
/// a quiz file for a phase that `course.json` does not list is reported.
fn check_phases(course: &Course, files: &[(&str, &str)], problems: &mut Vec<Problem>) {
    for ph in &course.phases {
        let file = format!("phases/{}.quiz.json", ph.id);
        if files.iter().any(|(p, _)| *p == file) {
            check_quiz(&file, &ph.quiz, MIN_PHASE_QUESTIONS, problems);
        }
    }
    for (path, _) in files {
        let Some(id) = path.strip_prefix("phases/").and_then(|p| p.strip_suffix(".quiz.json")) else { continue };
        if !course.phases.iter().any(|p| p.id == id) {
            problems.push(Problem {
                file: path.to_string(),
                message: format!("phase `{id}` is not a phase of course.json"),
            });
        }
    }
}

/// A quiz in `file` has at least `min` questions, each well formed ([`question_problems`]).
fn check_quiz(file: &str, quiz: &[Question], min: usize, problems: &mut Vec<Problem>) {
    if quiz.len() < min {
        problems.push(Problem {
            file: file.into(),
            message: format!("needs at least {min} questions, has {}", quiz.len()),
        });
    }
    for (i, q) in quiz.iter().enumerate() {
        for message in question_problems(i, q) {
            problems.push(Problem { file: file.into(), message });
        }
    }
}

/// What is wrong with question `i` (0-based; messages count from 1): empty text, fewer than
/// two choices, an empty choice, an answer that is not one of the choices.
pub fn question_problems(i: usize, q: &Question) -> Vec<String> {
    let n = i + 1;
    let mut out = Vec::new();
    if q.q.trim().is_empty() {
        out.push(format!("question {n}: empty question text"));
    }
    if q.choices.len() < 2 {
        out.push(format!("question {n}: needs at least 2 choices, has {}", q.choices.len()));
    }
    for (k, c) in q.choices.iter().enumerate() {
        if c.trim().is_empty() {
            out.push(format!("question {n}: choice {} is empty", k + 1));
        }
    }
    if q.answer >= q.choices.len() {
        let range = if q.choices.is_empty() {
            "there are no choices".to_string()
        } else {
            format!("0..{}", q.choices.len() - 1)
        };
        out.push(format!("question {n}: answer {} is out of range ({range})", q.answer));
    }
    out
}

/// Read a quiz file in the course's shape (`[{"q", "choices", "answer", "explain"}]`,
/// `explain` optional, unknown fields ignored) from text that may come from anywhere: every
/// problem is listed in words (too big, not JSON with its line and column, the wrong shape,
/// then each question's problems); nothing in it is ever run.
pub fn parse_quiz(text: &str) -> Result<Vec<Question>, Vec<String>> {
    if text.len() > MAX_QUIZ_BYTES {
        return Err(vec![format!(
            "the file is {} KB; a quiz file may be at most {} KB",
            text.len().div_ceil(1024),
            MAX_QUIZ_BYTES / 1024
        )]);
    }
    let v: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| vec![format!("not JSON: {} (line {}, column {})", json_reason(&e), e.line(), e.column())])?;
    let Some(items) = v.as_array() else {
        return Err(vec![format!(
            "the wrong shape: expected a list of questions `[{{\"q\", \"choices\", \"answer\", \"explain\"}}]`, found {}",
            kind(&v)
        )]);
    };
    if items.is_empty() {
        return Err(vec!["the quiz has no questions".to_string()]);
    }
    let mut questions = Vec::new();
    let mut problems = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match question_from(i, item) {
            Ok(q) => {
                problems.extend(question_problems(i, &q));
                questions.push(q);
            }
            Err(mut ps) => problems.append(&mut ps),
        }
    }
    if problems.is_empty() {
        Ok(questions)
    } else {
        Err(problems)
    }
}

/// serde_json's message without its own " at line L column C" tail.
fn json_reason(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "true/false",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

/// One question of a quiz file, or what is wrong with its shape.
fn question_from(i: usize, v: &serde_json::Value) -> Result<Question, Vec<String>> {
    let n = i + 1;
    let Some(o) = v.as_object() else {
        return Err(vec![format!(
            "question {n}: expected an object with \"q\", \"choices\" and \"answer\", found {}",
            kind(v)
        )]);
    };
    let mut ps = Vec::new();
    let q = match o.get("q") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => {
            ps.push(format!("question {n}: \"q\" must be text, found {}", kind(other)));
            String::new()
        }
        None => {
            ps.push(format!("question {n}: \"q\" (the question) is missing"));
            String::new()
        }
    };
    let choices = match o.get("choices") {
        Some(serde_json::Value::Array(cs)) => {
            let texts: Vec<String> = cs.iter().filter_map(|c| c.as_str().map(str::to_string)).collect();
            if texts.len() != cs.len() {
                ps.push(format!("question {n}: every choice must be text"));
            }
            texts
        }
        Some(other) => {
            ps.push(format!("question {n}: \"choices\" must be a list of texts, found {}", kind(other)));
            Vec::new()
        }
        None => {
            ps.push(format!("question {n}: \"choices\" is missing"));
            Vec::new()
        }
    };
    let answer = match o.get("answer") {
        Some(a) if a.as_u64().is_some() => a.as_u64().unwrap_or(0) as usize,
        Some(other) => {
            ps.push(format!(
                "question {n}: \"answer\" must be the 0-based index of the right choice, found {}",
                if other.is_number() { other.to_string() } else { kind(other).to_string() }
            ));
            0
        }
        None => {
            ps.push(format!("question {n}: \"answer\" (the index of the right choice) is missing"));
            0
        }
    };
    let explain = match o.get("explain") {
        Some(serde_json::Value::String(s)) => s.clone(),
        None | Some(serde_json::Value::Null) => String::new(),
        Some(other) => {
            ps.push(format!("question {n}: \"explain\" must be text, found {}", kind(other)));
            String::new()
        }
    };
    if ps.is_empty() {
        Ok(Question { q, choices, answer, explain })
    } else {
        Err(ps)
    }
}
