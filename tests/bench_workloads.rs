//! The benchmark workloads (benches/go/interp/*.go, run by `cargo bench --bench interp` and the
//! site's `#/bench` page): each declares its size, resizes, and runs in the interpreter to exit
//! status 0 at a small size, so a broken workload fails here rather than in a benchmark run.

include!("../benches/go/interp/workloads.rs");

#[test]
fn every_workload_declares_a_size() {
    for w in WORKLOADS {
        assert!(w.size() > 0, "{}: size {}", w.name, w.size());
        assert!(w.source(7).contains("\nconst N = 7\n"), "{}: source(7) does not set N", w.name);
        assert!(!w.source(7).contains(&format!("const N = {}", w.size())) || w.size() == 7);
    }
}

#[test]
fn every_workload_runs_at_a_small_size() {
    for w in WORKLOADS {
        let n = (w.size() / 1000).max(10);
        let prog =
            chanlab::golang::vm::build(&[("main.go", &w.source(n))]).unwrap_or_else(|e| panic!("{}: {e}", w.name));
        let cfg = chanlab::runtime::Config { first_gid: 1, ..Default::default() };
        let out = prog.runtime(cfg, Vec::new()).run();
        assert_eq!(out.status, 0, "{}: {}", w.name, out.stderr);
        assert!((w.ops)(n) >= n, "{}: {} ops at size {n}", w.name, (w.ops)(n));
    }
}

#[test]
fn fib_counts_its_calls() {
    let fib = WORKLOADS.iter().find(|w| w.name.starts_with("fib")).expect("a fib workload");
    // fib(0) and fib(1) are one call each; fib(n) is one call plus those of fib(n-1), fib(n-2).
    let mut calls = vec![1i64, 1];
    for n in 2..=30 {
        calls.push(1 + calls[n - 1] + calls[n - 2]);
    }
    for n in [0, 1, 2, 10, 30] {
        assert_eq!((fib.ops)(n as i64), calls[n], "fib({n})");
    }
}

#[test]
fn a_program_prints_what_go_prints() {
    // The loop's sum and the map's length at a small size, as real Go prints them.
    let run = |name: &str, n: i64| {
        let w = WORKLOADS.iter().find(|w| w.name.starts_with(name)).expect(name);
        chanlab::golang::vm::build(&[("main.go", &w.source(n))]).unwrap().runtime(Default::default(), Vec::new()).run()
    };
    assert_eq!(run("loop", 100).stderr, "4950\n");
    assert_eq!(run("1M map", 123).stderr, "123\n");
}
