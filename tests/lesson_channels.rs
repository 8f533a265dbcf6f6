//! The `channels` lesson's examples behave as the lesson says: buffered sends succeed until
//! the buffer is full and then deadlock at the send; `range` ends only after `close`; each
//! cell of the channel axioms table blocks, panics, yields the zero value or succeeds;
//! `len` and `cap` report the buffer's fill and size; a merge loop that sets closed inputs to
//! nil ends, and one that does not spins until the step budget stops it.

mod common_course;
use chanlab::course::conform::{invariant, Observed};
use chanlab::course::{Course, RunOptions};
use chanlab::runtime::Config;
use common_course::*;

fn headers(report: &str) -> Vec<&str> {
    report.lines().filter(|l| l.starts_with("goroutine ")).collect()
}

/// One cell of the axioms table: (op, state, exit status, second stdout line, first report
/// line, first goroutine header).
type Cell = (&'static str, &'static str, i32, Option<&'static str>, &'static str, Option<&'static str>);

const DEADLOCK: &str = "fatal error: all goroutines are asleep - deadlock!";

// ---- buffered ----

#[test]
fn buffered_defaults_fill_the_buffer_then_deadlock_at_the_third_send() {
    let out = run("buffered", &[]);
    assert_eq!(out.stdout, "sent 1 (len 1, cap 2)\nsent 2 (len 2, cap 2)\n");
    assert_eq!(out.status, 2);
    assert!(out.report.starts_with(DEADLOCK), "{}", out.report);
    assert_eq!(headers(&out.report), ["goroutine 1 [chan send]:"]);
    let send = line("buffered", &[], "ch <- i");
    assert!(out.report.contains(&format!("main.main()\n\tmain.go:{send}\n")), "{}", out.report);
    assert_eq!(out.report_lines, vec![send]);
}

#[test]
fn buffered_unbuffered_channel_deadlocks_on_the_very_first_send() {
    let out = run("buffered", &[("capacity", "0")]);
    assert_eq!(out.stdout, "");
    assert_eq!(out.status, 2);
    assert_eq!(headers(&out.report), ["goroutine 1 [chan send]:"]);
}

#[test]
fn buffered_sends_that_fit_come_back_in_fifo_order() {
    let out = run("buffered", &[("capacity", "10"), ("sends", "10")]);
    assert_eq!(out.status, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "sent 1 (len 1, cap 10)");
    assert_eq!(lines[9], "sent 10 (len 10, cap 10)");
    let received: Vec<String> = (1..=10).map(|i| format!("received {i}")).collect();
    assert_eq!(lines[10..20], received[..]);
    assert_eq!(lines[20], "done");
    assert!(out.report.is_empty());
}

#[test]
fn buffered_deadlocks_exactly_when_sends_exceed_capacity() {
    for cap in 0..=10usize {
        for sends in 0..=12usize {
            let (c, s) = (cap.to_string(), sends.to_string());
            let out = run("buffered", &[("capacity", &c), ("sends", &s)]);
            let sent = out.stdout.lines().filter(|l| l.starts_with("sent ")).count();
            assert_eq!(sent, sends.min(cap), "capacity {cap}, sends {sends}");
            if sends > cap {
                assert_eq!(out.status, 2, "capacity {cap}, sends {sends}");
                assert!(out.report.starts_with(DEADLOCK));
                assert!(!out.stdout.contains("done"));
            } else {
                assert_eq!(out.status, 0, "capacity {cap}, sends {sends}");
                let received: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("received ")).collect();
                let want: Vec<String> = (1..=sends).map(|i| format!("received {i}")).collect();
                assert_eq!(received, want);
                assert!(out.stdout.ends_with("done\n"));
            }
        }
    }
}

#[test]
fn buffered_with_nothing_sent_just_prints_done() {
    let out = run("buffered", &[("capacity", "0"), ("sends", "0")]);
    assert_eq!((out.status, out.stdout.as_str()), (0, "done\n"));
}

// ---- close-range ----

#[test]
fn close_range_defaults_print_each_value_then_finish() {
    let out = run("close-range", &[]);
    assert_eq!(out.stdout, "got 0\ngot 1\ngot 2\ngot 3\ngot 4\nchannel closed: loop finished\n");
    assert_eq!(out.status, 0);
    assert!(out.leaks.is_empty(), "{:?}", out.leaks);
}

#[test]
fn close_range_delivers_every_value_once_in_order() {
    for count in [0, 1, 2, 13, 50] {
        let n = count.to_string();
        let out = run("close-range", &[("count", &n)]);
        let mut want: String = (0..count).map(|i| format!("got {i}\n")).collect();
        want.push_str("channel closed: loop finished\n");
        assert_eq!(out.stdout, want, "count {count}");
        assert_eq!(out.status, 0);
    }
}

