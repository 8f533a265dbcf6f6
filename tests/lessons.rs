//! Lesson data validity: the real course passes `check` (every file parses, parameters and
//! defaults are valid, templates render and compile as Go for every edge case, quizzes are well formed, golden outputs still match the simulator), and broken data is
//! reported clearly, naming the file.

use chanlab::course::{check, files, Course};

#[test]
fn the_course_has_no_problems() {
    let (course, problems) = Course::load();
    let all = check::check(&course, problems, files());
    assert!(all.is_empty(), "{}", all.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
}

const COURSE: &str = r#"{"title": "t", "phases": [{"id": "p", "title": "P", "lessons": ["l"]}]}"#;
const TEMPLATE: &str = "package main\n\nfunc main() {\n\tprintln({{workers}})\n}\n";

fn lesson_json(default: &str) -> String {
    format!(
        r#"{{"id": "l", "title": "L", "summary": "s", "examples": [{{"id": "worker-pool", "title": "W",
        "params": [{{"name": "workers", "kind": "int", "default": {default}, "min": 1, "max": 64}},
                   {{"name": "jobs", "kind": "int", "default": 6, "min": 0, "max": 10}},
                   {{"name": "buffer", "kind": "int", "default": 1, "min": 0, "max": 10}},
                   {{"name": "close_jobs", "kind": "bool", "default": true}},
                   {{"name": "close_after_wait", "kind": "bool", "default": true}}]}}]}}"#
    )
}

const QUIZ: &str = r#"[{"q": "a", "choices": ["x", "y"], "answer": 0, "explain": ""},
 {"q": "b", "choices": ["x", "y"], "answer": 1, "explain": ""},
 {"q": "c", "choices": ["x", "y"], "answer": 1, "explain": ""}]"#;

fn problems_for(files: &[(&str, &str)]) -> Vec<String> {
    let (course, problems) = Course::load_from(files);
    check::check(&course, problems, files).into_iter().map(|p| p.to_string()).collect()
}

#[test]
fn malformed_json_is_reported_with_its_file_and_line() {
    let ps = problems_for(&[("course.json", COURSE), ("l/lesson.json", "{\"id\": \"l\",\n \"title\": }")]);
    assert!(ps.iter().any(|p| p.starts_with("lessons/l/lesson.json: ") && p.contains("line 2")), "{ps:?}");
}

#[test]
fn a_default_out_of_range_is_reported() {
    let lj = lesson_json("100");
    let ps = problems_for(&[
        ("course.json", COURSE),
        ("l/lesson.json", &lj),
        ("l/worker-pool.go.tmpl", TEMPLATE),
        ("l/quiz.json", QUIZ),
        ("l/lesson.md", "x"),
    ]);
    assert!(
        ps.iter().any(|p| p.contains("lessons/l/lesson.json") && p.contains("workers = 100 is out of range")),
        "{ps:?}"
    );
}

#[test]
fn a_quiz_answer_out_of_range_and_a_short_quiz_are_reported() {
    let lj = lesson_json("3");
    let quiz = r#"[{"q": "a", "choices": ["x", "y"], "answer": 2, "explain": ""}]"#;
    let ps = problems_for(&[
        ("course.json", COURSE),
        ("l/lesson.json", &lj),
        ("l/worker-pool.go.tmpl", TEMPLATE),
        ("l/quiz.json", quiz),
        ("l/lesson.md", "x"),
    ]);
    assert!(ps.iter().any(|p| p.contains("lessons/l/quiz.json") && p.contains("answer 2 is out of range")), "{ps:?}");
    assert!(ps.iter().any(|p| p.contains("needs at least 4 questions")), "{ps:?}");
}

#[test]
fn a_template_that_does_not_render_is_reported_with_its_line() {
    let lj = lesson_json("3");
    let tmpl = "package main\n{{if close_jobs}}\nfunc main() { println({{nope}}) }\n{{end}}\n";
    let ps = problems_for(&[
        ("course.json", COURSE),
        ("l/lesson.json", &lj),
        ("l/worker-pool.go.tmpl", tmpl),
        ("l/quiz.json", QUIZ),
        ("l/lesson.md", "x"),
    ]);
    assert!(
        ps.iter()
            .any(|p| p.contains("lessons/l/worker-pool.go.tmpl") && p.contains("line 3: unknown parameter `nope`")),
        "{ps:?}"
    );
}

#[test]
fn a_template_that_does_not_compile_is_reported_with_gos_message() {
    let lj = lesson_json("3");
    let tmpl = "package main\n\nfunc main() {\n\tx := {{workers}}\n}\n";
    let ps = problems_for(&[
        ("course.json", COURSE),
        ("l/lesson.json", &lj),
        ("l/worker-pool.go.tmpl", tmpl),
        ("l/quiz.json", QUIZ),
        ("l/lesson.md", "x"),
    ]);
    let want = "./main.go:4:2: declared and not used: x";
    assert!(
        ps.iter().any(|p| p.starts_with("lessons/l/worker-pool.go.tmpl: does not compile with defaults") && p.contains(want)),
        "{ps:?}"
    );
}

#[test]
fn a_stale_golden_output_is_reported() {
    let lj = lesson_json("3");
    let golden = r#"[{"set": {}, "seed": 1, "status": 0, "stdout": "sum of squares: 90\n", "report": ""}]"#;
    let ps = problems_for(&[
        ("course.json", COURSE),
        ("l/lesson.json", &lj),
        ("l/worker-pool.go.tmpl", TEMPLATE),
        ("l/quiz.json", QUIZ),
        ("l/lesson.md", "x"),
        ("l/golden/worker-pool.json", golden),
    ]);
    assert!(ps.iter().any(|p| p.contains("golden/worker-pool.json") && p.contains("no longer matches")), "{ps:?}");
}

#[test]
fn an_unlisted_lesson_folder_and_a_bad_example_marker_are_reported() {
    let lj = lesson_json("3");
    let ps = problems_for(&[
        ("course.json", COURSE),
        ("l/lesson.json", &lj),
        ("l/worker-pool.go.tmpl", TEMPLATE),
        ("l/quiz.json", QUIZ),
        ("l/lesson.md", "intro\n{{example nope}}\n"),
        ("stray/lesson.json", "{}"),
    ]);
    assert!(ps.iter().any(|p| p.contains("`stray` is not listed")), "{ps:?}");
    assert!(ps.iter().any(|p| p.contains("lesson.md") && p.contains("line 2")), "{ps:?}");
}

#[test]
fn parameters_are_validated_with_messages_naming_the_valid_range_or_choices() {
    let (course, _) = Course::load();
    let ex = course.example("worker-pool").unwrap();
    let e = ex.resolve([("workers", "0")]).unwrap_err().0;
    assert_eq!(e, "worker-pool: workers = 0 is out of range: expected an integer in 1..64 (now 1..64)");
    let e = ex.resolve([("workers", "three")]).unwrap_err().0;
    assert!(e.contains("`three` is not valid for `workers`: expected an integer in 1..64"), "{e}");
    let e = ex.resolve([("wokers", "3")]).unwrap_err().0;
    assert!(e.contains("unknown parameter `wokers`: valid parameters are workers, jobs, buffer"), "{e}");
    let e = ex.resolve([("close_jobs", "maybe")]).unwrap_err().0;
    assert!(e.contains("expected true or false"), "{e}");
}
