//! The Go corpus (`tests/go/*.go`, conventions in `tests/go/README.md`): every program is built
//! and run by real Go 1.27.3 (`GOMAXPROCS=1`) and run by `chanlab::golang::run`; stdout, exit
//! status, the report skeleton (`course::conform::report_skeleton`) and what the program itself
//! wrote to stderr must match, and a program Go rejects must be rejected with the compiler's
//! lines exactly.
//!
//! `tests/go/KNOWN_GAPS` lists the programs the interpreter does not pass yet: the test fails
//! when an unlisted program fails and when a listed one passes (so the list only shrinks).
//! Real Go's results are cached under `target/go-corpus-cache/` by a hash of the program, its
//! arguments and the Go version; without a cache real Go runs. Without Go the test fails.
//!
//! `CHANLAB_CORPUS_FILTER=substr` runs the programs whose name contains `substr`;
//! `CHANLAB_CORPUS_JOBS=n` sets the worker threads (default 2); `CHANLAB_CORPUS_WRITE_GAPS=1`
//! rewrites `KNOWN_GAPS` from this run's failures instead of failing.

use chanlab::course::conform::report_skeleton;
use chanlab::golang;
use chanlab::runtime::{Config, Stream};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

/// Bumped when what is cached, or how real Go is run, changes.
const CACHE_FORMAT: &str = "go-corpus-v2";

/// The Go release the corpus is checked against.
const GO_RELEASE: &str = "go1.27.3";

/// Where Debian's golang.org/x/sync and x/time sources live (GOPATH mode).
const GOPATH: &str = "/usr/share/gocode";

/// How long one interpreter run may take before it counts as a hang; after `HANGS_TOLERATED`
/// hangs (each leaves a thread spinning) the rest get `INTERP_TIMEOUT_AFTER_HANGS`, so a
/// broken interpreter cannot stretch the test to hours.
const INTERP_TIMEOUT: Duration = Duration::from_secs(30);
const HANGS_TOLERATED: usize = 3;
const INTERP_TIMEOUT_AFTER_HANGS: Duration = Duration::from_secs(5);

/// Interpreter runs that timed out so far.
static HANGS: AtomicUsize = AtomicUsize::new(0);

/// Real Go runs a mismatching unlisted program again (sysmon can preempt a goroutine that
/// runs long on a loaded machine): the interpreter must match one of Go's runs.
const RERUNS: usize = 2;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One corpus program.
struct Program {
    name: String,
    src: String,
    args: Vec<String>,
}

impl Program {
    /// `lang_defer.go` is in area `lang`.
    fn area(&self) -> &str {
        self.name.split(['_', '.']).next().unwrap_or("")
    }
}

/// Every `tests/go/*.go`, sorted by name, with its `// args:` line.
fn corpus() -> Vec<Program> {
    let dir = manifest().join("tests/go");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/go exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let src = std::fs::read_to_string(dir.join(&name)).expect("readable program");
            let args = src
                .lines()
                .find_map(|l| l.strip_prefix("// args:"))
                .map(|a| a.split_whitespace().map(str::to_string).collect())
                .unwrap_or_default();
            Program { name, src, args }
        })
        .collect()
}

