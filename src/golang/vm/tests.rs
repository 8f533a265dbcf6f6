//! The VM on hand-built bytecode: arithmetic and loops, calls and recursion, goroutines and
//! channels, defer/recover, runtime panics.

use super::code::{Func, Native, Op, Program};
use super::fiber::{run_fiber, Fiber, Machine};
use super::native::Registry;
use super::value::Value;
use crate::runtime::{Config, Outcome, Runtime};
use std::rc::Rc;

fn func(name: &'static str, nparams: u16, nregs: u16, nres: u16, code: Vec<Op>) -> Rc<Func> {
    let lines = (0..code.len() as u32).map(|i| i + 1).collect();
    Rc::new(Func {
        name,
        code,
        lines,
        nparams,
        nregs,
        results: (0..nres).map(|r| (r, false)).collect(),
        ..Default::default()
    })
}

fn program(funcs: Vec<Rc<Func>>, natives: &[&'static str]) -> Program {
    let mut reg = Registry::default();
    super::builtin::register(&mut reg);
    Program {
        funcs,
        natives: natives.iter().map(|n| Native { name: n, f: reg.get(n).expect("native") }).collect(),
        consts: vec![Value::str("done")],
        zeros: vec![Value::Int(0)],
        zero_values: vec![1],
        method_names: Vec::new(),
        methods: Default::default(),
        iface_methods: Default::default(),
        types: Default::default(),
        objects: Vec::new(),
        nglobals: 0,
        global_zeros: Vec::new(),
        entry: 0,
        max_line: 100,
    }
}

fn run(p: Program) -> Outcome {
    let mut cfg = Config { first_gid: 1, ..Config::default() };
    cfg.lines = super::sites::lines(p.max_line);
    let m = Rc::new(Machine::new(Rc::new(p), vec!["main".into()]));
    let fb = Fiber::start(m, 0);
    Runtime::new(cfg, run_fiber(fb)).run()
}

#[test]
fn loop_sums_and_calls_builtin_println() {
    // s := 0; for i := 0; i < 10; i++ { s += i }; println(s)
    let code = vec![
        Op::Int(0, 0),
        Op::Int(1, 0),
        Op::Int(2, 10),
        Op::JgeI(1, 2, 7),
        Op::Add(0, 0, 1),
        Op::AddImm(1, 1, 1),
        Op::Jmp(3),
        Op::Move(3, 0),
        Op::CallNative(0, 3, 1),
        Op::Ret,
    ];
    let out = run(program(vec![func("main.main", 0, 6, 0, code)], &["builtin.println"]));
    assert_eq!(out.stderr, "45\n");
    assert_eq!(out.status, 0);
}

#[test]
fn recursion_computes_fib() {
    // func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
    let fib = vec![
        Op::Int(1, 2),
        Op::JgeI(0, 1, 3),
        Op::Ret,
        Op::AddImm(2, 0, -1),
        Op::Call(1, 2),
        Op::AddImm(3, 0, -2),
        Op::Call(1, 3),
        Op::Add(0, 2, 3),
        Op::Ret,
    ];
    let main = vec![Op::Int(0, 20), Op::Call(1, 0), Op::CallNative(0, 0, 1), Op::Ret];
    let out =
        run(program(vec![func("main.main", 0, 4, 0, main), func("main.fib", 1, 4, 1, fib)], &["builtin.println"]));
    assert_eq!(out.stderr, "6765\n");
}

#[test]
fn goroutine_sends_on_a_channel() {
    // ch := make(chan int); go func(c chan int) { c <- 42 }(ch); println(<-ch)
    let child = vec![Op::Int(1, 42), Op::Send(0, 1), Op::Ret];
    let main = vec![
        Op::MakeChan(0, super::code::NO_REG, u32::MAX),
        Op::Closure(1, 1, 0, 0),
        Op::Move(2, 0),
        Op::Go(1, 2, 1),
        Op::Recv(3, 0, 0, false),
        Op::CallNative(0, 3, 1),
        Op::Ret,
    ];
    let out = run(program(
        vec![func("main.main", 0, 6, 0, main), func("main.main.func1", 1, 3, 0, child)],
        &["builtin.println"],
    ));
    assert_eq!(out.stderr, "42\n");
    assert_eq!(out.status, 0);
}

#[test]
fn divide_by_zero_panics_like_go() {
    let main = vec![Op::Int(0, 1), Op::Int(1, 0), Op::Div(2, 0, 1), Op::Ret];
    let out = run(program(vec![func("main.main", 0, 4, 0, main)], &[]));
    assert_eq!(out.status, 2);
    assert!(
        out.stderr.starts_with(
            "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\tmain.go:3\n"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn deferred_recover_stops_a_panic() {
    // func main() { defer func() { println(recover() != nil) }(); panic(1) ; }
    let deferred = vec![Op::Recover(0), Op::Nil(1), Op::Ne(2, 0, 1), Op::CallNative(0, 2, 1), Op::Ret];
    let main = vec![Op::Closure(0, 1, 0, 0), Op::Defer(0, 1, 0), Op::Int(1, 1), Op::Panic(1), Op::Ret];
    let out = run(program(
        vec![func("main.main", 0, 4, 0, main), func("main.main.func1", 0, 4, 0, deferred)],
        &["builtin.println"],
    ));
    assert_eq!((out.status, out.stderr.as_str()), (0, "true\n"));
}

#[test]
fn endless_loop_hits_the_step_budget() {
    let main = vec![Op::Jmp(0)];
    let out = run(program(vec![func("main.main", 0, 1, 0, main)], &[]));
    assert_eq!(out.status, 124);
    assert!(out.halted.is_some());
}

/// `cargo test --release --lib golang::vm::tests::loop_speed -- --ignored --nocapture`
#[test]
#[ignore]
fn loop_speed() {
    let code = vec![
        Op::Int(0, 0),
        Op::Int(1, 0),
        Op::Int(2, 10_000_000),
        Op::Jmp(6),
        Op::Add(0, 0, 1),
        Op::AddImm(1, 1, 1),
        Op::JltI(1, 2, 4),
        Op::Move(3, 0),
        Op::CallNative(0, 3, 1),
        Op::Ret,
    ];
    let t = std::time::Instant::now();
    let out = run(program(vec![func("main.main", 0, 6, 0, code)], &["builtin.println"]));
    let dt = t.elapsed();
    assert_eq!(out.stderr, "49999995000000\n");
    eprintln!("10M iterations: {:?} = {:.0}M iterations/s", dt, 10.0 / dt.as_secs_f64());
}

/// Run Go source through the whole pipeline.
pub(crate) fn go(src: &str) -> Outcome {
    let cfg = Config { first_gid: 1, ..Config::default() };
    super::entry::run("main.go", src, cfg, Vec::new())
}

#[test]
fn go_source_runs_end_to_end() {
    let out = go(include_str!("testdata/basic.go"));
    assert_eq!((out.status, out.stderr.as_str(), out.stdout.as_str()), (0, "45 6765\n", ""));
}

/// Arrays too large to build (the interpreter makes a zero value in full) are refused with
/// chanlab's "not supported yet" message at the type, and `make` of a slice whose elements
/// would hold too many values throws Go's out-of-memory fatal error: never a hang.
#[test]
fn huge_arrays_are_refused_not_built() {
    let declared = go("package main\n\nfunc main() {\n\tvar a [1e9]int\n\ta[0] = 1\n}\n");
    assert_eq!(declared.status, 1);
    assert!(
        declared.stderr.contains("./main.go:4:8: chanlab does not support arrays of more than 33554432 values yet"),
        "{}",
        declared.stderr
    );
    let literal = go("package main\n\nfunc main() {\n\ta := [...][2]int{20000000: {1, 2}}\n\t_ = a\n}\n");
    assert!(literal.stderr.contains("chanlab does not support arrays of more than"), "{}", literal.stderr);
    let made =
        go("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(len(make([][1000000]int, 1000)))\n}\n");
    assert_eq!(made.status, 2);
    assert!(made.stderr.starts_with("fatal error: runtime: out of memory"), "{}", made.stderr);
}

/// The programs in `testdata/`: stdout, exit status and the head of stderr (the program's
/// own stderr and the report's first lines, up to the goroutine dump) as real Go 1.27.3
/// printed them (`NAME.out`, `NAME.status`, `NAME.err`).
#[test]
fn testdata_programs_match_go() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/golang/vm/testdata");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("testdata")
        .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".go").map(String::from))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for n in &names {
        let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{n}.{ext}"))).unwrap_or_default();
        let out = go(&read("go"));
        let head: String = out.stderr.lines().take_while(|l| !l.is_empty()).map(|l| format!("{l}\n")).collect();
        let want = (read("out"), read("status").trim().parse::<i32>().unwrap_or(-1), read("err"));
        let got = (out.stdout.clone(), out.status, head);
        if got != want {
            failures.push(format!("{n}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), names.len(), failures.join("\n"));
}

/// What every instruction, call frame and parked goroutine costs stays small.
#[test]
fn vm_structures_stay_small() {
    assert!(std::mem::size_of::<Op>() <= 12);
    assert!(std::mem::size_of::<super::fiber::Frame>() <= 64);
    assert!(std::mem::size_of::<super::fiber::Exit>() <= 80);
    assert!(std::mem::size_of::<Fiber>() <= 160);
}

/// Programs nested as deep as the checker allows (99 levels) compile and run on a 2 MB
/// thread stack (deeper ones: the parser and checker reject them, see their tests).
#[test]
fn deep_nesting_is_safe_on_small_stacks() {
    for n in [50, 99] {
        let mut src = String::from("package main\n\nfunc main() {\n");
        for _ in 0..n {
            src.push_str("switch {\ncase true:\n");
        }
        src.push_str("println(1)\n");
        for _ in 0..n {
            src.push_str("}\n");
        }
        src.push_str("}\n");
        let out = std::thread::Builder::new().stack_size(2 << 20).spawn(move || go(&src)).unwrap().join().unwrap();
        assert!(out.status == 0 || out.stderr.contains("nesting deeper"), "{n}: {}", out.stderr);
    }
}
