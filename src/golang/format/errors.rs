//! Syntax errors worded as gofmt (go/parser) words them. chanlab's parser reports errors
//! as the compiler does (`syntax error: unexpected {, expected )`) and mostly at the same
//! place as go/parser; the common shapes are reworded here (`expected ')', found '{'`), the
//! rest are kept as the compiler words them.

use crate::golang::syntax::token::Tok;

/// go/parser's wording of a compiler-style message; `at` is the source text of the token
/// at the error's position (how go/parser names what it found).
pub fn reword(msg: &str, at: Option<&str>, prev: Option<&str>) -> String {
    if at.is_some_and(|t| t.starts_with('"') && (t.len() == 1 || !t.ends_with('"'))) {
        return "string literal not terminated".into();
    }
    if let Some(t) = at {
        match msg {
            "syntax error: non-declaration statement outside function body" => {
                return format!("expected declaration, found {}", quote_token(t));
            }
            "syntax error: missing channel element type" => return format!("expected type, found {}", quote_token(t)),
            "syntax error: missing statement after label" => {
                return format!("expected statement, found {}", quote_token(t))
            }
            _ if msg.ends_with(", expected name or (") && prev == Some(".") => {
                return format!("expected selector or type assertion, found {}", quote_token(t));
            }
            _ => {}
        }
    }
    if let Some(r) = reword_syntax(msg) {
        return r;
    }
    let msg = msg.strip_prefix("syntax error: ").unwrap_or(msg);
    match msg {
        "more than one character in rune literal" | "empty rune literal or unescaped ' in rune literal" => {
            "illegal rune literal".into()
        }
        "newline in string" => "string literal not terminated".into(),
        "string not terminated" if at.is_some_and(|t| t.starts_with('`')) => "raw string literal not terminated".into(),
        "string not terminated" => "string literal not terminated".into(),
        _ => msg.to_string(),
    }
}

fn reword_syntax(msg: &str) -> Option<String> {
    let rest = msg.strip_prefix("syntax error: ")?;
    if rest == "missing parameter name" {
        return Some(rest.into());
    }
    let rest = rest.strip_prefix("unexpected ")?;
    if rest == "comma; expected ]" {
        return Some("unexpected comma; expecting ]".into());
    }
    for list in ["argument list", "composite literal", "parameter list"] {
        for close in [")", "}", "]"] {
            if let Some(found) = rest.strip_suffix(&format!(" in {list}; possibly missing comma or {close}")) {
                return Some(missing_comma(found, list));
            }
        }
    }
    if let Some(found) = rest.strip_suffix(" in type declaration") {
        return Some(format!("expected type, found {}", found_text(found)));
    }
    let (found, want) = match rest.rsplit_once(", expected ") {
        Some((f, w)) => (f, w),
        None => (rest, ""),
    };
    for suffix in [
        " at end of statement",
        " after top level declaration",
        " in struct type; possibly missing semicolon or newline or }",
        " in interface type; possibly missing semicolon or newline or }",
        " in grouped declaration; possibly missing semicolon or newline or )",
    ] {
        if let Some(found) = found.strip_suffix(suffix) {
            if unterminated(found) {
                return Some("string literal not terminated".into());
            }
            if found == ")" && suffix == " at end of statement" {
                return Some("expected statement, found ')'".into());
            }
            if (found == ")" || found == "}") && suffix == " after top level declaration" {
                return Some(format!("expected declaration, found '{found}'"));
            }
            if found == ")" && suffix.contains(" type; ") {
                return Some("expected '}', found ')'".into());
            }
            return Some(format!("expected ';', found {}", found_text(found)));
        }
    }
    if unterminated(found) {
        return Some("string literal not terminated".into());
    }
    if found == "newline" && want == "{ after if clause" {
        return Some("unexpected newline, expecting { after if clause".into());
    }
    if found == ":" && want.starts_with("{ after ") {
        return Some("illegal label declaration".into());
    }
    let want = match want {
        "expression" => "operand".to_string(),
        "field name or embedded type" => "'}'".to_string(),
        "=" if found == ":=" => "';'".to_string(),
        "}" if found == "keyword case" || found == "keyword default" => "'}'".to_string(),
        "type" => "type".to_string(),
        "name" | "name or (" => "'IDENT'".to_string(),
        "}" if found != "EOF" => return Some(format!("expected statement, found {}", found_text(found))),
        "case or default or }" => "'}'".to_string(),
        "semicolon or newline" if found == "}" || found == ")" => {
            return Some(format!("expected declaration, found '{found}'"));
        }
        "semicolon or newline" => "';'".to_string(),
        "comma, : or ]" => "']'".to_string(),
        "" => return None,
        w if w.starts_with("{ after ") => "'{'".to_string(),
        w if w.len() <= 2 && !w.contains(' ') => format!("'{w}'"),
        _ => return None,
    };
    Some(format!("expected {want}, found {}", found_text(found)))
}

