//! The schedule explorer: runs an example over seeds 1..N, groups identical outcomes, keeps
//! the seeds to replay each, and refuses more than 1000 runs.

use chanlab::course::explore::{outcome_key, Explorer, MAX_RUNS};
use chanlab::course::{Course, RunOptions};

fn explorer(id: &str, sets: &[(&str, &str)], runs: u64) -> Explorer {
    let (course, _) = Course::load();
    let ex = course.example(id).expect("example exists");
    let p = ex.resolve(sets.iter().copied()).expect("valid settings");
    Explorer::new(ex, p, RunOptions::default(), runs).expect("explorer")
}

#[test]
fn worker_pool_has_exactly_one_outcome_over_200_seeds() {
    let mut e = explorer("worker-pool", &[], 200);
    e.run_all();
    let r = e.results();
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].stdout, "sum of squares: 91\n");
    assert_eq!(r[0].status, 0);
    assert_eq!(r[0].count, 200);
    assert_eq!(r[0].seeds, (1..=200).collect::<Vec<u64>>());
}

#[test]
fn select_fairness_has_many_outcomes_each_splitting_the_rounds() {
    let rounds = 1000;
    let mut e = explorer("select-fairness", &[("rounds", "1000")], 200);
    e.run_all();
    let r = e.results();
    assert!(r.len() > 20, "only {} distinct outcomes", r.len());
    assert_eq!(r.iter().map(|c| c.count).sum::<u64>(), 200);
    for c in &r {
        let wins: Vec<i64> =
            c.stdout.lines().map(|l| l.rsplit(' ').next().unwrap().parse().expect("a count")).collect();
        assert_eq!(wins.len(), 2, "{}", c.stdout);
        assert_eq!(wins[0] + wins[1], rounds, "{}", c.stdout);
        assert_eq!(c.seeds.len() as u64, c.count);
    }
    // Most frequent first.
    assert!(r.windows(2).all(|w| w[0].count >= w[1].count));
    // Every seed appears in exactly one outcome.
    let mut seeds: Vec<u64> = r.iter().flat_map(|c| c.seeds.iter().copied()).collect();
    seeds.sort();
    assert_eq!(seeds, (1..=200).collect::<Vec<u64>>());
}

#[test]
fn replaying_a_recorded_seed_reproduces_its_outcome() {
    let mut e = explorer("select-fairness", &[("rounds", "50")], 60);
    e.run_all();
    for c in e.results() {
        for &seed in c.seeds.iter().take(3) {
            let out = e.replay(seed);
            assert_eq!(outcome_key(&out), (c.stdout.clone(), c.status, c.report_line.clone()), "seed {seed}");
            let traced = e.replay_traced(seed);
            assert_eq!(traced.stdout, c.stdout);
        }
    }
}

#[test]
fn runs_in_slices_report_progress() {
    let mut e = explorer("select-fairness", &[("rounds", "10")], 25);
    assert_eq!(e.progress(), (0, 25));
    assert!(e.run_batch(10));
    assert_eq!(e.progress(), (10, 25));
    assert_eq!(e.results().iter().map(|c| c.count).sum::<u64>(), 10);
    assert!(e.run_batch(10));
    assert!(!e.run_batch(10));
    assert_eq!(e.progress(), (25, 25));
    assert!(e.is_done());
    assert!(!e.run_batch(10));
    assert_eq!(e.results().iter().map(|c| c.count).sum::<u64>(), 25);
}

#[test]
fn a_deadlock_is_one_outcome_keyed_by_the_first_report_line() {
    let mut e = explorer("worker-pool", &[("close_jobs", "false")], 10);
    e.run_all();
    let r = e.results();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].status, 2);
    assert_eq!(r[0].report_line, "fatal error: all goroutines are asleep - deadlock!");
}

#[test]
fn more_than_1000_runs_is_refused_with_a_clear_error() {
    let (course, _) = Course::load();
    let ex = course.example("worker-pool").unwrap();
    assert_eq!(MAX_RUNS, 1000);
    assert!(Explorer::new(ex, ex.defaults(), RunOptions::default(), 1000).is_ok());
    let err = Explorer::new(ex, ex.defaults(), RunOptions::default(), 1001).unwrap_err();
    assert!(err.0.contains("1..1000"), "{err}");
    assert!(Explorer::new(ex, ex.defaults(), RunOptions::default(), 0).is_err());
}

#[test]
fn parallel_mode_applies_to_every_run() {
    // The racy counter in parallel mode loses different numbers of increments per seed.
    let (course, _) = Course::load();
    let ex = course.example("race-counter").unwrap();
    let opts = RunOptions { race: Some(false), gomaxprocs: Some(4), ..RunOptions::default() };
    let mut e = Explorer::new(ex, ex.defaults(), opts.clone(), 40).unwrap();
    e.run_all();
    let one = Explorer::new(ex, ex.defaults(), RunOptions { race: Some(false), ..RunOptions::default() }, 40)
        .map(|mut e| {
            e.run_all();
            e.results().len()
        })
        .unwrap();
    assert_eq!(one, 1, "with one processor the counter is deterministic");
    assert!(e.results().len() > 1, "{:?}", e.results());
}
