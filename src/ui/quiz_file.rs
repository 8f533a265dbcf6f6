//! A quiz file from another place, embedded with `embed/quiz/?src=<url>`: fetched (same
//! origin, or another origin that allows it with CORS; no cookies sent), read as data only
//! (`course::check::parse_quiz`: at most 256 KB, the course's quiz shape, every problem
//! listed in words), then shown as any quiz, its Markdown rendered safely. Nothing in the
//! file is ever run.

use super::quiz::{QuizSpec, QuizView};
use crate::course::check::{parse_quiz, MAX_QUIZ_BYTES};
use crate::course::data::Question;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Where the file is.
#[derive(Clone, Debug, PartialEq)]
enum Load {
    Loading,
    Ready(&'static [Question]),
    Problems(Vec<String>),
}

/// An address the page may fetch: http(s), or relative to the site's root (never `javascript:`,
/// `data:`, `file:`...).
pub fn fetchable(src: &str) -> bool {
    let s = src.trim().to_ascii_lowercase();
    if s.starts_with("http://") || s.starts_with("https://") {
        return true;
    }
    // Relative: no scheme before the first `/`, `?` or `#`.
    let head = s.split(['/', '?', '#']).next().unwrap_or("");
    !head.contains(':') && !s.starts_with("//")
}

fn get(o: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn call(o: &JsValue, k: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = get(o, k).dyn_into::<js_sys::Function>().ok()?;
    f.apply(o, &args.iter().collect::<js_sys::Array>()).ok()
}

/// `then` on a promise with Rust callbacks, which live until the promise settles.
fn then(p: JsValue, ok: impl FnOnce(JsValue) + 'static, err: impl FnOnce(JsValue) + 'static) {
    let Ok(p) = p.dyn_into::<js_sys::Promise>() else { return err(JsValue::NULL) };
    let ok = Closure::once(ok);
    let err = Closure::once(err);
    let _ = p.then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// The callback of [`fetch_text`], called once.
type Done = std::rc::Rc<std::cell::Cell<Option<Box<dyn FnOnce(Result<String, String>)>>>>;

/// Fetch a text file without cookies; `done` gets its text or what went wrong, in words.
fn fetch_text(src: &str, done: impl FnOnce(Result<String, String>) + 'static) {
    let win: JsValue = window().into();
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"credentials".into(), &"omit".into());
    let Some(p) = call(&win, "fetch", &[JsValue::from_str(src), opts.into()]) else {
        return done(Err("this browser cannot fetch files".into()));
    };
    let done: Done = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(done))));
    let (d1, d2) = (done.clone(), done.clone());
    let fail = move |d: &Done, m: String| {
        if let Some(f) = d.take() {
            f(Err(m))
        }
    };
    let network = "could not load it: the network failed, or its server does not let other sites read it (CORS)";
    then(
        p,
        move |resp| {
            if get(&resp, "ok").as_bool() != Some(true) {
                let status = get(&resp, "status").as_f64().unwrap_or(0.0);
                return fail(&d1, format!("could not load it: the server answered {status}"));
            }
            let length = call(&get(&resp, "headers"), "get", &[JsValue::from_str("content-length")]);
            if let Some(n) = length.and_then(|v| v.as_string()).and_then(|s| s.parse::<usize>().ok()) {
                if n > MAX_QUIZ_BYTES {
                    let m = format!(
                        "the file is {} KB; a quiz file may be at most {} KB",
                        n.div_ceil(1024),
                        MAX_QUIZ_BYTES / 1024
                    );
                    return fail(&d1, m);
                }
            }
            let Some(text) = call(&resp, "text", &[]) else { return fail(&d1, network.into()) };
            let d3 = d1.clone();
            then(
                text,
                move |t| {
                    if let Some(f) = d1.take() {
                        f(t.as_string().ok_or_else(|| "the file is not text".to_string()))
                    }
                },
                move |_| fail(&d3, "could not read the file".into()),
            );
        },
        move |_| fail(&d2, network.into()),
    );
}

/// A relative address from the site's root (as when quiz links were `#/embed/quiz?src=`,
/// on the root's page), whichever page the quiz is on.
fn from_root(src: &str) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let base = format!("{origin}{}", super::route::root());
    web_sys::Url::new_with_base(src, &base).map(|u| u.href()).unwrap_or_else(|_| src.to_string())
}

/// The embedded quiz from a file.
#[component]
pub fn ExternalQuiz(src: String) -> impl IntoView {
    let state = RwSignal::new(Load::Loading);
    if fetchable(&src) {
        fetch_text(&from_root(&src), move |r| {
            let next = match r.map(|t| parse_quiz(&t)) {
                Ok(Ok(q)) => Load::Ready(Box::leak(q.into_boxed_slice())),
                Ok(Err(ps)) => Load::Problems(ps),
                Err(e) => Load::Problems(vec![e]),
            };
            _ = state.try_set(next);
        });
    } else {
        state.set(Load::Problems(vec![
            "only http(s) addresses or addresses relative to this page can be loaded".into()
        ]));
    }
    let name = src.rsplit('/').next().unwrap_or(&src).to_string();
    let src2 = src.clone();
    move || match state.get() {
        Load::Loading => {
            view! { <p class="muted loading" role="status">{format!("Loading the quiz {src2}…")}</p> }.into_any()
        }
        Load::Ready(questions) => {
            let spec = QuizSpec {
                id: src2.clone(),
                key: None,
                heading: "Quiz".into(),
                title: name.clone(),
                questions,
                markdown: true,
            };
            view! { <QuizView spec=spec embed=true /> }.into_any()
        }
        Load::Problems(ps) => {
            let items = ps.into_iter().map(|p| view! { <li>{p}</li> }).collect_view();
            view! {
                <div class="quiz-problems" role="alert">
                    <p><strong>"This quiz file cannot be shown: "</strong><code>{src2.clone()}</code></p>
                    <ul>{items}</ul>
                    <p class="muted">"A quiz file is a JSON list of questions: "
                        <code>{r#"[{"q": "…", "choices": ["…", "…"], "answer": 0, "explain": "…"}]"#}</code>
                        " (answer: the 0-based index of the right choice; explain optional)."</p>
                </div>
            }
            .into_any()
        }
    }
}
