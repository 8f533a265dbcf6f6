//! Parser tests: everyday and generic Go parses, every lesson example parses, syntax errors
//! match Go 1.27.3's (messages recorded from the real compiler), mutated programs never
//! panic, and large files parse quickly.

use super::ast::*;
use super::parse_file;

fn parse_ok(src: &str) -> File {
    match parse_file("main.go", src) {
        Ok(f) => f,
        Err(errs) => {
            let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
            panic!("unexpected errors:\n{}\nin:\n{}", msgs.join("\n"), src)
        }
    }
}

/// The errors as `go build` prints them.
fn errors_of(src: &str) -> Vec<String> {
    match parse_file("main.go", src) {
        Ok(_) => Vec::new(),
        Err(errs) => errs.iter().map(|e| e.to_string()).collect(),
    }
}

fn body_of(f: &File, name: &str) -> Vec<Stmt> {
    for d in &f.decls {
        if let Decl::Func(fd) = d {
            if fd.name.name == name {
                return fd.body.as_ref().map(|b| b.stmts.clone()).unwrap_or_default();
            }
        }
    }
    panic!("no func {name}")
}

#[test]
fn hello_world() {
    let f = parse_ok("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n");
    assert_eq!(f.package.name, "main");
    assert_eq!(f.imports.len(), 1);
    assert_eq!(f.imports[0].path, "fmt");
    assert_eq!(f.imports[0].path_pos, Pos { line: 3, col: 8 });
    let body = body_of(&f, "main");
    assert_eq!(body.len(), 1);
    let StmtKind::Expr(Expr { kind: ExprKind::Call { fun, args, .. }, pos, .. }) = &body[0].kind else { panic!() };
    assert_eq!(*pos, Pos { line: 6, col: 2 });
    assert!(
        matches!(&fun.kind, ExprKind::Selector(x, sel) if matches!(&x.kind, ExprKind::Name(n) if n == "fmt") && sel.name == "Println")
    );
    assert_eq!(args.len(), 1);
}

pub(super) const EVERYDAY: &str = r#"package main

import (
	"fmt"
	str "strings"
	_ "os"
)

type Point struct {
	X, Y int `json:"x"`
	name string
	*Embedded
	fmt.Stringer
}

type Shape interface {
	Area() float64
	fmt.Stringer
}

const (
	A = iota
	B
	C, D = iota, iota * 2
)

var x, y = 1, 2
var z int

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y -= dy }

func (Point) Name() string { return "p" }

func div(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	return a / b, a % b, nil
}

func variadic(prefix string, xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	p := &Point{X: 1, Y: 2}
	p.Move(1, 2)
	m := map[string][]int{"a": {1, 2}, "b": nil}
	s := []Point{{1, 2, "", nil, nil}, {X: 3}}
	arr := [...]int{1, 2, 3}
	sl := arr[1:2:3]
	_ = sl[:]
	ch := make(chan int, 3)
	var rc <-chan int = ch
	var sc chan<- int = ch
	_, _ = rc, sc
	go func(c chan<- int) { c <- 1 }(ch)
	select {
	case v := <-ch:
		fmt.Println(v)
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 2:
	default:
	}
	switch x := len(m); {
	case x > 1, x < 0:
		fallthrough
	case x == 0:
	default:
	}
	var i interface{} = 1
	switch v := i.(type) {
	case int, string:
		_ = v
	case nil:
	}
	if n, ok := i.(int); ok && n > 0 {
	} else if n == 0 {
	} else {
	}
outer:
	for i := 0; i < 10; i++ {
		for range 10 {
			continue outer
		}
		for j := range 3 {
			_ = j
			break outer
		}
	}
	for {
		break
	}
	for x < 10 {
		x++
	}
	goto end
end:
	k := (*Point)(nil)
	_ = k
	f := func(a ...int) {}
	f(arr[:]...)
	var mm = variadic("x", 1, 2)
	_ = mm
	c := 'x' + '\n' + '\x41' + '\u00e9' + '\U0001F600'
	_ = c
	_ = 0x1F + 0o17 + 017 + 0b1 + 1_000 + 1.5e3 + 0x1p-2 + 2i
	_ = `raw
string`
	_ = !true && (false || x != 1) && x&^3 == 0 && -x < +x && ^x > 0
	_ = str.ToUpper("a")
	_ = s
	if p == (&Point{}) {
	}
	for _, q := range []Point{{}} {
		_ = q
	}
}
"#;

