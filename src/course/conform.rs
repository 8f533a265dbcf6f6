//! Conformance with real Go: render an example's source, build it with the `go` toolchain,
//! run it with `GOMAXPROCS=1`, and compare stdout, exit status and the shape of the failure
//! report (the `panic:` / `fatal error:` line, each `goroutine N [state]:` header, `created by`
//! lines and the `main.go:LINE` frames) with the simulator's. Native only: it runs `go`,
//! Go 1.27.3 as [`go_command`] finds it.

use super::Example;
use crate::course::Params;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where real Go 1.27.3 may be, in the order looked at after `$CHANLAB_GO` (which
/// `scripts/test.sh` sets): the project-local copy `scripts/lib.sh` installs, then a
/// machine-wide one.
const GO_CANDIDATES: [&str; 2] =
    [concat!(env!("CARGO_MANIFEST_DIR"), "/.tools/go-1.27.3/go/bin/go"), "/opt/go127/go/bin/go"];

/// What a Go 1.27 module's `go.mod` would set, for GOPATH-mode builds.
const GODEBUG: &str = "panicnil=0,updatemaxprocs=1";

/// The `go` binary conformance runs: `$CHANLAB_GO`, else the first candidate that exists.
pub fn go_binary() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("CHANLAB_GO").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    GO_CANDIDATES.iter().map(PathBuf::from).find(|p| p.is_file()).ok_or_else(|| {
        "Go 1.27.3 not found: run scripts/test.sh (it installs it into .tools/) or set CHANLAB_GO".to_string()
    })
}

/// A `go` command set up as conformance needs it: Go 1.27.3 with its own GOROOT (the folder
/// above `bin/`), no toolchain switching, GOPATH mode for Debian's x/sync and x/time, and
/// the GODEBUG defaults of a Go 1.27 module (GOPATH mode would keep old ones: `panicnil=1`,
/// and `updatemaxprocs=0`, which leaves out a runtime goroutine and so numbers the program's
/// first goroutine 6 instead of 7).
pub fn go_command() -> Result<Command, String> {
    let go = go_binary()?;
    let goroot = go.parent().and_then(Path::parent).ok_or("CHANLAB_GO is not inside a GOROOT")?;
    let mut cmd = Command::new(&go);
    cmd.env("GOROOT", goroot)
        .env("GOTOOLCHAIN", "local")
        .env("GO111MODULE", "off")
        .env("GOPATH", "/usr/share/gocode")
        .env("GODEBUG", GODEBUG)
        .env_remove("GOFLAGS")
        .env("GOCACHE", std::env::temp_dir().join("chanlab-gocache-1.27.3"));
    Ok(cmd)
}

/// What one program printed, reduced to what must match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    pub status: i32,
    pub stdout: String,
    /// The report skeleton: panic/fatal lines, goroutine headers, `created by` lines,
    /// `main.go:N` frames.
    pub report: Vec<String>,
}

/// The lines of a Go report that the simulator must reproduce exactly.
pub fn report_skeleton(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        let t = line.trim();
        if t.starts_with("panic: ")
            || t.starts_with("fatal error: ")
            || (t.starts_with("goroutine ") && t.ends_with(':'))
            || t.starts_with("created by ")
        {
            out.push(t.to_string());
        } else if let Some(i) = t.find("main.go:") {
            let rest = &t[i..];
            let end = rest.find(' ').unwrap_or(rest.len());
            out.push(rest[..end].to_string());
        }
    }
    out
}

/// Run the simulator.
pub fn simulate(ex: &Example, p: &Params, seed: u64) -> Observed {
    let out = ex.run(p, seed, false).expect("the example compiles");
    Observed { status: out.status, stdout: out.stdout, report: report_skeleton(&out.stderr) }
}

