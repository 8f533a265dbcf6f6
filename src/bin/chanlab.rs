//! `chanlab`: the course's command-line tool, for course authors and tests.
//!
//! - `chanlab run <example> [--set name=value]... [--seed N] [--race] [--gomaxprocs N] [--trace]`
//!   — print what the Go program prints (stdout; panics, fatal errors and race reports on
//!   stderr) and exit with Go's status. `--race` runs the race detector (`--no-race` turns it
//!   off for examples that run with it by default); `--gomaxprocs N` simulates N processors.
//!   `--trace` prints the event stream as JSON lines instead. After a deadlock, or when
//!   goroutines are left behind as `main` returns (the leak report), a `chanlab: why:`
//!   section on stderr explains, one line per goroutine, what it is blocked on and why
//!   nothing can wake it.
//! - `chanlab run [--seed N] [--race] [--gomaxprocs N] [--trace] FILE.go [args...]` — run
//!   any Go program (`-` reads it from standard input) as `go run` would; the arguments after
//!   the file are the program's `os.Args[1:]`.
//! - `chanlab explore <example> [--set name=value]... [--runs N] [--race] [--gomaxprocs N]`
//!   — run the example over seeds 1..N (N: 1..1000, default 100) and print a histogram of
//!   the distinct outcomes (stdout, exit status, first report line), each with a seed that
//!   replays it (`chanlab run <example> --seed S`).
//! - `chanlab test [-run RE] [-v] [-race] [-count N] [--seed S] [--seeds N] [--gomaxprocs N]
//!   FILE.go... | DIR` — run the Go tests of one `package main` as `go test` would (same
//!   output, same exit status: 0 pass, 1 fail or build failure); `--seeds N` runs them under
//!   seeds 1..N and reports the first failing seed.
//! - `chanlab source <example> [--set name=value]...` — the rendered Go source.
//! - `chanlab list` — lessons, examples, parameters (ranges, defaults) and toggles.
//! - `chanlab check` — validate all lesson data.
//! - `chanlab golden [--write]` — compare (or rewrite) the golden outputs.
//! - `chanlab prerender DIST [--site-url URL]` — write every page of the site as HTML into
//!   the site build `DIST` around its `index.html` (plus `sitemap.xml` given the public URL).
//!
//! Usage errors (unknown example or parameter, bad value) print one line and exit 64.

use chanlab::course::data::{Golden, Kind};
use chanlab::course::{check, Course, Example, RunOptions};
use std::process::ExitCode;

const USAGE: &str = "usage: chanlab run <example> [--set name=value]... [--seed N] [--race] [--gomaxprocs N] [--trace]
       chanlab run [--seed N] [--race] [--gomaxprocs N] [--trace] FILE.go|- [args...]
       chanlab explore <example> [--set name=value]... [--runs N] [--race] [--gomaxprocs N]
       chanlab test [-run RE] [-v] [-race] [-count N] [--seed S] [--seeds N] FILE.go...|DIR
       chanlab source <example> [--set name=value]...
       chanlab list
       chanlab check
       chanlab golden [--write]
       chanlab prerender DIST [--site-url URL]
       chanlab conform <example> [--set name=value]... [--seed N]   (needs Go)";

/// A command-line mistake: exit status 64 (EX_USAGE).
struct Usage(String);

/// A reader that goes away (`chanlab list | head`) ends the tool quietly, as it would a Unix
/// filter, instead of a panic about a broken pipe.
fn exit_quietly_on_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.contains("Broken pipe") {
            std::process::exit(141);
        }
        default(info);
    }));
}

fn main() -> ExitCode {
    exit_quietly_on_broken_pipe();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match dispatch(&args) {
        Ok(code) => ExitCode::from(code),
        Err(Usage(msg)) => {
            eprintln!("chanlab: {msg}");
            ExitCode::from(64)
        }
    }
}

