//! Comments among the tokens, after go/printer: before each token, every source comment
//! that comes earlier is printed, mixed with the pending whitespace so that a comment on the
//! line of the previous token stays there (aligned with its neighbours by a tab) and a
//! comment on its own line keeps its blank lines and the indentation of what follows.

use super::engine::{Position, Printer, Ws, INFINITY, MAX_NEWLINES, NO_EXTRA_BLANK, NO_EXTRA_LINEBREAK};
use super::srcmap::Comment;

impl Printer<'_, '_> {
    pub fn next_comment(&mut self) {
        if !self.with_comments {
            self.comment_offset = INFINITY;
            return;
        }
        let groups = &self.sm.groups;
        if self.cindex < groups.len() {
            let g = &groups[self.cindex];
            self.comment = Some(self.cindex);
            self.cindex += 1;
            self.comment_offset = g.list[0].off;
            self.comment_newline = self.has_newline(&g.list);
            return;
        }
        self.comment_offset = INFINITY;
    }

    fn has_newline(&self, list: &[Comment]) -> bool {
        let line = self.line_for(list[0].off);
        list.iter().any(|c| self.line_for(c.off) != line || c.text.as_bytes()[1] == b'/' || c.text.contains('\n'))
    }

    pub fn comment_before(&self, next: Position) -> bool {
        self.comment_offset < next.offset && (!self.implied_semi || !self.comment_newline)
    }

    /// The length of the comments before `next` (for one-line function bodies).
    pub fn comment_size_before(&mut self, next: Position) -> usize {
        let saved = (self.cindex, self.comment, self.comment_offset, self.comment_newline);
        let mut size = 0;
        while self.comment_before(next) {
            if let Some(g) = self.comment {
                size += self.sm.groups[g].list.iter().map(|c| c.text.len()).sum::<usize>();
            }
            self.next_comment();
        }
        (self.cindex, self.comment, self.comment_offset, self.comment_newline) = saved;
        size
    }

    pub fn intersperse_comments(&mut self, next: Position, tok: &str) -> (bool, bool) {
        let mut last: Option<Comment> = None;
        while self.comment_before(next) {
            let Some(g) = self.comment else { break };
            let orig = self.sm.groups[g].list.clone();
            let (list, changed) = self.doc_comment(&orig, next, tok);
            for c in list {
                let cpos = self.pos_for(c.off);
                self.write_comment_prefix(cpos, next, last.as_ref(), tok);
                self.write_comment(&c);
                last = Some(c);
            }
            if changed {
                let end = orig[orig.len() - 1].clone();
                self.pos = self.pos_for(end.end);
                self.last = self.pos;
                last = Some(end);
            }
            self.next_comment();
        }
        let Some(last) = last else { return (false, false) };
        let mut needs_linebreak = false;
        if self.mode & NO_EXTRA_BLANK == 0
            && last.text.as_bytes()[1] == b'*'
            && self.line_for(last.off) == next.line
            && tok != ","
            && (tok != ")" || self.prev_open == "(")
            && (tok != "]" || self.prev_open == "[")
        {
            if self.contains_linebreak() && self.mode & NO_EXTRA_LINEBREAK == 0 && self.level == 0 {
                needs_linebreak = true;
            } else {
                self.write_byte(b' ', 1);
            }
        }
        if last.text.as_bytes()[1] == b'/' || tok == "EOF" || (tok == "}" && self.mode & NO_EXTRA_LINEBREAK == 0) {
            needs_linebreak = true;
        }
        self.write_comment_suffix(needs_linebreak)
    }