/// Build and run the rendered source with real Go in `dir` (created if needed).
pub fn real_go(ex: &Example, p: &Params, dir: &Path) -> Result<Observed, String> {
    let src = ex.render(p).map_err(|e| e.to_string())?.source;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("main.go"), src).map_err(|e| e.to_string())?;
    let mut args = vec!["build"];
    if ex.race {
        args.push("-race");
    }
    args.extend(["-o", "prog", "main.go"]);
    let build = go_command()?
        .args(&args)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run `go` (is Go 1.27.3 installed?): {e}"))?;
    if !build.status.success() {
        return Err(format!("go build failed:\n{}", String::from_utf8_lossy(&build.stderr)));
    }
    // A program that never ends (a leaked ticker) is stopped after a minute.
    let run = Command::new("timeout")
        .args(["60", "./prog"])
        .current_dir(dir)
        .env("GOMAXPROCS", "1")
        .env("GODEBUG", GODEBUG)
        .output()
        .map_err(|e| e.to_string())?;
    Ok(Observed {
        status: run.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&run.stdout).into_owned(),
        report: report_skeleton(&String::from_utf8_lossy(&run.stderr)),
    })
}

/// Settings of an exact example where, since Go 1.23, a `select` meets two ready cases over
/// and over (a zero timeout against zero work: the context is cancelled at once and
/// `time.After(0)` is ready in the select's first pass), so real Go's output is random:
/// these are checked against [`invariant`] instead.
pub fn random_ties(id: &str, p: &Params) -> bool {
    id == "worker-pool-ctx" && p.int("timeout_ms") == 0 && p.int("work_ms") == 0 && p.int("jobs") > 1
}

/// The invariant of an example marked `"conformance": "invariant"` (or of a setting
/// [`random_ties`] names) (its output depends on
/// `select`'s random choice, or on a schedule that real Go randomises: the race runtime,
/// several processors), checked on one observed run. Unknown ids fail.
pub fn invariant(id: &str, p: &Params, o: &Observed) -> Result<(), String> {
    match id {
        "race-counter" => race_counter(p, o),
        "race-count" => race_count(p, o),
        "race-map" => race_map(p, o),
        "select-fairness" => select_fairness(p, o),
        "mutex-counter" | "rwmutex-cache" if o.status != 0 || !o.report.is_empty() => {
            Err(format!("{id}: expected a clean exit, got status {} {:?}", o.status, o.report))
        }
        "mutex-counter" => mutex_counter(p, o),
        "rwmutex-cache" => rwmutex_cache(id, p, o),
        "worker-pool-ctx" => worker_pool_ctx_ties(p, o),
        "nil-disable" => nil_disable(p, o),
        "long-operation" => long_operation(p, o),
        "backpressure" => backpressure(id, p, o),
        "semaphore" | "semaphore-weighted" | "errgroup-profile" | "errgroup-limit" | "future" | "ticker-limiter"
        | "bursty-limiter" | "token-bucket" => timed(id, p, o),
        "broker" => broker(id, p, o),
        "cas-counter" => cas_counter(p, o),
        "atomic-config" => atomic_config(p, o),
        "parallelism" => parallelism(p, o),
        _ => fail(o, &format!("no invariant is defined for `{id}`")),
    }
}

/// A failed invariant: `why`, with what the run gave.
fn fail(o: &Observed, why: &str) -> Result<(), String> {
    Err(format!("{why} (status {}, stdout {:?}, report {:?})", o.status, o.stdout, o.report))
}

/// race-counter: Racy or not, each goroutine adds one; unprotected, the detector must report the
/// race (exit 66, frames in main.go); protected, it must stay silent.
fn race_counter(p: &Params, o: &Observed) -> Result<(), String> {
    let n = p.int("goroutines");
    let count: Option<i64> = o.stdout.strip_prefix("final count: ").and_then(|s| s.trim().parse().ok());
    match (p.choice("fix"), count) {
        ("none", Some(c)) if c <= n && o.status == 66 && o.report.iter().any(|l| l.starts_with("main.go:")) => Ok(()),
        ("none", _) => fail(o, "the unprotected counter must be reported as a data race"),
        (_, Some(c)) if c == n && o.status == 0 && o.report.is_empty() => Ok(()),
        _ => fail(o, &format!("a protected counter must count to {n} with no report")),
    }
}

