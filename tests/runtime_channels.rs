//! Channel and select rules (the invariants `src/runtime/chan/` and `select.rs` state), one
//! test per rule.

mod common_rt;
use chanlab::runtime::{self as go, select_forever, sleep, Chan, Select};
use common_rt::*;

const MS: i64 = 1_000_000;

#[test]
fn unbuffered_send_hands_off_to_a_waiting_receiver() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        let c = ch.clone();
        go::go("main.main.func1", "", async move {
            let v = c.recv().await;
            go::println(format!("got {v}"));
        });
        ch.send(7).await;
        go::println("sent");
        sleep(MS).await;
    });
    // Main blocks (no receiver yet); the receiver takes the value from main's parked send,
    // readies main and keeps running until it exits.
    assert_eq!(out.stdout, "got 7\nsent\n");
}

#[test]
fn buffered_channel_is_fifo_with_len_and_cap() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(3);
        for v in [1, 2, 3] {
            ch.send(v).await;
        }
        go::println(format!("len {} cap {}", ch.len(), ch.cap()));
        let a = ch.recv().await;
        let b = ch.recv().await;
        go::println(format!("{a} {b} len {}", ch.len()));
    });
    assert_eq!(out.stdout, "len 3 cap 3\n1 2 len 1\n");
}

#[test]
fn receive_from_a_full_buffer_moves_a_blocked_senders_value_to_the_tail() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(1);
        ch.send(1).await;
        let c = ch.clone();
        go::go("main.main.func1", "", async move { c.send(2).await });
        sleep(MS).await;
        let a = ch.recv().await;
        let b = ch.recv().await;
        go::println(format!("{a} {b}"));
    });
    assert_eq!(out.stdout, "1 2\n");
}

#[test]
fn send_on_closed_channel_panics() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(1);
        ch.close().await;
        ch.send(1).await;
        go::println("unreachable");
    });
    assert_eq!(out.status, 2);
    assert!(out.report.starts_with("panic: send on closed channel\n\ngoroutine 1 [running]:"), "{}", out.report);
    assert_eq!(out.stdout, "");
}

#[test]
fn close_of_closed_channel_panics() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        ch.close().await;
        ch.close().await;
    });
    assert!(out.report.starts_with("panic: close of closed channel"));
    assert_eq!(out.status, 2);
}

#[test]
fn close_of_nil_channel_panics() {
    let out = run(async { Chan::<i64>::nil().close().await });
    assert!(out.report.starts_with("panic: close of nil channel"));
}

#[test]
fn receive_on_closed_drained_channel_yields_zero_and_not_ok() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(2);
        ch.send(5).await;
        ch.close().await;
        let (a, ok1) = ch.recv_ok().await;
        let (b, ok2) = ch.recv_ok().await;
        go::println(format!("{a} {ok1} {b} {ok2}"));
    });
    assert_eq!(out.stdout, "5 true 0 false\n");
}

#[test]
fn send_and_receive_on_nil_channel_block_forever() {
    let send = run(async { Chan::<i64>::nil().send(1).await });
    assert_eq!(headers(&send.report), ["goroutine 1 [chan send (nil chan)]:"]);
    let recv = run(async {
        Chan::<i64>::nil().recv().await;
    });
    assert_eq!(headers(&recv.report), ["goroutine 1 [chan receive (nil chan)]:"]);
}

#[test]
fn a_sender_parked_when_the_channel_is_closed_panics() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        let c = ch.clone();
        go::go("main.main.func1", "", async move { c.send(1).await });
        sleep(MS).await;
        ch.close().await;
        sleep(MS).await;
    });
    assert!(out.report.starts_with("panic: send on closed channel\n\ngoroutine 7 [running]:"), "{}", out.report);
}

#[test]
fn waiting_receivers_are_served_first_in_first_out() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        let done: Chan<i64> = Chan::new(10);
        for i in 0..3 {
            let (c, d) = (ch.clone(), done.clone());
            go::go("main.main.func1", "", async move {
                let v = c.recv().await;
                d.send(i * 10 + v).await;
            });
        }
        sleep(MS).await; // parked in order 2, 0, 1: they get 1, 2, 3 and run 1, 2, 0
        for v in 1..=3 {
            ch.send(v).await;
        }
        sleep(MS).await;
        let mut got = Vec::new();
        for _ in 0..3 {
            got.push(done.recv().await.to_string());
        }
        go::println(got.join(" "));
    });
    assert_eq!(out.stdout, "13 21 2\n");
}

