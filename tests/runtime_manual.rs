//! Manual scheduling ("you are the scheduler"): the runtime lists the runnable goroutines in
//! the order Go would take them, runs the one the learner picks, and lets the learner decide
//! which ready `select` case fires. A schedule of picks replays deterministically.

use chanlab::runtime::{self as go, Chan, Config, Gid, Runtime, Select, Step, WaitGroup};

/// Three workers print their number; main waits for them.
fn three_workers() -> Runtime {
    Runtime::new(Config::default(), async {
        let wg = WaitGroup::new();
        for i in 0..3 {
            wg.add(1).await;
            let wg = wg.clone();
            go::go("main.main.func1", "", async move {
                go::println(format!("worker {i}"));
                wg.done().await;
            });
        }
        wg.wait().await;
        go::println("done");
    })
}

/// Run main until it blocks (Go's own choices while only main is runnable).
fn until_main_blocks(rt: &mut Runtime) {
    assert_eq!(rt.step(), Step::Ran(1));
}

fn finish(mut rt: Runtime, picks: &[Gid]) -> String {
    for &g in picks {
        assert_eq!(rt.step_goroutine(g), Some(Step::Ran(g)), "goroutine {g} should be runnable");
    }
    rt.run().stdout
}

#[test]
fn runnable_lists_gos_own_choice_first() {
    let mut rt = three_workers();
    assert_eq!(rt.runnable(), vec![1]);
    until_main_blocks(&mut rt);
    // The last goroutine started sits in runnext; the others wait in the queue in order.
    // The runtime's own goroutines (5 and 6, which Go starts too) are never offered.
    assert_eq!(rt.runnable(), vec![9, 7, 8]);
    assert_eq!(finish(rt, &[]), "worker 2\nworker 0\nworker 1\ndone\n");
}

#[test]
fn the_learner_can_run_the_goroutines_in_any_order() {
    let mut rt = three_workers();
    until_main_blocks(&mut rt);
    assert_eq!(finish(rt, &[8, 9, 7]), "worker 1\nworker 2\nworker 0\ndone\n");
}

#[test]
fn a_goroutine_that_is_not_runnable_cannot_be_picked() {
    let mut rt = three_workers();
    assert_eq!(rt.step_goroutine(7), None); // not started yet
    until_main_blocks(&mut rt);
    assert_eq!(rt.step_goroutine(1), None); // main is blocked in Wait
    assert_eq!(rt.step_goroutine(7), Some(Step::Ran(7)));
    assert_eq!(rt.step_goroutine(7), None); // it has exited
}

#[test]
fn the_same_picks_replay_the_same_run() {
    let run = |picks: &[Gid]| {
        let mut rt = three_workers();
        until_main_blocks(&mut rt);
        finish(rt, picks)
    };
    assert_eq!(run(&[7, 9]), run(&[7, 9]));
    assert_ne!(run(&[7, 9]), run(&[9, 7]));
}

#[test]
fn the_learner_picks_which_ready_select_case_fires() {
    for pick in [0usize, 1] {
        for seed in 1..=10 {
            let mut rt = Runtime::new(Config { seed, ..Config::default() }, async {
                let (a, b): (Chan<&str>, Chan<&str>) = (Chan::new(1), Chan::new(1));
                a.send("a").await;
                b.send("b").await;
                let v = Select::new().recv(&a, |v, _| v).recv(&b, |v, _| v).await;
                go::println(v);
            });
            rt.pick_select_case(pick);
            let want = if pick == 0 { "a\n" } else { "b\n" };
            assert_eq!(rt.run().stdout, want, "seed {seed}");
        }
    }
}

/// Two buffered channels, both holding a value, and one select over them (plus a nil case).
fn two_ready_cases(seed: u64) -> Runtime {
    Runtime::new(Config { seed, ..Config::default() }, async {
        let (a, b, none): (Chan<&str>, Chan<&str>, Chan<&str>) =
            (Chan::new(1).named("a"), Chan::new(1).named("b"), Chan::nil());
        a.send("a").await;
        b.send("b").await;
        let v = Select::new().recv(&a, |v, _| v).send(&none, "x", || "nil").recv(&b, |v, _| v).await;
        go::println(v);
    })
}

#[test]
fn a_select_with_several_ready_cases_asks_which_one_fires() {
    for (pick, want) in [(0usize, "a\n"), (2, "b\n")] {
        let mut rt = two_ready_cases(3);
        rt.ask_select_cases(true);
        assert_eq!(rt.step_goroutine(1), Some(Step::Ran(1)));
        let ask = rt.select_choice().expect("the select waits for a choice");
        assert_eq!(ask.g, 1);
        // Only the ready cases, in source order; the nil channel's case is left out.
        let offered: Vec<(usize, String)> = ask.cases.iter().map(|c| (c.pos, c.label())).collect();
        assert_eq!(offered, vec![(0, "case <-a".to_string()), (2, "case <-b".to_string())]);
        // Nothing was taken while asking: main is still runnable, first in line.
        assert_eq!(rt.runnable()[0], 1);
        rt.pick_select_case(pick);
        assert_eq!(rt.select_choice(), None);
        assert_eq!(rt.run().stdout, want);
    }
}

