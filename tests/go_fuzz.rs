//! A bounded property test over the interpreter: corpus programs (`tests/go/*.go`) mutated
//! with a fixed seed (byte flips, token deletions and duplications, swapped lines,
//! truncation, spliced lines, deep nesting) run through `chanlab::golang::run` with a small
//! step budget, each on a thread with an ordinary stack under `catch_unwind`. No input may
//! panic Rust, overflow its stack or hang, and every rejection must read as Go prints it:
//! `# command-line-arguments`, then `./main.go:L:C: message` lines, or for errors in the
//! package clause and imports the go command's `main.go:L:C: message` lines (continuation
//! lines start with a tab).
//!
//! `CHANLAB_FUZZ_CASES=n` changes the number of cases (default 3000); `CHANLAB_FUZZ_SEED=s`
//! the seed. The cases run in a child process (this test binary again): a Rust stack overflow
//! aborts it, the supervisor records the case (written to `target/go-fuzz/current.go` before it
//! runs) and starts a new child after it, so one crash does not hide the rest.

use chanlab::golang;
use chanlab::runtime::{Config, Outcome};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Longest one case may take (a debug build, a loaded machine) before it counts as a hang.
const CASE_TIMEOUT: Duration = Duration::from_secs(20);

/// The stack every case runs on: std's default for spawned threads, no more.
const STACK: usize = 2 << 20;

/// splitmix64: small, seedable, the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/go");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/go exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let src = std::fs::read_to_string(dir.join(&name)).ok()?;
            name.ends_with(".go").then_some((name, src))
        })
        .collect();
    files.sort();
    files
}

/// Go-ish tokens: identifier/number runs, whitespace runs, single other characters.
fn tokens(src: &str) -> Vec<&str> {
    let class = |c: char| match c {
        c if c.is_alphanumeric() || c == '_' => 0,
        c if c.is_whitespace() => 1,
        _ => 2,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<u8> = None;
    for (i, c) in src.char_indices() {
        let k = class(c);
        if prev.is_some() && (k == 2 || prev != Some(k)) {
            out.push(&src[start..i]);
            start = i;
        }
        prev = Some(k);
    }
    out.push(&src[start..]);
    out
}

const JUNK: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ".",
    ":",
    "=",
    ":=",
    "+",
    "-",
    "*",
    "/",
    "<-",
    "&",
    "|",
    "^",
    "!",
    "\"",
    "'",
    "`",
    "\n",
    " ",
    "go",
    "defer",
    "func",
    "chan",
    "select",
    "type",
    "interface",
    "struct",
    "map",
    "range",
    "return",
    "break",
    "goto",
    "fallthrough",
    "case",
    "default",
    "nil",
    "iota",
    "...",
    "0x",
    "1e9",
    "'\\",
    "[T any]",
    "~",
    "0",
    "_",
    "main",
    "x",
    "π",
    "\u{feff}",
];

