//! Go-style tests: programs with the exact errors Go 1.27.3 reports for them (verified with
//! the real compiler), programs that must check cleanly, and what `Info` records.

use super::*;
use crate::golang::syntax;

/// Small standard packages for tests (the real ones come from `stdlib`).
const STUBS: &[(&str, &str)] = &[
    ("fmt", include_str!("testdata/fmt.go")),
    ("os", include_str!("testdata/os.go")),
    ("time", include_str!("testdata/time.go")),
    ("sync", include_str!("testdata/sync.go")),
    ("sync/atomic", include_str!("testdata/atomic.go")),
    ("context", include_str!("testdata/context.go")),
    ("runtime", include_str!("testdata/runtime.go")),
    ("sort", include_str!("testdata/sort.go")),
    ("strings", include_str!("testdata/strings.go")),
    ("errors", include_str!("testdata/errors.go")),
];

fn stub_loader(path: &str) -> Option<Result<Vec<(String, ast::File)>, String>> {
    let src = STUBS.iter().find(|(p, _)| *p == path)?.1;
    let name = format!("{path}/stub.go");
    let parsed = syntax::parse_file(&name, src);
    Some(parsed.map(|f| vec![(name, f)]).map_err(|e| format!("{:?}", e.first().map(|e| e.to_string()))))
}

/// Checks `src` as main.go; the errors as Go prints them, one per line.
pub(crate) fn check_src(src: &str) -> Result<Checked, String> {
    let f = syntax::parse_file("main.go", src)
        .map_err(|e| e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))?;
    check_with(&[f], &["main.go"], &stub_loader)
        .map_err(|es| es.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
}

fn errs(src: &str) -> String {
    match check_src(src) {
        Ok(_) => String::new(),
        Err(e) => e,
    }
}

/// Wraps statements in a `main` with fmt imported and used.
fn in_main(body: &str) -> String {
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tfmt.Println()\n{body}\n}}\n")
}

