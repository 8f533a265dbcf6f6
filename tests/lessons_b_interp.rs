//! Two interpreter gaps the production lessons' exercises ran into, pinned: the race detector
//! sees the happens-before edge Go's runtime gives timers (arming a `time.AfterFunc` timer, or
//! a context deadline, happens before the goroutine it starts; a write after arming still
//! races), and with several processors a library function calling back into the program
//! (`fmt` calling `Error`, `sort.Slice` calling `less`) runs the callback to its end instead
//! of failing at a preemption point; and short-lived objects whose addresses a later
//! allocation reuses do not hand their accesses on to it (a false race).

use chanlab::golang;
use chanlab::runtime::Config;

fn run_race(src: &str) -> chanlab::runtime::Outcome {
    golang::run("main.go", src, Config { seed: 1, race: true, ..Default::default() }, Vec::new())
}

fn run_procs(src: &str, gomaxprocs: u32) -> chanlab::runtime::Outcome {
    golang::run("main.go", src, Config { seed: 1, gomaxprocs, ..Default::default() }, Vec::new())
}

#[test]
fn callbacks_from_library_code_print_the_same_with_two_processors() {
    let src = include_str!("go/lessons_b_method_callbacks.go");
    let one = run_procs(src, 1);
    assert_eq!(one.status, 0, "{}", one.stderr);
    for seed_procs in [2, 4] {
        let many = run_procs(src, seed_procs);
        assert_eq!(many.stdout, one.stdout, "GOMAXPROCS={seed_procs}");
        assert!(!many.stdout.contains("PANIC="), "{}", many.stdout);
    }
}

#[test]
fn writes_before_arming_a_timer_are_visible_to_its_func() {
    let src = include_str!("go/lessons_b_afterfunc_hb.go");
    let out = run_race(src);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("DATA RACE"), "{}", out.stderr);
    assert!(out.stdout.starts_with("after func sees: hello\ntimeout: context deadline exceeded\n"), "{}", out.stdout);
}

#[test]
fn a_write_after_arming_still_races_with_the_func() {
    let src = r#"package main

import (
	"fmt"
	"time"
)

func main() {
	n := 0
	time.AfterFunc(time.Millisecond, func() { fmt.Println(n) })
	n = 1
	time.Sleep(10 * time.Millisecond)
}
"#;
    let out = run_race(src);
    assert!(out.stderr.contains("WARNING: DATA RACE"), "{}", out.stderr);
    assert_eq!(out.status, 66);
}

#[test]
fn reused_addresses_do_not_inherit_old_accesses() {
    let src = include_str!("go/lessons_b_race_reuse.go");
    for seed in 1..=6 {
        for gomaxprocs in [1, 2] {
            let cfg = Config { seed, race: true, gomaxprocs, ..Default::default() };
            let out = golang::run("main.go", src, cfg, Vec::new());
            assert_eq!(
                (out.status, out.stdout.as_str()),
                (0, "44850\n"),
                "seed {seed}, GOMAXPROCS={gomaxprocs}: {}",
                out.stderr
            );
        }
    }
}
