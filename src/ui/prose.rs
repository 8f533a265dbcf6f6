//! Lesson prose (Markdown split where `{{example <id>}}` lines place the example cards, from
//! `course::prose`, shared with the pre-rendered pages); and Markdown from anywhere (a quiz
//! file from another site) rendered safely: raw HTML stays text, only http(s) links become
//! links, images their text.

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

pub use crate::course::prose::{markdown, segments, Segment};

/// Whether a link target may become a link: http(s) only (never `javascript:`, `data:`,
/// relative paths that could reach this site's own routes).
pub fn safe_url(url: &str) -> bool {
    let u = url.trim().to_ascii_lowercase();
    u.starts_with("https://") || u.starts_with("http://")
}

/// Markdown from an untrusted source to HTML: raw HTML is escaped, a link to anything but
/// http(s) keeps only its text, an image only its description; links open in a new tab.
pub fn safe_markdown(md: &str) -> String {
    let mut dropped_link = false;
    let events = Parser::new_ext(md, Options::ENABLE_STRIKETHROUGH).filter_map(|e| match e {
        Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
        Event::Start(Tag::Link { dest_url, title, .. }) => {
            dropped_link = !safe_url(&dest_url);
            (!dropped_link).then(|| {
                let (href, title) = (super::highlight::escape(&dest_url), super::highlight::escape(&title));
                Event::InlineHtml(
                    format!(r#"<a href="{href}" title="{title}" target="_blank" rel="noopener noreferrer">"#).into(),
                )
            })
        }
        Event::End(TagEnd::Link) => (!std::mem::take(&mut dropped_link)).then(|| Event::InlineHtml("</a>".into())),
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        other => Some(other),
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// [`safe_markdown`] for a short text shown inline (a question, a choice): a lone paragraph
/// loses its `<p>`.
pub fn inline_markdown(md: &str) -> String {
    let h = safe_markdown(md);
    let t = h.trim_end();
    match t.strip_prefix("<p>").and_then(|r| r.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => h,
    }
}
