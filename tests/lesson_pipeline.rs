//! The `pipeline` lesson's example behaves as the lesson says: 1..count squared, filtered to
//! the squares above the threshold, in order; stopping after `take` values cancels every
//! stage, so only main is left and nothing leaks.

mod common_course;
use common_course::*;

/// What the pipeline delivers: squares of 1..=count above threshold, in order.
fn squares(count: i64, threshold: i64) -> Vec<i64> {
    (1..=count).map(|v| v * v).filter(|&s| s > threshold).collect()
}

fn values(stdout: &str) -> Vec<i64> {
    stdout.lines().filter_map(|l| l.parse().ok()).collect()
}

#[test]
fn pipeline_defaults_print_16_and_25() {
    let out = run("pipeline", &[]);
    assert_eq!(out.stdout, "16\n25\n");
    assert_eq!(out.status, 0);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn pipeline_delivers_every_square_above_the_threshold_in_order() {
    for count in [0i64, 1, 3, 5, 10, 1000] {
        for threshold in [0i64, 10, 99, 1_000_000] {
            let (c, t) = (count.to_string(), threshold.to_string());
            let out = run("pipeline", &[("count", &c), ("threshold", &t)]);
            let want: String = squares(count, threshold).iter().map(|v| format!("{v}\n")).collect();
            assert_eq!(out.stdout, want, "count {count}, threshold {threshold}");
            assert!(out.leaks.is_empty());
        }
    }
}

#[test]
fn pipeline_take_stops_early_and_every_stage_returns() {
    for (count, take) in [(5i64, 1i64), (5, 2), (1000, 1), (1000, 10), (3, 5), (0, 1), (5, 2)] {
        let (c, t) = (count.to_string(), take.to_string());
        let out = run("pipeline", &[("count", &c), ("take", &t)]);
        let all = squares(count, 10);
        let want: Vec<i64> = all.iter().copied().take(take as usize).collect();
        assert_eq!(values(&out.stdout), want, "count {count}, take {take}");
        assert!(out.stdout.ends_with("goroutines still running: 1\n"), "{}", out.stdout);
        assert!(out.leaks.is_empty(), "count {count}, take {take}: {}", out.leak_report());
    }
}

#[test]
fn pipeline_cancel_runs_only_when_main_stops_early() {
    assert!(lines("pipeline", &[], "cancel()").is_empty(), "only the deferred cancel without take");
    assert!(lines("pipeline", &[], "break").is_empty());
    assert_eq!(lines("pipeline", &[("take", "2")], "cancel()").len(), 1);
    assert_eq!(lines("pipeline", &[("take", "2")], "break").len(), 1);
}

#[test]
fn pipeline_cancelled_generator_stops_producing() {
    // Stopping after one of a thousand values: the generator sends only a handful more
    // before it sees the cancellation.
    let ex = example("pipeline");
    let p = ex.resolve([("count", "1000"), ("take", "1")]).unwrap();
    let out = ex.run(&p, 1, true).unwrap();
    // square's `for v := range in` receives what the generator sends.
    let recv = lines("pipeline", &[("count", "1000"), ("take", "1")], "for v := range in")[0];
    let sends = out
        .events
        .iter()
        .filter(|e| matches!(e, chanlab::runtime::Event::Chan { op, line, .. } if *op == "recv" && *line == recv))
        .count();
    assert!((1..10).contains(&sends), "the generator sent {sends} values");
}

// ---- the exercise ----

#[test]
fn exercise_cancel_the_pipeline_solution_passes_and_starter_fails() {
    use chanlab::course::exercise::{check, seeds, ExerciseResult};
    let (course, _) = chanlab::course::Course::load();
    let ex = course.lessons.iter().flat_map(|l| &l.exercises).find(|e| e.id == "cancel-the-pipeline").unwrap();
    let solved = check(ex, &ex.solution, seeds(ex));
    assert!(solved.passed(), "{}", solved.output());
    let starter = check(ex, &ex.starter, 1..4);
    assert!(matches!(starter, ExerciseResult::Failed { .. }), "{}", starter.output());
    assert!(starter.output().contains("still open after cancel"), "{}", starter.output());
}