/// One random edit of `src`.
fn mutate(rng: &mut Rng, src: &str) -> String {
    let toks = tokens(src);
    let at = rng.below(toks.len().max(1));
    let join = |t: &[&str]| t.concat();
    match rng.below(8) {
        0 => {
            let mut bytes = src.as_bytes().to_vec();
            if !bytes.is_empty() {
                let i = rng.below(bytes.len());
                bytes[i] = rng.next() as u8;
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1 => join(&[&toks[..at], &toks[(at + 1).min(toks.len())..]].concat()),
        2 => dup_token(&toks, at),
        3 => {
            let mut t = toks.clone();
            t.insert(at, *rng.pick(JUNK));
            join(&t)
        }
        4 => swap_lines(rng, src),
        5 => src[..char_floor(src, rng.below(src.len().max(1)))].to_string(),
        6 => splice_line(rng, src),
        _ => {
            let mut t = toks.clone();
            let other = rng.below(toks.len().max(1));
            if !t.is_empty() {
                t.swap(at, other);
            }
            join(&t)
        }
    }
}

/// The token at `at` written twice.
fn dup_token(toks: &[&str], at: usize) -> String {
    let mut t = toks.to_vec();
    if let Some(&tok) = toks.get(at) {
        t.insert(at, tok);
    }
    t.concat()
}

fn char_floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn swap_lines(rng: &mut Rng, src: &str) -> String {
    let mut lines: Vec<&str> = src.lines().collect();
    if lines.len() > 1 {
        let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
        lines.swap(a, b);
    }
    lines.join("\n") + "\n"
}

/// A line of the program copied to another place.
fn splice_line(rng: &mut Rng, src: &str) -> String {
    let mut lines: Vec<&str> = src.lines().collect();
    if !lines.is_empty() {
        let from = lines[rng.below(lines.len())];
        lines.insert(rng.below(lines.len() + 1), from);
    }
    lines.join("\n") + "\n"
}

/// A program whose `main` nests one construct `depth` times.
fn nested(rng: &mut Rng) -> String {
    let depth = *rng.pick(&[10, 100, 1_000, 10_000, 50_000]);
    let r = |s: &str| s.repeat(depth);
    let body = match rng.below(16) {
        0 => format!("x := {}1{}\n\t_ = x", r("("), r(")")),
        1 => format!("{}{}", r("{"), r("}")),
        2 => format!("var v {}int\n\t_ = v", r("[]")),
        3 => format!("{}{}", r("func() {"), r("}()")),
        4 => format!("x := {}1\n\t_ = x", r("1 + ")),
        5 => format!("x := {}1\n\t_ = x", r("- ")),
        6 => format!("{}{}", r("if true {"), r("}")),
        7 => format!("x := {}", r("(")),
        8 => format!("var p {}int\n\t_ = p", r("*")),
        9 => format!("x := {}0{}\n\t_ = x", r("[]int{"), r("}")),
        10 => format!("{}{}", r("for range 1 {"), r("}")),
        11 => format!("{}{}", r("switch {\ncase true:\n"), r("}\n")),
        12 => format!("a := []int{{0}}\n\t_ = {}0{}", r("a["), r("]")),
        13 => format!("f := func(x int) int {{ return x }}\n\t_ = {}1{}", r("f("), r(")")),
        14 => format!("x := {}true\n\t_ = x", r("!")),
        _ => format!("var c {}int\n\t_ = c", r("chan ")),
    };
    format!("package main\n\nfunc main() {{\n\t{body}\n}}\n")
}

/// How a rejection reads: the compiler's (`# command-line-arguments`, then `./main.go:L:C: msg`
/// lines) or, for errors in the package clause and imports, the go command's own
/// (`main.go:L:C: msg` lines, no header), as real Go prints them.
fn rejection(stderr: &str) -> Option<(&str, &'static str)> {
    if let Some(rest) = stderr.strip_prefix("# command-line-arguments\n") {
        return Some((rest, "./main.go:"));
    }
    parse_position(stderr.lines().next()?, "main.go:").map(|_| (stderr, "main.go:"))
}

/// What went wrong with one case, if anything.
fn check_outcome(src: &str, out: &Outcome) -> Result<(), String> {
    let Some((rest, prefix)) = rejection(&out.stderr) else {
        if out.stderr.contains("chanlab does not support") {
            return Err(format!("a rejection not worded as Go's:\n{}", out.stderr));
        }
        return Ok(());
    };
    if out.status != 1 || !out.stdout.is_empty() {
        return Err(format!("a rejection must exit 1 with no output (status {})", out.status));
    }
    let lines = src.lines().count() as u64 + 1;
    let mut positions = 0;
    // A message quoting an unterminated raw string literal spans lines, as in Go
    // (`syntax error: unexpected literal `main() {` ...): those lines have no position.
    let mut in_raw = false;
    for line in rest.lines() {
        if line.starts_with('\t') || (in_raw && parse_position(line, prefix).is_none()) {
            continue;
        }
        let pos =
            parse_position(line, prefix).ok_or_else(|| format!("not a Go compiler line: {line:?}\n{}", out.stderr))?;
        in_raw = line.matches('`').count() % 2 == 1;
        if pos.0 == 0 || pos.0 > lines || pos.1 == 0 {
            return Err(format!("position outside the source ({lines} lines): {line:?}"));
        }
        positions += 1;
    }
    if positions == 0 {
        return Err(format!("a rejection without a message:\n{}", out.stderr));
    }
    Ok(())
}

/// `./main.go:12:5: msg` with prefix `./main.go:` → (12, 5).
fn parse_position(line: &str, prefix: &str) -> Option<(u64, u64)> {
    let rest = line.strip_prefix(prefix)?;
    let mut parts = rest.splitn(3, ':');
    let l = parts.next()?.parse().ok()?;
    let c = parts.next()?.parse().ok()?;
    let msg = parts.next()?.strip_prefix(' ')?;
    (!msg.trim().is_empty()).then_some((l, c))
}

/// Run one case on its own thread; a Rust panic or a hang is an error.
fn run_case(src: String, seed: u64) -> Result<Outcome, String> {
    let (tx, rx) = mpsc::channel();
    // Some cases run with the race detector or on two processors, to reach those paths too.
    let cfg = Config {
        seed,
        max_ops: 20_000,
        max_time_ns: 10_000_000_000,
        race: seed % 4 == 3,
        gomaxprocs: if seed % 3 == 2 { 2 } else { 1 },
        ..Default::default()
    };
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let r = std::panic::catch_unwind(|| golang::run("main.go", &src, cfg, vec![]));
            let _ = tx.send(r.map_err(|e| {
                let s = e.downcast_ref::<String>().cloned();
                s.or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
            }));
        })
        .map_err(|e| e.to_string())?;
    match rx.recv_timeout(CASE_TIMEOUT) {
        Ok(Ok(out)) => Ok(out),
        Ok(Err(msg)) => Err(format!("Rust panic: {msg}")),
        Err(_) => Err(format!("no result after {CASE_TIMEOUT:?} (hang)")),
    }
}

