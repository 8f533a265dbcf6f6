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

/// Parses `src` as main.go: the tree (if Go would type-check it) and the parser's errors.
fn parse(src: &str) -> Result<(ast::File, Vec<TypeError>), String> {
    let p = syntax::parse_file_partial("main.go", src);
    let earlier: Vec<TypeError> = p.errors.iter().map(|e| TypeError::new("main.go", e.pos, e.msg.clone())).collect();
    match p.file {
        Some(f) => Ok((f, earlier)),
        None => Err(p.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")),
    }
}

/// Checks `src` as main.go (test stubs for the standard packages); the errors as Go prints
/// them, one per line.
pub(crate) fn check_src(src: &str) -> Result<Checked, String> {
    let (f, earlier) = parse(src)?;
    check_after(&[f], &["main.go"], earlier, &stub_loader)
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
        let want = want.to_string();
        if got != want {
            failed.push(format!("--- program:\n{src}\n--- want:\n{want}\n--- got:\n{got}\n"));
        }
    }
    assert!(failed.is_empty(), "{} mismatches:\n{}", failed.len(), failed.join("\n"));
}

/// Every lesson example, rendered with its default parameters and with each toggle flipped,
/// checks cleanly (with the real standard library: examples use x/sync, x/time...).
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
            let checked = parse(&src.source).and_then(|(f, earlier)| {
                check_after(&[f], &["main.go"], earlier, &super::std_loader)
                    .map_err(|es| es.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
            });
            if let Err(e) = checked {
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
        let out = match parse(&src) {
            Err(e) => e + "\n",
            Ok((f, earlier)) => match check_program_after(&[f], earlier) {
                Ok(_) => String::new(),
                Err(es) => es.iter().map(|e| e.to_string() + "\n").collect(),
            },
        };
        std::fs::write(path.with_extension("mine"), out).unwrap();
    }
}

/// Mutated programs (lesson examples and the test table, with lines deleted, duplicated and
/// swapped and tokens dropped) never panic the checker.
#[test]
fn mutations_never_panic() {
    let n: usize = std::env::var("CHANLAB_TYPES_FUZZ").ok().and_then(|v| v.parse().ok()).unwrap_or(300);
    let mut seeds: Vec<String> = error_table().into_iter().map(|(s, _)| s).collect();
    let (course, _) = crate::course::Course::load();
    for ex in course.examples() {
        if let Ok(p) = ex.resolve(std::iter::empty()) {
            if let Ok(r) = ex.render(&p) {
                seeds.push(r.source);
            }
        }
    }
    if let Ok(dir) = std::env::var("CHANLAB_TYPES_FUZZ_DIR") {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if e.path().extension().is_some_and(|x| x == "go") {
                if let Ok(s) = std::fs::read_to_string(e.path()) {
                    seeds.push(s);
                }
            }
        }
    }
    let mut rng: u64 = 0x9e3779b97f4a7c15;
    let mut next = move |m: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % m.max(1) as u64) as usize
    };
    let mut panics = Vec::new();
    for i in 0..n {
        let src = &seeds[next(seeds.len())];
        let mutated = mutate(src, &mut next);
        let r = std::panic::catch_unwind(|| check_src(&mutated));
        if r.is_err() {
            panics.push(format!("case {i}:\n{mutated}"));
        }
    }
    assert!(panics.is_empty(), "{} panics; first:\n{}", panics.len(), panics[0]);
}

/// One to three random line or word mutations of `src`.
fn mutate(src: &str, next: &mut impl FnMut(usize) -> usize) -> String {
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    for _ in 0..1 + next(3) {
        if lines.is_empty() {
            break;
        }
        let k = next(lines.len());
        match next(7) {
            0 => {
                lines.remove(k.min(lines.len().saturating_sub(1)));
            }
            1 => {
                let l = lines[k].clone();
                lines.insert(k, l);
            }
            2 => {
                let j = next(lines.len());
                lines.swap(k, j);
            }
            3 => {
                let words: Vec<&str> = lines[k].split(' ').collect();
                if words.len() > 1 {
                    let w = next(words.len());
                    lines[k] = words
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != w)
                        .map(|(_, s)| *s)
                        .collect::<Vec<_>>()
                        .join(" ");
                }
            }
            4 => {
                let j = next(lines.len());
                let l = lines[j].clone();
                lines[k].push_str(&l);
            }
            _ => {
                // Replace a word with a word from elsewhere in the program.
                let all: Vec<String> = lines
                    .iter()
                    .flat_map(|l| l.split(|c: char| !c.is_alphanumeric() && c != '_').map(String::from))
                    .filter(|w| !w.is_empty())
                    .collect();
                let words: Vec<String> = lines[k]
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .filter(|w| !w.is_empty())
                    .map(String::from)
                    .collect();
                if !words.is_empty() && !all.is_empty() {
                    let from = &words[next(words.len())];
                    let to = &all[next(all.len())];
                    lines[k] = lines[k].replacen(from.as_str(), to, 1);
                }
            }
        }
        if lines.is_empty() {
            break;
        }
    }
    lines.join("\n")
}

