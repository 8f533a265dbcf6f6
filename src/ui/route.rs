//! Hash routes: the part of the URL after `#`, so the site works from any static host and
//! sub-path. Parsing is pure (no DOM), so the browser tests can check it directly.

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/`: the course home.
    Home,
    /// `#/lesson/<id>` or `#/lesson/<id>/<example>?<param>=<v>&seed=<n>`.
    Lesson { id: String, focus: Option<Focus> },
    /// `#/embed/quiz/<lesson-id>`.
    EmbedQuiz { lesson: String },
    /// `#/embed/example/<example-id>?...`.
    EmbedExample { focus: Focus },
    // -- site: external quizzes, exercises --
    /// `#/embed/quiz?src=<url>`: a quiz file from another place (same origin or CORS).
    EmbedQuizSrc { src: String },
    /// `#/embed/exercise/<exercise-id>`.
    EmbedExercise { id: String },
    /// `#/play?code=…&seed=…` (or `starter=<example-id>`): the playground (editor's routes).
    Play { focus: Focus },
    /// `#/embed/play?code=…`: the playground in an iframe.
    EmbedPlay { focus: Focus },
    // -- bench: the interpreter's benchmark page (not linked) --
    /// `#/bench?scale=…&only=…`: benchmark workloads timed in this browser.
    Bench,
    /// Anything else: the message says what was not understood.
    NotFound(String),
}

/// An example to show with parameter settings and a seed from the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    pub example: String,
    /// `name=value` settings in URL order (validated later by `Example::resolve`).
    pub sets: Vec<(String, String)>,
    pub seed: Option<u64>,
    /// A `seed=` value that is not a number.
    pub bad_seed: Option<String>,
}

/// Percent-decode a URL component (`+` is left alone; `%` sequences that are not valid UTF-8
/// or not hex are kept as written).
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// Percent-encode a URL component (keeps unreserved characters).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || b"-_.~".contains(&c) {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

fn focus(example: &str, query: Option<&str>) -> Focus {
    let mut f = Focus { example: decode(example), sets: Vec::new(), seed: None, bad_seed: None };
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (decode(k), decode(v));
        if k == "seed" {
            match v.parse::<u64>() {
                Ok(n) => f.seed = Some(n),
                Err(_) => f.bad_seed = Some(v),
            }
        } else {
            f.sets.push((k, v));
        }
    }
    f
}

/// Parse a location hash (`#/lesson/x`, with or without the `#`).
pub fn parse(hash: &str) -> Route {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = match h.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (h, None),
    };
    let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match parts.as_slice() {
        [] => Route::Home,
        ["lesson", id] => Route::Lesson { id: decode(id), focus: None },
        ["lesson", id, ex] => Route::Lesson { id: decode(id), focus: Some(focus(ex, query)) },
        ["embed", "quiz", id] => Route::EmbedQuiz { lesson: decode(id) },
        ["embed", "example", ex] => Route::EmbedExample { focus: focus(ex, query) },
        // -- site: external quizzes, exercises --
        ["embed", "quiz"] => match query_param(query, "src") {
            Some(src) if !src.is_empty() => Route::EmbedQuizSrc { src },
            _ => Route::NotFound("An external quiz needs its file: `#/embed/quiz?src=<url of a quiz .json>`.".into()),
        },
        ["embed", "exercise", id] => Route::EmbedExercise { id: decode(id) },
        // The playground (editor).
        ["play"] => Route::Play { focus: focus("play", query) },
        ["embed", "play"] => Route::EmbedPlay { focus: focus("play", query) },
        // -- bench: the interpreter's benchmark page (not linked) --
        ["bench"] => Route::Bench,
        _ => Route::NotFound(format!("There is no page at `#{h}`.")),
    }
}

/// The decoded value of `name` in a query string (the first one).
pub fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').filter_map(|p| p.split_once('=')).find(|(k, _)| decode(k) == name).map(|(_, v)| decode(v))
}

/// The hash of a lesson page that scrolls to one of its exercises (or examples).
pub fn lesson_part_href(lesson: &str, part: &str) -> String {
    format!("#/lesson/{}/{}", encode(lesson), encode(part))
}

/// The hash of a lesson page.
pub fn lesson_href(id: &str) -> String {
    format!("#/lesson/{}", encode(id))
}

/// The hash that reproduces an example run: its lesson, the settings that differ from the
/// defaults, and the seed.
pub fn example_href(lesson: &str, example: &str, sets: &[(String, String)], seed: u64) -> String {
    format!("#/lesson/{}/{}?{}", encode(lesson), encode(example), query(sets, seed))
}

/// The hash of an embedded example.
pub fn embed_example_href(example: &str, sets: &[(String, String)], seed: u64) -> String {
    format!("#/embed/example/{}?{}", encode(example), query(sets, seed))
}

fn query(sets: &[(String, String)], seed: u64) -> String {
    let mut q: Vec<String> = sets.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
    q.push(format!("seed={seed}"));
    q.join("&")
}

/// The hash of the playground (or its embed) with settings (`code=`, `race`...) and a seed.
pub fn play_href(embed: bool, sets: &[(String, String)], seed: u64) -> String {
    format!("#/{}play?{}", if embed { "embed/" } else { "" }, query(sets, seed))
}
