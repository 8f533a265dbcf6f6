//! Unit tests of the runner: builds, statuses, results, options.

use super::*;

fn run(files: &[(&str, &str)], opts: &TestOptions) -> TestRun {
    TestProgram::build(files).unwrap_or_else(|e| panic!("build: {e}")).run(opts)
}

const MAIN: &str = "package main\n\nfunc Add(a, b int) int { return a + b }\n\nfunc main() {}\n";

#[test]
fn passing_tests_print_ok() {
    let t = "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal(\"bad\")\n\t}\n}\n";
    let r = run(&[("main.go", MAIN), ("main_test.go", t)], &TestOptions::default());
    assert_eq!(r.output, "ok  \tcommand-line-arguments\t0.000s\n");
    assert!(r.passed);
    assert_eq!(r.status, 0);
    assert_eq!(r.tests.len(), 1);
    assert_eq!(r.tests[0].name, "TestAdd");
}

#[test]
fn failing_test_prints_its_log_line() {
    let t =
        "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tt.Errorf(\"got %d\", Add(1, 1))\n}\n";
    let r = run(&[("main.go", MAIN), ("main_test.go", t)], &TestOptions::default());
    let want =
        "--- FAIL: TestAdd (0.00s)\n    main_test.go:6: got 2\nFAIL\nFAIL\tcommand-line-arguments\t0.000s\nFAIL\n";
    assert_eq!(r.output, want);
    assert_eq!(r.status, 1);
    assert!(!r.tests[0].passed);
}

#[test]
fn build_failure_is_reported_as_go_test_does() {
    let t = "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tundefinedThing()\n}\n";
    let err = TestProgram::build(&[("main.go", MAIN), ("main_test.go", t)]).err().expect("build error");
    assert!(
        err.starts_with(
            "# command-line-arguments [command-line-arguments.test]\n./main_test.go:6:2: undefined: undefinedThing\n"
        ),
        "{err}"
    );
    assert!(err.ends_with("FAIL\tcommand-line-arguments [build failed]\nFAIL\n"), "{err}");
}

#[test]
fn no_test_files() {
    let r = run(&[("main.go", MAIN)], &TestOptions::default());
    assert_eq!(r.output, "?   \tcommand-line-arguments\t[no test files]\n");
    assert!(r.passed);
}

#[test]
fn run_pattern_selects_subtests() {
    let t = "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) {\n\tt.Run(\"x\", func(t *testing.T) {})\n\tt.Run(\"y\", func(t *testing.T) {})\n}\n\nfunc TestB(t *testing.T) {}\n";
    let opts = TestOptions { run: Some("A/y".into()), verbose: true, ..TestOptions::default() };
    let r = run(&[("main.go", MAIN), ("main_test.go", t)], &opts);
    let names: Vec<&str> = r.tests.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["TestA/y", "TestA"]);
}

#[test]
fn a_runaway_test_says_why_it_was_stopped() {
    let mut o = crate::runtime::Outcome::not_built(String::new());
    o.writes.clear();
    o.status = 124;
    o.halted = Some("stopped: looping forever".into());
    let r = report::finish(&o, Vec::new(), 0, true);
    assert_eq!(r.output, "chanlab: stopped: looping forever\nFAIL\tcommand-line-arguments\t0.000s\nFAIL\n");
    assert_eq!(r.status, 1);
}

#[test]
fn count_runs_every_test_again() {
    let t = "package main\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { t.Run(\"x\", func(t *testing.T) {}) }\n";
    let r = run(&[("main.go", MAIN), ("main_test.go", t)], &TestOptions { count: 3, ..TestOptions::default() });
    let names: Vec<&str> = r.tests.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["TestA/x", "TestA", "TestA/x", "TestA", "TestA/x", "TestA"]);
}

#[test]
fn synctest_time_starts_in_2000_and_is_not_counted() {
    let t = "package main\n\nimport (\n\t\"testing\"\n\t\"testing/synctest\"\n\t\"time\"\n)\n\nfunc TestT(t *testing.T) {\n\tsynctest.Test(t, func(t *testing.T) {\n\t\ttime.Sleep(time.Hour)\n\t\tt.Log(time.Now().UTC())\n\t})\n}\n";
    let r = run(&[("main.go", MAIN), ("main_test.go", t)], &TestOptions { verbose: true, ..TestOptions::default() });
    let want = "=== RUN   TestT\n    main_test.go:12: 2000-01-01 01:00:00 +0000 UTC\n--- PASS: TestT (0.00s)\nPASS\nok  \tcommand-line-arguments\t0.000s\n";
    assert_eq!(r.output, want);
}
