fn main() {
    let p = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(p).unwrap();
    match chanlab::golang::format::source(&src) {
        Ok(s) => print!("{s}"),
        Err(e) => eprintln!("{e}"),
    }
}
