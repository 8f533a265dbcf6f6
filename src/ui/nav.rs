//! Navigation by real paths (the DOM side of [`super::route`]): where the site's root is,
//! which route the address bar shows (an old `#/…` link is rewritten to its path first),
//! clicks on the site's links turned into `history.pushState` and a render, Back and Forward,
//! and after each navigation the scroll (top, or the `#fragment`) and the focus (the page's
//! main heading, so a screen reader announces the new page).

use super::route::{self, Route};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The app's current route (set by [`watch`]).
    static ROUTE: Cell<Option<RwSignal<Route>>> = const { Cell::new(None) };
}

/// Find the site's root from where the app runs, and set it for every link: a pre-rendered
/// page names its own path (`data-route`, such as `lesson/select/`), so the root is what comes
/// before it in `location.pathname`; else its way back (`data-root`, `../../`); else the
/// folder of the module that started the app.
pub fn find_root() {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let href = loc.href().unwrap_or_default();
    let path = loc.pathname().unwrap_or_else(|_| "/".into());
    let dir = path.strip_suffix("index.html").unwrap_or(&path).to_string();
    let doc = document();
    let pre = doc.get_element_by_id("prerendered");
    let from_route = pre.as_ref().and_then(|el| el.get_attribute("data-route")).filter(|r| !r.starts_with('#'));
    let root = from_route
        .and_then(|r| dir.strip_suffix(&r).map(str::to_string))
        .or_else(|| pre.and_then(|el| el.get_attribute("data-root")).and_then(|r| resolve(&r, &href)))
        .or_else(|| module_url(&doc).and_then(|m| resolve("./", &m)))
        .unwrap_or_else(|| dir[..dir.rfind('/').map_or(0, |i| i + 1)].to_string());
    route::set_root(&root);
    pin_head_links(&href);
}

/// Make the head's relative links (the icon, the manifest) absolute: after `pushState` the
/// browser resolves them against the new address, where they are not.
fn pin_head_links(page: &str) {
    let Ok(links) = document()
        .query_selector_all("link[rel~=icon][href], link[rel=apple-touch-icon][href], link[rel=manifest][href]")
    else {
        return;
    };
    for i in 0..links.length() {
        let Some(el) = links.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(h) = el.get_attribute("href").filter(|h| !h.contains(':') && !h.starts_with('/')) else { continue };
        if let Some(abs) = resolve(&h, page) {
            let _ = el.set_attribute("href", &abs);
        }
    }
}

/// The path of `rel` resolved against `base` (a URL).
fn resolve(rel: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(rel, base).ok().map(|u| u.pathname())
}

/// The URL of the app's module (Trunk preloads it; else the start-up script).
fn module_url(doc: &web_sys::Document) -> Option<String> {
    let el = doc.query_selector("link[rel=modulepreload][href], script[type=module][src]").ok()??;
    let attr = if el.tag_name() == "LINK" { "href" } else { "src" };
    let base = doc.url().ok()?;
    web_sys::Url::new_with_base(&el.get_attribute(attr)?, &base).ok().map(|u| u.href())
}

/// The route the address bar shows. An old hash link (`#/lesson/x?…`) is replaced by its
/// real path first (no history entry), keeping its settings; one that names no page stays
/// and shows what was not understood.
pub fn current() -> Route {
    let Some(w) = web_sys::window() else { return Route::Home };
    let loc = w.location();
    let hash = loc.hash().unwrap_or_default();
    if hash.starts_with("#/") {
        match route::from_hash(&hash) {
            Some(path) => replace(&route::href(&path)),
            None => return route::parse(&hash),
        }
    }
    let path = loc.pathname().unwrap_or_default();
    match route::relative(&path) {
        Some(rel) => route::parse_path(&rel, &loc.search().unwrap_or_default()),
        None => Route::NotFound(format!("There is no page at `{path}`.")),
    }
}

/// Replace the address (no history entry, no render).
pub fn replace(url: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Go to a link of the site (`/course/sub/lesson/x/`): a new history entry and the page
/// rendered for it.
pub fn navigate(url: &str) {
    let Some(h) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    if h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)).is_err() {
        // (Another origin, or a URL the browser refuses: let it load the page.)
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_href(url);
        }
        return;
    }
    show(true);
}

/// Render the route in the address bar; then scroll and move the focus.
fn show(moved: bool) {
    let r = current();
    let Some(sig) = ROUTE.with(Cell::get) else { return };
    let changed = sig.with_untracked(|old| *old != r);
    let focused = matches!(&r, Route::Lesson { focus: Some(_), .. });
    if changed {
        sig.set(r);
    }
    if moved && !focused {
        // After the new page's DOM is in place (its effects run before the next frame).
        request_animation_frame(move || settle(true, changed));
    }
}

/// Scroll to the address's `#fragment`, else (`top`) to the top, with the focus on the main
/// heading of a new page. (A lesson link that names an example scrolls to it itself.)
fn settle(top: bool, new_page: bool) {
    let Some(w) = web_sys::window() else { return };
    let frag = w.location().hash().unwrap_or_default();
    let target = frag.strip_prefix('#').filter(|f| !f.is_empty() && !f.starts_with('/'));
    if let Some(el) = target.and_then(|id| document().get_element_by_id(&route::decode(id))) {
        el.scroll_into_view();
        return;
    }
    if top {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if !new_page {
        return;
    }
    let h1 = document().query_selector("main h1").ok().flatten();
    if let Some(h1) = h1.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !h1.has_attribute("tabindex") {
            let _ = h1.set_attribute("tabindex", "-1");
        }
        let _ = h1.focus();
    }
}

/// The app's route, kept in step with the address bar: clicks on the site's links, Back and
/// Forward, and old hash links typed or followed on a page.
pub fn watch() -> RwSignal<Route> {
    let sig = RwSignal::new(current());
    ROUTE.with(|r| r.set(Some(sig)));
    let click = window_event_listener(leptos::ev::click, on_click);
    let pop = window_event_listener(leptos::ev::popstate, move |_| show(true));
    let hash = window_event_listener(leptos::ev::hashchange, move |_| show(false));
    on_cleanup(move || {
        click.remove();
        pop.remove();
        hash.remove();
    });
    // A page opened at an anchor (`lesson/x/#ex-y`): its element exists once rendered.
    request_animation_frame(|| settle(false, false));
    sig
}

/// A plain left click on a link to a page of the site: render it here instead of loading it.
fn on_click(e: web_sys::MouseEvent) {
    if e.default_prevented() || e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
        return;
    }
    let Some(a) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
    else {
        return;
    };
    if a.has_attribute("download") || a.get_attribute("target").is_some_and(|t| !t.is_empty() && t != "_self") {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let here = w.location();
    let Ok(url) =
        web_sys::Url::new_with_base(&a.get_attribute("href").unwrap_or_default(), &here.href().unwrap_or_default())
    else {
        return;
    };
    if Some(url.origin()) != here.origin().ok() {
        return;
    }
    let same_doc = Some(url.pathname()) == here.pathname().ok() && Some(url.search()) == here.search().ok();
    let hash = url.hash();
    if same_doc && !hash.is_empty() && !hash.starts_with("#/") {
        return; // an anchor on this page: the browser scrolls to it
    }
    let Some(rel) = route::relative(&url.pathname()) else { return };
    if !hash.starts_with("#/") && matches!(route::parse_path(&rel, &url.search()), Route::NotFound(_)) {
        return; // a file of the site (a quiz file, the sitemap): the browser opens it
    }
    e.prevent_default();
    navigate(&format!("{}{}{}", url.pathname(), url.search(), hash));
}
