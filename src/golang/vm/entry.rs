//! From source to a running program: parse, check, compile ([`build`]), then a
//! [`Runtime`] whose main goroutine runs the program's entry function ([`Program::runtime`]);
//! [`run`] does it all. Rejected programs report as `go run` does (`# command-line-arguments`
//! then `./main.go:L:C: msg` lines, ten at most), exit status 1.

use super::code::Program;
use super::fiber::{run_fiber, Fiber, Machine};
use super::native::Registry;
use crate::golang::{compile, stdlib, syntax, types};
use crate::runtime::{Config, Outcome, Runtime};
use std::rc::Rc;

const HEADER: &str = "# command-line-arguments\n";

/// Compile Go source files (`(name, source)`, the `main` package) into a program, or the
/// text `go run` would print on stderr when it rejects them.
pub fn build(files: &[(&str, &str)]) -> Result<Rc<Program>, String> {
    let mut asts = Vec::new();
    let mut earlier = Vec::new();
    let mut fatal = Vec::new();
    for (name, src) in files {
        let parsed = syntax::parse_file_partial(name, src);
        if let Some(e) = parsed.errors.iter().find(|e| e.is_go_command()) {
            return Err(format!("{}\n", e.located(name)));
        }
        match parsed.file {
            // Lexical and branch errors: Go's compiler still type-checks the file.
            Some(f) => {
                earlier.extend(parsed.errors.iter().map(|e| types::TypeError::new(name, e.pos, e.msg.clone())));
                asts.push(f);
            }
            None => fatal.extend(parsed.errors.iter().map(|e| e.located(name).to_string())),
        }
    }
    if !fatal.is_empty() {
        return Err(report(fatal));
    }
    let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    let checked = types::check_after_cached(&asts, &names, earlier).map_err(|es| type_report(&es))?;
    let mut reg = Registry::default();
    super::builtin::register(&mut reg);
    stdlib::natives(&mut reg);
    let prog = compile::compile(checked, reg).map_err(|e| report(vec![e.to_string()]))?;
    if cfg!(debug_assertions) && std::env::var_os("CHANLAB_VM_DUMP").is_some() {
        for (i, f) in prog.funcs.iter().enumerate().filter(|(_, f)| f.name.starts_with("main.")) {
            eprintln!("func {i} {} params {} regs {} results {:?}", f.name, f.nparams, f.nregs, f.results);
            for (pc, op) in f.code.iter().enumerate() {
                eprintln!("  {pc:3} L{:<3} {op:?}", f.lines[pc]);
            }
        }
    }
    Ok(Rc::new(prog))
}

/// What `go run` prints for type errors: the go command's own errors (a bad import path, a
/// file that is not package main) alone; otherwise the compiler's report.
fn type_report(errs: &[types::TypeError]) -> String {
    let go_cmd: Vec<String> = errs.iter().filter(|e| e.go_command).map(|e| e.to_string()).collect();
    if !go_cmd.is_empty() {
        return go_cmd.iter().map(|e| format!("{e}\n")).collect();
    }
    report(errs.iter().map(|e| e.to_string()).collect())
}

/// The compiler's report: the first ten errors, then Go's `too many errors` line at the
/// eleventh error's position (the parser's list may already end with that line).
fn report(errs: Vec<String>) -> String {
    let mut s = HEADER.to_string();
    for e in errs.iter().take(10) {
        s.push_str(e);
        s.push('\n');
    }
    if let Some(next) = errs.get(10) {
        let at = next.match_indices(": ").next().map_or("", |(i, _)| &next[..i + 2]);
        s.push_str(at);
        s.push_str("too many errors\n");
    }
    s
}

impl Program {
    /// A runtime about to run this program with `cfg` (`Config::lines` gets the program's
    /// line labels) and `os.Args[1:]` = `args`; step it or `run()` it.
    pub fn runtime(self: &Rc<Self>, cfg: Config, args: Vec<String>) -> Runtime {
        let mut cfg = cfg;
        if cfg.first_gid == Config::default().first_gid && !self.links_os() {
            cfg.first_gid -= 1; // no package os: no finalizer goroutine before main.main
        }
        cfg.lines.extend(super::sites::lines(self.max_line));
        let mut argv = vec!["/tmp/go-build/exe/main".to_string()];
        argv.extend(args);
        let m = Rc::new(Machine::new(self.clone(), argv));
        let fb = Fiber::start(m, self.entry);
        Runtime::new(cfg, run_fiber(fb))
    }
}

/// The standard packages that link package `os` into a real Go program (`go list -deps`),
/// whose init starts the finalizer goroutine: goroutine ids then start one later.
const LINK_OS: [&str; 9] = [
    "os",
    "fmt",
    "log",
    "flag",
    "os/signal",
    "testing",
    "testing/synctest",
    "golang.org/x/sync/errgroup",
    "golang.org/x/time/rate",
];

impl Program {
    /// Whether a package that links `os` is part of the program.
    fn links_os(&self) -> bool {
        self.objects.iter().any(|o| LINK_OS.contains(&o.pkg.as_str()))
    }
}

/// Compile and run one program (see [`crate::golang::run`]).
pub fn run(name: &str, src: &str, cfg: Config, args: Vec<String>) -> Outcome {
    match build(&[(name, src)]) {
        Ok(p) => p.runtime(cfg, args).run(),
        Err(stderr) => Outcome::not_built(stderr),
    }
}