/// race-count: The tally of final counts: a header, then `final bar runs` lines sorted by final
/// count. The runs add up to `runs`; no run counts past `goroutines` (an increment can
/// be lost, never invented); with the mutex, or on one processor, every run counts
/// exactly `goroutines`.
fn race_count(p: &Params, o: &Observed) -> Result<(), String> {
    let (runs, n) = (p.int("runs"), p.int("goroutines"));
    let mut lines = o.stdout.lines();
    let header = format!("final count after {runs} runs of {n} goroutines:");
    if o.status != 0 || !o.report.is_empty() || lines.next() != Some(header.as_str()) {
        return fail(o, &format!("expected exit 0 and the header `{header}`"));
    }
    let mut rows: Vec<(i64, i64)> = Vec::new();
    for l in lines {
        let f: Vec<&str> = l.split_whitespace().collect();
        let parsed = match f.as_slice() {
            [c, bar, k] if bar.chars().all(|ch| ch == '#') => c.parse().ok().zip(k.parse().ok()),
            _ => None,
        };
        match parsed {
            Some(row) => rows.push(row),
            None => return fail(o, &format!("cannot read the tally line {l:?}")),
        }
    }
    if rows.iter().map(|r| r.1).sum::<i64>() != runs {
        return fail(o, &format!("the tally must add up to {runs} runs"));
    }
    if rows.iter().any(|&(c, k)| c < 1 || c > n || k < 1) || !rows.windows(2).all(|w| w[0].0 < w[1].0) {
        return fail(o, &format!("final counts must be distinct, sorted, and in 1..={n}"));
    }
    if (p.flag("fix") || p.int("gomaxprocs") == 1) && rows != [(n, runs)] {
        return fail(o, &format!("every run must count exactly {n}"));
    }
    Ok(())
}

/// race-map: Unlocked writers either finish or trip the map's check; locked ones always finish.
fn race_map(p: &Params, o: &Observed) -> Result<(), String> {
    let done = format!("keys written: {}\n", p.int("writers") * 1000);
    let tripped = o.status == 2
        && o.stdout.is_empty()
        && o.report.first().map(String::as_str) == Some("fatal error: concurrent map writes");
    if (o.status == 0 && o.stdout == done) || (!p.flag("lock") && tripped) {
        Ok(())
    } else {
        fail(o, "expected every key written or, unlocked, fatal error: concurrent map writes")
    }
}

/// select-fairness: `case a won: N` and `case b won: M`: N + M == rounds, and from 1000 rounds on
/// neither case wins less than 40% (over six standard deviations from half).
fn select_fairness(p: &Params, o: &Observed) -> Result<(), String> {
    let counts: Vec<i64> = o.stdout.lines().filter_map(|l| l.rsplit(' ').next()?.parse().ok()).collect();
    let rounds = p.int("rounds");
    if o.status != 0 || counts.len() != 2 || counts.iter().sum::<i64>() != rounds {
        return Err(format!("expected two counts adding up to {rounds}, got {:?}", o.stdout));
    }
    if rounds >= 1000 && counts.iter().any(|&c| c * 5 < rounds * 2) {
        return Err(format!("one case won under 40% of {rounds} rounds: {:?}", o.stdout));
    }
    Ok(())
}

