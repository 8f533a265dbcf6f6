fn main() {
    for p in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&p).unwrap();
        match chanlab::golang::format::source(&src) {
            Ok(_) => println!("{p}\tOK"),
            Err(e) => println!("{p}\t{}", e.lines().next().unwrap_or("")),
        }
    }
}