#[test]
fn everyday_go() {
    let f = parse_ok(EVERYDAY);
    assert_eq!(f.imports.len(), 3);
    assert_eq!(f.imports[1].name.as_ref().unwrap().name, "str");
    let consts = f.decls.iter().find_map(|d| if let Decl::Const(c) = d { Some(c) } else { None }).unwrap();
    assert_eq!(consts.iter().map(|c| c.iota).collect::<Vec<_>>(), vec![0, 1, 2]);
    assert!(consts[1].values.is_empty() && consts[1].ty.is_none());
    let body = body_of(&f, "main");
    assert!(body.iter().any(|s| matches!(s.kind, StmtKind::TypeSwitch { bind: Some(_), .. })));
    assert!(body.iter().any(|s| matches!(s.kind, StmtKind::Select { .. })));
}

#[test]
fn struct_fields_and_tags() {
    let f = parse_ok(EVERYDAY);
    let Some(Decl::Type(specs)) = f.decls.iter().find(|d| matches!(d, Decl::Type(_))) else { panic!() };
    let ExprKind::StructType(fields) = &specs[0].ty.kind else { panic!() };
    assert_eq!(fields.len(), 4);
    assert_eq!(fields[0].names.len(), 2);
    assert_eq!(fields[0].tag.as_deref(), Some("json:\"x\""));
    assert!(fields[2].names.is_empty() && matches!(fields[2].ty.kind, ExprKind::Star(_)));
    assert!(fields[3].names.is_empty() && matches!(fields[3].ty.kind, ExprKind::Selector(..)));
}

pub(super) const GENERIC: &str = r#"package main

import "fmt"

type Number interface {
	~int | ~int64 | float64
}

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

type Set[T comparable] map[T]struct{}

type PT[P *C, C any] struct{}

type Arr [N]int

const N = 3

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
}

func (p Pair[K, _]) Key() K { return p.k }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }

func Union[T int | string](x T) T { return x }

func main() {
	fmt.Println(Sum([]int{1, 2}), Sum[float64](nil))
	var l List[int]
	l.Push(1)
	p := Pair[string, int]{"a", 1}
	_ = p.Key()
	f := Map[[]int, int, string]
	_ = f
	a, b, c := 1, 2, 3
	_ = a < b
	x := []int{a[b](c)}
	_ = x
	_ = Set[int]{}
	var _ = Keys[map[string]int]
}
"#;

#[test]
fn generics() {
    let f = parse_ok(GENERIC);
    let tspecs: Vec<&TypeSpec> =
        f.decls.iter().filter_map(|d| if let Decl::Type(s) = d { Some(s) } else { None }).flatten().collect();
    let number = &tspecs[0];
    let ExprKind::InterfaceType(elems) = &number.ty.kind else { panic!() };
    let [InterfaceElem::Union(terms)] = elems.as_slice() else { panic!("{:?}", elems) };
    assert_eq!(terms.iter().map(|t| t.tilde).collect::<Vec<_>>(), vec![true, true, false]);
    assert_eq!(tspecs[1].type_params.len(), 1);
    assert_eq!(tspecs[3].type_params.len(), 2);
    let pt = tspecs.iter().find(|s| s.name.name == "PT").unwrap();
    assert_eq!(pt.type_params.len(), 2);
    assert!(matches!(pt.type_params[0].ty.kind, ExprKind::Star(_)));
    let arr = tspecs.iter().find(|s| s.name.name == "Arr").unwrap();
    assert!(arr.type_params.is_empty());
    assert!(matches!(arr.ty.kind, ExprKind::ArrayType { len: Some(ArrayLen::Expr(_)), .. }));
    let funcs: Vec<&FuncDecl> =
        f.decls.iter().filter_map(|d| if let Decl::Func(fd) = d { Some(fd) } else { None }).collect();
    let push = funcs.iter().find(|f| f.name.name == "Push").unwrap();
    let recv = push.recv.as_ref().unwrap();
    assert!(matches!(&recv.ty.kind, ExprKind::Star(t) if matches!(&t.kind, ExprKind::Index(_, a) if a.len() == 1)));
    let map = funcs.iter().find(|f| f.name.name == "Map").unwrap();
    assert_eq!(map.ty.type_params.len(), 2);
    assert_eq!(map.ty.type_params[1].names.len(), 2);
    let ExprKind::InterfaceType(e) = &map.ty.type_params[0].ty.kind else { panic!() };
    assert!(matches!(e.as_slice(), [InterfaceElem::Union(t)] if t.len() == 1 && t[0].tilde));
    let union = funcs.iter().find(|f| f.name.name == "Union").unwrap();
    assert!(matches!(&union.ty.type_params[0].ty.kind, ExprKind::InterfaceType(_)));
}

