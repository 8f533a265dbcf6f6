//! Warming the Go checker before a card's first build: the standard packages an example
//! imports are parsed one per idle moment (following their own imports), then the checker's
//! state after those imports is made in one more, so the build itself only has the example's
//! own code left. Each piece is a short task where the build alone was one long one.

use super::card_idle::when_idle;
use crate::golang::{syntax, types};
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    /// Packages already parsed (or being parsed) on this page.
    static SEEN: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// The paths a Go source (or an example's template) imports, in order: the quoted string of
/// each `import "p"` line and of each line of an `import ( ... )` block.
pub fn imports_of(src: &str) -> Vec<String> {
    let quoted = |line: &str| {
        let start = line.find('"')? + 1;
        let len = line[start..].find('"')?;
        Some(line[start..start + len].to_string())
    };
    let mut out = Vec::new();
    let mut in_block = false;
    for line in src.lines().map(str::trim) {
        if in_block {
            if line.starts_with(')') {
                in_block = false;
            } else if let Some(p) = quoted(line) {
                out.push(p);
            }
        } else if let Some(rest) = line.strip_prefix("import") {
            let rest = rest.trim_start();
            if rest.starts_with('(') {
                in_block = true;
            } else if let Some(p) = quoted(rest) {
                out.push(p);
            }
        } else if line.starts_with("func ") {
            break;
        }
    }
    out
}

/// Warm the checker for `imports` in idle moments, then call `f` in an idle moment of its own.
pub fn warm_then(imports: Vec<String>, f: impl FnOnce() + 'static) {
    let mut todo = imports.clone();
    todo.reverse();
    parse_next(todo, imports, Box::new(f));
}

/// Parse the next package not parsed yet (one per idle moment), then check the imports.
fn parse_next(mut todo: Vec<String>, imports: Vec<String>, f: Box<dyn FnOnce()>) {
    while let Some(p) = todo.pop() {
        if SEEN.with(|s| s.borrow_mut().insert(p.clone())) {
            return when_idle(move || {
                todo.extend(types::preparse(&p).unwrap_or_default());
                parse_next(todo, imports, f);
            });
        }
    }
    when_idle(move || {
        check_imports(&imports);
        when_idle(f);
    });
}

/// Check a program that only imports `imports` (in that order), which leaves the checker's
/// state after them in the cache a real build with the same imports starts from.
fn check_imports(imports: &[String]) {
    if imports.is_empty() {
        return;
    }
    let list: String = imports.iter().map(|p| format!("\t{p:?}\n")).collect();
    let src = format!("package main\n\nimport (\n{list})\n\nfunc main() {{}}\n");
    if let Ok(file) = syntax::parse_file("main.go", &src) {
        let _ = types::check_after_cached(&[file], &["main.go"], Vec::new());
    }
}

#[cfg(test)]
mod tests {
    use super::imports_of;

    #[test]
    fn finds_single_and_block_imports() {
        let src = "package main\n\nimport \"fmt\"\nimport (\n\t\"sync\"\n\tt \"time\"\n{{if .x}}\n\t\"strings\"\n{{end}}\n)\n\nfunc main() {\n\timport := \"no\"\n}\n";
        assert_eq!(imports_of(src), ["fmt", "sync", "time", "strings"]);
    }

    #[test]
    fn no_imports() {
        assert!(imports_of("package main\n\nfunc main() {}\n").is_empty());
    }
}