#[test]
fn close_range_without_close_deadlocks_in_the_range_after_the_last_value() {
    let sets = [("close", "false")];
    let out = run("close-range", &sets);
    assert_eq!(out.stdout, "got 0\ngot 1\ngot 2\ngot 3\ngot 4\n");
    assert_eq!(out.status, 2);
    assert!(out.report.starts_with(DEADLOCK));
    // The sender has returned: only main is left, waiting at the range line.
    assert_eq!(headers(&out.report), ["goroutine 1 [chan receive]:"]);
    assert_eq!(out.report_lines, vec![line("close-range", &sets, "for v := range ch {")]);
}

#[test]
fn close_range_without_close_and_no_values_deadlocks_at_once() {
    let out = run("close-range", &[("close", "false"), ("count", "0")]);
    assert_eq!(out.stdout, "");
    assert_eq!(out.status, 2);
    assert_eq!(headers(&out.report), ["goroutine 1 [chan receive]:"]);
}

// ---- axioms ----

#[test]
fn axioms_every_cell_of_the_table() {
    let cells: [Cell; 9] = [
        ("send", "nil", 2, None, DEADLOCK, Some("goroutine 1 [chan send (nil chan)]:")),
        ("send", "open", 0, Some("sent 1"), "", None),
        ("send", "closed", 2, None, "panic: send on closed channel", Some("goroutine 1 [running]:")),
        ("receive", "nil", 2, None, DEADLOCK, Some("goroutine 1 [chan receive (nil chan)]:")),
        ("receive", "open", 2, None, DEADLOCK, Some("goroutine 1 [chan receive]:")),
        ("receive", "closed", 0, Some("received 0 ok = false"), "", None),
        ("close", "nil", 2, None, "panic: close of nil channel", Some("goroutine 1 [running]:")),
        ("close", "open", 0, Some("closed it"), "", None),
        ("close", "closed", 2, None, "panic: close of closed channel", Some("goroutine 1 [running]:")),
    ];
    for (op, state, status, printed, first, header) in cells {
        let sets = [("op", op), ("state", state)];
        let out = run("axioms", &sets);
        let what = format!("{op} on {state}");
        assert_eq!(out.status, status, "{what}");
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines[0], format!("channel is {state}, trying to {op}"), "{what}");
        assert_eq!(lines.get(1).copied(), printed, "{what}");
        assert_eq!(out.report.lines().next().unwrap_or(""), first, "{what}");
        assert_eq!(headers(&out.report).first().copied(), header, "{what}");
        if status == 2 {
            // Every failure points at the operation's line (the last one starting so: a
            // closed channel's setup closes it first).
            let op_code = match op {
                "send" => "ch <- 1",
                "receive" => "v, ok := <-ch",
                _ => "close(ch)",
            };
            let op_line = *common_course::lines("axioms", &sets, op_code).last().expect("the operation's line");
            assert_eq!(out.report_lines, vec![op_line], "{what}");
        }
    }
}

#[test]
fn axioms_defaults_send_into_the_open_buffer() {
    let out = run("axioms", &[]);
    assert_eq!(out.stdout, "channel is open, trying to send\nsent 1\n");
    assert_eq!(out.status, 0);
}

// ---- len-cap ----

#[test]
fn len_cap_defaults_show_three_of_five_then_two_after_a_receive() {
    let out = run("len-cap", &[]);
    assert_eq!(out.stdout, "Length: 3, Capacity: 5\nReceived: 1\nLength: 2, Capacity: 5\n");
    assert_eq!(out.status, 0);
}

#[test]
fn len_cap_counts_what_is_buffered_for_every_setting() {
    for cap in 1..=20i64 {
        for sends in 0..=cap {
            let (c, s) = (cap.to_string(), sends.to_string());
            let out = run("len-cap", &[("capacity", &c), ("sends", &s)]);
            let mut want = format!("Length: {sends}, Capacity: {cap}\n");
            if sends > 0 {
                want.push_str("Received: 1\n");
            }
            want.push_str(&format!("Length: {}, Capacity: {cap}\n", (sends - 1).max(0)));
            assert_eq!(out.stdout, want, "capacity {cap}, sends {sends}");
            assert_eq!(out.status, 0);
        }
    }
}

#[test]
fn len_cap_sends_may_not_exceed_capacity() {
    let ex = example("len-cap");
    assert!(ex.resolve([("capacity", "2"), ("sends", "3")]).is_err());
    assert!(ex.resolve([("capacity", "20"), ("sends", "20")]).is_ok());
}

// ---- nil-disable ----

