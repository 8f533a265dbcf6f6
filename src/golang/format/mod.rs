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

/// Formats one Go source file as `gofmt` does. On a syntax error, returns the errors as
/// gofmt prints them for a file named `main.go`, one per line (`main.go:L:C: ...`).
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

/// The file's tree, or the errors gofmt would report.
fn parse(src: &str) -> Result<File, String> {
    let parsed = parse_file_partial("main.go", src);
    let errors: Vec<String> = parsed
        .errors
        .iter()
        .filter(|e| !check::gofmt_accepts(&e.msg))
        .map(|e| format!("main.go:{}:{}: {}", e.pos.line, e.pos.col, e.msg))
        .collect();
    match parsed.file {
        Some(f) if errors.is_empty() => Ok(f),
        _ if errors.is_empty() => Err("main.go:1:1: cannot parse".into()),
        _ => Err(errors.join("\n")),
    }
}

/// Prints a parsed file: the printer's raw output, aligned and trimmed.
fn print(src: &str, file: &File) -> String {
    let sm = srcmap::SrcMap::new(src);
    let mut p = Printer::new(&sm, true);
    p.file(file);
    p.implied_semi = false;
    p.flush(Position { offset: INFINITY, line: INFINITY, col: 0 }, "EOF");
    tabwriter::align(&p.output)
}
