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
    let mut errs = Vec::new();
    for (name, src) in files {
        match syntax::parse_file(name, src) {
            Ok(f) => asts.push(f),
            Err(es) => {
                if let Some(e) = es.iter().find(|e| e.is_go_command()) {
                    return Err(format!("{}\n", e.located(name)));
                }
                errs.extend(es.iter().map(|e| e.located(name).to_string()));
            }
        }
    }
    if !errs.is_empty() {
        return Err(report(errs));
    }
    let checked = types::check_program(&asts).map_err(|es| report(es.iter().map(|e| e.to_string()).collect()))?;
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

fn report(errs: Vec<String>) -> String {
    let mut s = HEADER.to_string();
    for e in errs.iter().take(10) {
        s.push_str(e);
        s.push('\n');
    }
    if errs.len() > 10 {
        s.push_str("too many errors\n");
    }
    s
}

impl Program {
    /// A runtime about to run this program with `cfg` (`Config::lines` gets the program's
    /// line labels) and `os.Args[1:]` = `args`; step it or `run()` it.
    pub fn runtime(self: &Rc<Self>, cfg: Config, args: Vec<String>) -> Runtime {
        let mut cfg = cfg;
        cfg.lines.extend(super::sites::lines(self.max_line));
        let mut argv = vec!["/tmp/go-build/exe/main".to_string()];
        argv.extend(args);
        let m = Rc::new(Machine::new(self.clone(), argv));
        let fb = Fiber::start(m, self.entry);
        Runtime::new(cfg, run_fiber(fb))
    }
}

/// Compile and run one program (see [`crate::golang::run`]).
pub fn run(name: &str, src: &str, cfg: Config, args: Vec<String>) -> Outcome {
    match build(&[(name, src)]) {
        Ok(p) => p.runtime(cfg, args).run(),
        Err(stderr) => Outcome::not_built(stderr),
    }
}