/// Whether the token found is a string literal missing its closing quote.
fn unterminated(found: &str) -> bool {
    match found.strip_prefix("literal \"") {
        Some(lit) => !lit.ends_with('"') || lit.is_empty(),
        None => false,
    }
}

/// go/parser's name for a token given by its source text.
fn quote_token(t: &str) -> String {
    let word = t.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '"' || c == '`' || c == '\'');
    let keyword = crate::golang::syntax::token::Tok::keyword(t).is_some();
    if word && !keyword {
        t.to_string()
    } else {
        format!("'{t}'")
    }
}

fn missing_comma(found: &str, list: &str) -> String {
    if unterminated(found) {
        "string literal not terminated".into()
    } else if found == "newline" || found == "EOF" {
        format!("missing ',' before newline in {list}")
    } else {
        format!("missing ',' in {list}")
    }
}

/// How go/parser names the token it found.
fn found_text(found: &str) -> String {
    if let Some(n) = found.strip_prefix("name ") {
        return n.to_string();
    }
    if let Some(l) = found.strip_prefix("literal ") {
        return l.to_string();
    }
    if let Some(k) = found.strip_prefix("keyword ") {
        return format!("'{k}'");
    }
    match found {
        "newline" => "newline".into(),
        "semicolon" => "';'".into(),
        "comma" => "','".into(),
        _ => format!("'{found}'"),
    }
}

impl super::srcmap::SrcMap<'_> {
    /// Where the simple statement holding the token at `off` starts: after the nearest
    /// `;`, `{`, `:`, line break or statement keyword, skipping bracketed groups.
    pub fn stmt_start_before(&self, off: usize) -> usize {
        let Some(mut i) = self.prev_tok(off) else { return off };
        loop {
            if matches!(self.toks[i].tok, Tok::Rparen | Tok::Rbrack | Tok::Rbrace) && self.partner[i] < i {
                i = self.partner[i];
            }
            if i == 0 || self.toks[i].after_semi || is_boundary(self.toks[i - 1].tok) {
                return self.toks[i].off;
            }
            i -= 1;
        }
    }

    /// Whether an error at a `:` is go/parser's `illegal label declaration`: a colon after
    /// a single expression that is not an assignment.
    pub fn illegal_label(&self, off: usize, msg: &str) -> bool {
        let colon_err = [
            "unexpected : at end of statement",
            "unexpected :, expected {",
            "unexpected :, expected semicolon or newline",
        ]
        .iter()
        .any(|m| msg.ends_with(m));
        if !colon_err || self.tok_at(off).is_none_or(|i| self.toks[i].tok != Tok::Colon) {
            return false;
        }
        let start = self.stmt_start_before(off);
        let (Some(mut i), Some(b)) = (self.next_tok(start), self.tok_at(off)) else { return false };
        while i < b {
            let t = self.toks[i].tok;
            if matches!(t, Tok::Assign | Tok::Define | Tok::AssignOp | Tok::IncOp | Tok::Range | Tok::Comma) {
                return false;
            }
            if matches!(t, Tok::Lparen | Tok::Lbrack | Tok::Lbrace) && self.partner[i] > i {
                i = self.partner[i];
            }
            i += 1;
        }
        true
    }
}

fn is_boundary(t: Tok) -> bool {
    matches!(
        t,
        Tok::Semi
            | Tok::Lbrace
            | Tok::Colon
            | Tok::For
            | Tok::If
            | Tok::Switch
            | Tok::Case
            | Tok::Else
            | Tok::Go
            | Tok::Defer
            | Tok::Return
            | Tok::Select
    )
}
