//! The `timeouts-cancellation` lesson's examples behave as the lesson says: a chunked
//! operation stops at the first check after cancel(), never sooner and never more than a
//! chunk later; one failing child cancels the shared parent, which stops the other child, and
//! context.Cause carries the failure.

mod common_course;
use chanlab::course::conform::{invariant, Observed};
use common_course::*;

const MS: i64 = 1_000_000;

// ---- long-operation ----

/// Chunks done and virtual ms at the stop, from `stopped after K of N chunks at T: ...`.
fn stopped(stdout: &str) -> Option<(i64, String)> {
    let r = stdout.lines().find_map(|l| l.strip_prefix("stopped after "))?;
    let (k, r) = r.split_once(" of ")?;
    let t = r.split_once(" at ")?.1.split_once(':')?.0;
    Some((k.parse().ok()?, t.to_string()))
}

#[test]
fn long_operation_defaults_stop_after_the_chunk_running_at_cancel() {
    let out = run("long-operation", &[]);
    assert_eq!(out.stdout, "cancel() called\nstopped after 3 of 10 chunks at 300ms: context canceled\n");
    assert_eq!(out.status, 0);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
    let called = out.writes.iter().find(|w| w.text == "cancel() called\n").unwrap();
    assert_eq!(called.t, 250 * MS);
}

#[test]
fn long_operation_stops_at_the_next_check_whatever_the_timing() {
    for (chunks, chunk, at) in [(10, 100, 210), (10, 100, 299), (10, 100, 301), (1000, 1, 45), (3, 30, 75), (20, 7, 64)]
    {
        let (c, ms, a) = (chunks.to_string(), chunk.to_string(), at.to_string());
        let out = run("long-operation", &[("chunks", &c), ("chunk_ms", &ms), ("cancel_after_ms", &a)]);
        // The chunk running at `at` is finished; the check after it sees the cancellation.
        let want = at / chunk + 1;
        if want >= chunks {
            // cancel() lands in the last chunk: there is no check after it.
            assert_eq!(out.stdout, format!("cancel() called\nfinished all {chunks} chunks in {}ms\n", chunks * chunk));
            continue;
        }
        let (k, _) = stopped(&out.stdout).unwrap_or_else(|| panic!("{chunks}x{chunk}ms at {at}: {}", out.stdout));
        assert_eq!(k, want, "{chunks} chunks of {chunk}ms, cancel at {at}ms");
        let end = out.writes.iter().find(|w| w.text.starts_with("stopped")).unwrap().t;
        assert_eq!(end, want * chunk * MS, "the stop comes at the end of chunk {want}");
        assert!(end - at * MS <= chunk * MS, "never more than a chunk late");
    }
}

#[test]
fn long_operation_cancel_at_zero_still_runs_the_first_chunk() {
    let out = run("long-operation", &[("cancel_after_ms", "0")]);
    assert_eq!(stopped(&out.stdout).map(|s| s.0), Some(1), "{}", out.stdout);
}

#[test]
fn long_operation_finishes_when_cancel_comes_too_late() {
    let out = run("long-operation", &[("cancel_after_ms", "2000")]);
    assert_eq!(out.stdout, "finished all 10 chunks in 1s\n");
    let out = run("long-operation", &[("chunks", "0")]);
    assert_eq!(out.stdout, "finished all 0 chunks in 0s\n");
}

#[test]
fn long_operation_live_cancel_stops_at_the_next_check() {
    let ex = example("long-operation");
    assert_eq!(ex.controls.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["cancel"]);
    let mut rt = ex.runtime(&ex.defaults(), 1, false).unwrap();
    // Into the second chunk (100..200 ms), then press cancel() at 130 ms.
    while rt.now() < 100 * MS {
        rt.step();
    }
    rt.run_until_blocked();
    assert!(rt.advance_to(130 * MS));
    assert!(rt.inject("cancel"));
    while !rt.is_done() {
        rt.step();
    }
    let out = rt.outcome();
    assert_eq!(out.stdout, "stopped after 2 of 10 chunks at 200ms: context canceled\n");
}