#[test]
fn complit_not_in_headers() {
    let src = "package main\ntype T struct{}\nfunc main() {\n\tvar x T\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1} {\n\t\t_ = v\n\t}\n}\n";
    parse_ok(src);
    let bad = "package main\ntype T struct{}\nfunc main() {\n\tvar x T\n\tif x == T{} {\n\t}\n}\n";
    assert_eq!(errors_of(bad)[0], "./main.go:5:14: syntax error: unexpected { at end of statement");
}

#[test]
fn chan_types() {
    let f = parse_ok("package main\nvar a <-chan <-chan int\nvar b chan<- chan int\nvar c chan (<-chan int)\n");
    let ty = |i: usize| match &f.decls[i] {
        Decl::Var(v) => v[0].ty.clone().unwrap(),
        _ => panic!(),
    };
    let ExprKind::ChanType(ChanDir::Recv, inner) = ty(0).kind else { panic!() };
    assert!(matches!(inner.kind, ExprKind::ChanType(ChanDir::Recv, _)));
    let ExprKind::ChanType(ChanDir::Send, inner) = ty(1).kind else { panic!() };
    assert!(matches!(inner.kind, ExprKind::ChanType(ChanDir::Both, _)));
    let ExprKind::ChanType(ChanDir::Both, inner) = ty(2).kind else { panic!() };
    assert!(matches!(inner.kind, ExprKind::ChanType(ChanDir::Recv, _)));
    let f2 = parse_ok("package main\nfunc main() {\n\tx := <-chan int(nil)\n\ty := <-ch\n}\n");
    let body = body_of(&f2, "main");
    let StmtKind::Assign { rhs, .. } = &body[0].kind else { panic!() };
    // `<-chan int(nil)` receives from the conversion `chan int(nil)`.
    assert!(matches!(&rhs[0].kind, ExprKind::Unary(UnOp::Recv, x) if matches!(x.kind, ExprKind::Call { .. })));
    let StmtKind::Assign { rhs, .. } = &body[1].kind else { panic!() };
    assert!(matches!(&rhs[0].kind, ExprKind::Unary(UnOp::Recv, _)));
}

#[test]
fn go_build_version() {
    let f = parse_ok("//go:build go1.21\n\npackage main\n");
    assert_eq!(f.go_version, Some((1, 21)));
    let f = parse_ok("// comment\n//go:build linux && go1.18\n\npackage main\n");
    assert_eq!(f.go_version, Some((1, 18)));
    // After the package clause the line is a misplaced directive (and sets no version).
    let errs = errors_of("package main\n//go:build go1.21\n");
    assert_eq!(errs, ["./main.go:2:3: misplaced compiler directive"]);
    let version = |c: &str| parse_ok(&format!("//go:build {c}\n\npackage main\n")).go_version;
    assert_eq!(version("go1.21 || go1.22"), Some((1, 21)));
    assert_eq!(version("go1.21 && go1.22"), Some((1, 22)));
    assert_eq!(version("!go1.22"), None);
    assert_eq!(version("(linux || darwin) && go1.20"), Some((1, 20)));
    assert_eq!(version("!(!go1.19)"), Some((1, 19)));
    assert_eq!(version("linux"), None);
    assert_eq!(version("go1.21 &&"), None);
}

#[test]
fn lesson_examples_parse() {
    let (course, _) = crate::course::Course::load();
    let mut n = 0;
    for ex in course.examples() {
        let p = ex.resolve(std::iter::empty()).expect("defaults");
        let src = ex.render(&p).expect("render").source;
        if let Err(errs) = parse_file("main.go", &src) {
            let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
            panic!("{}: {}", ex.id, msgs.join("\n"));
        }
        n += 1;
    }
    assert!(n >= 20, "only {n} examples");
}

/// Development aid: `PARSE_FILES="a.go b.go" cargo test --lib golang::syntax::tests::dump --
/// --ignored --nocapture` prints each file's errors as `go build` would.
#[test]
#[ignore]
fn dump() {
    let mut paths = std::env::var("PARSE_FILES").unwrap_or_default();
    if let Ok(list) = std::env::var("PARSE_LIST") {
        paths.push_str(&std::fs::read_to_string(list).unwrap());
    }
    for path in paths.split_whitespace() {
        let Ok(src) = std::fs::read(path) else { continue };
        let name = std::path::Path::new(path).file_name().unwrap().to_str().unwrap();
        println!("== {name}");
        for e in super::parse_file_bytes(name, &src).errors {
            println!("{}", e.located(name));
        }
    }
}

