//! Go source text to syntax tree: tokens ([`token`]), the lexer with Go's semicolon
//! insertion ([`lexer`], [`scan`]), literal values ([`lit`]), the parser ([`parser`]) and
//! the tree ([`ast`]). Syntax errors are worded and positioned as Go 1.27's compiler
//! reports them; [`printer`] prints expressions as its messages do.

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

pub use parser::{Parsed, MAX_DEPTH};

/// A syntax error: `msg` is what follows the position (`syntax error: unexpected newline,
/// expected comma or )`, or a lexer message such as `newline in string`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: ast::Pos,
    pub msg: String,
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
        gocmd::is_go_command_message(&self.msg)
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
    let p = parser::parse(filename, src);
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
    parser::parse(filename, src)
}
