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
use std::collections::BTreeMap;
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
    match rng.below(11) {
        // Edits that usually keep the program valid, so the VM runs it: another number,
        // another operator, the other boolean.
        8..=10 => semantic_edit(rng, &toks),
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

/// A number, an operator or a boolean replaced by another of its kind (the program usually
/// still compiles: the VM then runs into other values, panics and loops).
fn semantic_edit(rng: &mut Rng, toks: &[&str]) -> String {
    const NUMBERS: &[&str] = &["0", "1", "2", "3", "7", "64", "255", "1000", "65536", "1e9"];
    const OPS: &[&str] = &["+", "-", "*", "/", "%", "<", ">", "&", "|", "^"];
    let editable: Vec<usize> = (0..toks.len())
        .filter(|&i| {
            let t = toks[i];
            t.starts_with(|c: char| c.is_ascii_digit()) || OPS.contains(&t) || t == "true" || t == "false"
        })
        .collect();
    let mut t = toks.to_vec();
    if let Some(&i) = editable.get(rng.below(editable.len().max(1))) {
        t[i] = match t[i] {
            "true" => "false",
            "false" => "true",
            op if OPS.contains(&op) => *rng.pick(OPS),
            _ => *rng.pick(NUMBERS),
        };
    }
    t.concat()
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

/// The constructs `nested` repeats: a name (for failure keys) and the text before and after
/// the innermost `1`/`true`/`int`.
const SHAPES: &[(&str, &str, &str, &str)] = &[
    ("parens", "x := ", "(", ")"),
    ("blocks", "", "{", "}"),
    ("slice types", "var v ", "[]", ""),
    ("func literals", "", "func() {", "}()"),
    ("binary chain", "x := ", "1 + ", ""),
    ("unary minus", "x := ", "- ", ""),
    ("ifs", "", "if true {", "}"),
    ("unclosed parens", "x := ", "(", ""),
    ("pointer types", "var p ", "*", ""),
    ("composite literals", "x := ", "[]any{", "}"),
    ("for loops", "", "for range 1 {", "}"),
    ("switches", "", "switch {\ncase true:\n", "}\n"),
    ("index chain", "a := []int{0}\n\t_ = ", "a[", "]"),
    ("call chain", "f := func(x int) int { return x }\n\t_ = ", "f(", ")"),
    ("negations", "x := ", "!", ""),
    ("chan types", "var c ", "chan ", ""),
];

/// A program whose `main` nests one construct `depth` times, and its name
/// (`binary chain x10000`).
fn nested(rng: &mut Rng) -> (String, String) {
    let depth = *rng.pick(&[10, 100, 1_000, 10_000, 50_000]);
    let (name, head, open, close) = *rng.pick(SHAPES);
    let inner = match name {
        "blocks" | "func literals" | "ifs" | "for loops" | "switches" => "",
        "slice types" | "pointer types" | "chan types" => "int",
        "negations" => "true",
        _ => "1",
    };
    // `x := ...` and `var v ...` declare a variable that must then be used.
    let var = match head.split_whitespace().collect::<Vec<_>>()[..] {
        [x, ":="] => format!("\n\t_ = {x}"),
        ["var", v] => format!("\n\t_ = {v}"),
        _ => String::new(),
    };
    let body = format!("{head}{}{inner}{}{var}", open.repeat(depth), close.repeat(depth));
    (format!("{name} x{depth}"), format!("package main\n\nfunc main() {{\n\t{body}\n}}\n"))
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
    // `go run` on a file whose package is not main (no header, no position).
    if out.stderr == NOT_MAIN && out.status == 1 {
        return Ok(());
    }
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
        if line == NO_MAIN && prefix == "./main.go:" {
            positions += 1;
            continue;
        }
        if prefix == "./main.go:" && parse_position(line, "main.go:").is_some() {
            return Err(format!("a go command error under the compiler's header:\n{}", out.stderr));
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

/// What `go run` prints for a file whose package clause is not `package main`.
const NOT_MAIN: &str = "package command-line-arguments is not a main package\n";

/// The linker's line (after `# command-line-arguments`) for a main package without `main`.
const NO_MAIN: &str = "runtime.main_main·f: function main is undeclared in the main package";

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

/// Stop after this many failures that `FUZZ_KNOWN` does not list (never when rewriting it).
fn max_failures() -> usize {
    match std::env::var_os("CHANLAB_FUZZ_WRITE_KNOWN") {
        Some(_) => usize::MAX,
        None => 10,
    }
}

/// The cases, in order: a mutated corpus program, or every tenth a deeply nested one.
fn cases(count: u64) -> impl Iterator<Item = (u64, String, String)> {
    let programs = corpus();
    assert!(!programs.is_empty(), "no corpus programs in tests/go");
    let seed = env_u64("CHANLAB_FUZZ_SEED", 0x5eed_c0de);
    (0..count).map(move |case| {
        // Each case has its own generator: adding a corpus program changes no nesting case.
        let mut rng = Rng(seed ^ case.wrapping_mul(0x2545f4914f6cdd1d));
        if case % 10 == 9 {
            let (shape, src) = nested(&mut rng);
            return (case, format!("deep nesting: {shape}"), src);
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

/// What kind of failure this is, stable across runs and corpus changes (`FUZZ_KNOWN` lists
/// these): the nesting shape for nesting cases, and the failure with numbers replaced by `N`.
fn failure_key(origin: &str, why: &str) -> String {
    let class = if why.starts_with("the process died") {
        "stack overflow or abort".to_string()
    } else if why.starts_with("no result after") {
        "hang".to_string()
    } else {
        let first = why.lines().next().unwrap_or("");
        let digits_as_n = first.split(|c: char| c.is_ascii_digit()).filter(|p| !p.is_empty()).collect::<Vec<_>>();
        let mut text = digits_as_n.join("N");
        if first.starts_with(|c: char| c.is_ascii_digit()) {
            text.insert(0, 'N');
        }
        text.chars().take(70).collect::<String>().trim_end().to_string()
    };
    match origin.strip_prefix("deep nesting: ") {
        Some(shape) => format!("deep nesting: {shape}: {class}"),
        None => class,
    }
}

/// `tests/go/FUZZ_KNOWN`: failure keys (see `failure_key`) that are known and tracked, one per
/// line as `key -- reason`.
fn known_failures() -> BTreeMap<String, String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/go/FUZZ_KNOWN");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(" -- ") {
            Some((k, why)) => (k.trim().to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// The worker: runs the cases from `from` on, appending to `log` a line per case (`ok`,
/// `rejected`, or `fail` then the failure as JSON) and `done` at the end. Each case is written
/// to `current.go` first: a Rust stack overflow kills the process with no report.
fn worker(from: u64, count: u64) {
    let dir = work_dir();
    let mut log = std::fs::OpenOptions::new().append(true).create(true).open(dir.join("log")).expect("fuzz log");
    let known = known_failures();
    let mut fails = 0;
    for (case, origin, src) in cases(count).skip(from as usize) {
        let _ = std::fs::write(dir.join("current.go"), format!("// fuzz case {case} from {origin}\n{src}"));
        let line = match run_case(src.clone(), case).and_then(|out| check_outcome(&src, &out).map(|_| out)) {
            Ok(out) if rejection(&out.stderr).is_some() => "rejected".to_string(),
            Ok(_) => "ok".to_string(),
            Err(why) => {
                let key = failure_key(&origin, &why);
                fails += !known.contains_key(&key) as usize;
                format!("fail {}", serde_json::json!({"key": key, "text": failure(case, &origin, &why, &src)}))
            }
        };
        std::io::Write::write_all(&mut log, format!("{line}\n").as_bytes()).expect("fuzz log");
        if fails >= max_failures() {
            break;
        }
    }
    std::io::Write::write_all(&mut log, b"done\n").expect("fuzz log");
}

/// The supervisor: runs the worker in a child process (this test binary again), and when a
/// case kills it (a Rust stack overflow aborts), logs that case as failed and starts a new
/// worker after it. Fails on failures `FUZZ_KNOWN` does not list, and on a listed nesting
/// failure that no longer happens; `CHANLAB_FUZZ_WRITE_KNOWN=1` rewrites the list instead.
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
    let known = known_failures();
    let mut from = 0;
    loop {
        let status = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", "mutated_programs_never_crash_or_hang", "--nocapture", "--test-threads=1"])
            .env(WORKER_ENV, from.to_string())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("start the fuzz worker");
        let log = read_log();
        let unknown = log.failures.iter().filter(|(k, _)| !known.contains_key(k)).count();
        if log.done || unknown >= max_failures() {
            break;
        }
        // The worker died: the case it was running is in current.go.
        let current = std::fs::read_to_string(dir.join("current.go")).unwrap_or_default();
        let case: u64 = current.split_whitespace().nth(3).and_then(|n| n.parse().ok()).unwrap_or(from);
        let origin = current.lines().next().and_then(|l| l.split(" from ").nth(1)).unwrap_or("?").to_string();
        let src = current.split_once('\n').map(|(_, s)| s).unwrap_or("");
        let why = format!("the process died ({status}): a Rust stack overflow or abort");
        let line = serde_json::json!({"key": failure_key(&origin, &why), "text": failure(case, &origin, &why, src)});
        let mut file = std::fs::OpenOptions::new().append(true).open(dir.join("log")).expect("fuzz log");
        std::io::Write::write_all(&mut file, format!("fail {line}\n").as_bytes()).expect("fuzz log");
        from = case + 1;
    }
    report(count, started, &known);
}

/// What the workers logged.
struct Log {
    ran: usize,
    rejected: usize,
    /// (key, report) per failing case.
    failures: Vec<(String, String)>,
    done: bool,
}

fn read_log() -> Log {
    let text = std::fs::read_to_string(work_dir().join("log")).unwrap_or_default();
    let failures = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l.strip_prefix("fail ")?).ok())
        .map(|v| (v["key"].as_str().unwrap_or("").to_string(), v["text"].as_str().unwrap_or("").to_string()))
        .collect();
    Log {
        ran: text.lines().filter(|l| *l != "done").count(),
        rejected: text.lines().filter(|l| *l == "rejected").count(),
        failures,
        done: text.lines().last() == Some("done"),
    }
}

/// Print the counts, then fail on unknown failures and on known nesting failures not seen.
fn report(count: u64, started: Instant, known: &BTreeMap<String, String>) {
    let log = read_log();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (key, _) in &log.failures {
        *seen.entry(key).or_default() += 1;
    }
    let mut out = format!(
        "fuzz: {} of {count} cases ran ({} rejected at compile time) in {:.1}s, {} failure(s)\n",
        log.ran,
        log.rejected,
        started.elapsed().as_secs_f64(),
        log.failures.len()
    );
    for (key, n) in seen.iter().filter(|(k, _)| known.contains_key(**k)) {
        out.push_str(&format!("  known ({n}x): {key}\n"));
    }
    // Straight to stderr: `cargo test` shows it even when the test passes.
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), out.as_bytes());
    if std::env::var_os("CHANLAB_FUZZ_WRITE_KNOWN").is_some() {
        return write_known(&seen, known);
    }
    let mut problems: Vec<String> =
        log.failures.iter().filter(|(k, _)| !known.contains_key(k)).map(|(k, t)| format!("[{k}]\n{t}")).collect();
    let defaults = std::env::var_os("CHANLAB_FUZZ_CASES").is_none() && std::env::var_os("CHANLAB_FUZZ_SEED").is_none();
    for key in known.keys().filter(|k| defaults && k.starts_with("deep nesting: ") && !seen.contains_key(k.as_str())) {
        problems.push(format!("[{key}] no longer fails: remove it from tests/go/FUZZ_KNOWN"));
    }
    assert!(problems.is_empty(), "{} fuzz problem(s):\n\n{}", problems.len(), problems.join("\n\n"));
}

/// Rewrite `tests/go/FUZZ_KNOWN` with every failure key of this run (keeping known reasons).
fn write_known(seen: &BTreeMap<&str, usize>, known: &BTreeMap<String, String>) {
    let mut text = String::from(
        "# Fuzz failures that are known and tracked: `key -- reason` (see tests/go/README.md).\n\
         # Regenerate: CHANLAB_FUZZ_WRITE_KNOWN=1 cargo test --test go_fuzz\n",
    );
    for key in seen.keys() {
        let reason = known.get(*key).map(String::as_str).unwrap_or("not investigated yet");
        text.push_str(&format!("{key} -- {reason}\n"));
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/go/FUZZ_KNOWN");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {path:?}: {e}"));
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
    let linker = format!("# command-line-arguments\n{NO_MAIN}\n");
    assert!(check_outcome("package main\n", &Outcome::not_built(linker)).is_ok());
    assert!(check_outcome("package foo\n", &Outcome::not_built(NOT_MAIN.into())).is_ok());
    let mixed = Outcome::not_built("# command-line-arguments\nmain.go:3:8: invalid import path: \n".into());
    assert!(check_outcome("package main\n\nimport \"\"\n", &mixed).is_err());
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

#[test]
fn failure_keys_ignore_numbers_and_programs() {
    let abort = "the process died (signal: 6 (SIGABRT)): a Rust stack overflow or abort";
    assert_eq!(
        failure_key("deep nesting: binary chain x10000", abort),
        "deep nesting: binary chain x10000: stack overflow or abort"
    );
    assert_eq!(failure_key("lang_defer.go", abort), "stack overflow or abort");
    let bad = "not a Go compiler line: \"too many errors\"\n# command-line-arguments\n";
    assert_eq!(failure_key("a.go", bad), "not a Go compiler line: \"too many errors\"");
    let far = "position outside the source (12 lines): \"./main.go:40:1: x\"";
    assert_eq!(failure_key("b.go", far), "position outside the source (N lines): \"./main.go:N:N: x\"");
}

/// `CHANLAB_FUZZ_DUMP=n cargo test --test go_fuzz dump_case -- --ignored --nocapture` prints
/// case `n`'s program (with the default or `CHANLAB_FUZZ_SEED` seed), to reproduce a failure.
#[test]
#[ignore]
fn dump_case() {
    let n = env_u64("CHANLAB_FUZZ_DUMP", 0);
    let (case, origin, src) = cases(n + 1).last().expect("a case");
    println!("// case {case} (from {origin})\n{src}");
}
