//! Lesson prose: Markdown rendered with pulldown-cmark, split where `{{example <id>}}` lines
//! place the example cards.

use pulldown_cmark::{html, Options, Parser};

/// A piece of a lesson page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Rendered HTML of a run of Markdown.
    Html(String),
    /// An example card.
    Example(String),
}

/// Markdown to HTML (tables, strikethrough; raw HTML in lesson files is escaped).
pub fn markdown(md: &str) -> String {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(md, opts).map(|e| match e {
        pulldown_cmark::Event::Html(h) | pulldown_cmark::Event::InlineHtml(h) => pulldown_cmark::Event::Text(h),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// Split a lesson's Markdown at its `{{example <id>}}` lines. The first `# Title` line is
/// dropped (the page shows the title itself).
pub fn segments(md: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut first = true;
    for line in md.lines() {
        let t = line.trim();
        if first && !t.is_empty() {
            first = false;
            if t.starts_with("# ") {
                continue;
            }
        }
        if let Some(id) = t.strip_prefix("{{example ").and_then(|r| r.strip_suffix("}}")) {
            if !buf.trim().is_empty() {
                out.push(Segment::Html(markdown(&buf)));
            }
            buf.clear();
            out.push(Segment::Example(id.trim().to_string()));
        } else {
            buf.push_str(line);
            buf.push('\n');
        }
    }
    if !buf.trim().is_empty() {
        out.push(Segment::Html(markdown(&buf)));
    }
    out
}
