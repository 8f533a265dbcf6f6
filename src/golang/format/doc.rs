//! Doc comments (a comment group at column 1 right above a top-level keyword), reformatted
//! as gofmt does through go/doc/comment: the text is split into paragraphs, headings,
//! lists and code blocks, then printed back in canonical form (`// text`, `//\tcode`,
//! `//   - item`, one `//` line between blocks, directives such as `//go:noinline` last).

/// The reformatted comment texts, or `None` to keep the group as written.
pub fn format(list: &[&str]) -> Option<Vec<String>> {
    let first = *list.first()?;
    if list.len() == 1 && first.starts_with("/*") {
        if !first.contains('\n') || all_stars(first) {
            return None;
        }
        let text = print(&parse(&first[2..first.len() - 2]));
        return Some(vec![format!("/*\n{text}*/")]);
    }
    let mut text = String::new();
    let mut directives = Vec::new();
    for c in list {
        let after = c.strip_prefix("//")?;
        if is_directive(after) {
            directives.push(c.to_string());
            continue;
        }
        text.push_str(after.strip_prefix(' ').unwrap_or(after));
        text.push('\n');
    }
    if text.is_empty() {
        return None;
    }
    let printed = print(&parse(&text));
    let mut out: Vec<String> = printed
        .lines()
        .map(|l| match l {
            "" => "//".to_string(),
            _ if l.starts_with('\t') => format!("//{l}"),
            _ => format!("// {l}"),
        })
        .collect();
    if !directives.is_empty() {
        out.push("//".into());
        out.extend(directives);
    }
    Some(out)
}

fn all_stars(text: &str) -> bool {
    let b = text.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'\n' {
            let mut j = i + 1;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
            if j < b.len() && b[j] != b'*' {
                return false;
            }
        }
    }
    true
}

fn is_directive(c: &str) -> bool {
    if c.starts_with("line ") || c.starts_with("extern ") || c.starts_with("export ") {
        return true;
    }
    let Some(colon) = c.find(':') else { return false };
    if colon == 0 || colon + 1 >= c.len() {
        return false;
    }
    c.as_bytes()[..=colon + 1]
        .iter()
        .enumerate()
        .all(|(i, &b)| i == colon || b.is_ascii_lowercase() || b.is_ascii_digit())
}

use super::docparse::{parse, print};

/// A block of a doc comment.
pub enum Block {
    Para(Vec<String>),
    Heading(String),
    Code(Vec<String>),
    /// Items (number or empty, paragraphs of lines), blank lines between items.
    List {
        items: Vec<(String, Vec<Vec<String>>)>,
        blank_before: bool,
        loose: bool,
    },
    /// `[text]: url` lines.
    Links(Vec<String>),
}

fn is_blank(s: &str) -> bool {
    s.is_empty()
}

pub fn leading_space(s: &str) -> &str {
    &s[..s.len() - s.trim_start_matches([' ', '\t']).len()]
}

pub fn indented(l: &str) -> bool {
    l.starts_with([' ', '\t'])
}

/// Drops blank lines around and the indentation common to all lines.
pub fn unindent(lines: &[String]) -> Vec<String> {
    let lines: Vec<&String> = lines.iter().collect();
    let (mut a, mut b) = (0, lines.len());
    while a < b && is_blank(lines[a]) {
        a += 1;
    }
    while b > a && is_blank(lines[b - 1]) {
        b -= 1;
    }
    if a == b {
        return Vec::new();
    }
    let mut prefix = leading_space(lines[a]).to_string();
    for l in &lines[a + 1..b] {
        if !is_blank(l) {
            let lp = leading_space(l);
            let n = prefix.bytes().zip(lp.bytes()).take_while(|(x, y)| x == y).count();
            prefix.truncate(n);
        }
    }
    let mut out: Vec<String> = lines[a..b]
        .iter()
        .map(|l| {
            let l = l.strip_prefix(prefix.as_str()).unwrap_or(l);
            if l.trim().is_empty() {
                String::new()
            } else {
                l.to_string()
            }
        })
        .collect();
    while out.first().is_some_and(String::is_empty) {
        out.remove(0);
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

pub fn list_marker(line: &str) -> Option<(String, String)> {
    let line = line.trim();
    let (num, rest) = if let Some(r) = line.strip_prefix(['•', '*', '+', '-']) {
        (String::new(), r)
    } else if line.starts_with(|c: char| c.is_ascii_digit()) {
        let n = line.find(|c: char| !c.is_ascii_digit()).unwrap_or(line.len());
        if n >= line.len() || !matches!(line.as_bytes()[n], b'.' | b')') {
            return None;
        }
        (line[..n].to_string(), &line[n + 1..])
    } else {
        return None;
    };
    if !indented(rest) || rest.trim().is_empty() {
        return None;
    }
    Some((num, rest.to_string()))
}

pub fn is_list(l: &str) -> bool {
    list_marker(l).is_some()
}