    /// A top-level doc comment (at column 1, right above the next token, which is not a
    /// name or `import`) in gofmt's canonical form; true when that changed it.
    fn doc_comment(&self, list: &[Comment], next: Position, tok: &str) -> (Vec<Comment>, bool) {
        let first = &list[0];
        let last = &list[list.len() - 1];
        let abuts = last.end + 1 == next.offset;
        if tok == "IDENT" || tok == "import" || self.sm.col(first.off) != 1 || !abuts {
            return (list.to_vec(), false);
        }
        let texts: Vec<&str> = list.iter().map(|c| c.text.as_str()).collect();
        match super::doc::format(&texts) {
            Some(new) if new.len() != texts.len() || new.iter().zip(&texts).any(|(a, b)| a != b) => {
                let out = new.into_iter().map(|text| Comment { off: first.off, end: first.off, text }).collect();
                (out, true)
            }
            _ => (list.to_vec(), false),
        }
    }

    fn contains_linebreak(&self) -> bool {
        self.wsbuf.iter().any(|&w| w == Ws::Newline || w == Ws::Formfeed)
    }

    fn write_comment_prefix(&mut self, pos: Position, next: Position, prev: Option<&Comment>, tok: &str) {
        if self.output.is_empty() {
            return;
        }
        let prev_line_comment = prev.is_some_and(|c| c.text.as_bytes()[1] == b'/');
        if pos.line == self.last.line && !prev_line_comment {
            return self.same_line_prefix(pos, next, prev.is_none());
        }
        let mut dropped_linebreak = false;
        let mut j = self.wsbuf.len();
        for i in 0..self.wsbuf.len() {
            match self.wsbuf[i] {
                Ws::Blank | Ws::Vtab => {
                    self.wsbuf[i] = Ws::Ignore;
                    continue;
                }
                Ws::Indent => continue,
                Ws::Unindent => {
                    if i + 1 < self.wsbuf.len() && self.wsbuf[i + 1] == Ws::Unindent {
                        continue;
                    }
                    if tok != "}" && pos.col == next.col {
                        continue;
                    }
                }
                Ws::Newline | Ws::Formfeed => {
                    self.wsbuf[i] = Ws::Ignore;
                    dropped_linebreak = prev.is_none();
                }
                Ws::Ignore => {}
            }
            j = i;
            break;
        }
        if j == self.wsbuf.len() {
            j = 0;
        }
        self.write_whitespace(j);
        let mut n = 0;
        if pos.valid() && self.last.valid() {
            n = pos.line.saturating_sub(self.last.line);
        }
        if self.indent == 0 && dropped_linebreak {
            n += 1;
        }
        if n == 0 && prev_line_comment {
            n = 1;
        }
        if n > 0 {
            self.write_byte(b'\x0c', n.min(MAX_NEWLINES));
        }
    }

    /// The separator before a comment on the line of the previous token: the pending tab
    /// (which aligns it with neighbouring comments) or one.
    fn same_line_prefix(&mut self, pos: Position, next: Position, first_of_group: bool) {
        let mut has_sep = false;
        if first_of_group {
            let mut j = self.wsbuf.len();
            for i in 0..self.wsbuf.len() {
                match self.wsbuf[i] {
                    Ws::Blank => {
                        self.wsbuf[i] = Ws::Ignore;
                        continue;
                    }
                    Ws::Vtab => {
                        has_sep = true;
                        continue;
                    }
                    Ws::Indent => continue,
                    _ => {}
                }
                j = i;
                break;
            }
            if j == self.wsbuf.len() {
                j = 0;
            }
            self.write_whitespace(j);
        }
        if !has_sep {
            let sep = if pos.line == next.line { b' ' } else { b'\t' };
            self.write_byte(sep, 1);
        }
    }