/// `tests/go/KNOWN_GAPS`: program name → reason.
fn known_gaps() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(manifest().join("tests/go/KNOWN_GAPS")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((n, why)) => (n.to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// What a run produced, as compared.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Observed {
    /// Rejected by the compiler: `stderr` holds its messages.
    compile_error: bool,
    status: i32,
    /// Stdout as text, for the reports (bytes that are not UTF-8 show as U+FFFD).
    stdout: String,
    /// Stdout exactly, as compared; `None` in a cache entry written before it was kept.
    #[serde(default)]
    stdout_bytes: Option<Vec<u8>>,
    stderr: String,
    /// Stderr exactly (the program's own part is compared as bytes); `None` as above.
    #[serde(default)]
    stderr_bytes: Option<Vec<u8>>,
}

impl Observed {
    fn new(compile_error: bool, status: i32, stdout: &[u8], stderr: impl Into<Vec<u8>>) -> Observed {
        let text = String::from_utf8_lossy(stdout).into_owned();
        let stderr = stderr.into();
        Observed {
            compile_error,
            status,
            stdout: text,
            stdout_bytes: Some(stdout.to_vec()),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            stderr_bytes: Some(stderr),
        }
    }
}

/// The real Go toolchain: its `go` binary, GOROOT and version line.
struct Go {
    bin: PathBuf,
    root: PathBuf,
    version: String,
}

impl Go {
    /// `$CHANLAB_GO`, else `.tools/go-1.27.3/go/bin/go`, else `/opt/go127/go/bin/go`.
    fn find() -> Result<Go, String> {
        let candidates: Vec<PathBuf> = match std::env::var_os("CHANLAB_GO") {
            Some(p) => vec![PathBuf::from(p)],
            None => vec![manifest().join(".tools/go-1.27.3/go/bin/go"), PathBuf::from("/opt/go127/go/bin/go")],
        };
        let bin = candidates.iter().find(|p| p.is_file()).cloned().ok_or_else(|| {
            format!(
                "real Go {GO_RELEASE} not found (tried {candidates:?}); run scripts/test.sh (it installs it \
                 into .tools/) or set CHANLAB_GO to its go binary"
            )
        })?;
        let root = bin.parent().and_then(Path::parent).ok_or("go binary outside a GOROOT")?.to_path_buf();
        for pkg in ["golang.org/x/sync/errgroup", "golang.org/x/time/rate"] {
            if !Path::new(GOPATH).join("src").join(pkg).is_dir() {
                return Err(format!(
                    "{pkg} is not in {GOPATH}: install the Debian packages golang-golang-x-sync-dev and \
                     golang-golang-x-time-dev (scripts/test.sh does)"
                ));
            }
        }
        let mut go = Go { bin, root, version: String::new() };
        let out = go.command().arg("version").output().map_err(|e| format!("cannot run {:?}: {e}", go.bin))?;
        go.version = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if !go.version.contains(&format!("{GO_RELEASE} ")) {
            return Err(format!("{:?} is `{}`, the corpus is checked against {GO_RELEASE}", go.bin, go.version));
        }
        Ok(go)
    }

    fn command(&self) -> Command {
        let mut c = Command::new(&self.bin);
        c.env("GOROOT", &self.root)
            .env("GOTOOLCHAIN", "local")
            .env("GO111MODULE", "off")
            .env("GOPATH", GOPATH)
            .env("GOFLAGS", "");
        if std::env::var_os("GOCACHE").is_none() && std::env::var_os("HOME").is_none() {
            c.env("GOCACHE", cache_dir().join("gobuild"));
        }
        c
    }

    /// Build `p` as `main.go` in a fresh directory and run it.
    fn run(&self, p: &Program, attempt: usize) -> Result<Observed, String> {
        let dir = work_root().join(format!("{}-{attempt}", p.name));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("main.go"), &p.src).map_err(|e| e.to_string())?;
        let build = self.command().args(["build", "-o", "main", "main.go"]).current_dir(&dir).output();
        let build = build.map_err(|e| format!("cannot run go build: {e}"))?;
        let observed = if !build.status.success() {
            Observed::new(true, 1, &[], build.stderr)
        } else {
            let run = Command::new("timeout")
                .arg("60")
                .arg("./main")
                .args(&p.args)
                .current_dir(&dir)
                .env("GOMAXPROCS", "1")
                // A Go 1.27 module's defaults (conform.rs): GOPATH mode would keep older ones, and
                // `updatemaxprocs=0` drops a runtime goroutine (the first user one would be 6).
                .env("GODEBUG", "panicnil=0,updatemaxprocs=1")
                .output()
                .map_err(|e| format!("cannot run the built program: {e}"))?;
            Observed::new(false, run.status.code().unwrap_or(-1), &run.stdout, run.stderr)
        };
        let _ = std::fs::remove_dir_all(&dir);
        Ok(observed)
    }

    /// Real Go's result for `p`, from the cache when this exact program was run before.
    fn observe(&self, p: &Program) -> Result<Observed, String> {
        let cached: Option<Observed> =
            std::fs::read_to_string(self.cache_file(p)).ok().and_then(|t| serde_json::from_str(&t).ok());
        // An older entry kept a stream as text only: exact unless Go wrote bytes that are not
        // UTF-8 (they became U+FFFD), and then real Go runs again.
        let exact = |bytes: &Option<Vec<u8>>, text: &str| bytes.is_some() || !text.contains('\u{FFFD}');
        if let Some(o) = cached.filter(|o| exact(&o.stdout_bytes, &o.stdout) && exact(&o.stderr_bytes, &o.stderr)) {
            let stdout_bytes = o.stdout_bytes.clone().or_else(|| Some(o.stdout.clone().into_bytes()));
            let stderr_bytes = o.stderr_bytes.clone().or_else(|| Some(o.stderr.clone().into_bytes()));
            return Ok(Observed { stdout_bytes, stderr_bytes, ..o });
        }
        let o = self.run(p, 0)?;
        self.store(p, &o);
        Ok(o)
    }

    /// Cache `o` as real Go's result for `p`.
    fn store(&self, p: &Program, o: &Observed) {
        let _ = std::fs::create_dir_all(cache_dir());
        let _ = std::fs::write(self.cache_file(p), serde_json::to_string(o).expect("serialisable"));
    }

    fn cache_file(&self, p: &Program) -> PathBuf {
        let key = fnv1a(&[CACHE_FORMAT, &self.version, &p.args.join("\u{1}"), &p.src]);
        cache_dir().join(format!("{key:016x}.json"))
    }
}