/// `testdata/errors/*.go` with the standard packages chanlab provides: the errors are exactly
/// `*.err`, what real Go 1.27.3 printed for the program (empty: it builds).
#[test]
fn testdata_errors_match_go() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/golang/types/testdata/errors");
    let mut failed = Vec::new();
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "go") {
            continue;
        }
        n += 1;
        let src = std::fs::read_to_string(&path).unwrap();
        let want = std::fs::read_to_string(path.with_extension("err")).unwrap();
        let got = match parse(&src) {
            Err(e) => e + "\n",
            Ok((f, earlier)) => match check_program_after(&[f], earlier) {
                Ok(_) => String::new(),
                Err(es) => es.iter().map(|e| e.to_string() + "\n").collect(),
            },
        };
        if got != want {
            failed.push(format!("{}:\n--- want\n{want}--- got\n{got}", path.display()));
        }
    }
    assert!(n >= 40, "only {n} programs");
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Literals at the edges of the exact arithmetic never panic (overflowing exponents, long
/// fractions, huge hexadecimal floats).
#[test]
fn extreme_literals_are_errors_not_panics() {
    for lit in [
        "1e-2147483648",
        "1e2147483647",
        "0x1p-2147483648",
        "0x1.ffffffffffffffffffffp2147483647",
        "0.0000000000000000000000000000000000000000001e-2147483640",
        "99999999999999999999999999999999999999999999",
    ] {
        let _ = check_src(&in_main(&format!("\t_ = {lit}")));
    }
}

/// What the compiler relies on, over every clean program in testdata and every lesson
/// example: no untyped type but `untyped nil` in `Info::types`, and each constant's value is
/// of its type's kind (an `Int` for integer types, a `Float` for float types...).
#[test]
fn info_constants_match_their_types() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/golang/types/testdata/errors");
    let mut srcs: Vec<String> = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "go")
            && std::fs::read_to_string(p.with_extension("err")).is_ok_and(|s| s.is_empty())
        {
            srcs.push(std::fs::read_to_string(&p).unwrap());
        }
    }
    let (course, _) = crate::course::Course::load();
    for ex in course.examples() {
        if let Ok(r) = ex
            .resolve(std::iter::empty())
            .and_then(|p| ex.render(&p).map_err(|e| crate::course::ParamError(e.to_string())))
        {
            srcs.push(r.source);
        }
    }
    assert!(srcs.len() > 25);
    for src in srcs {
        let f = syntax::parse_file("main.go", &src).unwrap();
        let c = check_program(&[f]).unwrap_or_else(|e| panic!("{}\n{src}", e[0]));
        for file in &c.files {
            for tv in file.info.types.values() {
                let Some(b) = c.table.basic_of(tv.ty) else { continue };
                assert!(!table::is_untyped(b) || b == Basic::UntypedNil, "untyped {b:?} in {}", file.name);
                let ok = match (&tv.value, b) {
                    (None, _) => true,
                    (Some(Const::Int(_)), b) => table::is_integer(b),
                    (Some(Const::Float(_)), b) => table::is_float(b),
                    (Some(Const::Complex(..)), b) => table::is_complex(b),
                    (Some(Const::String(_)), b) => table::is_string(b),
                    (Some(Const::Bool(_)), b) => table::is_boolean(b),
                };
                assert!(ok, "{:?} recorded with type {b:?} in {}", tv.value, file.name);
            }
        }
    }
}

/// Generic types instantiating each other ever more deeply are rejected (Go words this one
/// differently: chanlab only guarantees the rejection), never an endless instantiation.
#[test]
fn mutual_instantiation_cycles_are_rejected() {
    let got = errs("package main\n\ntype A[P any] struct{ b *B[[]P] }\ntype B[P any] struct{ a *A[P] }\n\nfunc main() {\n\tvar a A[int]\n\t_ = a\n}\n");
    assert!(got.contains("instantiation cycle"), "{got}");
}

/// A main package of two files: names are shared, imports are per file, errors name their
/// file.
#[test]
fn two_files_share_a_package() {
    let a =
        syntax::parse_file("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(helper())\n}\n")
            .unwrap();
    let b = syntax::parse_file("util.go", "package main\n\nimport \"os\"\n\nfunc helper() int {\n\treturn fmt.X\n}\n")
        .unwrap();
    let errs = check_with(&[a, b], &["main.go", "util.go"], &stub_loader).unwrap_err();
    let got: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert_eq!(got, ["./util.go:3:8: \"os\" imported and not used", "./util.go:6:9: undefined: fmt"]);
}
