//! Offline use: registers the build's service worker (`sw.js`, written by `chanlab prerender`)
//! and, when a new deployment's worker is installed and waiting, shows "a new version is
//! ready" with a button that lets it take over and reloads the page.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// Register `{root}sw.js` (root: the way back to the site's root from this page) and mount
/// the update notice. Browsers without service workers, or pages opened from a file, skip it.
pub fn start(root: &str) {
    let Some(w) = web_sys::window() else { return };
    let nav = w.navigator();
    if !js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let ready = RwSignal::new(None::<ServiceWorker>);
    let url = format!("{root}sw.js");
    let container = nav.service_worker();
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.register(&url)).await else { return };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        watch(reg, ready);
    });
    leptos::mount::mount_to_body(move || view! { <UpdateNotice ready=ready /> });
}

/// Note a worker that waits to take over from the one controlling this page.
fn watch(reg: ServiceWorkerRegistration, ready: RwSignal<Option<ServiceWorker>>) {
    let controlled = || web_sys::window().and_then(|w| w.navigator().service_worker().controller()).is_some();
    if let Some(waiting) = reg.waiting().filter(|_| controlled()) {
        ready.set(Some(waiting));
    }
    let reg2 = reg.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = reg2.installing() else { return };
        let sw = installing.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if sw.state() == ServiceWorkerState::Installed && controlled() {
                ready.set(Some(sw.clone()));
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Ask the waiting worker to take over, and reload once it has.
fn take_over(sw: &ServiceWorker) {
    let Some(w) = web_sys::window() else { return };
    let container = w.navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let _ = sw.post_message(&"skip-waiting".into());
}

#[component]
fn UpdateNotice(ready: RwSignal<Option<ServiceWorker>>) -> impl IntoView {
    move || {
        ready.get().map(|sw| {
            view! {
                <div class="update-notice" role="status">
                    "A new version of the course is ready. "
                    <button type="button" on:click=move |_| take_over(&sw)>"Reload"</button>
                </div>
            }
        })
    }
}