#[test]
fn invalid_utf8_is_reported_and_skipped() {
    let src = b"package main\n\nfunc main() {\n\tx := \"a\x00b\"\n\ty := \"\xff\"\n}\n";
    let p = super::parse_file_bytes("main.go", src);
    let errs: Vec<String> = p.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errs, ["./main.go:4:9: invalid NUL character", "./main.go:5:8: invalid UTF-8 encoding"]);
    assert!(p.file.is_some(), "Go goes on to type-check");
}

/// Every case in `testdata/errors.txt` (programs with their errors as Go 1.27.3's
/// `go build` printed them, type-checker lines left out) gives exactly those errors.
#[test]
fn errors_match_go() {
    let data = include_str!("testdata/errors.txt");
    let mut n = 0;
    let mut failures = Vec::new();
    for case in format!("\n{data}").split("\n== ").skip(1) {
        let (name, rest) = case.split_once('\n').unwrap();
        let (src, want) = rest.split_once("-- want\n").unwrap();
        let want: Vec<&str> = want.lines().filter(|l| !l.is_empty()).collect();
        let p = super::parse_file_partial("main.go", src);
        let got: Vec<String> = p.errors.iter().map(|e| e.to_string()).collect();
        if got != want {
            failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}"));
        }
        n += 1;
    }
    assert!(failures.is_empty(), "{} of {n} cases differ:\n{}", failures.len(), failures.join("\n"));
    assert!(n >= 50);
}

#[test]
fn lexical_errors_keep_the_tree() {
    let p = super::parse_file_partial("main.go", "package main\n\nfunc main() {\n\ts := \"abc\n}\n");
    assert!(p.file.is_some());
    assert_eq!(p.errors.len(), 1);
    assert_eq!(p.errors[0].to_string(), "./main.go:4:11: newline in string");
    let p = super::parse_file_partial("main.go", "package main\n\nfunc main() {\n\tx := (1\n}\n");
    assert!(p.file.is_none());
}

#[test]
fn too_many_errors() {
    let mut src = String::from("package main\nfunc main() {\n");
    for i in 0..15 {
        src.push_str(&format!("\tx{i} := (1\n"));
    }
    src.push_str("}\n");
    let errs = errors_of(&src);
    assert_eq!(errs.len(), 11);
    assert_eq!(errs[9], "./main.go:12:2: syntax error: unexpected name x9 at end of statement");
    assert_eq!(errs[10], "./main.go:12:2: too many errors");
}

/// A tiny deterministic generator for the mutation test.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    "\n",
    ":=",
    "=",
    "<-",
    "...",
    ".",
    "*",
    "&",
    "~",
    "|",
    "func",
    "chan",
    "map[",
    "struct{",
    "interface{",
    "go ",
    "defer ",
    "for ",
    "range ",
    "switch ",
    "case ",
    "select ",
    "if ",
    "else ",
    "type ",
    "[T any]",
    "'",
    "\"",
    "`",
    "/*",
    "//",
    "0x",
    "1e",
    "\\",
    "goto L",
    "L:",
    "x.(type)",
    "\u{feff}",
    "\0",
    "é",
    "//go:noinline\n",
    "//go:embed x\n",
    "//go:build go1.21\n",
    "import (",
    "package ",
    "..\n",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut b = src.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(b.len() + 1);
        match rng.below(5) {
            0 if !b.is_empty() => {
                let end = (at + 1 + rng.below(12)).min(b.len());
                b.drain(at.min(end)..end);
            }
            1 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())];
                b.splice(at..at, s.bytes());
            }
            2 if !b.is_empty() => {
                let from = rng.below(b.len());
                let end = (from + rng.below(40)).min(b.len());
                let piece: Vec<u8> = b[from..end].to_vec();
                b.splice(at..at, piece);
            }
            3 if at < b.len() => b[at] = (rng.next() & 0x7f) as u8,
            _ => b.insert(at, b" (){}[];,\n"[rng.below(10)]),
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// Random mutations of valid programs: the parser returns (never panics), every error has
/// a message and a position inside the file, and a tree's ids are below its node count.
#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let seeds = [EVERYDAY, GENERIC];
    let mut cases = 0;
    // `FUZZ_CASES=1000000` runs longer (a release build does about 20,000 a second).
    let total: usize = std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2500);
    for round in 0..total {
        let src = mutate(&mut rng, seeds[round % seeds.len()]);
        let lines = src.lines().count() as u32 + 2;
        let p = super::parse_file_partial("main.go", &src);
        for e in &p.errors {
            assert!(!e.msg.is_empty() && e.pos.line >= 1 && e.pos.line <= lines, "{e:?} in {src}");
        }
        if let Some(f) = &p.file {
            assert!(f.package.id.0 < f.node_count);
        }
        cases += 1;
    }
    assert_eq!(cases, total);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 100_000;
    let deep = [
        format!("package main\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        format!("package main\nvar x = {}1\n", "- ".repeat(n)),
        format!("package main\nvar x = {}1\n", "<-".repeat(n)),
        format!("package main\nvar x {}int\n", "[]*".repeat(n)),
        format!("package main\nvar x = T{}{}\n", "{".repeat(n), "}".repeat(n)),
        format!("package main\nfunc main() {}{}\n", "{".repeat(n), "}".repeat(n)),
        format!("package main\nvar f = {}\n", "func() { f = ".repeat(n)),
        format!("package main\nfunc main() {{ if x {{}} {} }}\n", "else if x {} ".repeat(n)),
        format!("package main\ntype T {}int\n", "struct { x ".repeat(n)),
        format!("package main\nvar x = 1{}\n", " + 1".repeat(n)),
        format!("package main\nvar x = 1{}\n", " + 1 * 2".repeat(n)),
        format!("package main\nvar x = a{}\n", ".b".repeat(n)),
        format!("package main\nvar x = f{}\n", "()[0]".repeat(n)),
    ];
    for src in &deep {
        let errs = errors_of(src);
        assert!(!errs.is_empty());
        assert!(errs.iter().any(|e| e.contains("nesting deeper")), "{:?}", errs);
    }
    let ok = format!("package main\nvar x = {}1{}\n", "(".repeat(90), ")".repeat(90));
    parse_ok(&ok);
    parse_ok(&format!("package main\nvar x = 1{}\n", " + 1".repeat(90)));
}

