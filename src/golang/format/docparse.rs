//! go/doc/comment's parser and printer for the doc comments gofmt reformats (see `doc`):
//! lines to spans (paragraph, heading, old-style heading, list, code), spans to blocks,
//! blocks back to canonical text.

use super::doc::{indented, is_list, leading_space, list_marker, unindent, Block};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Code,
    Heading,
    List,
    OldHeading,
    Para,
}

/// The spans of the (unindented) lines: (start, end, kind).
fn spans(lines: &[String]) -> Vec<(usize, usize, Kind)> {
    let mut spans = Vec::new();
    let mut i = 0;
    let mut force_indent = 0;
    let mut watchdog = 2 * lines.len() + 2;
    'spans: loop {
        while i < lines.len() && lines[i].is_empty() {
            i += 1;
        }
        if i >= lines.len() || watchdog == 0 {
            break;
        }
        watchdog -= 1;
        let start = i;
        let mut end;
        let kind;
        if i < force_indent || indented(&lines[i]) {
            let mut unindented_list_ok = is_list(&lines[i]) && i < force_indent;
            i += 1;
            while i < lines.len()
                && (lines[i].is_empty()
                    || i < force_indent
                    || indented(&lines[i])
                    || (unindented_list_ok && is_list(&lines[i])))
            {
                if lines[i].is_empty() {
                    unindented_list_ok = false;
                }
                i += 1;
            }
            end = i;
            while end > start && lines[end - 1].is_empty() {
                end -= 1;
            }
            if end < lines.len() && lines[end].starts_with('}') {
                end += 1;
            }
            kind = if is_list(&lines[start]) { Kind::List } else { Kind::Code };
        } else {
            i += 1;
            while i < lines.len() && !lines[i].is_empty() && !indented(&lines[i]) {
                i += 1;
            }
            end = i;
            if i < lines.len() && !lines[i].is_empty() && !is_list(&lines[i]) {
                if is_list(&lines[i - 1]) {
                    force_indent = end;
                    end -= 1;
                    while end > start && is_list(&lines[end - 1]) {
                        end -= 1;
                    }
                } else if lines[i - 1].ends_with('{') || lines[i - 1].ends_with('\\') {
                    force_indent = end;
                    end -= 1;
                }
                if start == end && force_indent > start {
                    i = start;
                    continue 'spans;
                }
            }
            kind = if end - start == 1 && is_heading(&lines[start]) {
                Kind::Heading
            } else if end - start == 1 && is_old_heading(&lines[start], lines, start) {
                Kind::OldHeading
            } else {
                Kind::Para
            };
        }
        spans.push((start, end, kind));
        i = end;
    }
    spans
}

fn is_heading(l: &str) -> bool {
    let b = l.as_bytes();
    b.len() >= 2 && b[0] == b'#' && (b[1] == b' ' || b[1] == b'\t') && l.trim() != "#"
}

fn is_old_heading(line: &str, all: &[String], off: usize) -> bool {
    if off == 0 || !all[off - 1].is_empty() || off + 2 >= all.len() || !all[off + 1].is_empty() {
        return false;
    }
    if !leading_space(&all[off + 2]).is_empty() {
        return false;
    }
    let line = line.trim();
    let (Some(f), Some(l)) = (line.chars().next(), line.chars().last()) else { return false };
    if !f.is_alphabetic() || !f.is_uppercase() || !(l.is_alphabetic() || l.is_numeric()) {
        return false;
    }
    if line.contains(|c: char| ";:!?+*/=[]{}_^°&§~%#@<\">\\".contains(c)) {
        return false;
    }
    let apos_ok = line.split('\'').skip(1).all(|b| b == "s" || b.starts_with("s "));
    let dots_ok = line.split('.').skip(1).all(|b| !b.is_empty() && !b.starts_with(' '));
    apos_ok && dots_ok
}