/// nil-disable: Two closed batches merged by a select that picks at random while both hold
/// values: every value arrives exactly once, each batch in its own order, then the closing
/// line. (Only `set_nil` on: off, the loop never ends, and conformance leaves it out.)
fn nil_disable(p: &Params, o: &Observed) -> Result<(), String> {
    if o.status != 0 || !o.report.is_empty() || !o.stdout.ends_with("both inputs finished\n") {
        return fail(o, "expected a clean exit ending with `both inputs finished`");
    }
    for (name, n) in [("a", p.int("a_count")), ("b", p.int("b_count"))] {
        let prefix = format!("from {name}: ");
        let got: Vec<&str> = o.stdout.lines().filter_map(|l| l.strip_prefix(prefix.as_str())).collect();
        let want: Vec<String> = (1..=n).map(|i| format!("{name}{i}")).collect();
        if got != want {
            return fail(o, &format!("expected {want:?} from {name}, in order"));
        }
    }
    if o.stdout.lines().count() as i64 != p.int("a_count") + p.int("b_count") + 1 {
        return fail(o, "expected one line per value and the closing line, nothing else");
    }
    Ok(())
}

/// mutex-counter: Without the lock and with several processors, real Go may or may not lose updates
/// (and the simulator loses some, varying with the seed): the count can only drop.
/// With the lock, or on one processor, every increment survives.
fn mutex_counter(p: &Params, o: &Observed) -> Result<(), String> {
    let n = p.int("goroutines");
    let count = line_value(&o.stdout, "final count: ").ok_or("no `final count:` line")?;
    let count: i64 = count.parse().map_err(|_| format!("bad count {count:?}"))?;
    let exact = p.flag("lock") || p.int("gomaxprocs") == 1;
    if (exact && count != n) || !(1..=n).contains(&count) {
        let want = if exact { format!("exactly {n}") } else { format!("in 1..={n}") };
        return Err(format!("final count {count}, expected {want}"));
    }
    Ok(())
}

/// rwmutex-cache: Everything matches the simulator except the time taken: real sleeps overshoot (by up
/// to a millisecond each, as Go's timers wake through epoll), and a plain Mutex chains
/// up to 80 of them, so real Go may take a few rounding steps longer than virtual time.
fn rwmutex_cache(id: &str, p: &Params, o: &Observed) -> Result<(), String> {
    let (course, _) = super::Course::load();
    let ex = course.example(id).ok_or("no such example")?;
    let sim = simulate(ex, p, 1);
    let most = |s: &str| line_value(s, "most readers inside at once: ").map(str::to_string);
    if most(&o.stdout).is_none() || most(&o.stdout) != most(&sim.stdout) {
        return Err(format!("readers inside at once differ:\n{}\nsimulator:\n{}", o.stdout, sim.stdout));
    }
    let took = |s: &str| line_value(s, "took ").and_then(parse_duration);
    let (got, want) = (took(&o.stdout).ok_or("no `took` line")?, took(&sim.stdout).ok_or("no `took` line")?);
    let sleeps = p.int("readers") + p.int("writers");
    let slack = 10_000_000 + 2_000_000 * sleeps + want / 10;
    if got < want || got > want + slack {
        return Err(format!("took {got}ns, the simulator's virtual time is {want}ns (slack {slack}ns)"));
    }
    Ok(())
}

/// worker-pool-ctx with zero timeout and zero work: each job's select picks at random between
/// the cancelled context and the due timer. Every line is a job some worker finished, no job
/// twice, and the summary counts them.
fn worker_pool_ctx_ties(p: &Params, o: &Observed) -> Result<(), String> {
    let fail = |why: &str| Err(format!("{why} (status {}, stdout {:?}, report {:?})", o.status, o.stdout, o.report));
    let (jobs, workers) = (p.int("jobs"), p.int("workers"));
    let mut lines: Vec<&str> = o.stdout.lines().collect();
    let summary = lines.pop().unwrap_or("");
    let mut seen = std::collections::BTreeSet::new();
    for l in &lines {
        let parsed = l.strip_prefix("worker ").and_then(|r| {
            let (w, rest) = r.split_once(" processed job ")?;
            let (j, task) = rest.split_once(": task-")?;
            Some((w.parse::<i64>().ok()?, j.parse::<i64>().ok()?, task == j))
        });
        match parsed {
            Some((w, j, true)) if (1..=workers).contains(&w) && (1..=jobs).contains(&j) && seen.insert(j) => {}
            _ => return fail(&format!("unexpected line {l:?}")),
        }
    }
    let want = format!("{} of {jobs} jobs processed, ctx.Err() = context deadline exceeded", lines.len());
    if o.status != 0 || !o.report.is_empty() || summary != want {
        return fail(&format!("expected exit 0 and the summary `{want}`"));
    }
    Ok(())
}

