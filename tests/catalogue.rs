//! The catalogue (`/work/shared/CATALOGUE.md`) is a public contract: every lesson id and
//! example id it lists exists in the course, in the phase the team sheet puts it in; every
//! lesson has a quiz of at least 4 questions and at least one exercise; every phase has a
//! quick check. (Fails until every lesson of the catalogue has been written.)

use chanlab::course::Course;

/// A lesson id and its example ids.
type Lesson = (&'static str, &'static [&'static str]);

/// (phase id, its lessons) in course order, as the catalogue lists them. `sync-map` and
/// `sync-pool` ("where a lesson needs them") are left out.
const CATALOGUE: &[(&str, &[Lesson])] = &[
    (
        "phase-6",
        &[
            ("goroutines", &["wait-group", "loop-capture"]),
            ("channels", &["buffered", "close-range", "len-cap", "axioms", "nil-disable"]),
            ("leaks", &["leak-timeout", "leak-count"]),
        ],
    ),
    (
        "phase-12",
        &[
            ("select", &["select-default", "select-timeout", "select-fairness"]),
            ("context", &["context-timeout", "context-cancel", "context-tree", "context-deadline"]),
            ("worker-pool", &["worker-pool", "worker-pool-ctx"]),
            ("fan-in", &["merge", "fan-out-fan-in"]),
            ("sync", &["mutex-counter", "rwmutex-cache", "once-config", "atomic-counter"]),
            ("race-detector", &["race-counter", "race-map"]),
        ],
    ),
    (
        "production",
        &[
            ("pipeline", &["pipeline"]),
            ("bounded-parallelism", &["bounded-pool", "semaphore", "semaphore-weighted"]),
            ("errgroup", &["errgroup-profile", "errgroup-limit"]),
            ("generators-futures", &["fibonacci", "future"]),
            ("rate-limiting", &["ticker-limiter", "bursty-limiter", "token-bucket"]),
            ("timeouts-cancellation", &["long-operation", "parent-child"]),
            ("graceful-shutdown", &["shutdown"]),
            ("channel-combinators", &["or-channel", "or-done", "tee", "bridge"]),
            ("queuing", &["backpressure"]),
            ("heartbeat", &["heartbeat"]),
            ("pubsub", &["broker"]),
        ],
    ),
    (
        "under-the-hood",
        &[
            ("scheduler", &["parallelism"]),
            ("memory-and-sync", &["cond-queue", "cas-counter", "atomic-config"]),
            ("testing-concurrency", &["race-count"]),
        ],
    ),
];

fn course() -> Course {
    Course::load().0
}

#[test]
fn every_catalogue_lesson_is_in_its_phase_in_order() {
    let c = course();
    let mut missing = Vec::new();
    for (phase, lessons) in CATALOGUE {
        let Some(ph) = c.phases.iter().find(|p| p.id == *phase) else {
            missing.push(format!("phase `{phase}` is not in course.json"));
            continue;
        };
        let want: Vec<&str> = lessons.iter().map(|(l, _)| *l).collect();
        let have: Vec<&str> = ph.lessons.iter().map(String::as_str).collect();
        if want != have {
            missing.push(format!("phase `{phase}`: lessons {have:?}, the catalogue lists {want:?}"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_catalogue_example_exists_in_its_lesson() {
    let c = course();
    let mut missing = Vec::new();
    for (_, lessons) in CATALOGUE {
        for (lesson, examples) in *lessons {
            let Some(l) = c.lesson(lesson) else {
                missing.push(format!("lesson `{lesson}` is missing"));
                continue;
            };
            for ex in *examples {
                if !l.examples.iter().any(|e| e.id == *ex) {
                    missing.push(format!("lesson `{lesson}` has no example `{ex}`"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{} missing:\n{}", missing.len(), missing.join("\n"));
}

#[test]
fn every_lesson_ends_with_a_quiz_and_an_exercise() {
    let c = course();
    let mut short = Vec::new();
    for (_, lessons) in CATALOGUE {
        for (lesson, _) in *lessons {
            let Some(l) = c.lesson(lesson) else { continue };
            if l.quiz.len() < 4 {
                short.push(format!("lesson `{lesson}`: quiz has {} questions (at least 4)", l.quiz.len()));
            }
            if l.exercises.is_empty() {
                short.push(format!("lesson `{lesson}`: no exercise"));
            }
        }
    }
    assert!(short.is_empty(), "{}", short.join("\n"));
}

#[test]
fn every_phase_has_a_quick_check() {
    let c = course();
    let short: Vec<String> = c
        .phases
        .iter()
        .filter(|p| !(5..=8).contains(&p.quiz.len()))
        .map(|p| format!("phase `{}`: quick check has {} questions (5 to 8)", p.id, p.quiz.len()))
        .collect();
    assert!(short.is_empty(), "{}", short.join("\n"));
}

#[test]
fn exercise_ids_are_unique_across_the_course() {
    let c = course();
    let mut seen = std::collections::BTreeSet::new();
    let twice: Vec<&str> =
        c.lessons.iter().flat_map(|l| &l.exercises).map(|x| x.id.as_str()).filter(|id| !seen.insert(*id)).collect();
    assert!(twice.is_empty(), "exercise ids used twice: {twice:?}");
}
