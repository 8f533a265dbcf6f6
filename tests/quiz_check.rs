//! Quizzes: a quiz file from anywhere (`#/embed/quiz?src=`) is read as data, and every problem
//! is said in words; `check` validates lesson quizzes and phase quick checks alike.

use chanlab::course::check::{self, parse_quiz, MAX_QUIZ_BYTES};
use chanlab::course::Course;

const GOOD: &str = r#"[{"q": "Which starts a goroutine?", "choices": ["go f()", "f()"], "answer": 0, "explain": "`go`."},
 {"q": "Second?", "choices": ["a", "b", "c"], "answer": 2}]"#;

fn problems(text: &str) -> Vec<String> {
    parse_quiz(text).expect_err("should be refused")
}

#[test]
fn a_good_file_is_read_and_explain_is_optional() {
    let qs = parse_quiz(GOOD).unwrap();
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0].choices, ["go f()", "f()"]);
    assert_eq!(qs[1].answer, 2);
    assert_eq!(qs[1].explain, "");
}

#[test]
fn the_site_sample_quiz_is_valid() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/quiz-sample.json")).unwrap();
    let qs = parse_quiz(&text).unwrap();
    assert!(qs.len() >= 4, "{}", qs.len());
}

#[test]
fn not_json_is_reported_with_line_and_column() {
    let ps = problems("[{\"q\": \"a\",\n  \"choices\": [}]");
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert!(ps[0].starts_with("not JSON: ") && ps[0].contains("line 2"), "{ps:?}");
}

#[test]
fn the_wrong_shape_is_reported() {
    assert!(problems(r#"{"q": "a"}"#)[0].contains("expected a list of questions"));
    assert!(problems("[]")[0].contains("no questions"));
    let ps = problems(r#"[3, {"q": 1, "choices": "ab", "answer": "0"}]"#);
    assert!(ps.iter().any(|p| p.starts_with("question 1: expected an object")), "{ps:?}");
    assert!(ps.iter().any(|p| p.contains("question 2: \"q\" must be text")), "{ps:?}");
    assert!(ps.iter().any(|p| p.contains("question 2: \"choices\" must be a list")), "{ps:?}");
    assert!(ps.iter().any(|p| p.contains("question 2: \"answer\" must be the 0-based index")), "{ps:?}");
    let ps = problems(r#"[{"choices": ["a", "b"]}]"#);
    assert!(ps.iter().any(|p| p.contains("\"q\" (the question) is missing")), "{ps:?}");
    assert!(ps.iter().any(|p| p.contains("\"answer\" (the index of the right choice) is missing")), "{ps:?}");
}

#[test]
fn every_bad_question_is_listed() {
    let ps = problems(
        r#"[{"q": "a", "choices": ["x", "y"], "answer": 2},
            {"q": "b", "choices": ["x"], "answer": 0},
            {"q": " ", "choices": ["x", "y"], "answer": 0},
            {"q": "d", "choices": ["x", "y"], "answer": -1}]"#,
    );
    assert!(ps.iter().any(|p| p == "question 1: answer 2 is out of range (0..1)"), "{ps:?}");
    assert!(ps.iter().any(|p| p == "question 2: needs at least 2 choices, has 1"), "{ps:?}");
    assert!(ps.iter().any(|p| p == "question 3: empty question text"), "{ps:?}");
    assert!(
        ps.iter().any(|p| p.contains("question 4: \"answer\" must be the 0-based index") && p.contains("-1")),
        "{ps:?}"
    );
}

#[test]
fn an_empty_choice_is_reported() {
    let ps = problems(r#"[{"q": "a", "choices": ["x", "  "], "answer": 0}]"#);
    assert_eq!(ps, ["question 1: choice 2 is empty"]);
}

#[test]
fn an_oversized_file_is_refused_with_the_limit() {
    let big = format!("[{}]", " ".repeat(MAX_QUIZ_BYTES));
    let ps = problems(&big);
    assert_eq!(ps.len(), 1);
    assert!(ps[0].contains("at most 256 KB"), "{ps:?}");
}

const COURSE: &str = r#"{"title": "t", "phases": [{"id": "p", "title": "P", "lessons": []}]}"#;

fn check_files(files: &[(&str, &str)]) -> Vec<String> {
    let (course, problems) = Course::load_from(files);
    check::check(&course, problems, files).into_iter().map(|p| p.to_string()).collect()
}

#[test]
fn phase_quick_checks_are_validated_like_lesson_quizzes() {
    let quiz = r#"[{"q": "a", "choices": ["x", "y"], "answer": 5, "explain": ""},
                   {"q": "b", "choices": ["x", ""], "answer": 0, "explain": ""}]"#;
    let ps = check_files(&[("course.json", COURSE), ("phases/p.quiz.json", quiz)]);
    let has = |s: &str| ps.iter().any(|p| p.starts_with("lessons/phases/p.quiz.json: ") && p.contains(s));
    assert!(has("needs at least 4 questions, has 2"), "{ps:?}");
    assert!(has("question 1: answer 5 is out of range (0..1)"), "{ps:?}");
    assert!(has("question 2: choice 2 is empty"), "{ps:?}");
    assert!(!ps.iter().any(|p| p.contains("not listed in course.json")), "phases/ is not a lesson: {ps:?}");
}

#[test]
fn a_quick_check_for_an_unknown_phase_is_reported() {
    let ps = check_files(&[("course.json", COURSE), ("phases/nope.quiz.json", GOOD)]);
    assert!(ps.iter().any(|p| p.contains("phases/nope.quiz.json") && p.contains("`nope` is not a phase")), "{ps:?}");
}

#[test]
fn the_courses_quizzes_are_well_formed() {
    let (course, _) = Course::load();
    let mut all = Vec::new();
    for l in &course.lessons {
        if l.quiz.len() < check::MIN_LESSON_QUESTIONS {
            all.push(format!("{}: {} questions", l.id, l.quiz.len()));
        }
        all.extend(
            l.quiz
                .iter()
                .enumerate()
                .flat_map(|(i, q)| check::question_problems(i, q))
                .map(|p| format!("{}: {p}", l.id)),
        );
    }
    for ph in &course.phases {
        let ps = ph.quiz.iter().enumerate().flat_map(|(i, q)| check::question_problems(i, q));
        all.extend(ps.map(|p| format!("phase {}: {p}", ph.id)));
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}