fn dispatch(args: &[String]) -> Result<u8, Usage> {
    let (course, problems) = Course::load();
    match args.first().map(String::as_str) {
        Some("run") => run(&course, &args[1..]),
        Some("source") => source(&course, &args[1..]),
        Some("test") => test_cmd(&args[1..]),
        Some("explore") => explore(&course, &args[1..]),
        Some("list") => Ok(list(&course)),
        Some("check") => Ok(check_cmd(&course, problems)),
        Some("conform") => conform(&course, &args[1..]),
        Some("golden") => Ok(golden(&course, args.get(1).map(String::as_str) == Some("--write"))),
        Some("prerender") => prerender(&course, &args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(0)
        }
        Some(other) => Err(Usage(format!("unknown command `{other}`\n{USAGE}"))),
        None => Err(Usage(USAGE.to_string())),
    }
}

struct RunArgs<'a> {
    example: &'a Example,
    sets: Vec<(String, String)>,
    opts: RunOptions,
}

fn parse_run_args<'a>(course: &'a Course, args: &[String], allow_run_flags: bool) -> Result<RunArgs<'a>, Usage> {
    let id = args.first().ok_or_else(|| Usage("missing example id (see `chanlab list`)".into()))?;
    let example = course.example(id).ok_or_else(|| {
        let ids: Vec<&str> = course.examples().map(|e| e.id.as_str()).collect();
        Usage(format!("unknown example `{id}`: valid examples are {}", ids.join(", ")))
    })?;
    let mut r = RunArgs { example, sets: Vec::new(), opts: RunOptions::default() };
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        let mut value = |flag: &str| -> Result<String, Usage> {
            if let Some(v) = a.strip_prefix(&format!("{flag}=")) {
                return Ok(v.to_string());
            }
            i += 1;
            args.get(i).cloned().ok_or_else(|| Usage(format!("{flag} needs a value")))
        };
        if a == "--set" || a.starts_with("--set=") {
            let kv = value("--set")?;
            let (k, v) = kv.split_once('=').ok_or_else(|| Usage(format!("--set takes name=value, got `{kv}`")))?;
            r.sets.push((k.to_string(), v.to_string()));
        } else if allow_run_flags && (a == "--seed" || a.starts_with("--seed=")) {
            let s = value("--seed")?;
            r.opts.seed = s.parse().map_err(|_| Usage(format!("--seed takes a non-negative integer, got `{s}`")))?;
        } else if allow_run_flags && a == "--trace" {
            r.opts.trace = true;
        } else if allow_run_flags && a == "--race" {
            r.opts.race = Some(true);
        } else if allow_run_flags && a == "--no-race" {
            r.opts.race = Some(false);
        } else if allow_run_flags && (a == "--gomaxprocs" || a.starts_with("--gomaxprocs=")) {
            let s = value("--gomaxprocs")?;
            let n: u32 = s
                .parse()
                .ok()
                .filter(|n| (1..=64).contains(n))
                .ok_or_else(|| Usage(format!("--gomaxprocs takes an integer in 1..64, got `{s}`")))?;
            r.opts.gomaxprocs = Some(n);
        } else {
            return Err(Usage(format!("unknown option `{a}`\n{USAGE}")));
        }
        i += 1;
    }
    Ok(r)
}

/// `chanlab run [flags] FILE.go [args...]` (or `-` for standard input): any Go program.
fn is_go_file_run(args: &[String]) -> bool {
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "--seed" || a == "--gomaxprocs" {
            i += 2;
            continue;
        }
        if a.starts_with("--") {
            i += 1;
            continue;
        }
        return a == "-" || a.ends_with(".go");
    }
    false
}

