//! Routes as real paths under the site's root (`lesson/select/`, `play/?code=…`), the same
//! addresses the build pre-renders, so a page can be shared, bookmarked, previewed and
//! reloaded; query strings carry an example's settings. Old hash links (`#/lesson/x`) are
//! still understood ([`parse`]) and rewritten to their path ([`from_hash`]). Pure (no DOM):
//! the app sets the site's root once ([`set_root`]); the pre-renderer uses the same forms
//! natively, where the tests at the bottom run.

use std::cell::RefCell;

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// ``: the course home.
    Home,
    /// `lesson/<id>/`, or `lesson/<id>/?ex=<example>&<param>=<v>&seed=<n>` (focused).
    Lesson { id: String, focus: Option<Focus> },
    /// `embed/quiz/<lesson-id>/`.
    EmbedQuiz { lesson: String },
    /// `embed/example/<example-id>/?...`.
    EmbedExample { focus: Focus },
    // -- site: external quizzes, exercises --
    /// `embed/quiz/?src=<url>`: a quiz file from another place (same origin or CORS).
    EmbedQuizSrc { src: String },
    /// `embed/exercise/<exercise-id>/`.
    EmbedExercise { id: String },
    /// `play/?code=…&seed=…` (or `starter=<example-id>`): the playground (editor's routes).
    Play { focus: Focus },
    /// `embed/play/?code=…`: the playground in an iframe.
    EmbedPlay { focus: Focus },
    // -- bench: the interpreter's benchmark page (not linked) --
    /// `bench/?scale=…&only=…`: benchmark workloads timed in this browser.
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

/// Parse an old hash link (`#/lesson/x`, with or without the `#`).
pub fn parse(hash: &str) -> Route {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = match h.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (h, None),
    };
    let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match parts.as_slice() {
        ["lesson", id, ex] => Route::Lesson { id: decode(id), focus: Some(focus(ex, query)) },
        _ => route(&parts, query).unwrap_or_else(|| Route::NotFound(format!("There is no page at `#{h}`."))),
    }
}

/// Parse a real path relative to the site's root (`lesson/select/`, `index.html` allowed)
/// and its query string (without `?`).
pub fn parse_path(rel: &str, query: &str) -> Route {
    let rel = rel.strip_suffix("index.html").unwrap_or(rel);
    let parts: Vec<&str> = rel.split('/').filter(|s| !s.is_empty()).collect();
    let query = Some(query.strip_prefix('?').unwrap_or(query)).filter(|q| !q.is_empty());
    if let ["lesson", id] = parts.as_slice() {
        // `ex=` names the example (or exercise) the rest of the query is about.
        let ex = query_param(query, "ex").filter(|e| !e.is_empty());
        let rest: Vec<&str> =
            query.unwrap_or("").split('&').filter(|p| decode(p.split('=').next().unwrap_or("")) != "ex").collect();
        let rest = rest.join("&");
        return Route::Lesson { id: decode(id), focus: ex.map(|e| focus(&encode(&e), Some(&rest))) };
    }
    route(&parts, query).unwrap_or_else(|| Route::NotFound(format!("There is no page at `{rel}`.")))
}

/// The routes the two forms share (path segments, then the query).
fn route(parts: &[&str], query: Option<&str>) -> Option<Route> {
    Some(match parts {
        [] => Route::Home,
        ["lesson", id] => Route::Lesson { id: decode(id), focus: None },
        ["embed", "quiz", id] => Route::EmbedQuiz { lesson: decode(id) },
        ["embed", "example", ex] => Route::EmbedExample { focus: focus(ex, query) },
        // -- site: external quizzes, exercises --
        ["embed", "quiz"] => match query_param(query, "src") {
            Some(src) if !src.is_empty() => Route::EmbedQuizSrc { src },
            _ => Route::NotFound("An external quiz needs its file: `embed/quiz/?src=<url of a quiz .json>`.".into()),
        },
        ["embed", "exercise", id] => Route::EmbedExercise { id: decode(id) },
        // The playground (editor).
        ["play"] => Route::Play { focus: focus("play", query) },
        ["embed", "play"] => Route::EmbedPlay { focus: focus("play", query) },
        // -- bench: the interpreter's benchmark page (not linked) --
        ["bench"] => Route::Bench,
        _ => return None,
    })
}

