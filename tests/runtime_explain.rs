//! Deadlock and leak explanations: one plain-language line per stuck goroutine, saying what it
//! waits on (by channel or mutex name) and why nothing can wake it, with its Go source line.
//! Go's own report is unchanged by them.

use chanlab::runtime::{self as go, Chan, Config, Mutex, Outcome, Runtime, Select, WaitGroup};
use std::collections::HashMap;
use std::future::Future;

fn run_lines<F: Future<Output = ()> + 'static>(lines: &[(&str, u32)], main: F) -> Outcome {
    let lines: HashMap<String, u32> = lines.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    Runtime::new(Config { lines, ..Config::default() }, main).run()
}

#[test]
fn an_unbuffered_send_with_no_receiver_names_the_channel() {
    let out = run_lines(&[("send", 9)], async {
        let ch: Chan<i64> = Chan::new(0).named("results");
        ch.send(1).at("send").await;
    });
    assert_eq!(out.status, 2);
    assert_eq!(
        out.report,
        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n\tmain.go:9\n"
    );
    assert_eq!(out.explanations.len(), 1);
    let e = &out.explanations[0];
    assert_eq!((e.g, e.func, e.line), (1, "main.main", 9));
    assert_eq!(
        e.text,
        "blocked sending on `results` (unbuffered, so a send waits for a receiver): it is the only goroutine left, \
         so nobody can ever receive from `results`."
    );
}

#[test]
fn a_full_buffer_and_other_blocked_goroutines_are_explained() {
    let out = run_lines(&[("send", 12), ("recv", 20), ("go", 18)], async {
        let jobs: Chan<i64> = Chan::new(1).named("jobs");
        let done: Chan<bool> = Chan::new(0).named("done");
        let d = done.clone();
        go::go("main.main.func1", "go", async move {
            d.recv().at("recv").await;
        });
        jobs.send(1).at("send").await;
        jobs.send(2).at("send").await;
    });
    assert_eq!(out.status, 2);
    let texts: Vec<(u32, u32, &str)> = out.explanations.iter().map(|e| (e.g, e.line, e.text.as_str())).collect();
    assert_eq!(
        texts,
        vec![
            (
                1,
                12,
                "blocked sending on `jobs` (its buffer of 1 is full): every other goroutine is blocked too, \
                 so nobody can ever receive from `jobs`."
            ),
            (
                7,
                20,
                "blocked receiving from `done`: every other goroutine is blocked too, so nobody can ever send on \
                 or close `done`."
            ),
        ]
    );
}

#[test]
fn a_nil_channel_receive_is_never_ready() {
    let out = run_lines(&[("recv", 7)], async {
        let ch: Chan<i64> = Chan::nil();
        ch.recv().at("recv").await;
    });
    assert!(out.report.contains("goroutine 1 [chan receive (nil chan)]:"));
    assert_eq!(out.explanations.len(), 1);
    assert_eq!(out.explanations[0].line, 7);
    assert_eq!(out.explanations[0].text, "blocked receiving from a nil channel: a nil channel is never ready.");
}

#[test]
fn a_waitgroup_never_done_names_the_counter() {
    let out = run_lines(&[("wait", 15), ("go", 11)], async {
        let wg = WaitGroup::new();
        for _ in 0..3 {
            wg.add(1).await;
            let wg = wg.clone();
            go::go("main.main.func1", "go", async move {
                // Forgets to call wg.Done() on one path.
                let _ = wg;
            });
        }
        wg.wait().at_wait("wait").await;
    });
    assert_eq!(out.status, 2);
    assert!(out.report.contains("goroutine 1 [sync.WaitGroup.Wait]:\nmain.main()\n\tmain.go:15\n"), "{}", out.report);
    assert_eq!(out.explanations.len(), 1);
    assert_eq!(
        out.explanations[0].text,
        "waiting in WaitGroup.Wait() for the counter (now 3) to reach zero: it is the only goroutine left, \
         so nobody can ever call Done() on it."
    );
}

