//! Go source text to syntax tree: tokens ([`token`]), the lexer with Go's semicolon
//! insertion ([`lexer`], `scan`), literal values ([`lit`]), the parser (`parser`) and
//! the tree ([`ast`]). Syntax errors are worded and positioned as Go 1.27's compiler
//! reports them; [`printer`] prints expressions as its messages do.
//!
//! Entry points: [`parse_file`] (a tree or the errors), [`parse_file_partial`] (also the
//! tree when Go would still type-check: only lexical or branch errors), [`parse_file_bytes`]
//! (source that may not be UTF-8). Errors come sorted, at most ten plus Go's final
//! `too many errors` line; print them all with [`SyntaxError::located`]. An error for
//! which [`SyntaxError::is_go_command`] holds is the go command's own (bad package clause
//! or import, [`gocmd`]) and is printed alone, without the `# command-line-arguments`
//! header. Besides syntax proper, the parser reports what Go's parser does after each
//! function body (`branches`: labels, `break`/`continue`/`fallthrough` placement,
//! `goto`). Nesting (parentheses, blocks, types, operator and selector chains) deeper than
//! [`MAX_DEPTH`] is rejected with `chanlab does not support nesting deeper than ... yet`,
//! so no input overflows the stack here or in later stages.

pub mod ast;
mod branches;
pub mod gocmd;
pub mod lexer;
pub mod lit;
mod parser;
pub mod printer;
mod scan;
pub mod token;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ids;

pub use parser::{Parsed, MAX_DEPTH};

/// A syntax error: `msg` is what follows the position (`syntax error: unexpected newline,
/// expected comma or )`, or a lexer message such as `newline in string`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: ast::Pos,
    pub msg: String,
    /// Reported by the go command before compiling (see [`SyntaxError::is_go_command`]).
    pub go_command: bool,
}

/// A syntax error with its file name, displayed as Go prints it:
/// `./main.go:12:5: syntax error: unexpected newline, expected comma or )`.
pub struct Located<'a> {
    pub file: &'a str,
    pub err: &'a SyntaxError,
}

impl SyntaxError {
    /// Whether the go command itself reports this error (a bad package clause or import),
    /// before the compiler runs: it is then printed without `./` and without the
    /// `# command-line-arguments` header, alone.
    pub fn is_go_command(&self) -> bool {
        self.go_command
    }

    /// The error with its file name, for display.
    pub fn located<'a>(&'a self, file: &'a str) -> Located<'a> {
        Located { file, err: self }
    }
}

impl std::fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = self.file.strip_prefix("./").unwrap_or(self.file);
        let dot = if self.err.is_go_command() { "" } else { "./" };
        write!(f, "{}{}:{}:{}: {}", dot, file, self.err.pos.line, self.err.pos.col, self.err.msg)
    }
}

/// Displays as `./main.go:L:C: msg` (the interpreter's programs are all `main.go`; use
/// [`SyntaxError::located`] for another name).
impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.located("main.go").fmt(f)
    }
}

/// Parses one Go source file. `filename` appears only inside messages that cite another
/// position (`label L already defined at ./main.go:3:1`); display errors with
/// [`SyntaxError::located`] for a name other than `main.go`.
pub fn parse_file(filename: &str, src: &str) -> Result<ast::File, Vec<SyntaxError>> {
    let p = parser::parse(filename, src, Vec::new());
    match p.file {
        Some(f) if p.errors.is_empty() => Ok(f),
        _ => Err(p.errors),
    }
}

/// Like [`parse_file`], but also returns the tree when the only errors are ones after
/// which Go's compiler goes on to type-check (lexical and branch errors): the caller then
/// merges the checker's errors with these, sorted by position, ten at most, as `go build`
/// prints them.
pub fn parse_file_partial(filename: &str, src: &str) -> Parsed {
    parser::parse(filename, src, Vec::new())
}

/// Like [`parse_file_partial`] for source that may not be valid UTF-8 (a file read from
/// disk): each invalid byte is an `invalid UTF-8 encoding` error, as Go reports it, and is
/// otherwise skipped.
pub fn parse_file_bytes(filename: &str, src: &[u8]) -> Parsed {
    let mut text = Vec::with_capacity(src.len());
    let mut invalid = Vec::new();
    let mut rest = src;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                text.extend_from_slice(s.as_bytes());
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                text.extend_from_slice(&rest[..good]);
                let bad = e.error_len().unwrap_or(rest.len() - good);
                for _ in 0..bad {
                    invalid.push(text.len());
                    text.push(0);
                }
                rest = &rest[good + bad..];
            }
        }
    }
    let text = String::from_utf8(text).unwrap_or_default();
    parser::parse(filename, &text, invalid)
}
