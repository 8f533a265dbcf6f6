//! Prints the bytecode of a Go program's `main` package functions:
//! `cargo run --release --example disasm -- FILE.go` (for reading what the compiler emits
//! when tuning the VM).

fn main() {
    let path = std::env::args().nth(1).expect("usage: disasm FILE.go");
    let src = std::fs::read_to_string(&path).expect("cannot read the file");
    let prog = match chanlab::golang::vm::build(&[("main.go", &src)]) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    for f in prog.funcs.iter().filter(|f| f.name.starts_with("main.")) {
        println!("{} (params {}, registers {})", f.name, f.nparams, f.nregs);
        for (pc, (op, line)) in f.code.iter().zip(&f.lines).enumerate() {
            println!("  {pc:4}  L{line:<4} {op:?}");
        }
    }
}
