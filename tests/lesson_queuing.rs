//! The `queuing` lesson's example behaves as the lesson says: with a blocking send the
//! producer waits for a full queue and nothing is lost; with a send-or-default it never waits
//! and drops what does not fit; a fast enough consumer or a big enough queue makes both the
//! same.

mod common_course;
use chanlab::course::conform::{invariant, Observed};
use chanlab::runtime::Outcome;
use common_course::*;

const MS: i64 = 1_000_000;

struct Report {
    sent: i64,
    dropped: i64,
    blocked: String,
    finished: String,
    processed: i64,
}

fn report(out: &Outcome) -> Report {
    let l = out.stdout.lines().find_map(|l| l.strip_prefix("producer: sent ")).expect("producer line");
    let (sent, r) = l.split_once(", dropped ").unwrap();
    let (dropped, r) = r.split_once(", blocked for ").unwrap();
    let (blocked, finished) = r.split_once(", finished at ").unwrap();
    let c = out.stdout.lines().find_map(|l| l.strip_prefix("consumer: processed ")).expect("consumer line");
    Report {
        sent: sent.parse().unwrap(),
        dropped: dropped.parse().unwrap(),
        blocked: blocked.to_string(),
        finished: finished.to_string(),
        processed: c.strip_suffix(" items").unwrap().parse().unwrap(),
    }
}

fn backpressure(sets: &[(&str, &str)]) -> (Outcome, Report) {
    let out = run("backpressure", sets);
    assert_eq!(out.status, 0);
    let r = report(&out);
    (out, r)
}

#[test]
fn backpressure_defaults_block_the_producer_and_lose_nothing() {
    let (out, r) = backpressure(&[]);
    assert_eq!((r.sent, r.dropped, r.processed), (40, 0, 40));
    // Producing alone takes 40 x 10ms = 400ms; the rest of the producer's time is waiting.
    assert_eq!((r.blocked.as_str(), r.finished.as_str()), ("1.06s", "1.46s"));
    // The consumer sets the pace: 40 items x 50ms after the first arrives.
    assert_eq!(out.end_time, 2000 * MS);
}

#[test]
fn backpressure_drop_never_blocks_and_sheds_what_does_not_fit() {
    let (_, r) = backpressure(&[("drop", "true")]);
    assert_eq!(r.blocked, "0s");
    assert_eq!(r.finished, "400ms", "the producer runs at its own pace");
    assert_eq!(r.sent + r.dropped, 40);
    assert_eq!(r.processed, r.sent);
    // In 400ms the consumer takes about 8 items, and the queue held 10 more.
    assert!((17..=19).contains(&r.sent), "sent {}", r.sent);
}

#[test]
fn backpressure_every_item_is_sent_or_dropped_and_every_sent_one_handled() {
    for queue in ["0", "1", "10", "100"] {
        for drop in ["false", "true"] {
            for (produce, consume) in [("10", "50"), ("0", "10"), ("20", "20"), ("50", "10")] {
                let sets = [("queue", queue), ("drop", drop), ("produce_ms", produce), ("consume_ms", consume)];
                let (_, r) = backpressure(&sets);
                assert_eq!(r.sent + r.dropped, 40, "{sets:?}");
                assert_eq!(r.processed, r.sent, "{sets:?}");
                if drop == "false" {
                    assert_eq!(r.dropped, 0, "{sets:?}");
                } else {
                    assert_eq!(r.blocked, "0s", "{sets:?}");
                }
            }
        }
    }
}

#[test]
fn backpressure_a_fast_consumer_or_a_big_queue_makes_drop_irrelevant() {
    for sets in [vec![("consume_ms", "5")], vec![("queue", "40")]] {
        let (blocking, _) = backpressure(&sets);
        let mut with_drop = sets.clone();
        with_drop.push(("drop", "true"));
        let (dropping, r) = backpressure(&with_drop);
        assert_eq!(blocking.stdout, dropping.stdout, "{sets:?}");
        assert_eq!((r.dropped, r.blocked.as_str()), (0, "0s"));
    }
}

#[test]
fn backpressure_unbuffered_drop_sends_only_to_a_waiting_consumer() {
    // With no buffer a send succeeds only when the consumer is already waiting. It waits
    // once per item it handles, and the next item comes within one produce period (10ms)
    // of that: over 400ms, one item per consume_ms at most, one per consume_ms + 10 at least.
    for consume in [20i64, 50, 100] {
        let c = consume.to_string();
        let (_, r) = backpressure(&[("queue", "0"), ("drop", "true"), ("consume_ms", &c)]);
        let (least, most) = (400 / (consume + 10) - 1, 400 / consume + 1);
        assert!((least..=most).contains(&r.sent), "consume {consume}ms: sent {}", r.sent);
    }
}

#[test]
fn backpressure_invariant_accepts_the_simulator_and_rejects_lost_items() {
    let ex = example("backpressure");
    for sets in [vec![], vec![("drop", "true")]] {
        let p = ex.resolve(sets.iter().copied()).unwrap();
        let out = run("backpressure", &sets);
        let o = Observed { status: 0, stdout: out.stdout.clone(), report: vec![] };
        assert!(invariant("backpressure", &p, &o).is_ok(), "{sets:?}");
        let lost = out.stdout.replace("consumer: processed 40", "consumer: processed 39");
        let lost = lost.replacen("processed 18", "processed 17", 1);
        assert!(invariant("backpressure", &p, &Observed { stdout: lost, ..o.clone() }).is_err());
    }
    let p = ex.defaults();
    let o = |s: &str| Observed { status: 0, stdout: s.to_string(), report: vec![] };
    let dropped = "producer: sent 30, dropped 10, blocked for 1.06s, finished at 1.46s\nconsumer: processed 30 items\n";
    assert!(invariant("backpressure", &p, &o(dropped)).is_err(), "a blocking producer never drops");
}