/// Where real Go builds the programs (one directory each, removed after the run).
fn work_root() -> PathBuf {
    std::env::temp_dir().join(format!("chanlab-go-corpus-{}", std::process::id()))
}

fn cache_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| manifest().join("target"));
    target.join("go-corpus-cache")
}

/// FNV-1a, 64 bits, over the parts separated by a zero byte (stable across Rust releases).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for part in parts {
        for b in part.bytes().chain([0u8]) {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}

/// Run `p` through the interpreter on its own thread; a Rust panic or a hang is an error.
fn interpret(p: &Program) -> Result<Observed, String> {
    let (tx, rx) = mpsc::channel();
    let (src, args) = (p.src.clone(), p.args.clone());
    std::thread::Builder::new()
        .name(format!("interp-{}", p.name))
        .stack_size(8 << 20)
        .spawn(move || {
            let r = std::panic::catch_unwind(|| {
                golang::run("main.go", &src, Config { seed: 1, ..Default::default() }, args)
            });
            let _ = tx.send(r);
        })
        .map_err(|e| e.to_string())?;
    let timeout = match HANGS.load(Ordering::SeqCst) {
        n if n >= HANGS_TOLERATED => INTERP_TIMEOUT_AFTER_HANGS,
        _ => INTERP_TIMEOUT,
    };
    match rx.recv_timeout(timeout) {
        Ok(Ok(out)) => Ok(Observed::new(
            out.status == 1 && is_rejection(&out.stderr),
            out.status,
            &out.bytes(Stream::Stdout),
            out.bytes(Stream::Stderr),
        )),
        Ok(Err(e)) => {
            let msg = e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
            Err(format!("Rust panic: {}", msg.unwrap_or_default()))
        }
        Err(_) => {
            HANGS.fetch_add(1, Ordering::SeqCst);
            Err(format!("no result after {timeout:?} (hang)"))
        }
    }
}

/// Whether `stderr` is a build failure as `go build` prints it: the compiler's
/// (`# command-line-arguments` first) or the go command's own for the package clause and
/// imports (`main.go:L:C: msg`, no header).
fn is_rejection(stderr: &str) -> bool {
    let first = stderr.lines().next().unwrap_or("");
    let go_command = first.strip_prefix("main.go:").is_some_and(|rest| {
        let mut parts = rest.splitn(3, ':');
        let mut number = || parts.next().is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        number() && number()
    });
    first == "# command-line-arguments" || go_command
}

/// The lines Go's failure report starts with.
const REPORT_STARTS: [&str; 4] = ["panic: ", "fatal error: ", "runtime: goroutine stack exceeds", "[signal "];

/// Where Go's failure report starts in `stderr` (what comes before is the program's own).
fn report_start(stderr: &str) -> usize {
    let mut at = 0;
    for line in stderr.split_inclusive('\n') {
        if REPORT_STARTS.iter().any(|p| line.starts_with(p)) {
            return at;
        }
        at += line.len();
    }
    stderr.len()
}

