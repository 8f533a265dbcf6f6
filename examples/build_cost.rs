//! How long `golang::vm::entry::build` takes for a worker-pool-like program importing fmt,
//! sync, time and context, split into parsing the std packages, the whole build, and builds
//! after the first (which may reuse cached std work). Run with
//! `cargo run --release --example build_cost`.

use chanlab::golang::{compile, stdlib, syntax, types, vm};
use std::time::Instant;

const PROG: &str = r#"package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		select {
		case <-ctx.Done():
			return
		case out <- j * j:
		}
		time.Sleep(time.Millisecond)
	}
	_ = id
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	jobs, out := make(chan int), make(chan int, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, out, &wg)
	}
	go func() {
		for i := 1; i <= 6; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(out) }()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("sum of squares:", sum)
}
"#;

fn millis(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64() * 1e3
}

fn main() {
    let first = millis(|| {
        vm::entry::build(&[("main.go", PROG)]).expect("builds");
    });
    let n = 20;
    let warm = millis(|| {
        for _ in 0..n {
            vm::entry::build(&[("main.go", PROG)]).expect("builds");
        }
    }) / n as f64;
    let parse = millis(|| {
        for path in ["fmt", "sync", "time", "context", "errors", "strconv", "io", "os", "unicode/utf8"] {
            for (name, src) in stdlib::package_files(path).unwrap_or(&[]) {
                syntax::parse_file(name, src).expect("std parses");
            }
        }
    });
    let phases = phases(n);
    println!("phases per build: {phases}");
    println!(
        "first build {first:.2} ms, later builds {warm:.2} ms each, parsing fmt/sync/time/context/.. {parse:.2} ms"
    );
}

/// Parse, check, natives and compile timed apart (mean of `n` builds).
fn phases(n: usize) -> String {
    let (mut p, mut c, mut r, mut k) = (0.0, 0.0, 0.0, 0.0);
    for _ in 0..n {
        let mut ast = None;
        p += millis(|| ast = Some(syntax::parse_file("main.go", PROG).expect("parses")));
        let mut checked = None;
        c += millis(|| {
            checked = Some(
                types::check_after_cached(&[ast.take().unwrap()], &["main.go"], vec![])
                    .unwrap_or_else(|_| panic!("checks")),
            )
        });
        let mut reg = None;
        r += millis(|| {
            let mut g = vm::native::Registry::default();
            vm::builtin::register(&mut g);
            stdlib::natives(&mut g);
            reg = Some(g);
        });
        k += millis(|| {
            compile::compile(checked.take().unwrap(), reg.take().unwrap()).unwrap_or_else(|_| panic!("compiles"));
        });
    }
    let n = n as f64;
    format!(
        "parse main {:.2} ms, check (std included) {:.2} ms, natives {:.2} ms, compile {:.2} ms",
        p / n,
        c / n,
        r / n,
        k / n
    )
}
