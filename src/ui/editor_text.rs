//! The editor's text operations, pure (no DOM, tested natively by tests/editor_text.rs): what
//! Enter, Tab, Shift+Tab and a typed `}` do to the text and the selection, the bracket that
//! matches the one beside the caret, and conversions between the textarea's UTF-16 offsets and
//! Rust's byte offsets.
//!
//! Every operation returns an [`Edit`]: replace `from..to` with `insert`, then select `sel`.
//! The editor applies it as typed text, so the browser's own undo stack records it.

/// One change to the text: replace bytes `from..to` with `insert`, then select `sel` (bytes,
/// in the new text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub from: usize,
    pub to: usize,
    pub insert: String,
    pub sel: (usize, usize),
}

impl Edit {
    /// The text after the edit.
    pub fn apply(&self, text: &str) -> String {
        format!("{}{}{}", &text[..self.from], self.insert, &text[self.to..])
    }

    /// The same edit replacing only what changes (the replaced text and the insert lose
    /// their common start and end). Browsers record a smaller replacement more faithfully
    /// in their undo history (Chromium's redo of a whole-text replacement loses text).
    pub fn minimal(&self, text: &str) -> Edit {
        let old = &text[self.from..self.to];
        let new = self.insert.as_str();
        let pre = old
            .char_indices()
            .zip(new.chars())
            .find(|((_, a), b)| a != b)
            .map_or(old.len().min(new.len()), |((i, _), _)| i);
        let (o, n) = (&old[pre..], &new[pre..]);
        let suf: usize =
            o.chars().rev().zip(n.chars().rev()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum();
        let suf = suf.min(o.len()).min(n.len());
        Edit { from: self.from + pre, to: self.to - suf, insert: new[pre..new.len() - suf].to_string(), sel: self.sel }
    }
}

/// The byte offset where the line holding byte `at` starts.
pub fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The byte offset where the line holding byte `at` ends (before its `\n`).
pub fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

/// The leading tabs and spaces of the line starting at `start`.
fn indent_of(text: &str, start: usize) -> &str {
    let line = &text[start..line_end(text, start)];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// Enter: a new line with the current line's indentation, one more after an opening bracket
/// or a `case ...:` / `default:` line; between a bracket pair the closing one moves to its own
/// line below the caret.
pub fn enter(text: &str, from: usize, to: usize) -> Edit {
    let start = line_start(text, from);
    let indent = indent_of(text, start).to_string();
    let before = text[start..from].trim_end();
    let word = before.trim_start();
    let opens = before.ends_with(['{', '(', '[']);
    let case = before.ends_with(':') && (word.starts_with("case ") || word.starts_with("default"));
    let inner = if opens || case { format!("{indent}\t") } else { indent.clone() };
    let after = text[to..].trim_start_matches([' ', '\t']);
    let closes = opens && after.starts_with(['}', ')', ']']);
    // Spaces between the caret and a closing bracket go away with the split.
    let to = if closes { text.len() - after.len() } else { to };
    let mut insert = format!("\n{inner}");
    let caret = from + insert.len();
    if closes {
        insert.push('\n');
        insert.push_str(&indent);
    }
    Edit { from, to, insert, sel: (caret, caret) }
}

/// The lines a selection touches: (first line's start, last line's end). A selection ending
/// at the very start of a line leaves that line out.
fn touched(text: &str, from: usize, to: usize) -> (usize, usize) {
    let last = if to > from && text[..to].ends_with('\n') { to - 1 } else { to };
    (line_start(text, from), line_end(text, last.max(from)))
}

/// Tab: a tab character at the caret, or, with a selection over several lines, one more
/// level of indentation on each of them (the selection then covers those lines).
pub fn indent(text: &str, from: usize, to: usize) -> Edit {
    if !text[from..to].contains('\n') {
        return Edit { from, to, insert: "\t".into(), sel: (from + 1, from + 1) };
    }
    let (a, b) = touched(text, from, to);
    let insert: Vec<String> =
        text[a..b].split('\n').map(|l| if l.trim().is_empty() { l.to_string() } else { format!("\t{l}") }).collect();
    let insert = insert.join("\n");
    let end = a + insert.len();
    Edit { from: a, to: b, insert, sel: (a, end) }
}

/// Shift+Tab: one level less indentation (a tab, or up to four spaces) on every line the
/// selection (or the caret) touches. The caret keeps its place in the text.
pub fn outdent(text: &str, from: usize, to: usize) -> Edit {
    let (a, b) = touched(text, from, to);
    // How much of a line's cut lies before `pos` (a position inside or after that line).
    let before = |pos: usize, line_at: usize, cut: usize| if pos > line_at { cut.min(pos - line_at) } else { 0 };
    let (mut cut_from, mut cut_to) = (0, 0);
    let mut out = Vec::new();
    let mut at = a;
    for l in text[a..b].split('\n') {
        let spaces = l.len() - l.trim_start_matches(' ').len();
        let cut = if l.starts_with('\t') { 1 } else { spaces.min(4) };
        cut_from += before(from, at, cut);
        cut_to += before(to, at, cut);
        out.push(&l[cut..]);
        at += l.len() + 1;
    }
    let insert = out.join("\n");
    let multi = text[from..to].contains('\n');
    let sel = if multi { (a, a + insert.len()) } else { (from - cut_from, to - cut_to) };
    Edit { from: a, to: b, insert, sel }
}

/// A `}` typed on a line holding only indentation: one level less before it (as Go is
/// formatted). `None`: type it as it is.
pub fn close_brace(text: &str, from: usize, to: usize) -> Option<Edit> {
    let start = line_start(text, from);
    if from != to || !text[start..from].trim().is_empty() || from == start {
        return None;
    }
    let ind = &text[start..from];
    let less = ind.strip_suffix('\t').or_else(|| ind.strip_suffix("    ")).unwrap_or(ind);
    let insert = format!("{less}}}");
    let caret = start + insert.len();
    Some(Edit { from: start, to: from, insert, sel: (caret, caret) })
}

/// The brackets of `text` outside strings, runes and comments, as (byte offset, char).
fn brackets(text: &str) -> Vec<(usize, u8)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (tok, piece) in super::highlight::tokenize(text) {
        if !matches!(tok, super::highlight::Tok::Str | super::highlight::Tok::Comment) {
            out.extend(piece.bytes().enumerate().filter(|(_, c)| b"{}()[]".contains(c)).map(|(i, c)| (at + i, c)));
        }
        at += piece.len();
    }
    out
}

/// The bracket beside the caret (just before it, else just after it) and its partner, as
/// byte offsets; the partner is `None` when the bracket is unmatched.
pub fn matching_bracket(text: &str, caret: usize) -> Option<(usize, Option<usize>)> {
    let bs = brackets(text);
    let k = bs.iter().position(|(i, _)| *i + 1 == caret).or_else(|| bs.iter().position(|(i, _)| *i == caret))?;
    let (at, c) = bs[k];
    let (open, close, forward) = match c {
        b'{' => (b'{', b'}', true),
        b'(' => (b'(', b')', true),
        b'[' => (b'[', b']', true),
        b'}' => (b'{', b'}', false),
        b')' => (b'(', b')', false),
        _ => (b'[', b']', false),
    };
    let mut depth = 0i32;
    let seq: Box<dyn Iterator<Item = &(usize, u8)>> =
        if forward { Box::new(bs[k..].iter()) } else { Box::new(bs[..=k].iter().rev()) };
    for (i, b) in seq {
        let (inc, dec) = if forward { (open, close) } else { (close, open) };
        if *b == inc {
            depth += 1;
        } else if *b == dec {
            depth -= 1;
            if depth == 0 {
                return Some((at, Some(*i)));
            }
        }
    }
    Some((at, None))
}

/// A UTF-16 offset (the textarea's) as a byte offset into `text`.
pub fn byte_of(text: &str, utf16: u32) -> usize {
    let mut n = 0u32;
    for (i, c) in text.char_indices() {
        if n >= utf16 {
            return i;
        }
        n += c.len_utf16() as u32;
    }
    text.len()
}

/// A byte offset into `text` as a UTF-16 offset (the textarea's).
pub fn utf16_of(text: &str, byte: usize) -> u32 {
    text[..byte.min(text.len())].chars().map(|c| c.len_utf16() as u32).sum()
}

/// The 1-based line and column (in characters) of byte `at`.
pub fn line_col(text: &str, at: usize) -> (u32, u32) {
    let start = line_start(text, at);
    let line = text[..start].matches('\n').count() as u32 + 1;
    (line, text[start..at].chars().count() as u32 + 1)
}