#[test]
fn a_select_with_one_ready_case_does_not_ask() {
    let mut rt = Runtime::new(Config::default(), async {
        let (a, b): (Chan<i32>, Chan<i32>) = (Chan::new(1), Chan::new(1));
        b.send(2).await;
        let v = Select::new().recv(&a, |v, _| v).recv(&b, |v, _| v).await;
        go::println(v.to_string());
    });
    rt.ask_select_cases(true);
    rt.step_goroutine(1);
    assert_eq!(rt.select_choice(), None);
    assert_eq!(rt.run().stdout, "2\n");
}

/// Two goroutines each do `count++` (a load, then a store) with two processors.
fn racy_increments() -> (Runtime, go::Shared<i64>) {
    let count = go::Shared::new(0i64);
    let c = count.clone();
    let rt = Runtime::new(Config { gomaxprocs: 2, ..Config::default() }, async move {
        let wg = WaitGroup::new();
        for _ in 0..2 {
            wg.add(1).await;
            let (wg, c) = (wg.clone(), c.clone());
            go::go("main.main.func1", "", async move {
                let v = c.load().await;
                c.store(v + 1).await;
                wg.done().await;
            });
        }
        wg.wait().await;
    });
    (rt, count)
}

/// Run main until goroutines 7 and 8 hold both processors.
fn until_both_on_processors(rt: &mut Runtime) {
    loop {
        let r = rt.runnable();
        if r.contains(&7) && r.contains(&8) {
            return;
        }
        let other = *r.iter().find(|g| **g != 7 && **g != 8).expect("main can run");
        rt.step_goroutine(other);
    }
}

/// Pick goroutine `g` at the next decision; main (1) runs whenever it is the only choice.
fn run_op(rt: &mut Runtime, g: Gid) {
    assert!(rt.runnable().contains(&g), "goroutine {g} should be on a processor: {:?}", rt.procs());
    assert_eq!(rt.step_goroutine(g), Some(Step::Ran(g)));
}

#[test]
fn in_parallel_mode_the_learner_interleaves_single_operations() {
    // Both goroutines load 0 before either stores: one increment is lost.
    let (mut rt, count) = racy_increments();
    until_both_on_processors(&mut rt);
    assert_eq!(rt.procs(), vec![Some(8), Some(7)]); // 8 was in runnext
    for g in [7, 8, 7, 8] {
        run_op(&mut rt, g);
    }
    rt.run();
    assert_eq!(count.peek(), 1);

    // One goroutine's load and store, then the other's: nothing is lost.
    let (mut rt, count) = racy_increments();
    until_both_on_processors(&mut rt);
    for g in [7, 7, 8, 8] {
        run_op(&mut rt, g);
    }
    rt.run();
    assert_eq!(count.peek(), 2);
}

/// Whether an event is about goroutine `g` (as the one acting, woken or waking).
fn mentions(e: &go::Event, g: Gid) -> bool {
    use go::Event::*;
    match e {
        Spawn { g: a, parent: b, .. } | Ready { g: a, by: b, .. } => *a == g || *b == g,
        Run { g: a, .. } | Block { g: a, .. } | Yield { g: a, .. } | Exit { g: a, .. } => *a == g,
        Chan { g: a, .. } | Output { g: a, .. } | Panic { g: a, .. } | Recover { g: a, .. } => *a == g,
        Timer { .. } | Inject { .. } | End { .. } => false,
    }
}

#[test]
fn the_runtimes_own_goroutines_are_never_offered_nor_hold_a_processor() {
    // Go starts goroutines 5 (GOMAXPROCS updater) and 6 (finalizers) before main.main; a
    // context deadline's timer starts one more. The learner never sees any of them.
    for procs in [1, 2] {
        let mut rt = Runtime::new(Config { gomaxprocs: procs, trace: true, ..Config::default() }, async {
            let (ctx, _cancel) = go::context::with_timeout(&go::context::background(), 5, "ctx");
            let wg = WaitGroup::new();
            for _ in 0..2 {
                wg.add(1).await;
                let (wg, ctx) = (wg.clone(), ctx.clone());
                go::go("main.main.func1", "", async move {
                    ctx.done().recv().await;
                    wg.done().await;
                });
            }
            wg.wait().await;
        });
        let mut seen = Vec::new();
        while !rt.is_done() {
            let r = rt.runnable();
            seen.extend(r.iter().copied());
            seen.extend(rt.procs().into_iter().flatten());
            match r.first() {
                Some(&g) => assert_eq!(rt.step_goroutine(g), Some(Step::Ran(g))),
                None => assert!(rt.advance_time() || rt.is_done()),
            }
        }
        let out = rt.outcome();
        assert_eq!(out.status, 0);
        assert!(seen.iter().all(|&g| g == 1 || g >= 7), "GOMAXPROCS={procs}: offered {seen:?}");
        let hidden = |e: &go::Event| (5..=6).any(|g| mentions(e, g)) || mentions(e, 9);
        assert!(!out.events.iter().any(hidden), "GOMAXPROCS={procs}: {:?}", out.events);
        assert!(rt.goroutines().iter().all(|g| g.id == 1 || g.id >= 7));
    }
}
