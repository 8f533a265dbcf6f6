//! The simulator against real Go, measured in one run on the same machine: unbuffered
//! ping-pong, buffered channel throughput, a 4-case select, spawning 1,000,000 goroutines
//! (each does one channel op or `wg.Done()`), and memory per parked goroutine.
//!
//! `cargo bench --bench runtime_vs_go` (needs Go 1.27.3: `scripts/test.sh` installs it). Prints a
//! Markdown table: ns/op for both, and the ratio simulator / Go (below 1.0: the simulator
//! is faster). `BENCH_SCALE=N` multiplies the iteration counts.

use chanlab::runtime::{self as go, Chan, Config, Runtime, Select, WaitGroup};
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes, to measure what a parked goroutine costs.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);
/// Counting is switched on only while measuring memory, so timings pay nothing for it.
static COUNTING: AtomicBool = AtomicBool::new(false);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        }
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        }
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_add(new as isize - l.size() as isize, Ordering::Relaxed);
        }
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn sim<F: std::future::Future<Output = ()> + 'static>(main: F) {
    let cfg = Config { max_ops: u64::MAX, ..Config::default() };
    let out = Runtime::new(cfg, main).run();
    assert_eq!(out.status, 0, "{}", out.report);
}

fn ping_pong(n: i64) {
    sim(async move {
        let (ping, pong): (Chan<i64>, Chan<i64>) = (Chan::new(0), Chan::new(0));
        let (pi, po) = (ping.clone(), pong.clone());
        go::go("main.main.func1", "", async move {
            while let Some(v) = pi.next().await {
                po.send(v).await;
            }
        });
        for i in 0..n {
            ping.send(i).await;
            pong.recv().await;
        }
        ping.close().await;
    })
}

fn buffered(n: i64) {
    sim(async move {
        let ch: Chan<i64> = Chan::new(128);
        let done: Chan<bool> = Chan::new(0);
        let (c, d) = (ch.clone(), done.clone());
        go::go("main.main.func1", "", async move {
            while c.next().await.is_some() {}
            d.send(true).await;
        });
        for i in 0..n {
            ch.send(i).await;
        }
        ch.close().await;
        done.recv().await;
    })
}

fn select4(n: i64) {
    sim(async move {
        let cs: Vec<Chan<i64>> = (0..4).map(|_| Chan::new(1)).collect();
        for i in 0..n {
            cs[(i % 4) as usize].send(i).await;
            Select::new()
                .recv(&cs[0], |_, _| ())
                .recv(&cs[1], |_, _| ())
                .recv(&cs[2], |_, _| ())
                .recv(&cs[3], |_, _| ())
                .await;
        }
    })
}

fn spawn(n: i64) {
    sim(async move {
        let wg = WaitGroup::new();
        let ch: Chan<i64> = Chan::new(n as usize);
        for i in 0..n {
            wg.add(1).await;
            let (wg, ch) = (wg.clone(), ch.clone());
            go::go("main.main.func1", "", async move {
                if i % 2 == 0 {
                    ch.send(i).await;
                }
                wg.done().await;
            });
        }
        wg.wait().await;
    })
}

/// Bytes of heap per goroutine parked on a channel receive: everything the program holds
/// (goroutine records, futures, channel waiters) with 100,000 goroutines parked, divided by
/// their number.
fn park_bytes(n: i64) -> f64 {
    COUNTING.store(true, Ordering::Relaxed);
    let start = LIVE.load(Ordering::Relaxed);
    let mut rt = Runtime::new(Config::default(), async move {
        let block: Chan<i64> = Chan::new(0);
        for _ in 0..n {
            let b = block.clone();
            go::go("main.main.func1", "", async move {
                b.recv().await;
            });
        }
        Chan::<i64>::new(0).recv().await; // main parks too
    });
    rt.run_until_blocked(); // every goroutine has run once and parked
    let parked = LIVE.load(Ordering::Relaxed) - start;
    drop(rt);
    COUNTING.store(false, Ordering::Relaxed);
    parked as f64 / n as f64
}

fn time_it(n: i64, f: fn(i64)) -> f64 {
    f(n / 10);
    let t = Instant::now();
    f(n);
    t.elapsed().as_nanos() as f64 / n as f64
}

fn real_go(scale: i64) -> Result<BTreeMap<String, f64>, String> {
    let dir = std::env::temp_dir().join("chanlab-bench-go");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("main.go"), include_str!("go/bench.go")).map_err(|e| e.to_string())?;
    let b = chanlab::course::conform::go_command()?
        .args(["build", "-o", "bench", "main.go"])
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("cannot run go: {e}"))?;
    if !b.status.success() {
        return Err(String::from_utf8_lossy(&b.stderr).into_owned());
    }
    let r = Command::new(dir.join("bench"))
        .arg(scale.to_string())
        .env("GOMAXPROCS", "1")
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&r.stdout).into_owned();
    Ok(text
        .lines()
        .filter_map(|l| l.split_once(' ').and_then(|(k, v)| v.parse().ok().map(|v| (k.to_string(), v))))
        .collect())
}

fn main() {
    let scale: i64 = std::env::var("BENCH_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let go = real_go(scale).unwrap_or_else(|e| panic!("real Go benchmark failed: {e}"));
    type Row = (&'static str, i64, fn(i64));
    let rows: [Row; 4] = [
        ("ping-pong", 1_000_000 * scale, ping_pong),
        ("buffered", 2_000_000 * scale, buffered),
        ("select4", 1_000_000 * scale, select4),
        ("spawn", 1_000_000, spawn),
    ];
    println!("| workload | simulator ns/op | Go ns/op (GOMAXPROCS=1) | ratio sim/Go |");
    println!("|---|---:|---:|---:|");
    for (name, n, f) in rows {
        let s = time_it(n, f);
        let g = go[name];
        println!("| {name} | {s:.1} | {g:.1} | {:.2} |", s / g);
    }
    let bytes = park_bytes(100_000);
    println!("| parked goroutine, bytes | {bytes:.0} | {} | {:.2} |", go["park-bytes"], bytes / go["park-bytes"]);
}