/// `wg.Wait()` at a label: label the line first, as programs do.
trait AtWait {
    fn at_wait(self, site: &'static str) -> Self;
}
impl<T> AtWait for T {
    fn at_wait(self, site: &'static str) -> Self {
        go::at(site);
        self
    }
}

#[test]
fn a_leaked_sender_after_main_returns() {
    let out = run_lines(&[("send", 10), ("go", 8)], async {
        let results: Chan<i64> = Chan::new(0).named("results");
        let r = results.clone();
        go::go("main.main.func1", "go", async move {
            r.send(1).at("send").await;
        });
        go::sleep(1).await; // the sender blocks; main never receives
    });
    assert_eq!(out.status, 0);
    assert_eq!(out.report, "");
    assert_eq!(out.leaks.len(), 1);
    assert_eq!(out.explanations.len(), 1, "{:?}", out.explanations);
    let e = &out.explanations[0];
    assert_eq!((e.g, e.func, e.line), (7, "main.main.func1", 10));
    assert_eq!(
        e.text,
        "blocked sending on `results` (unbuffered, so a send waits for a receiver) when main returned: \
         no goroutine is left running that could receive from `results`, so it waits forever (a goroutine leak)."
    );
}

#[test]
fn a_leak_with_other_leftover_goroutines_that_could_still_act_says_so() {
    let out = run_lines(&[("send", 10), ("go", 8), ("recv", 13)], async {
        let results: Chan<i64> = Chan::new(0).named("results");
        for _ in 0..2 {
            let r = results.clone();
            go::go("main.main.func1", "go", async move {
                r.send(1).at("send").await;
            });
        }
        go::sleep(1).await; // both senders block
        results.recv().at("recv").await; // reads one: the sender it wakes never gets to run
    });
    let texts: Vec<(u32, &str)> = out.explanations.iter().map(|e| (e.g, e.text.as_str())).collect();
    assert_eq!(
        texts,
        vec![
            (
                7,
                "blocked sending on `results` (unbuffered, so a send waits for a receiver) when main returned: it \
                 leaks unless one of the other leftover goroutines or a pending timer will receive from `results`."
            ),
            (8, "still runnable when main returned: it was cut off mid-work."),
        ]
    );
}

#[test]
fn a_goroutine_that_never_ran_is_explained() {
    let out = run_lines(&[("go", 5)], async {
        go::go("main.main.func1", "go", async {});
    });
    assert_eq!(out.explanations.len(), 1);
    assert_eq!(out.explanations[0].text, "created but never ran: main returned before the scheduler got to it.");
}

#[test]
fn a_mutex_locked_twice_is_not_reentrant() {
    let out = run_lines(&[("lock2", 11)], async {
        let mu = Mutex::new().named("mu");
        mu.lock().await;
        go::at("lock2");
        mu.lock().await;
    });
    assert_eq!(out.status, 2);
    assert!(out
        .report
        .starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.Mutex.Lock]:"));
    assert_eq!(out.explanations.len(), 1);
    assert_eq!(out.explanations[0].line, 11);
    assert_eq!(
        out.explanations[0].text,
        "blocked locking `mu`, which it already holds itself: sync.Mutex is not re-entrant: only this goroutine \
         could unlock it, and it is waiting."
    );
}

#[test]
fn a_mutex_held_by_another_blocked_goroutine_names_the_holder() {
    let out = run_lines(&[], async {
        let mu = Mutex::new().named("mu");
        let ch: Chan<i64> = Chan::new(0).named("ch");
        let (m, c) = (mu.clone(), ch.clone());
        go::go("main.main.func1", "", async move {
            m.lock().await;
            c.recv().await; // never sent: holds mu forever
        });
        go::sleep(1).await;
        mu.lock().await;
    });
    let texts: Vec<&str> = out.explanations.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "blocked locking `mu`, held by goroutine 7: every other goroutine is blocked too, so nobody can ever \
             unlock `mu`.",
            "blocked receiving from `ch`: every other goroutine is blocked too, so nobody can ever send on or close `ch`.",
        ]
    );
}

#[test]
fn a_select_names_every_case_and_skips_nil_ones() {
    let out = run_lines(&[("sel", 21)], async {
        let a: Chan<i64> = Chan::new(0).named("a");
        let b: Chan<i64> = Chan::new(0).named("b");
        let n: Chan<i64> = Chan::nil();
        Select::new().recv(&a, |_, _| ()).send(&b, 1, || ()).recv(&n, |_, _| ()).at("sel").await;
    });
    assert_eq!(out.explanations.len(), 1);
    assert_eq!(out.explanations[0].line, 21);
    assert_eq!(
        out.explanations[0].text,
        "blocked in a select waiting to receive from `a` or send on `b` (1 case on a nil channel never fire): \
         it is the only goroutine left, so nobody can ever send on or close `a` or receive from `b`."
    );
    let out = run_lines(&[], async { go::select_forever().await });
    assert_eq!(out.explanations[0].text, "blocked in an empty `select {}`: a select with no cases never proceeds.");
}

#[test]
fn clean_runs_and_panics_have_no_explanations() {
    let out = run_lines(&[], async {
        let ch: Chan<i64> = Chan::new(1);
        ch.send(1).await;
        go::println(format!("{}", ch.recv().await));
    });
    assert_eq!(out.status, 0);
    assert!(out.explanations.is_empty(), "{:?}", out.explanations);
    let out = run_lines(&[], async {
        let ch: Chan<i64> = Chan::new(0);
        ch.close().await;
        ch.send(1).await;
    });
    assert_eq!(out.status, 2);
    assert!(out.explanations.is_empty(), "{:?}", out.explanations);
}

#[test]
fn an_explanation_splits_into_text_and_code_spans() {
    let e = chanlab::runtime::Explanation {
        g: 7,
        func: "main.worker",
        line: 3,
        text: "blocked sending on `result`: nobody receives from `result`.".to_string(),
    };
    assert_eq!(
        e.spans(),
        [
            ("blocked sending on ", false),
            ("result", true),
            (": nobody receives from ", false),
            ("result", true),
            (".", false)
        ]
    );
}