fn run_file(args: &[String]) -> Result<u8, Usage> {
    let mut cfg = chanlab::runtime::Config::default();
    let mut i = 0;
    while i < args.len() && args[i].starts_with("--") {
        let a = args[i].as_str();
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (a, None),
        };
        let mut value = || -> Result<String, Usage> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i).cloned().ok_or_else(|| Usage(format!("{flag} needs a value")))
        };
        match flag {
            "--seed" => {
                let s = value()?;
                cfg.seed = s.parse().map_err(|_| Usage(format!("--seed takes a non-negative integer, got `{s}`")))?;
            }
            "--gomaxprocs" => {
                let s = value()?;
                cfg.gomaxprocs = s
                    .parse()
                    .ok()
                    .filter(|n| (1..=64).contains(n))
                    .ok_or_else(|| Usage(format!("--gomaxprocs takes an integer in 1..64, got `{s}`")))?;
            }
            "--race" => cfg.race = true,
            "--trace" => cfg.trace = true,
            _ => return Err(Usage(format!("unknown option `{a}`\n{USAGE}"))),
        }
        i += 1;
    }
    let path = &args[i];
    let src = if path == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| Usage(format!("reading stdin: {e}")))?;
        s
    } else {
        std::fs::read_to_string(path).map_err(|e| Usage(format!("cannot read {path}: {e}")))?
    };
    let trace = cfg.trace;
    let out = chanlab::golang::run("main.go", &src, cfg, args[i + 1..].to_vec());
    if trace {
        for e in &out.events {
            println!("{}", serde_json::to_string(e).expect("events serialise"));
        }
    } else {
        let _ = out.write_to(&mut std::io::stdout(), &mut std::io::stderr()); // in write order
        if let Some(why) = &out.halted {
            eprintln!("chanlab: {why}");
        }
    }
    Ok(out.status.clamp(0, 255) as u8)
}

fn run(course: &Course, args: &[String]) -> Result<u8, Usage> {
    if is_go_file_run(args) {
        return run_file(args);
    }
    let r = parse_run_args(course, args, true)?;
    let p = r.example.resolve(r.sets.iter().map(|(a, b)| (a.as_str(), b.as_str()))).map_err(|e| Usage(e.0))?;
    let out = r
        .example
        .runtime_with(&p, &r.opts)
        .map_err(|e| Usage(format!("example `{}` does not build:\n{e}", r.example.id)))?
        .run();
    if r.opts.trace {
        for e in &out.events {
            println!("{}", serde_json::to_string(e).expect("events serialise"));
        }
    } else {
        let _ = out.write_to(&mut std::io::stdout(), &mut std::io::stderr()); // in write order
        eprint!("{}", out.leak_report());
        if !out.explanations.is_empty() {
            eprintln!("chanlab: why:");
            for e in &out.explanations {
                eprintln!("  goroutine {} ({}) at main.go:{}: {}", e.g, e.func, e.line, e.text);
            }
        }
        if let Some(why) = &out.halted {
            eprintln!("chanlab: {why}");
        }
    }
    Ok(out.status.clamp(0, 255) as u8)
}

/// Run an example over many seeds and print the distinct outcomes as a histogram.
fn explore(course: &Course, args: &[String]) -> Result<u8, Usage> {
    use chanlab::course::explore::{Explorer, MAX_RUNS};
    let mut runs: u64 = 100;
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "--runs" || a.starts_with("--runs=") {
            let s = match a.strip_prefix("--runs=") {
                Some(v) => v.to_string(),
                None => {
                    i += 1;
                    args.get(i).cloned().ok_or_else(|| Usage("--runs needs a value".into()))?
                }
            };
            runs = s
                .parse()
                .ok()
                .filter(|n| (1..=MAX_RUNS).contains(n))
                .ok_or_else(|| Usage(format!("--runs takes an integer in 1..{MAX_RUNS}, got `{s}`")))?;
        } else if a == "--seed" || a.starts_with("--seed=") || a == "--trace" {
            return Err(Usage(format!("`{a}` does not apply to explore (it runs seeds 1..N)\n{USAGE}")));
        } else {
            rest.push(args[i].clone());
        }
        i += 1;
    }
    let r = parse_run_args(course, &rest, true)?;
    let p = r.example.resolve(r.sets.iter().map(|(a, b)| (a.as_str(), b.as_str()))).map_err(|e| Usage(e.0))?;
    let mut e = Explorer::new(r.example, p, r.opts.clone(), runs).map_err(|e| Usage(e.0))?;
    e.run_all();
    let results = e.results();
    let mut settings: Vec<String> = e.params().0.iter().map(|(k, v)| format!("{k}={v}")).collect();
    if let Some(n) = r.opts.gomaxprocs {
        settings.push(format!("--gomaxprocs {n}"));
    }
    match r.opts.race {
        Some(true) => settings.push("--race".into()),
        Some(false) => settings.push("--no-race".into()),
        None => {}
    }
    println!(
        "{} ({}): {runs} run{}, {} distinct outcome{}",
        r.example.id,
        settings.join(" "),
        if runs == 1 { "" } else { "s" },
        results.len(),
        if results.len() == 1 { "" } else { "s" }
    );
    const SHOWN: usize = 20;
    const BAR: u64 = 40;
    // Bars are scaled to the most frequent outcome.
    let top = results.first().map(|c| c.count).unwrap_or(1).max(1);
    for c in results.iter().take(SHOWN) {
        let width = c.count.saturating_mul(BAR).div_ceil(top) as usize;
        println!(
            "{:>5} {:>5.1}% {:<40} seed {}, exit {}",
            c.count,
            c.count as f64 * 100.0 / runs as f64,
            "#".repeat(width),
            c.seed(),
            c.status
        );
        let lines: Vec<&str> = c.stdout.lines().collect();
        for l in lines.iter().take(3) {
            println!("             | {l}");
        }
        if lines.len() > 3 {
            println!("             | ... ({} more lines)", lines.len() - 3);
        }
        if !c.report_line.is_empty() {
            println!("             ! {}", c.report_line);
        }
    }
    if results.len() > SHOWN {
        let more: u64 = results[SHOWN..].iter().map(|c| c.count).sum();
        println!("  ... {} more outcomes ({more} runs)", results.len() - SHOWN);
    }
    Ok(0)
}