/// The directory the worker and the supervisor share (`target/go-fuzz/`): `current.go` (the
/// case being run), `log` (one line per case, failures in full).
fn work_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("go-fuzz")
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Set in the worker process: the first case it runs.
const WORKER_ENV: &str = "CHANLAB_FUZZ_WORKER_FROM";

/// Stop after this many failures.
const MAX_FAILURES: usize = 10;

/// The cases, in order: a mutated corpus program, or every tenth a deeply nested one.
fn cases(count: u64) -> impl Iterator<Item = (u64, String, String)> {
    let programs = corpus();
    assert!(!programs.is_empty(), "no corpus programs in tests/go");
    let mut rng = Rng(env_u64("CHANLAB_FUZZ_SEED", 0x5eed_c0de));
    (0..count).map(move |case| {
        if case % 10 == 9 {
            return (case, "deep nesting".to_string(), nested(&mut rng));
        }
        let (name, base) = rng.pick(&programs);
        let mut src = base.clone();
        for _ in 0..=rng.below(3) {
            src = mutate(&mut rng, &src);
        }
        (case, name.clone(), src)
    })
}

/// One failure, as reported.
fn failure(case: u64, origin: &str, why: &str, src: &str) -> String {
    let shown: String = src.chars().take(600).collect();
    format!("case {case} (from {origin}): {why}\n--- program (first 600 chars)\n{shown}")
}

/// The worker: runs the cases from `from` on, appending to `log` a line per case (`ok`,
/// `rejected`, or `fail` then the failure as JSON) and `done` at the end. Each case is written
/// to `current.go` first: a Rust stack overflow kills the process with no report.
fn worker(from: u64, count: u64) {
    let dir = work_dir();
    let mut log = std::fs::OpenOptions::new().append(true).create(true).open(dir.join("log")).expect("fuzz log");
    let mut fails = 0;
    for (case, origin, src) in cases(count).skip(from as usize) {
        let _ = std::fs::write(dir.join("current.go"), format!("// fuzz case {case} from {origin}\n{src}"));
        let line = match run_case(src.clone(), case).and_then(|out| check_outcome(&src, &out).map(|_| out)) {
            Ok(out) if rejection(&out.stderr).is_some() => "rejected".to_string(),
            Ok(_) => "ok".to_string(),
            Err(why) => {
                fails += 1;
                format!("fail {}", serde_json::to_string(&failure(case, &origin, &why, &src)).expect("json"))
            }
        };
        std::io::Write::write_all(&mut log, format!("{line}\n").as_bytes()).expect("fuzz log");
        if fails >= MAX_FAILURES {
            break;
        }
    }
    std::io::Write::write_all(&mut log, b"done\n").expect("fuzz log");
}

