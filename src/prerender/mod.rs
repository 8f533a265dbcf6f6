//! The site as static HTML, written at build time: one page per route (home, every lesson,
//! every embed, the playground) holding the real content — prose, each
//! example's Go source and default output (from its golden file), exercises, quiz questions —
//! so a page reads and navigates with no wasm at all, and search engines and link previews see
//! it. Pages live at real paths (`lesson/select/index.html`) with relative links, so any
//! sub-path of any static host works. The app routes by the same paths ([`route`]) and takes
//! over the page when its wasm has loaded (`#prerendered` carries the page's path and the way
//! back to the site's root). Pages whose content comes from a query (`embed/quiz/?src=`,
//! `embed/play/?code=`, `bench/`) get a page too, so every address of the app loads.

pub mod offline;
mod pages;
/// The site's routes (`src/ui/route.rs`, pure): the pages' paths are the app's, and its tests
/// run natively here.
#[path = "../ui/route.rs"]
pub mod route;
mod shell;

use crate::course::Course;
use std::path::Path;

pub use shell::fill;

/// One pre-rendered page.
#[derive(Clone, Debug)]
pub struct Page {
    /// Where it goes, relative to the build folder (`lesson/select/index.html`).
    pub path: String,
    /// Its real path relative to the site's root (`lesson/select/`, `` for home): the app's
    /// route for it (`data-route`, from which the app finds the site's root).
    pub route: String,
    pub title: String,
    pub description: String,
    /// The content (HTML), placed in the page's `#prerendered` element.
    pub body: String,
}

impl Page {
    /// How many folders deep the page is (`index.html` 0, `lesson/select/index.html` 2).
    pub fn depth(&self) -> usize {
        self.path.matches('/').count()
    }

    /// The relative way back to the site's root from this page (`./`, `../../`).
    pub fn root(&self) -> String {
        match self.depth() {
            0 => "./".to_string(),
            d => "../".repeat(d),
        }
    }
}

/// Every page of the site, home first.
pub fn site(c: &Course) -> Vec<Page> {
    let mut out = vec![pages::home(c)];
    for l in &c.lessons {
        out.push(pages::lesson(c, l));
        out.push(pages::embed_quiz(c, l));
        for ex in &l.examples {
            out.push(pages::embed_example(c, ex));
        }
        for x in &l.exercises {
            out.push(pages::embed_exercise(c, x));
        }
    }
    out.push(pages::playground(c));
    out.extend(pages::app_pages(c));
    out
}

/// Write every page into `dist` around the shell Trunk built (`dist/index.html`), the web app
/// manifest and icon, `sitemap.xml` and `robots.txt` when the site's public address is known,
/// and last the service worker that keeps all of it for offline use. Returns the number of
/// pages written.
pub fn write(dist: &Path, c: &Course, site_url: Option<&str>) -> Result<usize, String> {
    let shell_path = dist.join("index.html");
    let shell = std::fs::read_to_string(&shell_path).map_err(|e| format!("{}: {e}", shell_path.display()))?;
    let all = site(c);
    for p in &all {
        let path = dist.join(&p.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let html = fill(&shell, p, site_url)?;
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(url) = site_url {
        std::fs::write(dist.join("sitemap.xml"), sitemap(&all, url)).map_err(|e| e.to_string())?;
        let robots = format!("User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n", with_slash(url));
        std::fs::write(dist.join("robots.txt"), robots).map_err(|e| e.to_string())?;
    }
    let put = |name: &str, text: &str| std::fs::write(dist.join(name), text).map_err(|e| format!("{name}: {e}"));
    put("manifest.webmanifest", &offline::manifest(&c.title))?;
    put("icon.svg", offline::ICON_SVG)?;
    let files = offline::build_files(dist)?;
    put("sw.js", &offline::service_worker(&files, &offline::version(dist, &files)))?;
    Ok(all.len())
}

fn with_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

/// A page's public address: the folder for `…/index.html`.
pub fn address(site_url: &str, p: &Page) -> String {
    let path = p.path.strip_suffix("index.html").unwrap_or(&p.path);
    format!("{}{path}", with_slash(site_url))
}

/// `sitemap.xml`: the course's readable pages (not the embeds, not the benchmark).
pub fn sitemap(all: &[Page], site_url: &str) -> String {
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for p in all.iter().filter(|p| !p.path.starts_with("embed/") && !p.path.starts_with("bench/")) {
        s.push_str(&format!("  <url><loc>{}</loc></url>\n", shell::escape(&address(site_url, p))));
    }
    s.push_str("</urlset>\n");
    s
}