/// long-operation: real sleeps overshoot, so real Go finishes fewer chunks by the time
/// cancel() lands than virtual time does. Whatever the drift: the loop stops at the first
/// check after cancel() (after chunk K, with chunks 1..K-1 ended by the cancel time and chunk K
/// not), never finishes a chunk it started after the cancel, and reports its own elapsed time.
fn long_operation(p: &Params, o: &Observed) -> Result<(), String> {
    const MS: i64 = 1_000_000;
    let (n, chunk, at) = (p.int("chunks"), p.int("chunk_ms") * MS, p.int("cancel_after_ms") * MS);
    let mut lines: Vec<&str> = o.stdout.lines().collect();
    let last = lines.pop().unwrap_or("");
    let called = lines == ["cancel() called"];
    if o.status != 0 || !o.report.is_empty() || !(lines.is_empty() || called) {
        return fail(o, "expected exit 0, at most a `cancel() called` line, then the result");
    }
    // Real time runs late, more so on a loaded machine: by up to half, plus 5ms a chunk
    // and 50ms overall.
    let late = |virt: i64, k: i64| virt + virt / 2 + 5 * MS * k + 50 * MS;
    let parsed = |s: &str| -> Option<(i64, i64)> {
        if let Some(r) = s.strip_prefix("stopped after ") {
            let (k, r) = r.split_once(&format!(" of {n} chunks at "))?;
            let (t, why) = r.split_once(": ")?;
            (why == "context canceled").then_some(())?;
            return Some((k.parse().ok()?, parse_duration(t)?));
        }
        let t = s.strip_prefix(&format!("finished all {n} chunks in "))?;
        Some((n, parse_duration(t)?))
    };
    let Some((k, took)) = parsed(last) else { return fail(o, &format!("cannot read the result line {last:?}")) };
    let stopped = last.starts_with("stopped");
    if took < k * chunk || took > late(k * chunk, k) {
        return fail(o, &format!("{k} chunks of {chunk}ns cannot take {took}ns"));
    }
    // Chunks 1..k-1 ended no later than cancel(); a stop after k means chunk k ended after it.
    if k > 0 && (k - 1) * chunk > at {
        return fail(o, "a chunk started after cancel() was called");
    }
    // Both clocks are real time: the stop comes after cancel() (which never fires early).
    if stopped && (!called || k >= n || took + MS < at) {
        return fail(o, "a stop must follow cancel(), at the end of the chunk running when it was called");
    }
    if !stopped && called && took < at {
        return fail(o, "cancel() was reported before it was due");
    }
    Ok(())
}

/// Examples that print virtual times (the rate limiters, the semaphores, errgroup, future):
/// real Go prints what the simulator prints but for the durations, which real timers make a
/// little late. Each sleep wakes up to a millisecond or so late, more on a loaded machine,
/// and a ticker whose receiver is late by a whole interval drops that tick; chained sleeps add
/// up. So every word must match, except that a duration may be late by 30ms plus a tenth.
fn timed(id: &str, p: &Params, o: &Observed) -> Result<(), String> {
    let (course, _) = super::Course::load();
    let ex = course.example(id).ok_or("no such example")?;
    let sim = simulate(ex, p, 1);
    if o.status != sim.status || o.report != sim.report {
        return fail(o, &format!("expected status {} and report {:?}", sim.status, sim.report));
    }
    let (got, want): (Vec<&str>, Vec<&str>) = (o.stdout.lines().collect(), sim.stdout.lines().collect());
    if got.len() != want.len() {
        return fail(o, &format!("expected {} lines like the simulator's {:?}", want.len(), sim.stdout));
    }
    for (g, w) in got.iter().zip(&want) {
        let (gw, ww): (Vec<&str>, Vec<&str>) = (g.split(' ').collect(), w.split(' ').collect());
        let same = gw.len() == ww.len() && gw.iter().zip(&ww).all(|(a, b)| a == b || late_enough(a, b));
        if !same {
            return Err(format!("{id}: real Go printed {g:?} where the simulator printed {w:?}"));
        }
    }
    Ok(())
}

