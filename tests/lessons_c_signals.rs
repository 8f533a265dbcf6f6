//! syscall.Kill on the program's own pid, in chanlab: the signal reaches what signal.Notify
//! registered, as one from outside would (the corpus program `lessons_c_signal_kill.go`
//! checks that against real Go); with nobody listening, the default action ends the
//! program as `go run` reports a child killed by a signal. chanlab delivers at once; real
//! Go within microseconds, so these programs sleep before the line that must not print
//! (checked with real Go 1.27.3: same stdout, `signal: ...`, exit status 1 under `go run`).

use chanlab::golang;
use chanlab::runtime::Config;

fn run(src: &str) -> chanlab::runtime::Outcome {
    golang::run("main.go", src, Config { seed: 1, ..Config::default() }, vec![])
}

#[test]
fn an_unhandled_sigint_ends_the_program() {
    let out = run(r#"package main

import (
	"fmt"
	"syscall"
	"time"
)

func main() {
	fmt.Println("before")
	syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	time.Sleep(100 * time.Millisecond) // real Go delivers the signal within this
	fmt.Println("after")
}
"#);
    assert_eq!(out.stdout, "before\n");
    assert_eq!(out.stderr, "signal: interrupt\n");
    assert_eq!(out.status, 1);
}

#[test]
fn after_signal_stop_the_signal_is_unhandled_again() {
    let out = run(r#"package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	fmt.Println("caught:", <-c)
	signal.Stop(c)
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
"#);
    assert_eq!(out.stdout, "caught: terminated\n");
    assert_eq!(out.stderr, "signal: terminated\n");
    assert_eq!(out.status, 1);
}

#[test]
fn a_full_notify_channel_still_counts_as_handled() {
    // Go drops a signal it cannot deliver at once, but the program is not killed.
    let out = run(r#"package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	for range 3 {
		syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	}
	fmt.Println(<-c)
}
"#);
    assert_eq!(out.stdout, "interrupt\n");
    assert_eq!(out.status, 0);
}
