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
    // The last goroutine started sits in runnext; the others wait in the queue in order,
    // behind the runtime's finalizer goroutine (5, `runtime.runfinq`), which Go starts too.
    assert_eq!(rt.runnable(), vec![8, 5, 6, 7]);
    assert_eq!(finish(rt, &[]), "worker 2\nworker 0\nworker 1\ndone\n");
}

#[test]
fn the_learner_can_run_the_goroutines_in_any_order() {
    let mut rt = three_workers();
    until_main_blocks(&mut rt);
    assert_eq!(finish(rt, &[7, 8, 6]), "worker 1\nworker 2\nworker 0\ndone\n");
}

#[test]
fn a_goroutine_that_is_not_runnable_cannot_be_picked() {
    let mut rt = three_workers();
    assert_eq!(rt.step_goroutine(6), None); // not started yet
    until_main_blocks(&mut rt);
    assert_eq!(rt.step_goroutine(1), None); // main is blocked in Wait
    assert_eq!(rt.step_goroutine(6), Some(Step::Ran(6)));
    assert_eq!(rt.step_goroutine(6), None); // it has exited
}

#[test]
fn the_same_picks_replay_the_same_run() {
    let run = |picks: &[Gid]| {
        let mut rt = three_workers();
        until_main_blocks(&mut rt);
        finish(rt, picks)
    };
    assert_eq!(run(&[6, 8]), run(&[6, 8]));
    assert_ne!(run(&[6, 8]), run(&[8, 6]));
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
