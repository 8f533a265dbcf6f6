//! An Example function's expected output: the last comment group of its body when it
//! starts with `Output:` or `Unordered output:` (go/doc's rule), read from the source text
//! (the parser keeps no comments).

use crate::golang::syntax::ast::Block;

/// The expected output and whether it is unordered, or `None` (the example is only
/// compiled, not run).
pub fn output(src: &str, body: &Block) -> Option<(String, bool)> {
    let lines: Vec<&str> = src.lines().collect();
    let (first, last) = (body.lbrace.line as usize, body.rbrace.line as usize);
    let inner = lines.get(first.checked_sub(1)? + 1..last.checked_sub(1)?)?;
    let group = last_group(inner)?;
    let text: Vec<&str> = group.iter().map(|l| uncomment(l)).collect();
    let text = text.join("\n");
    let trimmed = text.trim_start();
    let lower = trimmed.to_lowercase();
    let (unordered, rest) = if lower.starts_with("unordered output:") {
        (true, &trimmed["unordered output:".len()..])
    } else if lower.starts_with("output:") {
        (false, &trimmed["output:".len()..])
    } else {
        return None;
    };
    let rest = rest.trim_start_matches(' ');
    let rest = rest.strip_prefix('\n').unwrap_or(rest);
    let mut out = rest.to_string();
    if !out.is_empty() {
        out.push('\n');
    }
    Some((out, unordered))
}

/// The last run of consecutive `//` comment lines.
fn last_group<'a>(lines: &[&'a str]) -> Option<Vec<&'a str>> {
    let end = lines.iter().rposition(|l| l.trim_start().starts_with("//"))?;
    let start = lines[..end].iter().rposition(|l| !l.trim_start().starts_with("//")).map_or(0, |i| i + 1);
    Some(lines[start..=end].to_vec())
}

/// A comment line's text: without `//` and the one space after it.
fn uncomment(line: &str) -> &str {
    let t = line.trim_start().trim_start_matches("//");
    t.strip_prefix(' ').unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::golang::syntax::{self, ast};

    fn body_output(src: &str) -> Option<(String, bool)> {
        let f = syntax::parse_file("x_test.go", src).unwrap();
        let ast::Decl::Func(fd) = &f.decls[0] else { panic!() };
        output(src, fd.body.as_ref().unwrap())
    }

    #[test]
    fn output_comments_as_go_doc_reads_them() {
        let src = "package main\n\nfunc ExampleA() {\n\tprintln(1)\n\t// Output:\n\t// 1\n\t//  two\n}\n";
        assert_eq!(body_output(src), Some(("1\n two\n".to_string(), false)));
        let src = "package main\n\nfunc ExampleB() {\n\t// unordered output: x\n\t// y\n}\n";
        assert_eq!(body_output(src), Some(("x\ny\n".to_string(), true)));
        let src = "package main\n\nfunc ExampleC() {\n\t// just a note\n\tprintln(1)\n}\n";
        assert_eq!(body_output(src), None);
    }
}