impl Route {
    /// The route's real path relative to the site's root, with its query: `` (home),
    /// `lesson/select/?ex=select-timeout&seed=3`. `None` for a page that does not exist.
    pub fn path(&self) -> Option<String> {
        let with = |p: String, q: String| if q.is_empty() { p } else { format!("{p}?{q}") };
        Some(match self {
            Route::Home => String::new(),
            Route::Lesson { id, focus: None } => format!("lesson/{}/", encode(id)),
            Route::Lesson { id, focus: Some(f) } => {
                let rest = focus_query(f);
                let q = if rest.is_empty() {
                    format!("ex={}", encode(&f.example))
                } else {
                    format!("ex={}&{rest}", encode(&f.example))
                };
                with(format!("lesson/{}/", encode(id)), q)
            }
            Route::EmbedQuiz { lesson } => format!("embed/quiz/{}/", encode(lesson)),
            Route::EmbedExample { focus } => {
                with(format!("embed/example/{}/", encode(&focus.example)), focus_query(focus))
            }
            Route::EmbedQuizSrc { src } => format!("embed/quiz/?src={}", encode(src)),
            Route::EmbedExercise { id } => format!("embed/exercise/{}/", encode(id)),
            Route::Play { focus } => with("play/".into(), focus_query(focus)),
            Route::EmbedPlay { focus } => with("embed/play/".into(), focus_query(focus)),
            Route::Bench => "bench/".into(),
            Route::NotFound(_) => return None,
        })
    }
}

/// A focus's settings and seed as a query string (in their order, seed last).
fn focus_query(f: &Focus) -> String {
    let mut q: Vec<String> = f.sets.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
    match (&f.seed, &f.bad_seed) {
        (Some(n), _) => q.push(format!("seed={n}")),
        (None, Some(bad)) => q.push(format!("seed={}", encode(bad))),
        _ => {}
    }
    q.join("&")
}

/// The real path (relative to the root) for an old hash link (`#/lesson/x`), or `None` when
/// `hash` is no route (an anchor such as `#ex-select`) or no page.
pub fn from_hash(hash: &str) -> Option<String> {
    let h = hash.strip_prefix('#')?;
    if !h.starts_with('/') {
        return None;
    }
    let r = parse(h);
    let path = r.path()?;
    // The benchmark's options live in its query (read by the page itself).
    match (r, h.split_once('?')) {
        (Route::Bench, Some((_, q))) if !q.is_empty() => Some(format!("{path}?{q}")),
        _ => Some(path),
    }
}

/// The decoded value of `name` in a query string (the first one).
pub fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').filter_map(|p| p.split_once('=')).find(|(k, _)| decode(k) == name).map(|(_, v)| decode(v))
}

thread_local! {
    /// The site's root as a path from the host (`/course/sub/`), set once by the app.
    static ROOT: RefCell<String> = RefCell::new("/".to_string());
}

/// Set the site's root (an absolute path; a missing final `/` is added).
pub fn set_root(root: &str) {
    let r = if root.ends_with('/') { root.to_string() } else { format!("{root}/") };
    ROOT.with(|x| *x.borrow_mut() = r);
}

/// The site's root (`/course/sub/`).
pub fn root() -> String {
    ROOT.with(|r| r.borrow().clone())
}

/// A path of the host (`/course/sub/lesson/x/`) relative to the root (`lesson/x/`), or
/// `None` when it lies outside the site.
pub fn relative(pathname: &str) -> Option<String> {
    let root = root();
    if pathname == root.trim_end_matches('/') {
        return Some(String::new());
    }
    pathname.strip_prefix(root.as_str()).map(str::to_string)
}

/// A link to a path relative to the root, from any page (`/course/sub/lesson/x/`).
pub fn href(rel: &str) -> String {
    format!("{}{rel}", root())
}

/// The link to the course home.
pub fn home_href() -> String {
    href("")
}

/// The link to a route (home for a route that is no page).
pub fn route_href(r: &Route) -> String {
    href(&r.path().unwrap_or_default())
}

/// The link to a lesson page that scrolls to one of its exercises (or examples).
pub fn lesson_part_href(lesson: &str, part: &str) -> String {
    example_href_opt(lesson, part, &[], None)
}

/// The link to a lesson page.
pub fn lesson_href(id: &str) -> String {
    route_href(&Route::Lesson { id: id.to_string(), focus: None })
}

fn example_href_opt(lesson: &str, example: &str, sets: &[(String, String)], seed: Option<u64>) -> String {
    let focus = Focus { example: example.to_string(), sets: sets.to_vec(), seed, bad_seed: None };
    route_href(&Route::Lesson { id: lesson.to_string(), focus: Some(focus) })
}

/// The link that reproduces an example run: its lesson, the settings that differ from the
/// defaults, and the seed.
pub fn example_href(lesson: &str, example: &str, sets: &[(String, String)], seed: u64) -> String {
    example_href_opt(lesson, example, sets, Some(seed))
}

/// The link to an embedded example.
pub fn embed_example_href(example: &str, sets: &[(String, String)], seed: u64) -> String {
    let focus = Focus { example: example.to_string(), sets: sets.to_vec(), seed: Some(seed), bad_seed: None };
    route_href(&Route::EmbedExample { focus })
}

/// The link to the playground (or its embed) with settings (`code=`, `race`...) and a seed.
pub fn play_href(embed: bool, sets: &[(String, String)], seed: u64) -> String {
    let focus = Focus { example: "play".into(), sets: sets.to_vec(), seed: Some(seed), bad_seed: None };
    route_href(&if embed { Route::EmbedPlay { focus } } else { Route::Play { focus } })
}

