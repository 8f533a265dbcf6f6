//! Offline use: the service worker (`sw.js`) that keeps a copy of the whole build, and the
//! web app manifest that lets the course be installed. Both are written after the pages, so
//! the worker's list names every file of this build, and its version (a hash of them) changes
//! with any deployment — which is how a browser notices a new version.

use std::path::Path;

/// Every file of the build, relative to its root, with pages as their folders
/// (`lesson/select/`), in a stable order.
pub fn build_files(dist: &Path) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    walk(dist, dist, &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) -> Result<(), String> {
    for e in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
        let p = e.path();
        let rel = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().replace('\\', "/");
        if p.is_dir() {
            walk(&p, root, out)?;
        } else if rel == "sw.js" || rel.starts_with('.') {
            continue;
        } else if rel == "index.html" {
            out.push("./".into());
        } else if let Some(folder) = rel.strip_suffix("/index.html") {
            out.push(format!("{folder}/"));
        } else {
            out.push(rel);
        }
    }
    Ok(())
}

/// A version for the build: FNV-1a over every file's name and bytes.
pub fn version(dist: &Path, files: &[String]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
    };
    for f in files {
        eat(f.as_bytes());
        let path = if f == "./" {
            "index.html".to_string()
        } else if f.ends_with('/') {
            format!("{f}index.html")
        } else {
            f.clone()
        };
        eat(&std::fs::read(dist.join(path)).unwrap_or_default());
    }
    format!("{h:016x}")
}

/// The service worker: on install it stores every file of the build; pages are fetched from
/// the network first (a fresh copy when online) and from the store when offline, whatever
/// their query (`play/?code=…` is `play/`) and with or without the final `/`; the build's
/// other files (their names carry a hash) come from the store first. A new build's worker
/// waits until the page asks it to take over (`skip-waiting`), so the page can say a new
/// version is ready instead of changing under the learner.
pub fn service_worker(files: &[String], version: &str) -> String {
    let list = serde_json::to_string(files).unwrap_or_else(|_| "[]".into());
    format!(
        r#"// chanlab's service worker, written by `chanlab prerender` for one build: do not edit.
const VERSION = '{version}';
const CACHE = 'chanlab-' + VERSION;
const FILES = {list};

self.addEventListener('install', (e) => {{
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
}});

self.addEventListener('activate', (e) => {{
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('chanlab-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
}});

self.addEventListener('message', (e) => {{
  if (e.data === 'skip-waiting') self.skipWaiting();
}});

const fromCache = (req) => caches.open(CACHE).then((c) => c.match(req, {{ ignoreSearch: true }}));

self.addEventListener('fetch', (e) => {{
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {{
    e.respondWith(
      fetch(req).catch(() => fromCache(req)
        .then((hit) => hit || (url.pathname.endsWith('/') ? null : fromCache(url.pathname + '/')))
        .then((hit) => hit || fromCache(new URL('./', self.registration.scope).href))),
    );
    return;
  }}
  e.respondWith(fromCache(req).then((hit) => hit || fetch(req)));
}});
"#
    )
}

/// The web app manifest (`manifest.webmanifest`).
pub fn manifest(title: &str) -> String {
    serde_json::json!({
        "name": title,
        "short_name": "Go concurrency",
        "description": "Learn Go concurrency by running, changing and breaking real programs in your browser.",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#00add8",
        "icons": [
            {"src": "icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}
        ]
    })
    .to_string()
}

/// The course's icon: a gopher-blue tile with two crossing channel arrows.
pub const ICON_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#00add8"/><path d="M12 22h34l-7-7M52 42H18l7 7" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/></svg>"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_lists_every_file_and_pages_as_folders() {
        let dir = std::env::temp_dir().join(format!("chanlab-offline-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("lesson/a")).unwrap();
        std::fs::write(dir.join("index.html"), "home").unwrap();
        std::fs::write(dir.join("lesson/a/index.html"), "a").unwrap();
        std::fs::write(dir.join("site-1.wasm"), "w").unwrap();
        std::fs::write(dir.join("sw.js"), "old").unwrap();
        let files = build_files(&dir).unwrap();
        assert_eq!(files, ["./", "lesson/a/", "site-1.wasm"]);
        let v1 = version(&dir, &files);
        std::fs::write(dir.join("lesson/a/index.html"), "a, changed").unwrap();
        assert_ne!(v1, version(&dir, &files), "a changed page is a new version");
        let sw = service_worker(&files, &v1);
        assert!(sw.contains(&format!("const VERSION = '{v1}'")) && sw.contains(r#"["./","lesson/a/","site-1.wasm"]"#));
        assert!(sw.contains("ignoreSearch: true"), "a page with a query is its page offline");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_manifest_is_json_with_a_start_url_and_an_icon() {
        let m: serde_json::Value = serde_json::from_str(&manifest("Course")).unwrap();
        assert_eq!(m["start_url"], "./");
        assert_eq!(m["icons"][0]["src"], "icon.svg");
    }
}
