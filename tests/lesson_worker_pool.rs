//! The `worker-pool` lesson's examples, checked for their behaviour at the defaults and at
//! the edges of their parameters through the course API: the sum of squares never changes,
//! forgetting `close(jobs)` deadlocks and closing `results` early panics, each naming the Go
//! line; the context-aware pool processes every job exactly once, in Go's order, unless its
//! deadline stops it part-way.

mod common_course;
use chanlab::runtime::Outcome;
use common_course::*;
use std::collections::BTreeSet;

const MS: i64 = 1_000_000;

// ---- worker-pool ----

#[test]
fn pool_defaults_print_sum_of_squares_91() {
    let out = run("worker-pool", &[]);
    assert_eq!((out.status, out.stdout.as_str()), (0, "sum of squares: 91\n"));
}

#[test]
fn the_sum_is_the_same_for_every_worker_count_job_count_buffer_and_seed() {
    let ex = example("worker-pool");
    for workers in [1, 2, 3, 7, 64] {
        for jobs in [0, 1, 6, 25] {
            // results must hold every result: main only receives after wg.Wait().
            for buffer in [jobs, jobs + 1, 100] {
                let (w, j, b) = (workers.to_string(), jobs.to_string(), buffer.to_string());
                let p = ex.resolve([("workers", w.as_str()), ("jobs", &j), ("buffer", &b)]).unwrap();
                let want: i64 = (1..=jobs).map(|n: i64| n * n).sum();
                for seed in [1, 7] {
                    let out = ex.run(&p, seed, false).unwrap();
                    assert_eq!(out.stdout, format!("sum of squares: {want}\n"), "{workers}/{jobs}/{buffer}");
                }
            }
        }
    }
}

#[test]
fn a_results_buffer_smaller_than_the_jobs_deadlocks_with_workers_stuck_sending() {
    for (jobs, buffer) in [(1, 0), (6, 0), (6, 5), (101, 100), (150, 100)] {
        let (j, b) = (jobs.to_string(), buffer.to_string());
        let sets = [("jobs", j.as_str()), ("buffer", b.as_str())];
        let out = run("worker-pool", &sets);
        assert_eq!(out.status, 2, "{jobs}/{buffer}");
        assert!(out.report.starts_with("fatal error: all goroutines are asleep - deadlock!"));
        let send = line("worker-pool", &sets, "results <- n * n");
        assert!(out.report.contains("[chan send]"), "{}", out.report);
        assert!(out.report.contains(&format!("main.go:{send}\n")), "{}", out.report);
    }
}

#[test]
fn without_close_jobs_the_workers_and_main_deadlock_at_their_lines() {
    let sets = [("close_jobs", "false")];
    let out = run("worker-pool", &sets);
    assert_eq!(out.status, 2);
    assert!(out.report.starts_with("fatal error: all goroutines are asleep - deadlock!"), "{}", out.report);
    let wait = line("worker-pool", &sets, "wg.Wait()");
    let range = line("worker-pool", &sets, "for n := range jobs {");
    assert!(out.report.contains(&format!("goroutine 1 [sync.WaitGroup.Wait]:\nmain.main()\n\tmain.go:{wait}\n")));
    // Every worker waits in its range loop.
    assert_eq!(out.report.matches(&format!("main.go:{range}\n")).count(), 3, "{}", out.report);
    assert_eq!(out.report.matches("[chan receive]").count(), 3);
}

#[test]
fn closing_results_before_wait_panics_on_the_workers_send() {
    for sets in
        [vec![("close_after_wait", "false")], vec![("close_after_wait", "false"), ("workers", "1"), ("jobs", "2")]]
    {
        let out = run("worker-pool", &sets);
        assert_eq!(out.status, 2);
        assert!(out.report.starts_with("panic: send on closed channel\n"), "{}", out.report);
        let send = line("worker-pool", &sets, "results <- n * n");
        assert!(out.report.contains(&format!("main.worker(...)\n\tmain.go:{send}\n")), "{}", out.report);
        assert!(out.stdout.is_empty());
    }
}

// ---- worker-pool-ctx ----

