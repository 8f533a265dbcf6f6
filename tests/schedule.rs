//! "You are the scheduler" without the web (src/course/schedule.rs): sessions stop at real
//! decisions, picks replay and round-trip through share links, and every challenge can be
//! won by some schedule at its setup and lost by another, so the learner's schedule is what
//! decides.

mod common_course;

use chanlab::course::schedule::{challenges, format_picks, parse_picks, search, Challenge, Decision, Pick, Session};
use chanlab::course::Params;
use chanlab::course::{Example, RunOptions};

fn setup(ex: &Example, c: Challenge) -> (Params, RunOptions) {
    let s = c.setup();
    let p = ex.resolve(s.sets.iter().copied()).expect("the challenge's settings are valid");
    (p, RunOptions { gomaxprocs: s.procs, ..RunOptions::default() })
}

#[test]
fn picks_round_trip_through_the_share_link_format() {
    let picks = vec![Pick::Run(7), Pick::Case(1), Pick::Run(12), Pick::Rest];
    assert_eq!(format_picks(&picks), "7.c1.12.go");
    assert_eq!(parse_picks("7.c1.12.go"), Ok(picks));
    assert_eq!(parse_picks(""), Ok(vec![]));
    assert!(parse_picks("7.x").unwrap_err().contains("`x` is not a goroutine id"));
    assert!(parse_picks("cz").unwrap_err().contains("not a select case"));
}

#[test]
fn every_challenge_is_decided_by_the_schedule() {
    for id in ["worker-pool", "mutex-counter"] {
        let ex = common_course::example(id);
        for &c in challenges(&ex) {
            let (p, opts) = setup(&ex, c);
            let win = search(&ex, &p, &opts, &|o| c.met(o, &p), 50_000)
                .unwrap_or_else(|| panic!("{id}: no schedule meets {c:?}"));
            // The winning picks, through a share link, replay to the same outcome.
            let picks = parse_picks(&format_picks(&win)).unwrap();
            let s = Session::replay(&ex, &p, &opts, &picks).unwrap();
            assert!(s.is_done(), "{id} {c:?}: the winning schedule ends the program");
            assert!(c.met(&s.runtime().outcome(), &p), "{id} {c:?}: replayed picks win again");
            assert!(
                search(&ex, &p, &opts, &|o| !c.met(o, &p), 50_000).is_some(),
                "{id}: {c:?} is met by every schedule, so it teaches nothing"
            );
        }
    }
}

#[test]
fn the_unlocked_counter_loses_an_update_only_when_both_read_first() {
    let ex = common_course::example("mutex-counter");
    let (p, opts) = setup(&ex, Challenge::LostUpdate);
    let win = search(&ex, &p, &opts, &|o| Challenge::LostUpdate.met(o, &p), 50_000).unwrap();
    let s = Session::replay(&ex, &p, &opts, &win).unwrap();
    assert_eq!(s.runtime().outcome().stdout, "final count: 1\n");
    assert!(s.parallel());
}

#[test]
fn the_learner_decides_every_select_in_select_fairness() {
    let ex = common_course::example("select-fairness");
    let p = ex.resolve([]).unwrap();
    let mut s = Session::start(&ex, &p, &RunOptions::default()).unwrap();
    let mut asked = 0;
    while let Decision::Case(ask) = s.decision().clone() {
        assert_eq!(ask.cases.iter().map(|c| c.label()).collect::<Vec<_>>(), ["case <-a", "case <-b"]);
        assert_eq!(ask.line, common_course::line("select-fairness", &[], "select {"));
        // Case a for the first 10 rounds, then Go's random choice for the rest.
        if asked == 10 {
            assert!(s.pick(Pick::Rest));
            break;
        }
        assert!(s.pick(Pick::Case(0)));
        assert!(!s.pick(Pick::Run(1)), "a goroutine pick does not answer a select");
        asked += 1;
    }
    assert_eq!(asked, 10);
    let out = s.runtime().outcome().stdout;
    let a: i32 = out.lines().next().unwrap().trim_start_matches("case a won: ").parse().unwrap();
    assert!(a >= 10, "{out}");
    assert!(s.is_done());
}

#[test]
fn a_pick_that_is_not_offered_changes_nothing() {
    let ex = common_course::example("worker-pool");
    let p = ex.resolve([]).unwrap();
    let mut s = Session::start(&ex, &p, &RunOptions::default()).unwrap();
    let before = s.decision().clone();
    assert!(matches!(before, Decision::Run(_)));
    assert!(!s.pick(Pick::Run(999)));
    assert!(!s.pick(Pick::Case(0)));
    assert_eq!(s.decision(), &before);
    assert!(s.picks().is_empty());
    // Replay stops at the first impossible pick and keeps the ones before it.
    let Decision::Run(ch) = before else { unreachable!() };
    let s = Session::replay(&ex, &p, &RunOptions::default(), &[Pick::Run(ch[1].g), Pick::Run(999), Pick::Run(ch[0].g)])
        .unwrap();
    assert_eq!(s.picks(), &[Pick::Run(ch[1].g)]);
}

#[test]
fn runtime_goroutines_are_never_offered() {
    // Go's finalizer goroutine (runtime.runfinq) is runnable at the start; with two
    // processors it would take one and hide the learner's goroutines.
    for id in ["worker-pool", "mutex-counter"] {
        let ex = common_course::example(id);
        for &c in challenges(&ex) {
            let (p, opts) = setup(&ex, c);
            for last in [false, true] {
                let mut s = Session::start(&ex, &p, &opts).unwrap();
                for _ in 0..500 {
                    let Decision::Run(ch) = s.decision().clone() else { break };
                    for k in &ch {
                        assert!(!k.func.is_empty() && !k.func.starts_with("runtime."), "{id} {c:?}: offered {k:?}");
                    }
                    let k = if last { ch.last() } else { ch.first() };
                    assert!(s.pick(Pick::Run(k.unwrap().g)));
                }
            }
        }
    }
}
