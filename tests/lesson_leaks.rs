//! The `leaks` lesson's examples behave as the lesson says: a query abandoned after a timeout
//! stays blocked on its send (one goroutine more, in the leak report) unless a context gives
//! the send a way out; unbuffered first-answer queries leak one goroutine per request, and a
//! buffer with room for every answer keeps the count at one.

mod common_course;
use common_course::*;

const MS: i64 = 1_000_000;

// ---- leak-timeout ----

#[test]
fn leak_timeout_defaults_leave_the_query_stuck_on_its_send() {
    let out = run("leak-timeout", &[]);
    assert_eq!(out.stdout, "gave up: timed out\ngoroutines: 2\n");
    assert_eq!(out.status, 0);
    assert_eq!(out.leaks.len(), 1, "{}", out.leak_report());
    let leak = &out.leaks[0];
    assert_eq!((leak.func, leak.state.as_str()), ("main.slowQuery", "chan send"));
    assert_eq!(leak.line, line("leak-timeout", &[], "result <- \"42 rows\""));
    assert_eq!(leak.created_line, line("leak-timeout", &[], "go slowQuery("));
}

#[test]
fn leak_timeout_context_gives_the_send_a_way_out() {
    let out = run("leak-timeout", &[("use_ctx", "true")]);
    assert_eq!(out.stdout, "gave up: context deadline exceeded\ngoroutines: 1\n");
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn leak_timeout_gives_up_at_the_timeout_and_leaks_only_without_a_context() {
    for (work, timeout) in [(2000, 500), (501, 500), (5000, 0), (300, 100)] {
        let (w, t) = (work.to_string(), timeout.to_string());
        for ctx in [false, true] {
            let c = ctx.to_string();
            let out = run("leak-timeout", &[("work_ms", &w), ("timeout_ms", &t), ("use_ctx", &c)]);
            let gave_up = out.writes.iter().find(|w| w.text.starts_with("gave up")).expect("gave up");
            assert_eq!(gave_up.t, timeout * MS, "work {work}, timeout {timeout}, ctx {ctx}");
            let left = if ctx { 1 } else { 2 };
            assert!(out.stdout.ends_with(&format!("goroutines: {left}\n")), "{}", out.stdout);
            assert_eq!(out.leaks.len(), left - 1, "{}", out.leak_report());
        }
    }
}

#[test]
fn leak_timeout_fast_query_is_received_and_nothing_leaks() {
    for (work, timeout) in [("100", "500"), ("0", "500"), ("499", "500")] {
        for ctx in ["false", "true"] {
            let out = run("leak-timeout", &[("work_ms", work), ("timeout_ms", timeout), ("use_ctx", ctx)]);
            assert_eq!(out.stdout, "got: 42 rows\ngoroutines: 1\n", "work {work}, ctx {ctx}");
            assert!(out.leaks.is_empty());
        }
    }
}

// ---- leak-count ----

/// The goroutine counts printed after each request.
fn counts(stdout: &str) -> Vec<i64> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("after request ")?.split(": ").nth(1)?.strip_suffix(" goroutines")?.parse().ok())
        .collect()
}

#[test]
fn leak_count_defaults_grow_by_one_per_request() {
    let out = run("leak-count", &[]);
    assert_eq!(counts(&out.stdout), (2..=11).collect::<Vec<i64>>());
    assert!(out.stdout.ends_with("done\n"));
    assert_eq!(out.leaks.len(), 10, "{}", out.leak_report());
    let send = line("leak-count", &[], "answers <- replica(q)");
    assert!(out.leaks.iter().all(|g| g.state == "chan send" && g.line == send), "{}", out.leak_report());
}

#[test]
fn leak_count_with_room_for_both_answers_stays_flat() {
    for requests in [1i64, 10, 100, 1000] {
        let r = requests.to_string();
        let out = run("leak-count", &[("requests", &r), ("fix", "true")]);
        assert_eq!(counts(&out.stdout), vec![1; requests as usize], "{requests} requests");
        assert!(out.leaks.is_empty(), "{}", out.leak_report());
    }
}

#[test]
fn leak_count_leaks_exactly_one_goroutine_per_request() {
    for requests in [0i64, 1, 2, 100, 1000] {
        let r = requests.to_string();
        let out = run("leak-count", &[("requests", &r)]);
        assert_eq!(counts(&out.stdout), (2..requests + 2).collect::<Vec<i64>>(), "{requests} requests");
        assert_eq!(out.leaks.len() as i64, requests);
        assert_eq!(out.status, 0);
    }
}

#[test]
fn leak_count_requests_arrive_a_millisecond_apart() {
    let out = run("leak-count", &[("requests", "7")]);
    assert_eq!(out.end_time, 7 * MS);
}

// ---- the exercise, and what it needs of the race detector ----

#[test]
fn exercise_fix_first_answer_leak_solution_passes_and_starter_fails() {
    use chanlab::course::exercise::{check, seeds, ExerciseResult};
    let (course, _) = chanlab::course::Course::load();
    let ex = course.lessons.iter().flat_map(|l| &l.exercises).find(|e| e.id == "fix-first-answer-leak").unwrap();
    let solved = check(ex, &ex.solution, seeds(ex));
    assert!(solved.passed(), "{}", solved.output());
    let starter = check(ex, &ex.starter, 1..4);
    assert!(matches!(starter, ExerciseResult::Failed { .. }), "{}", starter.output());
    assert!(starter.output().contains("blocked goroutines remain") || starter.output().contains("stuck"));
}

#[test]
fn race_detector_forgets_the_history_of_freed_objects() {
    // Goroutines read objects and end without a happens-before edge back to main, which
    // then allocates new objects, possibly in the dead ones' memory: real Go reports no race.
    let src = include_str!("go/lessons_a_race_reused_memory.go");
    let cfg = chanlab::runtime::Config { race: true, ..Default::default() };
    let out = chanlab::golang::run("main.go", src, cfg, Vec::new());
    assert_eq!((out.status, out.stdout.as_str()), (0, "done 0\n"), "{}", out.stderr);
    assert!(!out.stderr.contains("DATA RACE"), "{}", out.stderr);
}