/// The supervisor: runs the worker in a child process (this test binary again), and when a
/// case kills it (a Rust stack overflow aborts), records that case and starts a new worker
/// after it.
#[test]
fn mutated_programs_never_crash_or_hang() {
    let count = env_u64("CHANLAB_FUZZ_CASES", 3000);
    if let Ok(from) = std::env::var(WORKER_ENV) {
        return worker(from.parse().expect("case number"), count);
    }
    let dir = work_dir();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("fuzz directory");
    let started = Instant::now();
    let mut from = 0;
    let mut aborted = Vec::new();
    loop {
        let status = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", "mutated_programs_never_crash_or_hang", "--nocapture", "--test-threads=1"])
            .env(WORKER_ENV, from.to_string())
            .stdout(std::process::Stdio::null())
            .status()
            .expect("start the fuzz worker");
        let log = std::fs::read_to_string(dir.join("log")).unwrap_or_default();
        let fails = log.lines().filter(|l| l.starts_with("fail ")).count() + aborted.len();
        if log.lines().last() == Some("done") || fails >= MAX_FAILURES {
            break;
        }
        // The worker died: the case it was running is in current.go.
        let current = std::fs::read_to_string(dir.join("current.go")).unwrap_or_default();
        let case: u64 = current.split_whitespace().nth(3).and_then(|n| n.parse().ok()).unwrap_or(from);
        let origin = current.lines().next().and_then(|l| l.split(" from ").nth(1)).unwrap_or("?").to_string();
        let src = current.split_once('\n').map(|(_, s)| s).unwrap_or("");
        let why = format!("the process died ({status}): a Rust stack overflow or abort");
        aborted.push(failure(case, &origin, &why, src));
        from = case + 1;
    }
    report(count, started, aborted);
}

/// Count the worker's log and fail with every failure.
fn report(count: u64, started: Instant, aborted: Vec<String>) {
    let log = std::fs::read_to_string(work_dir().join("log")).unwrap_or_default();
    let ran = log.lines().filter(|l| *l != "done").count() + aborted.len();
    let rejected = log.lines().filter(|l| *l == "rejected").count();
    let mut failures: Vec<String> = log
        .lines()
        .filter_map(|l| l.strip_prefix("fail "))
        .map(|j| serde_json::from_str::<String>(j).unwrap_or_else(|_| j.to_string()))
        .collect();
    failures.extend(aborted);
    let summary = format!(
        "fuzz: {ran} of {count} cases ran ({rejected} rejected at compile time) in {:.1}s, {} failure(s)\n",
        started.elapsed().as_secs_f64(),
        failures.len()
    );
    // Straight to stderr: `cargo test` shows it even when the test passes.
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), summary.as_bytes());
    assert!(failures.is_empty(), "{} fuzz failure(s):\n\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn positions_are_read_as_go_prints_them() {
    let compiler = "./main.go:";
    assert_eq!(parse_position("./main.go:12:5: syntax error: unexpected newline", compiler), Some((12, 5)));
    assert_eq!(parse_position("main.go:12:5: x", compiler), None);
    assert_eq!(parse_position("main.go:12:5: missing import path", "main.go:"), Some((12, 5)));
    assert_eq!(parse_position("./main.go:12: x", compiler), None);
    assert_eq!(parse_position("./main.go:1:1: ", compiler), None);
    let ok =
        Outcome::not_built("# command-line-arguments\n./main.go:2:1: declared and not used: x\n\thave ()\n".into());
    assert!(check_outcome("package main\nx\n", &ok).is_ok());
    let go_command = Outcome::not_built("main.go:1:6: illegal UTF-8 encoding\n".into());
    assert!(check_outcome("package main\n", &go_command).is_ok());
    let bad = Outcome::not_built("# command-line-arguments\nmain.go: oops\n".into());
    assert!(check_outcome("package main\n", &bad).is_err());
    let far = Outcome::not_built("# command-line-arguments\n./main.go:9:1: x\n".into());
    assert!(check_outcome("package main\n", &far).is_err());
    let raw =
        "# command-line-arguments\n./main.go:3:6: syntax error: unexpected literal `main() {\n}\n, expected name\n";
    assert!(check_outcome("package main\n\nfunc `main() {\n}\n", &Outcome::not_built(raw.into())).is_ok());
    let bare = Outcome::not_built("# command-line-arguments\n./main.go:1:1: x\ntoo many errors\n".into());
    assert!(check_outcome("package main\n", &bare).is_err());
    let unworded = Outcome::not_built("chanlab does not support X yet\n".into());
    assert!(check_outcome("package main\n", &unworded).is_err());
}

#[test]
fn mutations_are_deterministic() {
    let src = "package main\n\nfunc main() {\n\tprintln(1 + 2)\n}\n";
    let run = || {
        let mut rng = Rng(7);
        (0..50).map(|_| mutate(&mut rng, src)).collect::<Vec<_>>()
    };
    assert_eq!(run(), run());
    assert_eq!(tokens("a := b(1)").concat(), "a := b(1)");
}