fn source(course: &Course, args: &[String]) -> Result<u8, Usage> {
    let r = parse_run_args(course, args, false)?;
    let p = r.example.resolve(r.sets.iter().map(|(a, b)| (a.as_str(), b.as_str()))).map_err(|e| Usage(e.0))?;
    match r.example.render(&p) {
        Ok(src) => {
            print!("{}", src.source);
            Ok(0)
        }
        Err(e) => {
            eprintln!("chanlab: lessons/{}/{}.go.tmpl: {e}", r.example.lesson, r.example.id);
            Ok(1)
        }
    }
}

fn list(course: &Course) -> u8 {
    for phase in &course.phases {
        println!("{}", phase.title);
        for lid in &phase.lessons {
            let Some(lesson) = course.lesson(lid) else {
                continue;
            };
            println!("  {} — {}", lesson.id, lesson.title);
            for ex in &lesson.examples {
                println!("    {} — {}", ex.id, ex.title);
                for p in &ex.params {
                    let what = match p.kind {
                        Kind::Bool => "toggle".to_string(),
                        _ => ex.describe(p),
                    };
                    let unit = p.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
                    println!(
                        "      {} = {}{unit}  ({what})",
                        p.name,
                        p.default.as_str().map(str::to_string).unwrap_or(p.default.to_string())
                    );
                }
            }
        }
    }
    0
}

fn check_cmd(course: &Course, problems: Vec<chanlab::course::Problem>) -> u8 {
    let all = check::check(course, problems, chanlab::course::files());
    for p in &all {
        eprintln!("{p}");
    }
    if all.is_empty() {
        let n: usize = course.examples().count();
        println!(
            "ok: {} lessons, {n} examples, {} quiz questions",
            course.lessons.len(),
            course.lessons.iter().map(|l| l.quiz.len()).sum::<usize>()
        );
        0
    } else {
        eprintln!("{} problem(s)", all.len());
        1
    }
}

fn golden(course: &Course, write: bool) -> u8 {
    let mut stale = 0;
    for ex in course.examples() {
        let mut runs: Vec<Golden> = Vec::new();
        for set in check::golden_settings(ex) {
            match check::golden_run(ex, &set, 1) {
                Ok(g) => runs.push(g),
                Err(e) => {
                    eprintln!("{}: {e}", ex.id);
                    stale += 1;
                }
            }
        }
        if runs != *ex.golden {
            stale += 1;
            let path = format!("lessons/{}/golden/{}.json", ex.lesson, ex.id);
            if write {
                let dir = format!("lessons/{}/golden", ex.lesson);
                std::fs::create_dir_all(&dir).expect("create golden dir");
                let mut text = serde_json::to_string_pretty(&runs).expect("serialise");
                text.push('\n');
                std::fs::write(&path, text).expect("write golden");
                println!("wrote {path}");
            } else {
                println!("stale: {path}");
            }
        }
    }
    if write || stale == 0 {
        0
    } else {
        1
    }
}