#[test]
fn long_operation_invariant_accepts_late_real_runs_and_rejects_impossible_ones() {
    let ex = example("long-operation");
    let p = ex.defaults();
    let obs = |stdout: &str| Observed { status: 0, stdout: stdout.to_string(), report: vec![] };
    let sim = run("long-operation", &[]);
    assert!(invariant("long-operation", &p, &obs(&sim.stdout)).is_ok());
    assert!(invariant(
        "long-operation",
        &p,
        &obs("cancel() called\nstopped after 3 of 10 chunks at 302ms: context canceled\n")
    )
    .is_ok());
    // Stopping before the chunk running at cancel() ended, or a chunk after it.
    assert!(invariant(
        "long-operation",
        &p,
        &obs("cancel() called\nstopped after 2 of 10 chunks at 200ms: context canceled\n")
    )
    .is_err());
    assert!(invariant(
        "long-operation",
        &p,
        &obs("cancel() called\nstopped after 4 of 10 chunks at 400ms: context canceled\n")
    )
    .is_err());
    assert!(invariant("long-operation", &p, &obs("finished all 10 chunks in 1s\n")).is_err());
    assert!(invariant("long-operation", &p, &obs("stopped after 3 of 10 chunks at 300ms: context canceled\n")).is_err());
}

// ---- parent-child ----

#[test]
fn parent_child_defaults_first_failure_stops_the_other_child() {
    let out = run("parent-child", &[]);
    assert_eq!(
        out.stdout,
        "resize: image too large\nupload: gave up: resize: image too large\n\
         parent: ctx.Err() = context canceled\nparent: context.Cause(ctx) = resize: image too large\n"
    );
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
    // upload gives up when resize fails, long before its own second is up.
    let gave_up = out.writes.iter().find(|w| w.text.starts_with("upload")).unwrap();
    assert_eq!(gave_up.t, 300 * MS);
    assert_eq!(out.end_time, 300 * MS);
}

#[test]
fn parent_child_without_cancel_the_other_child_runs_to_the_end() {
    let out = run("parent-child", &[("cancel_on_error", "false")]);
    assert!(out.stdout.contains("upload: done\n"), "{}", out.stdout);
    assert!(out.stdout.contains("ctx.Err() = <nil>\n") && out.stdout.contains("Cause(ctx) = <nil>\n"));
    assert_eq!(out.end_time, 1000 * MS);
}

#[test]
fn parent_child_stops_the_other_child_at_the_failure_time() {
    for (fail, upload) in [(0, 1000), (100, 5000), (299, 300), (4000, 5000)] {
        let (f, u) = (fail.to_string(), upload.to_string());
        let out = run("parent-child", &[("fail_after_ms", &f), ("upload_ms", &u)]);
        let line = out.writes.iter().find(|w| w.text.starts_with("upload")).unwrap();
        assert_eq!(line.text, "upload: gave up: resize: image too large\n", "fail {fail}, upload {upload}");
        assert_eq!(line.t, fail * MS);
        assert!(out.stdout.ends_with("context.Cause(ctx) = resize: image too large\n"));
    }
}

#[test]
fn parent_child_a_faster_upload_finishes_and_the_failure_still_cancels() {
    // At a tie (300, 300) upload's timer has already woken it when the parent is cancelled.
    for (fail, upload) in [(300, 100), (300, 0), (300, 300)] {
        let (f, u) = (fail.to_string(), upload.to_string());
        let out = run("parent-child", &[("fail_after_ms", &f), ("upload_ms", &u)]);
        let mut first: Vec<&str> = out.stdout.lines().take(2).collect();
        first.sort();
        assert_eq!(first, ["resize: image too large", "upload: done"], "fail {fail}, upload {upload}: {}", out.stdout);
        assert!(out.stdout.contains("ctx.Err() = context canceled\n"));
    }
}
