//! Interpreter behaviour the lessons-d lessons rely on, beyond what the corpus (one processor,
//! no race detector) can pin: atomics are preemption points on several processors, loops cost
//! simulated CPU time when a run asks for it, and the race detector survives an out-of-range
//! index.

use chanlab::golang;
use chanlab::runtime::Config;

fn run(src: &str, cfg: Config) -> chanlab::runtime::Outcome {
    golang::run("main.go", src, cfg, Vec::new())
}

#[test]
fn a_negative_index_under_the_race_detector_panics_as_go_does() {
    let src = "package main\n\nfunc at(s []int, i int) int { return s[i] }\n\nfunc main() {\n\tprintln(at([]int{1}, -1))\n}\n";
    let out = run(src, Config { race: true, ..Config::default() });
    assert_eq!(out.status, 2, "{}", out.stderr);
    assert!(out.stderr.starts_with("panic: runtime error: index out of range [-1]"), "{}", out.stderr);
}

const CAS: &str = r#"package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n, retries atomic.Int64
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			for {
				old := n.Load()
				if n.CompareAndSwap(old, old+1) {
					return
				}
				retries.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println(n.Load(), retries.Load() > 0)
}
"#;

#[test]
fn compare_and_swap_fails_sometimes_on_several_processors_and_never_on_one() {
    let one = run(CAS, Config::default());
    assert_eq!(one.stdout, "50 false\n");
    let several: Vec<String> =
        (1..=4).map(|seed| run(CAS, Config { seed, gomaxprocs: 4, ..Config::default() }).stdout).collect();
    assert!(several.iter().all(|s| s.starts_with("50 ")), "{several:?}");
    assert!(several.iter().any(|s| s == "50 true\n"), "{several:?}");
}

const SPIN: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

func spin(n int) (x int) {
	for i := range n {
		x += i
	}
	return x
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { spin(100_000) })
	}
	wg.Wait()
	fmt.Println(time.Since(start).Round(time.Millisecond))
}
"#;

#[test]
fn loops_cost_cpu_time_only_when_asked_and_processors_share_it() {
    let free = run(SPIN, Config::default());
    assert_eq!(free.stdout, "0s\n");
    let took = |procs| {
        let cfg = Config { cpu_ns_per_loop: 1000, gomaxprocs: procs, ..Config::default() };
        let out = run(SPIN, cfg);
        let ms: f64 = out.stdout.trim().strip_suffix("ms").unwrap_or_else(|| panic!("{}", out.stdout)).parse().unwrap();
        ms
    };
    // 4 × 100,000 iterations × 1µs: 400ms on one processor, about 100ms on four.
    assert!((took(1) - 400.0).abs() <= 4.0, "{}", took(1));
    assert!((took(4) - 100.0).abs() <= 12.0, "{}", took(4));
    assert!((took(2) - 200.0).abs() <= 15.0, "{}", took(2));
}