    fn write_comment(&mut self, c: &Comment) {
        let pos = self.pos_for(c.off);
        if c.text.as_bytes()[1] == b'/' {
            if super::build::is_go_build(&c.text) {
                self.go_build.push(self.output.len());
            } else if super::build::is_plus_build(&c.text) {
                self.plus_build.push(self.output.len());
            }
            self.write_string(pos, c.text.trim_end(), true);
            return;
        }
        let mut lines: Vec<String> = c.text.split('\n').map(str::to_string).collect();
        if pos.col == 1 && self.indent > 0 {
            for l in lines.iter_mut().skip(1) {
                *l = format!("   {}", l);
            }
        }
        strip_common_prefix(&mut lines);
        let mut pos = pos;
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.write_byte(b'\x0c', 1);
                pos = self.pos;
            }
            if !line.is_empty() {
                self.write_string(pos, line.trim_end(), true);
            }
        }
    }

    fn write_comment_suffix(&mut self, needs_linebreak: bool) -> (bool, bool) {
        let mut needs = needs_linebreak;
        let (mut wrote, mut dropped) = (false, false);
        for i in 0..self.wsbuf.len() {
            match self.wsbuf[i] {
                Ws::Blank | Ws::Vtab => self.wsbuf[i] = Ws::Ignore,
                Ws::Newline | Ws::Formfeed => {
                    if needs {
                        needs = false;
                        wrote = true;
                    } else {
                        if self.wsbuf[i] == Ws::Formfeed {
                            dropped = true;
                        }
                        self.wsbuf[i] = Ws::Ignore;
                    }
                }
                _ => {}
            }
        }
        let n = self.wsbuf.len();
        self.write_whitespace(n);
        if needs {
            self.write_byte(b'\n', 1);
            wrote = true;
        }
        (wrote, dropped)
    }
}

fn is_blank(s: &str) -> bool {
    s.bytes().all(|b| b <= b' ')
}

fn common_prefix<'x>(a: &'x str, b: &str) -> &'x str {
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < ab.len() && i < bb.len() && ab[i] == bb[i] && (ab[i] <= b' ' || ab[i] == b'*') {
        i += 1;
    }
    &a[..i]
}

/// Removes the indentation common to the lines of a `/*` comment (go/printer's heuristic).
fn strip_common_prefix(lines: &mut [String]) {
    if lines.len() <= 1 {
        return;
    }
    let n = lines.len();
    let mut prefix = String::new();
    let mut prefix_set = false;
    if n > 2 {
        for l in lines.iter_mut().take(n - 1).skip(1) {
            if is_blank(l) {
                l.clear();
            } else {
                if !prefix_set {
                    prefix = l.clone();
                    prefix_set = true;
                }
                prefix = common_prefix(&prefix, l).to_string();
            }
        }
    }
    if !prefix_set {
        let l = &lines[n - 1];
        prefix = common_prefix(l, l).to_string();
    }
    let mut line_of_stars = false;
    if let Some(i) = prefix.find('*') {
        prefix = prefix[..i].strip_suffix(' ').unwrap_or(&prefix[..i]).to_string();
        line_of_stars = true;
    } else {
        prefix = adjust_for_first_line(&lines[0], prefix);
    }
    let last = lines[n - 1].clone();
    let before = last.split("*/").next().unwrap_or("");
    if is_blank(before) {
        let closing = if line_of_stars { " */" } else { "*/" };
        lines[n - 1] = format!("{}{}", prefix, closing);
    } else {
        prefix = common_prefix(&prefix, &last).to_string();
    }
    for (i, l) in lines.iter_mut().enumerate() {
        if i > 0 && !l.is_empty() {
            *l = l.get(prefix.len()..).unwrap_or("").to_string();
        }
    }
}

fn adjust_for_first_line(first: &str, prefix: String) -> String {
    let fb = first.as_bytes();
    if is_blank(first.get(2..).unwrap_or("")) {
        let pb = prefix.as_bytes();
        let mut i = pb.len();
        let mut k = 0;
        while k < 3 && i > 0 && pb[i - 1] == b' ' {
            i -= 1;
            k += 1;
        }
        if i == pb.len() && i > 0 && pb[i - 1] == b'\t' {
            i -= 1;
        }
        return prefix[..i].to_string();
    }
    let mut n = 2;
    while n < fb.len() && fb[n] <= b' ' {
        n += 1;
    }
    let suffix: String = if n > 2 && fb[2] == b'\t' { first[2..n].to_string() } else { format!("  {}", &first[2..n]) };
    prefix.strip_suffix(suffix.as_str()).map(str::to_string).unwrap_or(prefix)
}
