//! The race detector's edge from arming a timer to its function's goroutine (Go's timers
//! release at `AfterFunc`/`Reset` and acquire when the function starts): a test that makes
//! a `context.WithTimeout` and waits for it is race-free, as under real `go test -race`.
//! (The other half of that fix, that an address freed and reused by a new allocation does
//! not inherit the old one's accesses, depends on the allocator's reuse pattern; the
//! course's exercises, checked on many seeds by `tests/exercises.rs`, tripped it.)

use chanlab::golang::gotest::{TestOptions, TestProgram};

const MAIN: &str = "package main\n\nfunc main() {}\n";

const TESTS: &str = r#"package main

import (
	"context"
	"testing"
	"time"
)

func TestTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Millisecond)
	defer cancel()
	<-ctx.Done()
}

func TestAfterFuncSeesWhatCameBefore(t *testing.T) {
	x := 41
	done := make(chan struct{})
	time.AfterFunc(10*time.Millisecond, func() {
		x++
		close(done)
	})
	<-done
	if x != 42 {
		t.Fatal(x)
	}
}
"#;

#[test]
fn a_timer_function_happens_after_the_call_that_armed_it() {
    let prog = TestProgram::build(&[("main.go", MAIN), ("main_test.go", TESTS)]).expect("builds");
    for seed in 1..=3 {
        let run = prog.run(&TestOptions { race: true, verbose: true, seed, ..TestOptions::default() });
        assert!(run.passed, "seed {seed}:\n{}", run.output);
        assert!(!run.output.contains("DATA RACE"), "{}", run.output);
    }
}
