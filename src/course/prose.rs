//! Lesson prose as HTML, shared by the site and the pre-rendered pages: Markdown rendered with
//! pulldown-cmark (raw HTML in lesson files is escaped, never markup), split where
//! `{{example <id>}}` lines place the example cards.

use pulldown_cmark::{html, Event, Options, Parser};

/// A piece of a lesson page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Rendered HTML of a run of Markdown.
    Html(String),
    /// An example card.
    Example(String),
}

/// Markdown to HTML (tables, strikethrough; raw HTML is shown as text).
pub fn markdown(md: &str) -> String {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(md, opts).map(|e| match e {
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_in_markdown_is_text() {
        let h = markdown("hi <script>alert(1)</script> *there*");
        assert!(!h.contains("<script>"), "{h}");
        assert!(h.contains("&lt;script&gt;") && h.contains("<em>there</em>"), "{h}");
    }

    #[test]
    fn example_lines_split_the_prose_and_the_title_goes() {
        let s = segments("# Title\n\nBefore.\n{{example a}}\nAfter.\n");
        assert_eq!(s.len(), 3);
        assert!(matches!(&s[0], Segment::Html(h) if h.contains("Before") && !h.contains("Title")));
        assert_eq!(s[1], Segment::Example("a".into()));
    }
}