fn is_link_def(l: &str) -> bool {
    if !l.starts_with('[') {
        return false;
    }
    let Some(i) = l.find("]:") else { return false };
    let b = l.as_bytes();
    if i + 3 >= l.len() || (b[i + 2] != b' ' && b[i + 2] != b'\t') {
        return false;
    }
    let url = l[i + 3..].trim();
    match url.find("://") {
        Some(j) => j > 0 && url[..j].bytes().all(|c| c.is_ascii_alphanumeric() || c == b'+' || c == b'-' || c == b'.'),
        None => false,
    }
}

fn paragraph(lines: &[String]) -> Block {
    if lines.iter().all(|l| is_link_def(l)) {
        return Block::Links(lines.iter().map(|l| normalize_link(l)).collect());
    }
    Block::Para(lines.to_vec())
}

fn normalize_link(l: &str) -> String {
    let i = l.find("]:").unwrap_or(0);
    format!("{}]: {}", &l[..i], l[i + 3..].trim())
}

fn list(lines: &[String], force_blank_before: bool) -> Block {
    let num_kind = list_marker(&lines[0]).is_some_and(|(n, _)| !n.is_empty());
    let mut items: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    let mut loose = false;
    let mut para: Vec<String> = Vec::new();
    let flush = |items: &mut Vec<(String, Vec<Vec<String>>)>, para: &mut Vec<String>| {
        if let (Some(it), false) = (items.last_mut(), para.is_empty()) {
            it.1.push(std::mem::take(para));
        }
        para.clear();
    };
    for line in lines {
        let mut line = line.clone();
        if let Some((n, after)) = list_marker(&line).filter(|(n, _)| n.is_empty() != num_kind) {
            flush(&mut items, &mut para);
            items.push((n, Vec::new()));
            line = after;
        }
        let t = line.trim();
        if t.is_empty() {
            loose = true;
            flush(&mut items, &mut para);
            continue;
        }
        para.push(t.to_string());
    }
    flush(&mut items, &mut para);
    let loose = loose || items.iter().any(|(_, c)| c.len() != 1);
    Block::List { items, blank_before: force_blank_before || loose, loose }
}

/// The blocks of a doc comment's text.
pub fn parse(text: &str) -> Vec<Block> {
    let raw: Vec<String> = text.split('\n').map(str::to_string).collect();
    let lines = unindent(&raw);
    let mut out = Vec::new();
    let mut prev_end = 0;
    for (s, e, kind) in spans(&lines) {
        out.push(match kind {
            Kind::List => list(&lines[s..e], prev_end < s),
            Kind::Code => Block::Code(unindent(&lines[s..e])),
            Kind::OldHeading => Block::Heading(lines[s].trim().to_string()),
            Kind::Heading => Block::Heading(lines[s][1..].trim().to_string()),
            Kind::Para => paragraph(&lines[s..e]),
        });
        prev_end = e;
    }
    out
}

/// The canonical text of the blocks (link definitions last).
pub fn print(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut links: Vec<&String> = Vec::new();
    let mut first = true;
    for b in blocks {
        let blank = match b {
            Block::List { blank_before, .. } => *blank_before,
            Block::Links(l) => {
                links.extend(l.iter());
                continue;
            }
            _ => true,
        };
        if !first && blank {
            out.push('\n');
        }
        first = false;
        match b {
            Block::Para(lines) => lines.iter().for_each(|l| {
                out.push_str(l);
                out.push('\n');
            }),
            Block::Heading(h) => out.push_str(&format!("# {h}\n")),
            Block::Code(lines) => lines.iter().for_each(|l| {
                if !l.is_empty() {
                    out.push('\t');
                    out.push_str(l);
                }
                out.push('\n');
            }),
            Block::List { items, loose, .. } => {
                for (i, (num, text)) in items.iter().enumerate() {
                    if i > 0 && *loose {
                        out.push('\n');
                    }
                    out.push(' ');
                    out.push_str(&if num.is_empty() { " - ".to_string() } else { format!("{num}. ") });
                    for (k, p) in text.iter().enumerate() {
                        if k > 0 {
                            out.push_str("\n    ");
                        }
                        out.push_str(&p.join("\n    "));
                        out.push('\n');
                    }
                }
            }
            Block::Links(_) => {}
        }
    }
    if !links.is_empty() {
        out.push('\n');
        for l in links {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}
