//! gofmt: a Go source file printed exactly as Go 1.27's `gofmt` prints it.
//!
//! The file is parsed with chanlab's own parser ([`crate::golang::syntax`]); the printer then
//! walks the tree as go/printer does, taking what the tree does not keep (where each token
//! and comment sits) from a second pass of the lexer.
//!
//! Entry point: [`source`].

mod binary;
mod build;
mod check;
mod comments;
mod ctrl;
mod decl;
mod doc;
mod docparse;
mod engine;
mod errors;
mod expr;
mod exprlist;
mod fields;
mod func;
mod imports;
mod span;
mod srcmap;
mod stmt;
mod tabwriter;
mod types;

#[cfg(test)]
mod tests;

use crate::golang::syntax::{ast::File, parse_file_partial};
use engine::{Position, Printer, INFINITY};

/// Formats one Go source file as `gofmt` does. On a syntax error, returns the first error
/// as gofmt prints it for a file named `main.go` (`main.go:L:C: expected ...`).
pub fn source(src: &str) -> Result<String, String> {
    let file = parse(src)?;
    let sm = srcmap::SrcMap::new(src);
    let calls = check::call_errors(&sm, &file);
    if !calls.is_empty() {
        let lines: Vec<String> =
            calls.iter().map(|(off, msg)| format!("main.go:{}:{}: {}", sm.line(*off), sm.col(*off), msg)).collect();
        return Err(lines.join("\n"));
    }
    if let Some(sorted) = imports::sorted(src) {
        if let Ok(file) = parse(&sorted) {
            return Ok(print(&sorted, &file));
        }
    }
    Ok(print(src, &file))
}

/// The file's tree, or the first error gofmt would report.
fn parse(src: &str) -> Result<File, String> {
    let parsed = parse_file_partial("main.go", src);
    let first = parsed.errors.iter().find(|e| !check::gofmt_accepts(&e.msg));
    match (parsed.file, first) {
        (Some(f), None) => Ok(f),
        (None, None) => Err("main.go:1:1: cannot parse".into()),
        (_, Some(e)) => Err(error_line(src, e.pos, &e.msg)),
    }
}

/// One error as gofmt prints it: worded as go/parser words it; an unterminated string is
/// reported where it starts.
fn error_line(src: &str, pos: crate::golang::syntax::ast::Pos, msg: &str) -> String {
    let sm = srcmap::SrcMap::new(src);
    let mut off = sm.off(pos);
    if msg == "syntax error: missing statement after label" {
        if let Some(i) = sm.next_tok(off + 1) {
            off = sm.toks[i].off;
        }
    }
    if msg == "newline in string" {
        if let Some(i) = sm.prev_tok(off + 1).filter(|&i| sm.toks[i].text.starts_with('"')) {
            off = sm.toks[i].off;
        }
    }
    if msg.ends_with(", expected := or = or comma") {
        // go/parser: a list of expressions where a statement allows one, at its start.
        let start = sm.stmt_start_before(off);
        return format!("main.go:{}:{}: expected 1 expression", sm.line(start), sm.col(start));
    }
    if sm.illegal_label(off, msg) {
        return format!("main.go:{}:{}: illegal label declaration", sm.line(off), sm.col(off));
    }
    let at = sm.tok_at(off).map(|i| sm.toks[i].text);
    let prev = sm.prev_tok(off).map(|i| sm.toks[i].text);
    let text = errors::reword(msg, at, prev);
    // go/parser puts the end of a file that ends in a newline on its last line.
    let (line, col) = if off >= src.len() && src.ends_with('\n') && sm.line(off) > 1 {
        let last = sm.line(off - 1);
        (last, off - sm.line_starts[last - 1] + 1)
    } else {
        (sm.line(off), sm.col(off))
    };
    format!("main.go:{line}:{col}: {text}")
}

/// Prints a parsed file: the printer's raw output, aligned and trimmed.
fn print(src: &str, file: &File) -> String {
    let sm = srcmap::SrcMap::new(src);
    let mut p = Printer::new(&sm, true);
    p.file(file);
    p.implied_semi = false;
    p.flush(Position { offset: INFINITY, line: INFINITY, col: 0 }, "EOF");
    p.fix_go_build_lines();
    tabwriter::align(&p.output)
}
