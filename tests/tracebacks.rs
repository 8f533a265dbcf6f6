//! Goroutine dumps and panic tracebacks of interpreted programs print every Go frame, as
//! Go 1.27.3 does. Each `tests/tracebacks/NAME.go` runs in the interpreter; its stdout must
//! be `NAME.out`, and its exit status and report skeleton (`course::conform::report_skeleton`,
//! plus Go's `...N frames elided...` lines) must be `NAME.skel` — both recorded from real
//! Go 1.27.3 (`go build`, then run with `GOMAXPROCS=1 GODEBUG=panicnil=0,updatemaxprocs=1`).

use chanlab::course::conform::report_skeleton;
use chanlab::golang;
use chanlab::runtime::Config;
use std::path::PathBuf;

/// What the `.skel` files hold: `status N`, then the skeleton lines.
fn skeleton(status: i32, stderr: &str) -> String {
    let mut lines = vec![format!("status {status}")];
    for line in stderr.lines() {
        let t = line.trim();
        if t.starts_with("...") && t.ends_with(" frames elided...") {
            lines.push(t.to_string());
        } else {
            lines.extend(report_skeleton(line));
        }
    }
    lines.join("\n") + "\n"
}

#[test]
fn tracebacks_print_every_frame_as_go_does() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/tracebacks exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".go").map(String::from))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    let mut failures = Vec::new();
    for n in &names {
        let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{n}.{ext}"))).expect("expected output exists");
        let out = golang::run("main.go", &read("go"), Config { seed: 1, ..Default::default() }, Vec::new());
        let (want, got) = (read("skel"), skeleton(out.status, &out.stderr));
        if out.stdout != read("out") || got != want {
            failures.push(format!("{n}:\n--- real Go\n{want}--- chanlab\n{got}{}", out.stderr));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
