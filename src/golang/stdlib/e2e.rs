//! End-to-end checks of the standard library: Go programs (`testdata/*.go`) run by the
//! interpreter must print what Go 1.27.3 printed for them (`testdata/*.out`, recorded with
//! `testdata/record.sh`).

use crate::runtime::Config;

fn run(name: &str) -> (String, String) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/golang/stdlib/testdata/");
    let src = std::fs::read_to_string(format!("{dir}{name}.go")).unwrap();
    let want = std::fs::read_to_string(format!("{dir}{name}.out")).unwrap_or_default();
    let out = crate::golang::run("main.go", &src, Config::default(), vec![]);
    (format!("{}{}", out.stdout, out.stderr), want)
}

macro_rules! e2e {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let (got, want) = run(stringify!($name));
                assert_eq!(got, want);
            }
        )*
    };
}

e2e!(
    fmt_basics,
    fmt_verbs,
    errors_strconv,
    strings_text,
    sync_time,
    context_use,
    x_packages,
    misc_pkgs,
    sync_print,
    signals,
    bufio_use,
    bank,
    pipeline,
    generics_fmt,
    time_parse,
    fmt_scan,
);