/// broker: every subscriber accounts for every message (received + dropped); the fast ones
/// receive what the simulator's do (all of them, but for the first message when unbuffered:
/// they have not started waiting yet when it is published). The slow one's split hangs on near-ties between its wake-ups and the
/// publisher's (real sleeps overshoot by up to a millisecond each, differently in the two
/// goroutines), so it may differ from the simulator's by a couple of messages.
fn broker(id: &str, p: &Params, o: &Observed) -> Result<(), String> {
    let (course, _) = super::Course::load();
    let sim = simulate(course.example(id).ok_or("no such example")?, p, 1);
    let (n, m) = (p.int("subscribers"), p.int("messages"));
    let split = |stdout: &str, i: i64| -> Option<(i64, i64)> {
        let l = stdout
            .lines()
            .find(|l| l.starts_with(&format!("subscriber {i}:")) || l.starts_with(&format!("subscriber {i} (")))?;
        let (_, rest) = l.split_once("received ")?;
        let (r, d) = rest.split_once(", dropped ")?;
        Some((r.parse().ok()?, d.parse().ok()?))
    };
    let header = format!("published {m} messages");
    if o.status != 0 || !o.report.is_empty() || o.stdout.lines().next() != Some(header.as_str()) {
        return fail(o, &format!("expected exit 0 and `{header}` first"));
    }
    for i in 1..=n {
        let Some((r, d)) = split(&o.stdout, i) else { return fail(o, &format!("no line for subscriber {i}")) };
        let slow = i == n && p.int("slow_ms") > 0;
        let (want, _) = split(&sim.stdout, i).ok_or("the simulator printed no such line")?;
        if r + d != m || (!slow && r != want) || (slow && (r - want).abs() > 2 + m / 20) {
            return fail(o, &format!("subscriber {i}: received {r}, dropped {d}; the simulator received {want}"));
        }
    }
    Ok(())
}

/// backpressure: what real time changes is only how the producer's and the consumer's sleeps
/// line up. Whatever they do: every item is sent or dropped, the consumer handles exactly
/// what was sent, a blocking producer drops nothing and a dropping one never blocks; the
/// drop count stays near the simulator's (real sleeps overshoot, so near a tie an item may
/// go the other way) and the times are possible ones.
fn backpressure(id: &str, p: &Params, o: &Observed) -> Result<(), String> {
    const MS: i64 = 1_000_000;
    let read = |stdout: &str| -> Option<[i64; 5]> {
        let r = line_value(stdout, "producer: sent ")?;
        let (sent, r) = r.split_once(", dropped ")?;
        let (dropped, r) = r.split_once(", blocked for ")?;
        let (blocked, fin) = r.split_once(", finished at ")?;
        let processed = line_value(stdout, "consumer: processed ")?.strip_suffix(" items")?;
        let n = |s: &str| s.parse::<i64>().ok();
        Some([n(sent)?, n(dropped)?, parse_duration(blocked)?, parse_duration(fin)?, n(processed)?])
    };
    let (course, _) = super::Course::load();
    let ex = course.example(id).ok_or("no such example")?;
    let want = read(&simulate(ex, p, 1).stdout).ok_or("the simulator's output does not read")?;
    let Some([sent, dropped, blocked, fin, processed]) = read(&o.stdout) else {
        return fail(o, "expected a producer line and a consumer line");
    };
    let items = p.int("items");
    if o.status != 0 || !o.report.is_empty() || sent + dropped != items || processed != sent {
        return fail(o, &format!("every one of {items} items must be sent or dropped, and every sent one handled"));
    }
    if (p.flag("drop") && blocked != 0) || (!p.flag("drop") && dropped != 0) {
        return fail(o, "a dropping producer never blocks; a blocking one never drops");
    }
    if (dropped - want[1]).abs() > items / 5 + 2 {
        return fail(o, &format!("dropped {dropped}, the simulator dropped {}", want[1]));
    }
    // Real sleeps only ever overshoot, by a lot on a loaded machine: the producer cannot
    // finish before its own sleeps add up, nor block for longer than it ran, and it stays
    // within a few times the virtual time.
    let most = |virt: i64| 3 * virt + 10 * MS * items + 100 * MS;
    if fin < items * p.int("produce_ms") * MS || blocked > fin || fin > most(want[3]) || blocked > most(want[2]) {
        return fail(o, &format!("times impossible next to the simulator's {:?}", &want[2..4]));
    }
    Ok(())
}

