//! The `pubsub` lesson's broker: every subscriber accounts for every message; a slow
//! subscriber loses messages only when its backlog outgrows its buffer, and never slows
//! down or costs messages to the others.

mod common_course;
use common_course::*;

/// (received, dropped) per subscriber, in order, checking the header and the accounting.
fn broker(subs: i64, buffer: i64, messages: i64, slow: i64) -> Vec<(i64, i64)> {
    let s: Vec<String> = [subs, buffer, messages, slow].iter().map(i64::to_string).collect();
    let out = run("broker", &[("subscribers", &s[0]), ("buffer", &s[1]), ("messages", &s[2]), ("slow_ms", &s[3])]);
    assert_eq!(out.status, 0, "{}", out.report);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
    let mut lines = out.stdout.lines();
    assert_eq!(lines.next(), Some(format!("published {messages} messages").as_str()));
    let counts: Vec<(i64, i64)> = lines
        .enumerate()
        .map(|(i, l)| {
            let slow_tag = if i as i64 == subs - 1 && slow > 0 { " (slow)" } else { "" };
            let rest =
                l.strip_prefix(&format!("subscriber {}{slow_tag}: received ", i + 1)).unwrap_or_else(|| panic!("{l}"));
            let (r, d) = rest.split_once(", dropped ").unwrap();
            (r.parse().unwrap(), d.parse().unwrap())
        })
        .collect();
    assert_eq!(counts.len() as i64, subs);
    for &(r, d) in &counts {
        assert_eq!(r + d, messages, "every message is received or counted as dropped");
    }
    counts
}

#[test]
fn defaults_deliver_everything_to_everyone() {
    assert_eq!(broker(2, 16, 10, 0), vec![(10, 0), (10, 0)]);
}

#[test]
fn fast_subscribers_miss_nothing_when_buffered_whatever_the_slow_one_does() {
    for subs in [2, 4, 8] {
        for slow in [0, 35, 50, 500] {
            for buffer in [1, 2, 16] {
                let counts = broker(subs, buffer, 20, slow);
                for (i, c) in counts[..subs as usize - 1].iter().enumerate() {
                    assert_eq!(*c, (20, 0), "subscriber {} of {subs}, slow {slow}, buffer {buffer}", i + 1);
                }
            }
        }
    }
}

#[test]
fn unbuffered_fast_subscribers_lose_only_the_first_message() {
    // It is published before their goroutines have started waiting.
    for subs in [1, 3] {
        assert!(broker(subs, 0, 10, 0).iter().all(|&c| c == (9, 1)));
    }
}

#[test]
fn a_slow_subscriber_with_room_for_its_backlog_drops_nothing() {
    for (slow, messages) in [(50, 10), (100, 30), (500, 16)] {
        assert_eq!(broker(2, messages, messages, slow)[1], (messages, 0), "slow {slow}");
    }
}

#[test]
fn a_slow_subscriber_drops_more_as_its_buffer_shrinks() {
    let (messages, slow) = (40, 35);
    let drops: Vec<i64> = [32, 16, 8, 4, 2, 1, 0].iter().map(|&b| broker(3, b, messages, slow)[2].1).collect();
    assert!(drops.windows(2).all(|w| w[0] <= w[1]), "{drops:?}");
    assert!(drops[0] < drops[6], "{drops:?}");
    // It always gets at least what fits in its buffer plus the one in its hands.
    for (b, d) in [32, 16, 8, 4, 2, 1, 0].iter().zip(&drops) {
        assert!(messages - d >= (b + 1).min(messages), "buffer {b}: dropped {d}");
    }
}

#[test]
fn slow_subscriber_gets_about_one_message_per_slow_interval() {
    // Messages come every 10ms for 10 * messages ms; with a buffer of 2 it holds at most
    // 3 at once, so it takes about one per `slow` ms while the publisher runs, plus those.
    let (messages, slow, buffer) = (100, 50, 2);
    let (r, _) = broker(2, buffer, messages, slow)[1];
    let expected = 10 * messages / slow + buffer;
    assert!((r - expected).abs() <= 2, "received {r}, expected about {expected}");
}

#[test]
fn no_messages_means_nothing_received_and_nothing_dropped() {
    assert_eq!(broker(3, 0, 0, 50), vec![(0, 0); 3]);
}
