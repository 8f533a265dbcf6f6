//! Pausing a goroutine in the middle of its turn, so that a host (the web page) can let other
//! work run while a goroutine computes for a long time without blocking (`for {}`). Nothing
//! about the run changes: the paused goroutine resumes exactly where it was, before any other
//! scheduling decision, and no event is recorded.
//!
//! The host asks with [`super::Runtime::pause_after`]; the Go interpreter looks at
//! [`crate::runtime::pause_due`] where it charges the step budget and then awaits
//! [`crate::runtime::pause`].

use crate::runtime::Gid;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// The pause state of one run.
#[derive(Default)]
pub(crate) struct Pause {
    /// Pause once the operation count reaches this (0: never).
    pub(crate) at: Cell<u64>,
    /// The running goroutine is awaiting [`Pausing`].
    pub(crate) asked: Cell<bool>,
    /// The goroutine paused in its turn: the next step resumes it first.
    pub(crate) paused: Cell<Option<Gid>>,
}

impl Pause {
    /// Whether the running goroutine should pause now (the host's operation count is spent).
    pub(crate) fn due(&self, ops: u64) -> bool {
        let at = self.at.get();
        at != 0 && ops >= at
    }
}

/// Pending once (the goroutine's turn stops there), then ready.
pub(crate) struct Pausing(pub(crate) bool);

impl Future for Pausing {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        super::with_rt(|rt| {
            rt.pause.at.set(0);
            rt.pause.asked.set(true);
        });
        Poll::Pending
    }
}

#[cfg(test)]
mod tests {
    use crate::runtime::{Config, Runtime, Step};

    const PROG: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tvar mu sync.Mutex\n\ttotal := 0\n\tfor w := 0; w < 3; w++ {\n\t\twg.Add(1)\n\t\tgo func(w int) {\n\t\t\tdefer wg.Done()\n\t\t\ts := 0\n\t\t\tfor i := 0; i < 200000; i++ {\n\t\t\t\ts += i % (w + 2)\n\t\t\t}\n\t\t\tmu.Lock()\n\t\t\ttotal += s\n\t\t\tfmt.Println(\"worker\", w, s)\n\t\t\tmu.Unlock()\n\t\t}(w)\n\t}\n\twg.Wait()\n\tfmt.Println(\"total\", total)\n\tfor {\n\t}\n}\n";

    fn runtime(seed: u64) -> Runtime {
        let p = crate::golang::vm::build(&[("main.go", PROG)]).expect("compiles");
        p.runtime(Config { seed, max_ops: 400_000, trace: true, ..Config::default() }, Vec::new())
    }

    #[test]
    fn pausing_turns_changes_nothing_in_the_run() {
        for seed in [1, 7] {
            let whole = runtime(seed).run();
            let mut rt = runtime(seed);
            let mut steps = 0;
            loop {
                rt.pause_after(500);
                steps += 1;
                if rt.step() == Step::Done {
                    break;
                }
            }
            let sliced = rt.outcome();
            assert_eq!(sliced.stdout, whole.stdout);
            assert_eq!((sliced.status, &sliced.halted), (whole.status, &whole.halted));
            assert_eq!(sliced.events.len(), whole.events.len());
            // The endless loop alone pauses hundreds of times.
            assert!(steps > 500, "{steps} steps");
        }
    }
}