#[test]
fn range_ends_when_the_channel_is_closed_and_drained() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        let c = ch.clone();
        go::go("main.main.func1", "", async move {
            for i in 0..3 {
                c.send(i).await;
            }
            c.close().await;
        });
        while let Some(v) = ch.next().await {
            go::print(format!("{v} "));
        }
        go::println("end");
    });
    assert_eq!(out.stdout, "0 1 2 end\n");
}

#[test]
fn directional_views_reach_the_same_channel() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(1);
        let (tx, rx) = (ch.send_only(), ch.recv_only());
        tx.send(3).await;
        go::println(format!("{} {}", rx.len(), rx.recv().await));
    });
    assert_eq!(out.stdout, "1 3\n");
}

#[test]
fn select_default_runs_when_no_case_is_ready() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(1);
        let a = Select::new().recv(&ch, |v, _| format!("got {v}")).default(|| "none".into()).await;
        ch.send(1).await;
        let b = Select::new().recv(&ch, |v, _| format!("got {v}")).default(|| "none".into()).await;
        go::println(format!("{a} {b}"));
    });
    assert_eq!(out.stdout, "none got 1\n");
}

#[test]
fn select_chooses_uniformly_among_ready_cases() {
    let out = run(async {
        let a: Chan<i64> = Chan::new(1);
        let b: Chan<i64> = Chan::new(1);
        let mut wins = [0; 2];
        for _ in 0..10_000 {
            if a.is_empty() {
                a.send(0).await;
            }
            if b.is_empty() {
                b.send(1).await;
            }
            let i = Select::new().recv(&a, |v, _| v).recv(&b, |v, _| v).await;
            wins[i as usize] += 1;
        }
        go::println(format!("{} {}", wins[0], wins[1]));
    });
    let wins: Vec<i64> = out.stdout.split_whitespace().map(|w| w.parse().unwrap()).collect();
    assert!((4700..=5300).contains(&wins[0]), "{wins:?}");
}

#[test]
fn select_never_fires_a_nil_channel_case() {
    let out = run(async {
        let ready: Chan<i64> = Chan::new(1);
        ready.send(1).await;
        for _ in 0..100 {
            let which = Select::new()
                .recv(&Chan::<i64>::nil(), |_, _| "nil")
                .send(&Chan::<i64>::nil(), 1, || "nil")
                .recv(&ready, |_, _| "ready")
                .await;
            assert_eq!(which, "ready");
            ready.send(1).await;
        }
        go::println("ok");
    });
    assert_eq!(out.stdout, "ok\n");
}

#[test]
fn select_with_no_cases_blocks_forever() {
    let out = run(async { select_forever().await });
    assert_eq!(headers(&out.report), ["goroutine 1 [select (no cases)]:"]);
}

#[test]
fn blocked_select_is_woken_by_the_first_counterpart_and_leaves_no_stale_waiter() {
    let out = run(async {
        let a: Chan<i64> = Chan::new(0);
        let b: Chan<i64> = Chan::new(0);
        let (a2, b2) = (a.clone(), b.clone());
        go::go("main.main.func1", "", async move {
            sleep(MS).await;
            b2.send(2).await;
            // The select's waiter on `a` must be gone: this send finds no receiver.
            let sent = Select::new().send(&a2, 1, || true).default(|| false).await;
            go::println(format!("second send delivered: {sent}"));
        });
        let v = Select::new().recv(&a, |v, _| v).recv(&b, |v, _| v).await;
        go::println(format!("select got {v}"));
        sleep(2 * MS).await;
    });
    // The sender keeps running after waking main, and finds main's other waiter stale.
    assert_eq!(out.stdout, "second send delivered: false\nselect got 2\n");
}

#[test]
fn select_send_case_on_closed_channel_panics() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(1);
        ch.close().await;
        Select::new().send(&ch, 1, || ()).default(|| ()).await;
    });
    assert!(out.report.starts_with("panic: send on closed channel"));
}