/// (worker, job) for each `worker W processed job J: task-J` line, checking the payload.
fn processed(out: &Outcome) -> Vec<(i64, i64)> {
    out.stdout
        .lines()
        .filter(|l| l.starts_with("worker "))
        .map(|l| {
            let (head, payload) = l.split_once(": ").unwrap();
            let parts: Vec<&str> = head.split(' ').collect();
            let (w, j) = (parts[1].parse().unwrap(), parts[4].parse::<i64>().unwrap());
            assert_eq!(payload, format!("task-{j}"));
            (w, j)
        })
        .collect()
}

#[test]
fn ctx_pool_defaults_process_every_job_once_in_gos_order() {
    let out = run("worker-pool-ctx", &[]);
    assert_eq!(out.status, 0);
    let got = processed(&out);
    assert_eq!(got.len(), 20);
    let jobs: BTreeSet<i64> = got.iter().map(|&(_, j)| j).collect();
    assert_eq!(jobs, (1..=20).collect());
    assert!(got.iter().all(|&(w, _)| (1..=5).contains(&w)));
    // Round one: the last worker started runs first (it holds runnext), then the rest in
    // order; four rounds of 100 ms.
    assert_eq!(&got[..5], &[(5, 5), (1, 1), (2, 2), (3, 3), (4, 4)]);
    assert!(out.stdout.ends_with("20 of 20 jobs processed, ctx.Err() = <nil>\n"));
    assert_eq!(out.end_time / MS, 400);
}

#[test]
fn ctx_pool_each_job_is_processed_at_most_once_for_any_pool_shape() {
    for (workers, jobs, work) in [(1, 20, 100), (3, 10, 50), (64, 100, 0), (5, 1000, 0), (8, 7, 30)] {
        let (w, j, k) = (workers.to_string(), jobs.to_string(), work.to_string());
        let out = run("worker-pool-ctx", &[("workers", &w), ("jobs", &j), ("work_ms", &k)]);
        let got = processed(&out);
        let set: BTreeSet<i64> = got.iter().map(|&(_, j)| j).collect();
        assert_eq!(set.len(), got.len(), "a job was processed twice");
        assert_eq!(set, (1..=jobs).collect(), "{workers}/{jobs}/{work}");
        assert!(out.stdout.ends_with(&format!("{jobs} of {jobs} jobs processed, ctx.Err() = <nil>\n")));
    }
}

#[test]
fn one_worker_takes_the_jobs_in_queue_order() {
    let out = run("worker-pool-ctx", &[("workers", "1")]);
    let got = processed(&out);
    assert_eq!(got, (1..=20).map(|j| (1, j)).collect::<Vec<_>>());
    assert_eq!(out.end_time / MS, 2000);
}

#[test]
fn a_short_timeout_stops_the_pool_part_way() {
    let out = run("worker-pool-ctx", &[("timeout_ms", "250")]);
    // Two rounds of five finish (at 100 and 200 ms); the third is interrupted at 250 ms.
    assert_eq!(processed(&out).len(), 10);
    assert!(out.stdout.ends_with("10 of 20 jobs processed, ctx.Err() = context deadline exceeded\n"));
    assert_eq!(out.end_time / MS, 250);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn a_zero_timeout_processes_nothing_and_no_jobs_print_only_the_summary() {
    let out = run("worker-pool-ctx", &[("timeout_ms", "0")]);
    assert_eq!(out.stdout, "0 of 20 jobs processed, ctx.Err() = context deadline exceeded\n");
    let out = run("worker-pool-ctx", &[("jobs", "0")]);
    assert_eq!(out.stdout, "0 of 0 jobs processed, ctx.Err() = <nil>\n");
}

#[test]
fn processed_count_matches_completed_rounds_before_the_deadline() {
    for (workers, jobs, work, timeout) in [(5, 20, 100, 50), (5, 20, 100, 150), (2, 9, 40, 130), (4, 6, 100, 20000)] {
        let s = |v: i64| v.to_string();
        let out = run(
            "worker-pool-ctx",
            &[("workers", &s(workers)), ("jobs", &s(jobs)), ("work_ms", &s(work)), ("timeout_ms", &s(timeout))],
        );
        let rounds = timeout / work; // deadlines here never tie with a round's end
        let want = (rounds * workers).min(jobs);
        assert_eq!(processed(&out).len() as i64, want, "{workers}/{jobs}/{work}/{timeout}");
    }
}