/// Whether `real` and `virt` are durations (with the same trailing punctuation) and `real` is
/// at most 30ms plus a tenth later than `virt`, and not earlier than a millisecond before it.
fn late_enough(real: &str, virt: &str) -> bool {
    let split = |w: &str| {
        let cut = w.trim_end_matches([',', ')', ':', ';']).len();
        (w[..cut].to_string(), w[cut..].to_string())
    };
    let ((r, rp), (v, vp)) = (split(real), split(virt));
    match (parse_duration(&r), parse_duration(&v)) {
        (Some(r), Some(v)) if rp == vp => r >= v - 1_000_000 && r <= v + 30_000_000 + v / 10,
        _ => false,
    }
}

/// cas-counter: a compare-and-swap loop never loses an increment; a CAS fails (a retry) only
/// when another processor changed the count in between, so one processor never retries.
fn cas_counter(p: &Params, o: &Observed) -> Result<(), String> {
    let n = p.int("goroutines");
    let num = |prefix: &str| line_value(&o.stdout, prefix).and_then(|v| v.parse::<i64>().ok());
    match (num("final count: "), num("CAS retries: ")) {
        (Some(c), Some(r)) if c == n && r >= 0 && (r == 0 || p.int("gomaxprocs") > 1) && o.status == 0 => Ok(()),
        _ => fail(o, &format!("expected final count {n}, and no retries on one processor")),
    }
}

/// atomic-config: every read sees a whole config when the pointer is swapped atomically, or
/// when one processor runs everything (nothing interrupts a reload between its two fields);
/// the last reload always wins.
fn atomic_config(p: &Params, o: &Observed) -> Result<(), String> {
    let (readers, reloads) = (p.int("readers"), p.int("reloads"));
    let header = format!("{readers} readers read the config {reloads} times each");
    let torn = line_value(&o.stdout, "half-updated configs seen: ").and_then(|v| v.parse::<i64>().ok());
    let whole = p.flag("atomic") || p.int("gomaxprocs") == 1;
    let ok = o.status == 0
        && o.stdout.lines().next() == Some(header.as_str())
        && line_value(&o.stdout, "final version: ") == Some(reloads.to_string().as_str())
        && torn.is_some_and(|t| (0..=readers * reloads).contains(&t) && (!whole || t == 0));
    if ok {
        Ok(())
    } else {
        fail(o, &format!("expected `{header}`, final version {reloads}, and no torn reads when they are impossible"))
    }
}