fn observed(out: &chanlab::runtime::Outcome) -> Observed {
    Observed { status: out.status, stdout: out.stdout.clone(), report: vec![] }
}

#[test]
fn nil_disable_every_value_arrives_once_in_its_own_order() {
    let ex = example("nil-disable");
    for (a, b) in [(3, 2), (0, 2), (3, 0), (0, 0), (1, 1), (20, 20), (7, 13)] {
        let (sa, sb) = (a.to_string(), b.to_string());
        let p = ex.resolve([("a_count", sa.as_str()), ("b_count", sb.as_str())]).unwrap();
        for seed in 1..=5 {
            let out = ex.run(&p, seed, false).unwrap();
            invariant("nil-disable", &p, &observed(&out)).unwrap_or_else(|e| panic!("a {a}, b {b}, seed {seed}: {e}"));
            assert!(out.halted.is_none());
        }
    }
}

#[test]
fn nil_disable_interleaving_depends_on_the_seed() {
    let runs: Vec<String> =
        (1..=8).map(|seed| run_seed("nil-disable", &[("a_count", "5"), ("b_count", "5")], seed).stdout).collect();
    assert!(runs.iter().any(|r| *r != runs[0]), "every seed gave {}", runs[0]);
}

#[test]
fn nil_disable_invariant_rejects_lost_duplicated_or_reordered_values() {
    let ex = example("nil-disable");
    let p = ex.resolve([("a_count", "2"), ("b_count", "1")]).unwrap();
    let obs = |stdout: &str| Observed { status: 0, stdout: stdout.to_string(), report: vec![] };
    let end = "both inputs finished\n";
    assert!(invariant("nil-disable", &p, &obs(&format!("from b: b1\nfrom a: a1\nfrom a: a2\n{end}"))).is_ok());
    assert!(invariant("nil-disable", &p, &obs(&format!("from a: a1\nfrom b: b1\n{end}"))).is_err());
    assert!(invariant("nil-disable", &p, &obs(&format!("from a: a2\nfrom a: a1\nfrom b: b1\n{end}"))).is_err());
    let twice = format!("from a: a1\nfrom a: a2\nfrom b: b1\nfrom b: b1\n{end}");
    assert!(invariant("nil-disable", &p, &obs(&twice)).is_err());
    assert!(invariant("nil-disable", &p, &obs("from a: a1\nfrom a: a2\nfrom b: b1\n")).is_err());
}

#[test]
fn nil_disable_without_nil_spins_until_the_step_budget_stops_it() {
    // The same program and message as with the default budget, which takes a debug build
    // a minute to spend; the golden output checks the default budget's run.
    let ex = example("nil-disable");
    let p = ex.resolve([("set_nil", "false")]).unwrap();
    let cfg = Config { max_ops: 200_000, ..ex.config(&p, &RunOptions::default()) };
    let out = ex.program(&p).unwrap().runtime(cfg, Vec::new()).run();
    // Every value is still printed once, in a seed-dependent interleaving...
    let mut got: Vec<&str> = out.stdout.lines().collect();
    got.sort();
    assert_eq!(got, ["from a: a1", "from a: a2", "from a: a3", "from b: b1", "from b: b2"]);
    // ...but the loop never ends: no closing line, and the simulator stops the program.
    assert_eq!(out.status, 124);
    let why = out.halted.as_deref().expect("the simulator stopped the program");
    assert!(why.contains("200000 runtime operations without finishing"), "{why}");
    assert!(why.contains("looping forever"), "{why}");
    assert!(out.report.is_empty(), "not a Go failure: {}", out.report);
}

#[test]
fn nil_disable_lesson_quotes_the_default_step_budget() {
    let (course, _) = Course::load();
    let prose = &course.lessons.iter().find(|l| l.id == "channels").unwrap().prose;
    let prose = prose.split_whitespace().collect::<Vec<_>>().join(" ");
    let quoted = format!("stopped after {} runtime operations", Config::default().max_ops);
    assert!(prose.contains(&quoted), "lesson.md should quote `{quoted}`");
}

// ---- the exercise ----

#[test]
fn exercise_close_so_range_ends_solution_passes_and_starter_fails() {
    use chanlab::course::exercise::{check, seeds, ExerciseResult};
    let (course, _) = chanlab::course::Course::load();
    let ex = course.lessons.iter().flat_map(|l| &l.exercises).find(|e| e.id == "close-so-range-ends").unwrap();
    let solved = check(ex, &ex.solution, seeds(ex));
    assert!(solved.passed(), "{}", solved.output());
    let starter = check(ex, &ex.starter, 1..4);
    assert!(matches!(starter, ExerciseResult::Failed { .. }), "{}", starter.output());
    assert!(starter.output().contains("deadlock"), "{}", starter.output());
}
