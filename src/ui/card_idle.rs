//! When a card does its first work: once it is near the viewport and the browser is idle.
//! The pre-rendered page already shows each example's default output, so nothing has to run
//! while the page loads; a card below the fold waits until the learner scrolls to it.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// How far outside the viewport a card counts as near (CSS margin).
const NEAR: &str = "400px 0px";
/// Longest wait for an idle moment once the card is near, in milliseconds.
const IDLE_TIMEOUT_MS: u32 = 1500;

/// Call `f` once, when `el` is near the viewport and then the browser is idle (at once in
/// a browser without `IntersectionObserver`; after a short timeout without
/// `requestIdleCallback`).
pub fn when_near_and_idle(el: &web_sys::Element, f: impl FnOnce() + 'static) {
    let f = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(f) as Box<dyn FnOnce()>)));
    let has_observer = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("IntersectionObserver")).ok())
        .is_some_and(|v| v.is_function());
    if !has_observer {
        return when_idle(move || take_call(&f));
    }
    let f2 = f.clone();
    let cb = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, obs: web_sys::IntersectionObserver| {
            let near = entries
                .iter()
                .filter_map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                .any(|e| e.is_intersecting());
            if near {
                obs.disconnect();
                let f = f2.clone();
                when_idle(move || take_call(&f));
            }
        },
    );
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(NEAR);
    match web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &init) {
        Ok(obs) => {
            obs.observe(el);
            // The observer holds the callback until it disconnects (one small closure per card).
            cb.forget();
        }
        Err(_) => when_idle(move || take_call(&f)),
    }
}

fn take_call(f: &std::cell::Cell<Option<Box<dyn FnOnce()>>>) {
    if let Some(f) = f.take() {
        f()
    }
}

/// Call `f` in an idle period (`requestIdleCallback` with a timeout), else after 50 ms.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::once_into_js(f);
    let has_idle = js_sys::Reflect::get(&w, &JsValue::from_str("requestIdleCallback")).is_ok_and(|v| v.is_function());
    if has_idle {
        let opts = web_sys::IdleRequestOptions::new();
        opts.set_timeout(IDLE_TIMEOUT_MS);
        if w.request_idle_callback_with_options(cb.unchecked_ref(), &opts).is_ok() {
            return;
        }
    }
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 50);
}

thread_local! {
    /// Cards waiting to be built, in page order, one per idle moment.
    static QUEUE: std::cell::RefCell<std::collections::VecDeque<Box<dyn FnOnce()>>> = Default::default();
    static DRAINING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Call `f` in an idle moment of its own, after the calls queued before it: a lesson's cards
/// are built one per task, so no task builds them all.
pub fn in_turn(f: impl FnOnce() + 'static) {
    QUEUE.with(|q| q.borrow_mut().push_back(Box::new(f)));
    if !DRAINING.with(|d| d.replace(true)) {
        when_idle(next_in_turn);
    }
}

fn next_in_turn() {
    let f = QUEUE.with(|q| q.borrow_mut().pop_front());
    if let Some(f) = f {
        f();
    }
    if QUEUE.with(|q| q.borrow().is_empty()) {
        DRAINING.with(|d| d.set(false));
    } else {
        when_idle(next_in_turn);
    }
}