/// [`report_start`] in bytes that may not be UTF-8.
fn report_start_bytes(stderr: &[u8]) -> usize {
    let mut at = 0;
    for line in stderr.split_inclusive(|&b| b == b'\n') {
        if REPORT_STARTS.iter().any(|p| line.starts_with(p.as_bytes())) {
            return at;
        }
        at += line.len();
    }
    stderr.len()
}

/// The report skeleton as compared: addresses (`([]int) 0xc000012345`) become `0x?`, and after
/// `fatal error: stack overflow` nothing is kept (Go dumps its own goroutines and a hundred
/// frames there).
fn skeleton(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in report_skeleton(&stderr[report_start(stderr)..]) {
        let overflow = line == "fatal error: stack overflow";
        out.push(mask_hex(&line));
        if overflow {
            break;
        }
    }
    out
}

fn mask_hex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let digits = rest[i + 2..].bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str(if digits > 0 { "?" } else { "" });
        rest = &rest[i + 2 + digits..];
    }
    out.push_str(rest);
    out
}

/// `None` when `got` (the interpreter) matches `want` (real Go), else what differs: a one-line
/// summary (what `KNOWN_GAPS` records), then both sides.
fn compare(want: &Observed, got: &Observed) -> Option<String> {
    let show = |what: &str, w: &str, g: &str| {
        Some(format!("{what} differs (chanlab: {})\n--- real Go\n{w}\n--- chanlab\n{g}", first_diff(w, g)))
    };
    if want.compile_error || got.compile_error {
        if want.compile_error == got.compile_error && want.stderr == got.stderr && got.stdout.is_empty() {
            return None;
        }
        let describe = |o: &Observed| match o.compile_error {
            true => o.stderr.clone(),
            false => format!("(built and ran: exit status {})", o.status),
        };
        let (w, g) = (describe(want), describe(got));
        return match (want.compile_error, got.compile_error) {
            (false, true) => Some(format!("rejected: {}\n--- real Go\n{w}\n--- chanlab\n{g}", first_message(&g))),
            (true, false) => Some(format!("accepted, Go rejects it\n--- real Go\n{w}\n--- chanlab\n{g}")),
            _ => show("compiler messages", &w, &g),
        };
    }
    if want.stdout_bytes != got.stdout_bytes {
        if want.stdout == got.stdout {
            let bytes = |o: &Observed| format!("{:?}", o.stdout_bytes.as_deref().unwrap_or_default());
            return Some(format!(
                "stdout bytes differ (not UTF-8)\n--- real Go\n{}\n--- chanlab\n{}",
                bytes(want),
                bytes(got)
            ));
        }
        return show("stdout", &want.stdout, &got.stdout);
    }
    if want.status != got.status {
        return show("exit status", &want.status.to_string(), &got.status.to_string());
    }
    let (w, g) = (&want.stderr[..report_start(&want.stderr)], &got.stderr[..report_start(&got.stderr)]);
    if w != g {
        return show("the program's own stderr", w, g);
    }
    if let (Some(w), Some(g)) = (&want.stderr_bytes, &got.stderr_bytes) {
        let (w, g) = (&w[..report_start_bytes(w)], &g[..report_start_bytes(g)]);
        if w != g {
            return Some(format!(
                "the program's own stderr bytes differ (not UTF-8)\n--- real Go\n{w:?}\n--- chanlab\n{g:?}"
            ));
        }
    }
    let (w, g) = (skeleton(&want.stderr), skeleton(&got.stderr));
    if w != g {
        return show("report skeleton", &w.join("\n"), &g.join("\n"));
    }
    None
}

/// The first line of `got` that differs from `want` (shortened), or what is missing.
fn first_diff(want: &str, got: &str) -> String {
    let (mut w, mut g) = (want.lines(), got.lines());
    loop {
        match (w.next(), g.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (_, Some(b)) => return shorten(&format!("{b:?}")),
            (Some(_), None) => return "output ends early".into(),
            (None, None) => return "same lines, different line ends".into(),
        }
    }
}

/// The first compiler message of a rejection, without its position.
fn first_message(stderr: &str) -> String {
    let line = stderr.lines().find(|l| l.starts_with("./")).unwrap_or("");
    shorten(line.splitn(4, ':').nth(3).unwrap_or(line).trim())
}

