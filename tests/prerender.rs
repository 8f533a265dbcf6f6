//! The pre-rendered site: a page for every route with the real content, links between pages
//! that resolve from any folder, no script in any page's content, and a sitemap.

use chanlab::course::Course;
use chanlab::prerender::{self, Page};
use std::collections::BTreeSet;

fn site() -> (Course, Vec<Page>) {
    let (course, problems) = Course::load();
    assert!(problems.is_empty(), "{problems:?}");
    let pages = prerender::site(&course);
    (course, pages)
}

fn escaped(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// Resolve a relative link from a page's folder to a file of the build.
fn resolve(from: &Page, href: &str) -> String {
    let href = href.split('#').next().unwrap_or("");
    let mut parts: Vec<&str> = from.path.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                assert!(parts.pop().is_some(), "{href} climbs above the site root from {}", from.path);
            }
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if href.is_empty() || href.ends_with('/') {
        path = if path.is_empty() { "index.html".into() } else { format!("{path}/index.html") };
    }
    path
}

#[test]
fn every_lesson_example_quiz_and_exercise_has_a_page() {
    let (course, pages) = site();
    let paths: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains("index.html") && paths.contains("play/index.html"));
    for l in &course.lessons {
        assert!(paths.contains(format!("lesson/{}/index.html", l.id).as_str()), "{}", l.id);
        assert!(paths.contains(format!("embed/quiz/{}/index.html", l.id).as_str()), "{}", l.id);
        for x in &l.exercises {
            assert!(paths.contains(format!("embed/exercise/{}/index.html", x.id).as_str()), "{}", x.id);
        }
    }
    for ex in course.examples() {
        assert!(paths.contains(format!("embed/example/{}/index.html", ex.id).as_str()), "{}", ex.id);
    }
    assert_eq!(paths.len(), pages.len(), "two pages share a path");
}

#[test]
fn each_page_sits_at_the_path_of_its_app_route() {
    let (_, pages) = site();
    for p in &pages {
        assert_eq!(format!("{}index.html", p.route), p.path, "data-route is the page's folder");
        let (rel, query) = match p.route.as_str() {
            "embed/quiz/" => (p.route.as_str(), "src=q.json"),
            r => (r, ""),
        };
        let r = prerender::route::parse_path(rel, query);
        assert!(!matches!(r, prerender::route::Route::NotFound(_)), "{}: the app has no page there", p.path);
    }
    for page in ["embed/quiz/index.html", "embed/play/index.html", "bench/index.html"] {
        assert!(pages.iter().any(|p| p.path == page), "{page}: the app's page needs a file to load from");
    }
}

#[test]
fn lesson_pages_carry_prose_source_default_output_and_quiz() {
    let (course, pages) = site();
    for l in &course.lessons {
        let p = pages.iter().find(|p| p.route == format!("lesson/{}/", l.id)).unwrap();
        assert!(p.body.contains(&escaped(&l.title)), "{}: title", l.id);
        for ex in &l.examples {
            let src = ex.render(&ex.defaults()).unwrap().source;
            assert!(p.body.contains(&escaped(&src)), "{}: source of {}", l.id, ex.id);
            let g = ex.golden.iter().find(|g| g.set.is_empty()).expect("a golden run at the defaults");
            assert!(p.body.contains(&escaped(&g.stdout)), "{}: output of {}", l.id, ex.id);
        }
        for q in &l.quiz {
            let first_word = q.q.split_whitespace().find(|w| w.chars().all(char::is_alphanumeric)).unwrap_or("");
            assert!(p.body.contains(first_word), "{}: quiz question {:?}", l.id, q.q);
        }
        assert!(p.description == l.summary && p.title.starts_with(&l.title));
    }
}

#[test]
fn every_link_between_pages_lands_on_a_page() {
    let (_, pages) = site();
    let paths: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    let mut checked = 0;
    for p in &pages {
        for chunk in p.body.split("href=\"").skip(1) {
            let href = &chunk[..chunk.find('"').unwrap()];
            if href.starts_with("http") || href.starts_with('#') {
                continue;
            }
            let target = resolve(p, href);
            assert!(paths.contains(target.as_str()), "{}: link {href} goes to {target}, which is not a page", p.path);
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} links checked");
}

#[test]
fn no_page_content_carries_script_or_raw_markup_from_data() {
    let (_, pages) = site();
    for p in &pages {
        let body = p.body.to_ascii_lowercase();
        assert!(!body.contains("<script"), "{}: a script in the content", p.path);
        assert!(!body.contains("javascript:"), "{}", p.path);
    }
}

#[test]
fn the_sitemap_lists_the_readable_pages_at_the_public_address() {
    let (course, pages) = site();
    let map = prerender::sitemap(&pages, "https://example.org/go");
    assert!(map.contains("<loc>https://example.org/go/</loc>"), "{map}");
    for l in &course.lessons {
        assert!(map.contains(&format!("<loc>https://example.org/go/lesson/{}/</loc>", l.id)), "{}", l.id);
    }
    assert!(!map.contains("/embed/"), "embeds are not pages to list");
}

#[test]
fn written_pages_reach_the_build_assets_from_their_folders() {
    let (course, _) = site();
    let dir = std::env::temp_dir().join(format!("chanlab-prerender-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let shell = "<html><head><title>x</title><meta name=\"description\" content=\"y\" />\
        <script type=\"module\" src=\"./site-1.js\"></script></head><body></body></html>";
    std::fs::write(dir.join("index.html"), shell).unwrap();
    let n = prerender::write(&dir, &course, Some("https://example.org/")).unwrap();
    let select = std::fs::read_to_string(dir.join("lesson/select/index.html")).unwrap();
    assert!(select.contains("src=\"../../site-1.js\""), "{select}");
    assert!(select.contains("<link rel=\"canonical\" href=\"https://example.org/lesson/select/\""));
    let embed = std::fs::read_to_string(dir.join("embed/example/worker-pool/index.html")).unwrap();
    assert!(embed.contains("src=\"../../../site-1.js\""));
    assert!(dir.join("sitemap.xml").exists() && dir.join("robots.txt").exists());
    assert!(n > course.lessons.len());
    std::fs::remove_dir_all(&dir).unwrap();
}