/// Compare the simulator with real Go for one setting.
fn conform(course: &Course, args: &[String]) -> Result<u8, Usage> {
    use chanlab::course::conform;
    let r = parse_run_args(course, args, true)?;
    let p = r.example.resolve(r.sets.iter().map(|(a, b)| (a.as_str(), b.as_str()))).map_err(|e| Usage(e.0))?;
    let sim = conform::simulate(r.example, &p, r.opts.seed);
    let dir = std::env::temp_dir().join(format!("chanlab-conform-{}", std::process::id()));
    let go = match conform::real_go(r.example, &p, &dir) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("chanlab: {e}");
            return Ok(1);
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    if sim == go {
        println!(
            "same: status {}, {} stdout lines, {} report lines",
            go.status,
            go.stdout.lines().count(),
            go.report.len()
        );
        Ok(0)
    } else {
        println!(
            "DIFFERENT\n--- real Go: status {}\n{}{}\n--- simulator: status {}\n{}{}",
            go.status,
            go.stdout,
            go.report.join("\n"),
            sim.status,
            sim.stdout,
            sim.report.join("\n")
        );
        Ok(1)
    }
}

/// `chanlab prerender DIST [--site-url URL]`.
fn prerender(course: &Course, args: &[String]) -> Result<u8, Usage> {
    let (dist, url) = match args {
        [d] => (d, None),
        [d, flag, u] if flag == "--site-url" => (d, Some(u.as_str())),
        _ => return Err(Usage(format!("usage: chanlab prerender DIST [--site-url URL]\n{USAGE}"))),
    };
    match chanlab::prerender::write(std::path::Path::new(dist), course, url) {
        Ok(n) => {
            eprintln!("chanlab: wrote {n} pages into {dist}");
            Ok(0)
        }
        Err(e) => {
            eprintln!("chanlab: prerender: {e}");
            Ok(1)
        }
    }
}

/// `chanlab test`: `go test` on the files given (or the `.go` files of one directory).
fn test_cmd(args: &[String]) -> Result<u8, Usage> {
    use chanlab::golang::gotest::{cli, first_failure, TestProgram};
    let a = cli::parse(args).map_err(|e| Usage(format!("{e}\n{USAGE}")))?;
    let mut paths = a.paths.clone();
    if let [dir] = paths.as_slice() {
        if std::path::Path::new(dir).is_dir() {
            let entries = std::fs::read_dir(dir).map_err(|e| Usage(format!("cannot read {dir}: {e}")))?;
            paths = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "go"))
                .map(|p| p.display().to_string())
                .collect();
            paths.sort();
        }
    }
    let mut files = Vec::new();
    for p in &paths {
        let src = std::fs::read_to_string(p).map_err(|e| Usage(format!("cannot read {p}: {e}")))?;
        let name = std::path::Path::new(p).file_name().map_or(p.clone(), |n| n.to_string_lossy().into_owned());
        files.push((name, src));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, s)| (n.as_str(), s.as_str())).collect();
    let prog = match TestProgram::build(&refs) {
        Ok(p) => p,
        Err(report) => {
            print!("{report}");
            return Ok(1);
        }
    };
    let seeds = if a.seeds > 0 { 1..a.seeds + 1 } else { a.opts.seed..a.opts.seed + 1 };
    let tried = seeds.end - seeds.start;
    let (failing, run) = first_failure(&prog, &a.opts, seeds);
    print!("{}", run.output);
    match failing {
        Some(seed) if a.seeds > 0 => eprintln!("chanlab: seed {seed} fails (replay it with --seed {seed})"),
        None if a.seeds > 1 => eprintln!("chanlab: passed on all {tried} seeds"),
        None if a.seeds == 1 => eprintln!("chanlab: passed on seed 1"),
        _ => {}
    }
    Ok(run.status.clamp(0, 255) as u8)
}