#[test]
fn clean_programs_check() {
    let progs = [
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\", 1, 2.5)\n}\n",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\ntype Counter struct {\n\tmu sync.Mutex\n\tn  map[string]int\n}\n\nfunc (c *Counter) Inc(k string) {\n\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n\tc.n[k]++\n}\n\nfunc main() {\n\tc := Counter{n: map[string]int{}}\n\tvar wg sync.WaitGroup\n\tfor i := range 10 {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tc.Inc(fmt.Sprint(i % 3))\n\t\t\ttime.Sleep(10 * time.Millisecond)\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(c.n)\n}\n",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 3)\n\tdone := make(chan struct{})\n\tgo func() {\n\t\tfor v := range ch {\n\t\t\tfmt.Println(v)\n\t\t}\n\t\tclose(done)\n\t}()\n\tfor i := 0; i < 3; i++ {\n\t\tch <- i\n\t}\n\tclose(ch)\n\tselect {\n\tcase <-done:\n\tcase v, ok := <-ch:\n\t\tfmt.Println(v, ok)\n\tdefault:\n\t}\n}\n",
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() float64\n}\n\ntype Rect struct{ W, H float64 }\n\nfunc (r Rect) Area() float64 { return r.W * r.H }\n\ntype Named struct {\n\tRect\n\tName string\n}\n\nfunc main() {\n\tvar s Shape = Named{Rect{2, 3}, \"r\"}\n\tswitch v := s.(type) {\n\tcase Named:\n\t\tfmt.Println(v.Name, v.W, v.Area())\n\tcase nil:\n\t\tfmt.Println(\"nil\")\n\t}\n\tif r, ok := s.(Named); ok {\n\t\tfmt.Println(r.Rect.H)\n\t}\n}\n",
        "package main\n\nimport \"fmt\"\n\nconst (\n\tA = iota * 10\n\tB\n\tC\n)\n\nconst big = 1 << 62\nconst f = 0.1 + 0.2\n\nfunc main() {\n\tvar x float64 = f\n\tvar b byte = 'a' + 1\n\tarr := [...]int{1, 2, 3}\n\tfmt.Println(A, B, C, big, x, b, len(arr), f == 0.3)\n}\n",
        "package main\n\nimport \"fmt\"\n\ntype Number interface {\n\t~int | ~float64\n}\n\nfunc Sum[T Number](xs ...T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\ntype Stack[T any] struct{ items []T }\n\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n\nfunc (s *Stack[T]) Pop() (T, bool) {\n\tvar zero T\n\tif len(s.items) == 0 {\n\t\treturn zero, false\n\t}\n\tv := s.items[len(s.items)-1]\n\ts.items = s.items[:len(s.items)-1]\n\treturn v, true\n}\n\nfunc Map[S ~[]E, E, R any](s S, f func(E) R) []R {\n\tout := make([]R, 0, len(s))\n\tfor _, v := range s {\n\t\tout = append(out, f(v))\n\t}\n\treturn out\n}\n\nfunc main() {\n\tfmt.Println(Sum(1, 2, 3), Sum(1.5, 2))\n\tvar st Stack[string]\n\tst.Push(\"a\")\n\tv, ok := st.Pop()\n\tfmt.Println(v, ok)\n\tfmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }))\n}\n",
        "package main\n\nimport \"fmt\"\n\nfunc Seq(n int) func(yield func(int) bool) {\n\treturn func(yield func(int) bool) {\n\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\n\nfunc main() {\nouter:\n\tfor i := range Seq(3) {\n\t\tfor j := range 3 {\n\t\t\tif j == 2 {\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t\tfmt.Println(i, j)\n\t\t}\n\t}\n\tfor k, r := range \"héllo\" {\n\t\tfmt.Println(k, string(r), []byte(\"x\"), []rune(\"y\"))\n\t}\n}\n",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"os\"\n)\n\nvar order = initA()\nvar b = 2\n\nfunc initA() int { return b + 1 }\n\nfunc div(a, b int) (q int, err error) {\n\tif b == 0 {\n\t\terr = errors.New(\"div by zero\")\n\t\treturn\n\t}\n\treturn a / b, nil\n}\n\nfunc main() {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(r)\n\t\t\tos.Exit(3)\n\t\t}\n\t}()\n\tq, err := div(4, 0)\n\tfmt.Println(q, err, order, min(3, 1, 2), max(2.5, 1))\n\tpanic(\"boom\")\n}\n",
    ];
    for (i, p) in progs.iter().enumerate() {
        if let Err(e) = check_src(p) {
            panic!("program {i} should check cleanly, got:\n{e}");
        }
    }
}

/// (program, Go 1.27.3's errors)
fn error_table() -> Vec<(String, &'static str)> {
    vec![
        (in_main("\tx := 1"), "./main.go:7:2: declared and not used: x"),
        ("package main\n\nimport \"os\"\n\nfunc main() {\n}\n".into(), "./main.go:3:8: \"os\" imported and not used"),
        (in_main("\tfmt.Println(y)"), "./main.go:7:14: undefined: y"),
        (in_main("\tx := 1\n\tvar s string\n\ts = x\n\t_ = s"), "./main.go:9:6: cannot use x (variable of type int) as string value in assignment"),
        (in_main("\tx := 1\n\tvar s string = x\n\t_ = s"), "./main.go:8:17: cannot use x (variable of type int) as string value in variable declaration"),
        ("package main\n\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc main() { f() }\n".into(), "./main.go:7:1: missing return"),
        (in_main("\tx, s := 1, \"a\"\n\t_ = x + s"), "./main.go:8:6: invalid operation: x + s (mismatched types int and string)"),
        ("package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\ta, b := f()\n\t_, _ = a, b\n}\n".into(), "./main.go:6:10: assignment mismatch: 2 variables but f returns 1 value"),
        (in_main("\tx := 1\n\tif x {\n\t}"), "./main.go:8:5: non-boolean condition in if statement"),
        ("package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tf() = 2\n}\n".into(), "./main.go:6:2: cannot assign to f() (neither addressable nor a map index expression)"),
        ("package main\n\nfunc g(a int) {}\n\nfunc main() {\n\tg(1, 2)\n}\n".into(), "./main.go:6:7: too many arguments in call to g\n\thave (number, number)\n\twant (int)"),
        ("package main\n\ntype I interface{ M() }\ntype P struct{}\n\nfunc (p *P) M() {}\n\nfunc main() {\n\tvar i I = P{}\n\t_ = i\n}\n".into(), "./main.go:9:12: cannot use P{} (value of struct type P) as I value in variable declaration: P does not implement I (method M has pointer receiver)"),
        (in_main("\tarr := [3]int{}\n\t_ = arr[5]"), "./main.go:8:10: invalid argument: index 5 out of bounds [0:3]"),
        (in_main("\tvar b byte = 300\n\t_ = b"), "./main.go:7:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)"),
        (in_main("\tx := 1\n\t_ = !x"), "./main.go:8:7: invalid operation: operator ! not defined on x (variable of type int)"),
        (in_main("\tx := 1\n\t_ = x / 0"), "./main.go:8:10: invalid operation: division by zero"),
        (in_main("\tx := 1\n\tx + 1"), "./main.go:8:2: x + 1 (value of type int) is not used"),
        (in_main("\tvar x interface{} = 1\n\tswitch y := x.(type) {\n\t}"), "./main.go:8:9: y declared and not used"),
        (in_main("\tx := 1\n\tx := 2\n\t_ = x"), "./main.go:8:4: no new variables on left side of :="),
        (in_main("L:\n\tfor {\n\t}"), "./main.go:7:1: label L defined and not used"),
        ("package main\n\nfunc (int) N() {}\n\nfunc main() {}\n".into(), "./main.go:3:7: cannot define new methods on non-local type int"),
        ("package main\n\nfunc f(a int) int {\n\treturn\n}\n\nfunc main() { f(1) }\n".into(), "./main.go:4:2: not enough return values\n\thave ()\n\twant (int)"),
        ("package main\n\nfunc g() {\n\treturn 1\n}\n\nfunc main() { g() }\n".into(), "./main.go:4:9: too many return values\n\thave (number)\n\twant ()"),
        (in_main("\tx := 1\n\tvar x int\n\t_ = x"), "./main.go:8:6: x redeclared in this block\n\t./main.go:7:2: other declaration of x"),
        (in_main("\tvar c, d int = 1, 2, 3\n\t_, _ = c, d"), "./main.go:7:23: extra init expr 3"),
        ("package main\n\ntype T struct{ a T }\n\nfunc main() {}\n".into(), "./main.go:3:6: invalid recursive type: T refers to itself"),
        ("package main\n\ntype A B\ntype B A\n\nfunc main() {}\n".into(), "./main.go:3:6: invalid recursive type A\n\t./main.go:3:6: A refers to B\n\t./main.go:4:6: B refers to A"),
        (in_main("\tvar m map[[]int]int\n\t_ = m"), "./main.go:7:12: invalid map key type []int"),
        ("package main\n\ntype T struct{}\n\nfunc (t T) b() {}\nfunc (t T) b() {}\n\nfunc main() {}\n".into(), "./main.go:6:12: method T.b already declared at ./main.go:5:12"),
        ("package main\n\nconst k = 1\n\nfunc main() {\n\tk = 3\n}\n".into(), "./main.go:6:2: cannot assign to k (neither addressable nor a map index expression)"),
        (in_main("\tm := map[string]struct{ a int }{}\n\tm[\"a\"].a = 1"), "./main.go:8:2: cannot assign to struct field m[\"a\"].a in map"),
        (in_main("\tvar e error = 5\n\t_ = e"), "./main.go:7:16: cannot use 5 (constant of type int) as error value in variable declaration: int does not implement error (missing method Error)"),
        (in_main("\tz := 0\n\tz = 3"), "./main.go:7:2: declared and not used: z"),
    ]
}

#[test]
fn errors_match_go() {
    let mut failed = Vec::new();
    for (src, want) in error_table() {
        let got = errs(&src);
        let want = format!("{want}");
        if got != want {
            failed.push(format!("--- program:\n{src}\n--- want:\n{want}\n--- got:\n{got}\n"));
        }
    }
    assert!(failed.is_empty(), "{} mismatches:\n{}", failed.len(), failed.join("\n"));
}

/// Every lesson example, rendered with its default parameters and with each toggle flipped,
/// checks cleanly.
#[test]
fn lesson_examples_check() {
    let (course, _) = crate::course::Course::load();
    let mut failed = Vec::new();
    let mut n = 0;
    for ex in course.examples() {
        let mut variants: Vec<Vec<(String, String)>> = vec![vec![]];
        for p in &ex.params {
            match p.kind {
                crate::course::data::Kind::Bool => {
                    let flipped = !p.default.as_bool().unwrap_or(false);
                    variants.push(vec![(p.name.clone(), flipped.to_string())]);
                }
                crate::course::data::Kind::Choice => {
                    for c in &p.choices {
                        variants.push(vec![(p.name.clone(), c.clone())]);
                    }
                }
                crate::course::data::Kind::Int => {}
            }
        }
        for v in variants {
            let Ok(params) = ex.resolve(v.iter().map(|(a, b)| (a.as_str(), b.as_str()))) else { continue };
            let Ok(src) = ex.render(&params) else { continue };
            n += 1;
            if let Err(e) = check_src(&src.source) {
                failed.push(format!("{} {v:?}:\n{e}", ex.id));
            }
        }
    }
    assert!(n >= 21, "only {n} examples rendered");
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn too_many_errors_stops_at_ten() {
    let body: String = (0..12).map(|i| format!("\tv{i} := {i}\n")).collect();
    let got = errs(&in_main(&body));
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 11, "{got}");
    assert_eq!(lines[10], "./main.go:16:2: too many errors");
}

#[test]
fn info_records_types_and_constants() {
    let c = check_src("package main\n\nfunc main() {\n\tvar f float64 = 1\n\tx := 2\n\tp := &x\n\tg := func() int { return x }\n\t_, _, _ = f, p, g\n}\n").unwrap();
    let info = &c.files[0].info;
    let mut saw_float_one = false;
    for tv in info.types.values() {
        if tv.value == Some(Const::Float(1.0)) && tv.ty == table::basic(Basic::Float64) {
            saw_float_one = true;
        }
    }
    assert!(saw_float_one, "the constant 1 in `var f float64 = 1` is recorded as float64 1.0");
    let x = c.objects.iter().find(|o| o.name == "x").unwrap();
    match x.kind {
        ObjKind::Var { captured, addressed, .. } => assert!(captured && addressed),
        _ => panic!("x is a variable"),
    }
    assert!(
        info.types
            .values()
            .all(|t| !matches!(c.table.get(t.ty), Type::Basic(b) if table::is_untyped(*b) && *b != Basic::UntypedNil)),
        "no untyped types reach the compiler"
    );
}

#[test]
fn pathological_input_does_not_overflow() {
    // Deeper than 200 the parser itself runs out of a test thread's stack (debug build).
    for n in [1, 2, 10, 100, 101, 200] {
        let deep = format!("package main\n\nfunc main() {{\n\t_ = {}1{}\n}}\n", "(".repeat(n), ")".repeat(n));
        let _ = check_src(&deep);
        let deep = format!("package main\n\nfunc main() {{\n\t_ = {}1\n}}\n", "-".repeat(n));
        let _ = check_src(&deep);
        let deep = format!("package main\n\nvar x {}int\n\nfunc main() {{}}\n", "[]".repeat(n));
        let _ = check_src(&deep);
        let deep = format!("package main\n\nfunc main() {{\n{}\n}}\n", "{".repeat(n) + &"}".repeat(n));
        let _ = check_src(&deep);
    }
    let got = errs("package main\n\ntype T [len(T{})]int\n\nfunc main() {}\n");
    assert_eq!(got, "./main.go:3:6: invalid recursive type: T refers to itself");
}

/// Writes the error table's programs to `$CHANLAB_DUMP_DIR/N.go` (to re-verify them with
/// real Go: `go build` each and compare with the table).
#[test]
#[ignore]
fn dump_error_table() {
    let Ok(dir) = std::env::var("CHANLAB_DUMP_DIR") else { return };
    for (i, (src, want)) in error_table().into_iter().enumerate() {
        std::fs::write(format!("{dir}/{i}.go"), src).unwrap();
        std::fs::write(format!("{dir}/{i}.want"), format!("{want}\n")).unwrap();
    }
}

/// Every standard package chanlab provides (Go source from `stdlib`) checks cleanly.
#[test]
fn std_packages_check() {
    let mut failed = Vec::new();
    for path in crate::golang::stdlib::PACKAGES {
        let src = format!("package main\n\nimport _ {path:?}\n\nfunc main() {{}}\n");
        let f = syntax::parse_file("main.go", &src).unwrap();
        if let Err(es) = check_program(&[f]) {
            failed.push(format!("{path}:\n{}", es.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn dbg_small() {
    eprintln!(
        "{}",
        errs(&in_main(
            "\tw := []int{}\n\tswitch len(w) {\n\tcase 0:\n\t}\n\tvar e error\n\tswitch e {\n\tcase nil:\n\t}"
        ))
    );
}

/// Checks every `$CHANLAB_CHECK_DIR/*.go` with the real standard packages and writes what
/// the checker reports to `*.mine` (compare with real Go's output).
#[test]
#[ignore]
fn check_dir() {
    let Ok(dir) = std::env::var("CHANLAB_CHECK_DIR") else { return };
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "go") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let out = match syntax::parse_file("main.go", &src) {
            Err(es) => es.iter().map(|e| e.to_string() + "\n").collect::<String>(),
            Ok(f) => match check_program(&[f]) {
                Ok(_) => String::new(),
                Err(es) => es.iter().map(|e| e.to_string() + "\n").collect(),
            },
        };
        std::fs::write(path.with_extension("mine"), out).unwrap();
    }
}