/// parallelism: real Go's timings depend on the machine (its speed, its cores, its load: on
/// a busy two-core machine four processors are not four times faster, and a calibration
/// taken in a quiet moment is off later), so only the shape is checked: the first line names
/// the workers, the CPU time and the processors, the second gives a duration and a ratio.
/// The simulator's ratios (workers / processors, rounded up) are the lesson's tests' business.
fn parallelism(p: &Params, o: &Observed) -> Result<(), String> {
    let cpu = crate::runtime::gofmt::duration(p.int("cpu_ms") * 1_000_000);
    let header =
        format!("{} workers, each needing {cpu} of CPU, on {} processor(s)", p.int("workers"), p.int("gomaxprocs"));
    let mut lines = o.stdout.lines();
    let first = lines.next();
    let ratio = lines.next().and_then(|l| {
        let (took, rest) = l.strip_prefix("took ")?.split_once(", ")?;
        parse_duration(took)?;
        rest.strip_suffix(" times one worker's CPU time")?.parse::<f64>().ok()
    });
    if o.status == 0 && first == Some(header.as_str()) && ratio.is_some_and(|r| r >= 0.0) && lines.next().is_none() {
        Ok(())
    } else {
        fail(o, &format!("expected `{header}` then `took D, R times one worker's CPU time`"))
    }
}

/// The rest of the first stdout line starting with `prefix`.
fn line_value<'a>(stdout: &'a str, prefix: &str) -> Option<&'a str> {
    stdout.lines().find_map(|l| l.strip_prefix(prefix)).map(str::trim)
}

/// A Go duration as printed by `Duration.String` with at most ms precision (`0s`, `30ms`,
/// `1.28s`, `1m2.5s`), in nanoseconds.
fn parse_duration(s: &str) -> Option<i64> {
    if s == "0s" {
        return Some(0);
    }
    if let Some(ms) = s.strip_suffix("ms") {
        return ms.parse::<f64>().ok().map(|v| (v * 1e6).round() as i64);
    }
    let s = s.strip_suffix('s')?;
    let (min, sec) = match s.split_once('m') {
        Some((m, rest)) => (m.parse::<i64>().ok()?, rest),
        None => (0, s),
    };
    let sec: f64 = sec.parse().ok()?;
    Some(min * 60_000_000_000 + (sec * 1e9).round() as i64)
}

/// Parameter settings spread over each parameter's range, drawn from `seed`: the edges and
/// values between, so conformance is tested beyond the hand-picked cases.
pub fn sample_params(ex: &Example, n: usize, seed: u64, cap: i64) -> Vec<Params> {
    use super::data::Kind;
    use crate::course::Value;
    let mut rng = crate::runtime::Rng::new(seed);
    let mut out = Vec::new();
    for _ in 0..n {
        let mut p = ex.defaults();
        // Choose values in declaration order so dependent bounds see their inputs.
        for spec in &ex.params {
            let v = match spec.kind {
                Kind::Bool => Value::Bool(rng.below(2) == 1),
                Kind::Choice => Value::Choice(spec.choices[rng.below(spec.choices.len() as u32) as usize].clone()),
                Kind::Int => {
                    let (lo, hi) = ex.range(spec, &p);
                    let lo = lo.max(0);
                    // Durations are real time for real Go: keep them short.
                    let cap = if spec.unit.as_deref() == Some("ms") { cap.min(300) } else { cap };
                    let hi = hi.min(lo + cap).max(lo);
                    let span = (hi - lo) as u32 + 1;
                    let mut pick = match rng.below(4) {
                        0 => lo,
                        1 => hi,
                        _ => lo + rng.below(span) as i64,
                    };
                    // Real Go's timers overshoot by up to a millisecond, so a duration of a few
                    // ms is not repeatable there: sampled durations are 0 or at least 10ms.
                    if spec.unit.as_deref() == Some("ms") && pick > 0 && pick < 10 && hi >= 10 {
                        pick = 10;
                    }
                    Value::Int(pick)
                }
            };
            p.0.insert(spec.name.clone(), v);
        }
        if ex.validate(&p).is_ok() {
            out.push(p);
        }
    }
    out
}
