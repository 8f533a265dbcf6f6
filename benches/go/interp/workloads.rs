// The interpreter's benchmark workloads: one Go program per file in this folder, each a
// complete program (`go run ping_pong.go` works) whose size is its `const N`. Included with
// `include!` by benches/interp.rs (native) and src/ui/bench.rs (the `#/bench` page in wasm),
// so both run the same sources and count operations the same way.

/// One workload: a Go program and how to count what it does.
#[derive(Clone, Copy, Debug)]
pub struct Workload {
    /// Short name (the table's first column).
    pub name: &'static str,
    /// What one operation is.
    pub unit: &'static str,
    /// The Go source; its size is the `const N = ...` line.
    pub src: &'static str,
    /// Operations the program performs at size `n`.
    pub ops: fn(i64) -> i64,
}

impl Workload {
    /// The size written in the source (`const N = 200_000`).
    pub fn size(&self) -> i64 {
        self.src
            .lines()
            .find_map(|l| l.strip_prefix("const N = "))
            .and_then(|v| v.trim().replace('_', "").parse().ok())
            .expect("a workload declares `const N = <int>`")
    }

    /// The source with `const N` set to `n`.
    pub fn source(&self, n: i64) -> String {
        let mut out = String::with_capacity(self.src.len() + 8);
        for line in self.src.lines() {
            if line.starts_with("const N = ") {
                out.push_str(&format!("const N = {n}"));
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        out
    }
}

/// Calls `fib(n)` makes: 2*fib(n+1) - 1.
fn fib_calls(n: i64) -> i64 {
    let (mut a, mut b) = (0i64, 1i64);
    for _ in 0..n + 1 {
        (a, b) = (b, a + b);
    }
    2 * a - 1
}

/// Every workload, channel and goroutine ones first, `park` (memory) at the front so it runs
/// on a heap no earlier workload has grown.
pub const WORKLOADS: [Workload; 9] = [
    Workload { name: "park", unit: "goroutine parked", src: include_str!("park.go"), ops: |n| n },
    Workload { name: "spawn", unit: "goroutine spawned, run, exited", src: include_str!("spawn.go"), ops: |n| n },
    Workload {
        name: "ping-pong",
        unit: "channel op (send or receive), unbuffered",
        src: include_str!("ping_pong.go"),
        ops: |n| 4 * n,
    },
    Workload {
        name: "buffered",
        unit: "channel op (send or receive), cap 128",
        src: include_str!("buffered.go"),
        ops: |n| 2 * n,
    },
    Workload {
        name: "select4",
        unit: "channel op (send, or 4-case select)",
        src: include_str!("select4.go"),
        ops: |n| 2 * n,
    },
    Workload { name: "loop 10M", unit: "statement (s += i, i++)", src: include_str!("loop.go"), ops: |n| 2 * n },
    Workload { name: "fib(30)", unit: "call", src: include_str!("fib.go"), ops: fib_calls },
    Workload { name: "1M map inserts", unit: "map insert", src: include_str!("map_inserts.go"), ops: |n| n },
    Workload { name: "1 MB string", unit: "byte appended", src: include_str!("string_1mb.go"), ops: |n| n },
];