#[test]
fn ten_thousand_lines_parse_fast() {
    let mut src = String::from("package main\n\nimport \"fmt\"\n\n");
    let mut i = 0;
    while src.lines().count() < 10_000 {
        src.push_str(&format!(
            "func f{i}(a, b int) (int, error) {{\n\tx := []int{{a, b, {i}}}\n\tfor _, v := range x {{\n\t\tif v > a*2+b {{\n\t\t\tfmt.Println(\"big\", v)\n\t\t}}\n\t}}\n\treturn a + b, nil\n}}\n\n"
        ));
        i += 1;
    }
    let start = std::time::Instant::now();
    let f = parse_ok(&src);
    let took = start.elapsed();
    eprintln!("parsed {} lines in {took:?}", src.lines().count());
    assert_eq!(f.decls.len(), i);
    // Generous for unoptimised test builds; a release build takes a few milliseconds.
    assert!(took.as_secs_f64() < 2.0, "took {took:?}");
}

/// The token kinds of `src` (semicolons as `;` with what inserted them).
fn tokens(src: &str) -> Vec<String> {
    let mut lx = super::lexer::Lexer::new(src);
    let mut out = Vec::new();
    loop {
        lx.next();
        let t = lx.tok;
        if t.tok == super::token::Tok::EOF {
            return out;
        }
        out.push(t.describe());
    }
}

#[test]
fn semicolons_are_inserted_as_go_does() {
    assert_eq!(tokens("x++\ny"), ["name x", "++", "newline", "name y", "EOF"]);
    assert_eq!(tokens("return\n}"), ["keyword return", "newline", "}", "EOF"]);
    assert_eq!(tokens("f(\n)"), ["name f", "(", ")", "EOF"]);
    assert_eq!(tokens("x /* a\nb */ y"), ["name x", "newline", "name y", "EOF"]);
    assert_eq!(tokens("x /* a b */ y"), ["name x", "name y", "EOF"]);
    assert_eq!(tokens("x // c\n"), ["name x", "newline"]);
    assert_eq!(tokens("a &^= b ... <- :="), ["name a", "&^=", "name b", "...", "<-", ":="]);
    assert_eq!(tokens("1.5i 'x' `r`"), ["literal 1.5i", "literal 'x'", "literal `r`", "EOF"]);
}

#[test]
fn unicode_identifiers() {
    let f = parse_ok("package main\n\nfunc main() {\n\tπ := 3.14\n\t世界 := π\n\t_ = 世界\n}\n");
    let body = body_of(&f, "main");
    let StmtKind::Assign { lhs, .. } = &body[1].kind else { panic!() };
    assert!(matches!(&lhs[0].kind, ExprKind::Name(n) if n == "世界"));
    assert_eq!(body[2].pos, Pos { line: 6, col: 4 }, "columns count bytes");
}