fn shorten(s: &str) -> String {
    match s.char_indices().nth(90) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

/// One program's verdict.
enum Verdict {
    Pass,
    Fail(String),
}

fn check(go: &Go, p: &Program, listed: bool) -> Verdict {
    let want = match go.observe(p) {
        Ok(w) => w,
        Err(e) => return Verdict::Fail(format!("real Go: {e}")),
    };
    let got = match interpret(p) {
        Ok(g) => g,
        Err(e) => return Verdict::Fail(e),
    };
    let Some(mut why) = compare(&want, &got) else { return Verdict::Pass };
    // An unexpected failure of a program both ran: real Go may have been preempted on a
    // loaded machine; rerun it.
    // Listed programs are rerun too when KNOWN_GAPS is being rewritten, so its reasons are true.
    let writing = std::env::var_os("CHANLAB_CORPUS_WRITE_GAPS").is_some();
    let reruns = if (listed && !writing) || want.compile_error || got.compile_error { 0 } else { RERUNS };
    for attempt in 1..=reruns {
        match go.run(p, attempt) {
            Ok(again) if compare(&again, &got).is_none() => {
                note(&format!(
                    "note: real Go's output for {} varies between runs; caching the run that matched",
                    p.name
                ));
                go.store(p, &again);
                return Verdict::Pass;
            }
            Ok(_) => {}
            Err(e) => why = format!("{why}\n(rerun failed: {e})"),
        }
    }
    Verdict::Fail(why)
}

/// A line on the process's stderr (shown even when the test passes).
fn note(line: &str) {
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), format!("{line}\n").as_bytes());
}

/// Run `check` over the programs on `jobs` threads; verdicts in program order.
fn check_all(go: &Go, programs: &[Program], gaps: &BTreeMap<String, String>, jobs: usize) -> Vec<Verdict> {
    let next = AtomicUsize::new(0);
    let mut verdicts: HashMap<usize, Verdict> = HashMap::new();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        let Some(p) = programs.get(i) else { break };
                        mine.push((i, check(go, p, gaps.contains_key(&p.name))));
                    }
                    mine
                })
            })
            .collect();
        for h in handles {
            verdicts.extend(h.join().expect("worker thread"));
        }
    });
    (0..programs.len()).map(|i| verdicts.remove(&i).expect("every program checked")).collect()
}

#[test]
fn corpus_matches_real_go() {
    let go = Go::find().unwrap_or_else(|e| panic!("{e}"));
    let filter = std::env::var("CHANLAB_CORPUS_FILTER").unwrap_or_default();
    let jobs = std::env::var("CHANLAB_CORPUS_JOBS").ok().and_then(|j| j.parse().ok()).unwrap_or(2).max(1);
    let all = corpus();
    assert!(all.len() >= 200, "the corpus holds {} programs, at least 200 expected", all.len());
    let gaps = known_gaps();
    let mut problems: Vec<String> = gaps
        .keys()
        .filter(|n| !all.iter().any(|p| &p.name == *n))
        .map(|n| format!("KNOWN_GAPS lists {n}, which is not in tests/go"))
        .collect();
    let programs: Vec<Program> = all.into_iter().filter(|p| p.name.contains(&filter)).collect();
    let verdicts = check_all(&go, &programs, &gaps, jobs);
    let _ = std::fs::remove_dir_all(work_root());
    // area → (passed, failed as listed, failed unlisted, passed though listed)
    let mut areas: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for (p, v) in programs.iter().zip(&verdicts) {
        let listed = gaps.contains_key(&p.name);
        let row = areas.entry(p.area()).or_default();
        match (v, listed) {
            (Verdict::Pass, false) => row[0] += 1,
            (Verdict::Fail(_), true) => row[1] += 1,
            (Verdict::Fail(why), false) => {
                row[2] += 1;
                problems.push(format!("{} fails and is not in KNOWN_GAPS: {why}", p.name));
            }
            (Verdict::Pass, true) => {
                row[3] += 1;
                problems.push(format!("{} passes now: remove it from tests/go/KNOWN_GAPS", p.name));
            }
        }
    }
    print_summary(&go, &areas);
    if std::env::var_os("CHANLAB_CORPUS_WRITE_GAPS").is_some() {
        assert!(filter.is_empty(), "CHANLAB_CORPUS_WRITE_GAPS needs the whole corpus (no CHANLAB_CORPUS_FILTER)");
        write_gaps(&programs, &verdicts);
        return;
    }
    assert!(problems.is_empty(), "{} corpus problem(s):\n\n{}", problems.len(), problems.join("\n\n"));
}

