//! The `heartbeat` lesson: a worker pulses while it makes progress; the monitor reports it
//! finished, or unhealthy two pulse intervals after the last pulse when a job hangs; the
//! stuck worker is freed (no leak).

mod common_course;
use chanlab::runtime::gofmt::duration;
use chanlab::runtime::Outcome;
use common_course::*;

const MS: i64 = 1_000_000;
const JOBS: i64 = 4;

fn heartbeat(pulse: i64, work: i64, stall: i64) -> Outcome {
    let (p, w, s) = (pulse.to_string(), work.to_string(), stall.to_string());
    let out = run("heartbeat", &[("pulse_ms", &p), ("work_ms", &w), ("stall_at", &s)]);
    assert_eq!(out.status, 0, "{}", out.report);
    assert!(out.leaks.is_empty(), "pulse {pulse} work {work} stall {stall}: {}", out.leak_report());
    out
}

/// What the monitor should print: one line per job it heard about, then the verdict.
fn expected(pulse: i64, work: i64, stall: i64) -> String {
    let per_job = (work + pulse - 1) / pulse; // slices of work, one pulse after each
    let done = if stall == 0 { JOBS } else { stall - 1 };
    let mut want: String = (1..=done).map(|j| format!("pulse: worker busy on job {j}\n")).collect();
    if stall == 0 {
        want += &format!("worker finished all {JOBS} jobs ({} pulses)\n", JOBS * per_job);
    } else {
        let timeout = duration(2 * pulse * MS);
        want += &format!("no pulse for {timeout} after {} pulses: worker unhealthy\n", done * per_job);
        want += "time to restart the worker and alert someone\n";
    }
    want
}

#[test]
fn defaults_pulse_three_times_per_job_and_finish() {
    let out = heartbeat(100, 300, 0);
    assert_eq!(out.stdout, expected(100, 300, 0));
    assert!(out.stdout.ends_with("(12 pulses)\n"));
    assert_eq!(out.end_time, JOBS * 300 * MS, "the run lasts exactly the four jobs");
}

#[test]
fn a_healthy_worker_is_never_reported_whatever_the_timing() {
    for (pulse, work) in [(10, 10), (10, 2000), (1000, 10), (30, 100), (100, 250), (70, 30), (1000, 2000)] {
        assert_eq!(heartbeat(pulse, work, 0).stdout, expected(pulse, work, 0), "pulse {pulse} work {work}");
    }
}

#[test]
fn a_stuck_job_is_reported_two_pulses_after_the_last_one() {
    for (pulse, work) in [(100, 300), (10, 10), (30, 100), (1000, 10), (100, 50)] {
        for stall in 1..=JOBS {
            let out = heartbeat(pulse, work, stall);
            assert_eq!(out.stdout, expected(pulse, work, stall), "pulse {pulse} work {work} stall {stall}");
            // The worker's last pulse comes when its last finished job ends.
            let verdict = out.writes.iter().find(|w| w.text.contains("unhealthy")).expect("verdict");
            assert_eq!(verdict.t, ((stall - 1) * work + 2 * pulse) * MS, "pulse {pulse} work {work} stall {stall}");
        }
    }
}

#[test]
fn a_worker_that_never_pulses_is_reported_after_one_timeout() {
    let out = heartbeat(100, 300, 1);
    assert!(out.stdout.starts_with("no pulse for 200ms after 0 pulses"), "{}", out.stdout);
}

#[test]
fn the_pulse_send_never_blocks_the_worker() {
    // The worker's send sits in a select with a default case.
    let send = line("heartbeat", &[], "case pulses <- job:");
    let default = line("heartbeat", &[], "default:");
    assert_eq!(default, send + 1);
}
