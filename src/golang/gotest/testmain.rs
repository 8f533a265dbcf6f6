//! The test binary's main, as `go test` generates it: the package's `Test` functions in
//! file order, a map from each top-level function and method to its file (for log lines),
//! `TestMain` when the package declares one.

use crate::golang::syntax::{self, ast};

/// The generated file's name (sorted after the package's own files).
pub const NAME: &str = "_testmain.go";

/// What the test main needs to know about the package.
#[derive(Debug, Default, PartialEq)]
pub struct Layout {
    /// Test functions in the order `go test` runs them.
    pub tests: Vec<String>,
    /// Example functions with an output comment: name, expected output, unordered.
    pub examples: Vec<(String, String, bool)>,
    /// The package declares `func TestMain(m *testing.M)`.
    pub test_main: bool,
    /// The package declares `func main()` (else the test main declares an empty one).
    pub has_main: bool,
    /// Function or method (`(*T).M`, `T.M`) → file name.
    pub funcs: Vec<(String, String)>,
}

/// Scan the package's files (in build order) for tests, TestMain, main and declarations.
/// Files that do not parse are skipped: the build reports them.
pub fn scan(files: &[(&str, &str)]) -> Layout {
    let mut l = Layout::default();
    for (name, src) in files {
        let Ok(f) = syntax::parse_file(name, src) else { continue };
        let is_test = name.ends_with("_test.go");
        for d in &f.decls {
            let ast::Decl::Func(fd) = d else { continue };
            let key = match &fd.recv {
                Some(r) => format!("{}.{}", receiver(&r.ty), fd.name.name),
                None => fd.name.name.clone(),
            };
            l.funcs.push((key, name.to_string()));
            if fd.recv.is_some() {
                continue;
            }
            match fd.name.name.as_str() {
                "main" => l.has_main = true,
                "TestMain" if is_test => l.test_main = true,
                n if is_test && is_test_name(n) && one_param(&fd.ty) => l.tests.push(n.to_string()),
                n if is_test && is_example_name(n) && no_params(&fd.ty) => {
                    if let Some((out, unordered)) = fd.body.as_ref().and_then(|b| super::example::output(src, b)) {
                        l.examples.push((n.to_string(), out, unordered));
                    }
                }
                _ => {}
            }
        }
    }
    l
}

/// `T` or `(*T)` as Go names a method's receiver in function names.
fn receiver(e: &ast::Expr) -> String {
    match &e.kind {
        ast::ExprKind::Star(x) => format!("(*{})", receiver(x)),
        ast::ExprKind::Name(n) => n.clone(),
        ast::ExprKind::Index(x, _) => receiver(x),
        ast::ExprKind::Paren(x) => receiver(x),
        _ => "?".into(),
    }
}

/// `TestXxx` where Xxx does not start with a lower-case letter (Go's isTest).
fn is_test_name(name: &str) -> bool {
    match name.strip_prefix("Test") {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// `Example`, `ExampleF`, `ExampleT_M`, `Example_suffix` (Go's isTest with "Example").
fn is_example_name(name: &str) -> bool {
    match name.strip_prefix("Example") {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// An example's shape: no parameters, no results, no type parameters.
fn no_params(ty: &ast::FuncType) -> bool {
    ty.params.is_empty() && ty.results.is_empty() && ty.type_params.is_empty()
}

/// A test's shape: one parameter, no results, no type parameters.
fn one_param(ty: &ast::FuncType) -> bool {
    let n: usize = ty.params.iter().map(|f| f.names.len().max(1)).sum();
    n == 1 && ty.results.is_empty() && ty.type_params.is_empty()
}

/// The generated file: an `init` that runs the tests and exits (so the package's own
/// `main` never runs, as in a test binary).
pub fn source(l: &Layout) -> String {
    let mut s = String::from("package main\n\nimport (\n\tos_ \"os\"\n\ttesting_ \"testing\"\n)\n\n");
    s.push_str("func init() {\n\tm := testing_.MainStart([]testing_.InternalTest{\n");
    for t in &l.tests {
        s.push_str(&format!("\t\t{{{t:?}, {t}}},\n"));
    }
    s.push_str("\t}, []testing_.InternalExample{\n");
    for (name, out, unordered) in &l.examples {
        s.push_str(&format!("\t\t{{{name:?}, {name}, {out:?}, {unordered}}},\n"));
    }
    s.push_str("\t}, map[string]string{\n");
    for (f, file) in &l.funcs {
        s.push_str(&format!("\t\t{f:?}: {file:?},\n"));
    }
    s.push_str("\t})\n");
    let tm = if l.test_main { "TestMain" } else { "nil" };
    s.push_str(&format!("\tos_.Exit(testing_.RunMain(m, {tm}))\n}}\n"));
    if !l.has_main {
        s.push_str("\nfunc main() {}\n");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_names_follow_go() {
        for (name, want) in
            [("Test", true), ("TestA", true), ("Test_x", true), ("Testx", false), ("TestMain", true), ("Tes", false)]
        {
            assert_eq!(is_test_name(name), want, "{name}");
        }
    }

    #[test]
    fn scan_finds_tests_in_order_and_methods() {
        let a = "package main\n\ntype T struct{}\n\nfunc (t *T) M() {}\nfunc main() {}\n";
        let b = "package main\n\nimport \"testing\"\n\nfunc TestB(t *testing.T) {}\nfunc helper(t *testing.T, x int) {}\nfunc TestA(t *testing.T) {}\nfunc Testx(t *testing.T) {}\n";
        let l = scan(&[("main.go", a), ("main_test.go", b)]);
        assert_eq!(l.tests, ["TestB", "TestA"]);
        assert!(l.has_main && !l.test_main);
        assert!(l.funcs.contains(&("(*T).M".to_string(), "main.go".to_string())));
        assert!(l.funcs.contains(&("helper".to_string(), "main_test.go".to_string())));
    }
}
