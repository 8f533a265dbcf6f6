//! Exercises: every exercise of the course passes `chanlab check`'s checks (its solution
//! passes on every seed under -race, its starter compiles and fails on some seed, its files
//! are there, its id is unique), and the checker itself, on fixture exercises under
//! `tests/gotest/exercises/` (which real Go also checks: `go test -race` passes with the
//! solution and fails with the starter).

use chanlab::course::exercise::{self, ExerciseResult};
use chanlab::course::{Course, Exercise};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn fixture_dir(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gotest/exercises").join(id)
}

/// A fixture exercise read from its folder.
fn fixture(id: &str) -> Exercise {
    let read = |name: &str| std::fs::read_to_string(fixture_dir(id).join(name)).unwrap_or_default();
    Exercise {
        id: id.to_string(),
        lesson: "fixtures".to_string(),
        title: id.to_string(),
        summary: String::new(),
        hints: Vec::new(),
        seeds: Some(8),
        task: read("task.md"),
        starter: read("main.go"),
        tests: read("main_test.go"),
        hidden_tests: read("hidden_test.go"),
        solution: read("solution.go"),
    }
}

#[test]
fn every_course_exercise_checks() {
    let (course, _) = Course::load();
    let mut ids = BTreeSet::new();
    let mut problems = Vec::new();
    for ex in course.lessons.iter().flat_map(|l| &l.exercises) {
        problems.extend(exercise::problems(ex, &mut ids));
    }
    let report: Vec<String> = problems.iter().map(|p| format!("{}: {}", p.file, p.message)).collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_solution_passes_and_the_starter_fails_on_a_seed() {
    let ex = fixture("safe-counter");
    let r = exercise::check(&ex, &ex.solution, exercise::seeds(&ex));
    assert!(r.passed(), "{}", r.output());
    assert!(r.output().contains("--- PASS: TestReadWhileWriting"), "hidden tests run: {}", r.output());
    match exercise::check(&ex, &ex.starter, exercise::seeds(&ex)) {
        ExerciseResult::Failed { seed, run } => {
            assert_eq!(seed, 1);
            assert!(run.output.contains("race detected during execution of test"), "{}", run.output);
        }
        other => panic!("the starter should fail: {other:?}"),
    }
    assert!(exercise::problems(&ex, &mut BTreeSet::new()).is_empty());
}

#[test]
fn code_that_does_not_compile_reports_the_build() {
    let ex = fixture("safe-counter");
    let r = exercise::check(&ex, "package main\n\nfunc main() {}\n", 1..3);
    match r {
        ExerciseResult::BuildFailed(out) => {
            assert!(out.contains("undefined: Counter"), "{out}");
            assert!(out.ends_with("FAIL\tcommand-line-arguments [build failed]\nFAIL\n"), "{out}");
        }
        other => panic!("expected a build failure: {other:?}"),
    }
}

#[test]
fn the_checker_rejects_a_starter_that_already_passes_and_reused_ids() {
    let ex = fixture("already-done");
    let mut ids = BTreeSet::from(["already-done".to_string()]);
    let messages: Vec<String> = exercise::problems(&ex, &mut ids).into_iter().map(|p| p.message).collect();
    assert!(messages.iter().any(|m| m.contains("used twice")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("the starter passes every test")), "{messages:?}");
    let mut broken = fixture("safe-counter");
    broken.solution = String::new();
    let files: Vec<String> = exercise::problems(&broken, &mut BTreeSet::new()).into_iter().map(|p| p.file).collect();
    assert_eq!(files, ["fixtures/exercises/safe-counter/solution.go"]);
}

/// `go test -race` on the fixture with `code` as main.go: whether it passed.
fn real_go_passes(id: &str, code: &str) -> bool {
    let dir = std::env::temp_dir().join(format!("chanlab-exercise-{id}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["main_test.go", "hidden_test.go"] {
        if fixture_dir(id).join(f).exists() {
            std::fs::copy(fixture_dir(id).join(f), dir.join(f)).unwrap();
        }
    }
    std::fs::write(dir.join("main.go"), code).unwrap();
    let mut cmd = chanlab::course::conform::go_command().unwrap_or_else(|e| panic!("{e}"));
    let out = cmd.current_dir(&dir).args(["test", "-race", "-count=3", "."]).output().expect("go test");
    let _ = std::fs::remove_dir_all(&dir);
    out.status.success()
}

#[test]
fn real_go_agrees_on_the_fixture() {
    let ex = fixture("safe-counter");
    assert!(real_go_passes("safe-counter", &ex.solution));
    assert!(!real_go_passes("safe-counter", &ex.starter));
}