/// The playground opened on an example of the course.
pub fn starter_href(example: &str) -> String {
    let focus =
        Focus { example: "play".into(), sets: vec![("starter".into(), example.into())], seed: None, bad_seed: None };
    route_href(&Route::Play { focus })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sets(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn real_paths_parse_like_the_old_hash_links() {
        let cases = [
            ("", "", "#/"),
            ("lesson/select/", "", "#/lesson/select"),
            ("lesson/select/index.html", "", "#/lesson/select"),
            ("lesson/select/", "ex=select-timeout&wait=5&seed=3", "#/lesson/select/select-timeout?wait=5&seed=3"),
            ("embed/quiz/select/", "", "#/embed/quiz/select"),
            ("embed/example/worker-pool/", "jobs=10&seed=x", "#/embed/example/worker-pool?jobs=10&seed=x"),
            ("embed/quiz/", "src=q%2Ejson", "#/embed/quiz?src=q.json"),
            ("embed/exercise/fix-it/", "", "#/embed/exercise/fix-it"),
            ("play/", "code=abc&race=1&seed=2", "#/play?code=abc&race=1&seed=2"),
            ("embed/play/", "starter=worker-pool", "#/embed/play?starter=worker-pool"),
            ("bench/", "scale=0.1", "#/bench?scale=0.1"),
        ];
        for (rel, q, hash) in cases {
            assert_eq!(parse_path(rel, q), parse(hash), "{rel}?{q} against {hash}");
        }
        assert!(matches!(parse_path("nowhere/", ""), Route::NotFound(_)));
        assert!(matches!(parse_path("embed/quiz/", ""), Route::NotFound(_)));
    }

    #[test]
    fn a_lesson_path_without_ex_has_no_focus() {
        assert_eq!(parse_path("lesson/a/", "seed=3"), Route::Lesson { id: "a".into(), focus: None });
    }

    #[test]
    fn every_route_goes_to_its_path_and_back() {
        for hash in [
            "#/",
            "#/lesson/select",
            "#/lesson/select/select-timeout?wait=5&seed=3",
            "#/lesson/a/b?code=x%2By&press=a.b",
            "#/embed/quiz/select",
            "#/embed/example/worker-pool?jobs=10&seed=3",
            "#/embed/quiz?src=https%3A%2F%2Fexample.org%2Fq.json",
            "#/embed/exercise/fix-it",
            "#/play?code=abc&seed=2",
            "#/embed/play?code=abc",
            "#/bench",
        ] {
            let r = parse(hash);
            let path = r.path().unwrap_or_else(|| panic!("{hash} has no path"));
            let (rel, q) = path.split_once('?').unwrap_or((&path, ""));
            assert_eq!(parse_path(rel, q), r, "{hash} -> {path}");
            assert!(!path.contains('#'), "{path}");
        }
    }

    #[test]
    fn old_hash_links_become_paths_and_anchors_stay() {
        assert_eq!(from_hash("#/lesson/select").as_deref(), Some("lesson/select/"));
        assert_eq!(from_hash("#/lesson/select/s-t?seed=3").as_deref(), Some("lesson/select/?ex=s-t&seed=3"));
        assert_eq!(from_hash("#/play?code=abc&seed=1").as_deref(), Some("play/?code=abc&seed=1"));
        assert_eq!(from_hash("#/bench?scale=0.1&only=spawn").as_deref(), Some("bench/?scale=0.1&only=spawn"));
        assert_eq!(from_hash("#/").as_deref(), Some(""));
        assert_eq!(from_hash("#ex-select"), None);
        assert_eq!(from_hash("#/no/such/page"), None);
        assert_eq!(from_hash(""), None);
    }

    #[test]
    fn links_start_at_the_root_and_carry_settings() {
        set_root("/course/sub");
        assert_eq!(lesson_href("select"), "/course/sub/lesson/select/");
        assert_eq!(home_href(), "/course/sub/");
        assert_eq!(
            example_href("wp", "wp", &sets(&[("jobs", "10")]), 3),
            "/course/sub/lesson/wp/?ex=wp&jobs=10&seed=3"
        );
        assert_eq!(lesson_part_href("wp", "x-1"), "/course/sub/lesson/wp/?ex=x-1");
        assert_eq!(embed_example_href("wp", &[], 1), "/course/sub/embed/example/wp/?seed=1");
        assert_eq!(play_href(true, &sets(&[("code", "a b")]), 2), "/course/sub/embed/play/?code=a%20b&seed=2");
        assert_eq!(starter_href("wp"), "/course/sub/play/?starter=wp");
        assert_eq!(relative("/course/sub/lesson/a/").as_deref(), Some("lesson/a/"));
        assert_eq!(relative("/course/sub").as_deref(), Some(""));
        assert_eq!(relative("/elsewhere/"), None);
        set_root("/");
    }
}