/// Rewrite `tests/go/KNOWN_GAPS` from this run: every failing program with its one-line reason.
fn write_gaps(programs: &[Program], verdicts: &[Verdict]) {
    let mut text = String::from(
        "# Corpus programs the interpreter does not pass yet: `name  reason` (see README.md).\n\
         # The corpus test fails when a program not listed here fails, and when a listed one passes.\n\
         # Regenerate: CHANLAB_CORPUS_WRITE_GAPS=1 cargo test --test go_corpus\n",
    );
    for (p, v) in programs.iter().zip(verdicts) {
        if let Verdict::Fail(why) = v {
            text.push_str(&format!("{:<40} {}\n", p.name, why.lines().next().unwrap_or("")));
        }
    }
    let path = manifest().join("tests/go/KNOWN_GAPS");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {path:?}: {e}"));
    println!("wrote {path:?}");
}

/// The per-area table, on the process's stderr so `cargo test` shows it even when the test
/// passes (the test harness captures only `print!`/`eprint!`).
fn print_summary(go: &Go, areas: &BTreeMap<&str, [usize; 4]>) {
    let mut out = format!("Go corpus against {} ({:?})\n", go.version, go.bin);
    let row = |name: &str, r: &[usize; 4]| format!("{name:<10} {:>6} {:>12} {:>10} {:>12}\n", r[0], r[1], r[2], r[3]);
    out.push_str(&format!(
        "{:<10} {:>6} {:>12} {:>10} {:>12}\n",
        "area", "passed", "known gaps", "new fails", "now passing"
    ));
    let mut total = [0usize; 4];
    for (area, r) in areas {
        out.push_str(&row(area, r));
        for (t, x) in total.iter_mut().zip(r) {
            *t += x;
        }
    }
    out.push_str(&row("total", &total));
    out.push_str(&format!("passing: {} of {}\n", total[0] + total[3], total.iter().sum::<usize>()));
    note(out.trim_end());
}

#[test]
fn skeleton_masks_addresses_and_cuts_stack_overflow_dumps() {
    let stderr =
        "own line\npanic: ([]int) 0xc000012345\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x/main.go:6 +0x1d\n";
    assert_eq!(report_start(stderr), "own line\n".len());
    assert_eq!(skeleton(stderr), ["panic: ([]int) 0x?", "goroutine 1 [running]:", "main.go:6"]);
    let overflow = "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\
                    \ngoroutine 1 gp=0xc0 m=0 [running]:\nmain.f()\n\t/t/main.go:5 +0x1\n";
    assert_eq!(skeleton(overflow), ["fatal error: stack overflow"]);
    assert_eq!(mask_hex("a 0x b 0xff"), "a 0x b 0x?");
}

#[test]
fn compile_errors_compare_every_line() {
    let want = Observed::new(true, 1, &[], "# command-line-arguments\n./main.go:6:2: declared and not used: x\n");
    assert!(compare(&want, &want.clone()).is_none());
    let mut other = want.clone();
    other.stderr = "# command-line-arguments\n./main.go:6:3: declared and not used: x\n".into();
    assert!(compare(&want, &other).is_some());
    let ran = Observed::new(false, 0, &[], String::new());
    assert!(compare(&want, &ran).is_some());
}

#[test]
fn stdout_compares_bytes() {
    let want = Observed::new(false, 0, b"\xff\n", String::new());
    assert!(compare(&want, &want.clone()).is_none());
    let replaced = Observed::new(false, 0, "\u{FFFD}\n".as_bytes(), String::new());
    assert_eq!(want.stdout, replaced.stdout);
    assert!(compare(&want, &replaced).unwrap().starts_with("stdout bytes differ"));
}

#[test]
fn the_programs_own_stderr_compares_bytes() {
    let want = Observed::new(false, 0, &[], b"caf\xe9\npanic: boom\n".to_vec());
    assert!(compare(&want, &want.clone()).is_none());
    let replaced = Observed::new(false, 0, &[], "caf\u{FFFD}\npanic: boom\n".as_bytes().to_vec());
    assert_eq!(want.stderr, replaced.stderr);
    assert!(compare(&want, &replaced).unwrap().starts_with("the program's own stderr bytes differ"));
}
