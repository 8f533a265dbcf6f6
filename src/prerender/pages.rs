//! The content of each pre-rendered page: what the app shows, minus what needs the engine
//! (controls, the timeline). Links are relative to the page's folder.

use super::shell::escape;
use super::Page;
use crate::course::data::Question;
use crate::course::prose::{markdown, segments, Segment};
use crate::course::{Course, Example, Exercise, Lesson};

/// `lesson/<id>/` from a page `depth` folders deep.
fn lesson_link(root: &str, id: &str) -> String {
    format!("{root}lesson/{id}/")
}

fn page(path: String, route: String, title: String, description: String, body: String) -> Page {
    Page { path, route, title, description, body }
}

/// A page the app fills from its query (`embed/quiz/?src=…`, `embed/play/?code=…`,
/// `bench/?scale=…`): it exists so that its real path loads (and works offline); without the
/// app it says what it is.
fn app_page(c: &Course, route: &str, title: &str, what: &str, embed_page: bool) -> Page {
    let root = "../".repeat(route.matches('/').count());
    let inner = format!("<h1>{}</h1>\n<p>{}</p>", escape(title), escape(what));
    let body = if embed_page {
        embed(c, &root, inner)
    } else {
        format!("<main class=\"content\" id=\"main\">{inner}<p><a href=\"{root}\">The course</a></p></main>")
    };
    page(format!("{route}index.html"), route.into(), format!("{title} · {}", c.title), what.into(), body)
}

/// The pages whose content comes from their query: an external quiz, the playground
/// embedded, the interpreter's benchmark.
pub fn app_pages(c: &Course) -> Vec<Page> {
    vec![
        app_page(
            c,
            "embed/quiz/",
            "Quiz",
            "A quiz from a file given by the link (src=), checked in your browser: it needs JavaScript.",
            true,
        ),
        app_page(
            c,
            "embed/play/",
            "Go playground",
            "A Go program given by the link, run in your browser: it needs JavaScript.",
            true,
        ),
        app_page(
            c,
            "bench/",
            "Interpreter benchmark",
            "The Go interpreter's benchmark workloads, timed in this browser: it needs JavaScript.",
            false,
        ),
    ]
}

/// The home page: the phases and their lessons.
pub fn home(c: &Course) -> Page {
    let root = "./";
    let mut b = format!("<main class=\"content home\" id=\"main\"><h1>{}</h1>\n", escape(&c.title));
    // The app's words exactly: a longer lead there would be a later, larger paint (LCP).
    b.push_str("<p class=\"lead\">Go's concurrency, run live in your browser on a simulated Go runtime that prints what real Go prints. Change the parameters, break the programs, and watch what happens.</p>\n");
    for ph in &c.phases {
        b.push_str(&format!(
            "<section class=\"phase-block\"><h2>{}</h2><ul class=\"lesson-list\">\n",
            escape(&ph.title)
        ));
        for l in ph.lessons.iter().filter_map(|id| c.lesson(id)) {
            b.push_str(&format!(
                "<li class=\"lesson-tile\"><a href=\"{}\"><strong>{}</strong></a><p>{}</p></li>\n",
                lesson_link(root, &l.id),
                escape(&l.title),
                escape(&l.summary)
            ));
        }
        b.push_str("</ul></section>\n");
    }
    b.push_str(&format!("<p><a href=\"{root}play/\">The playground</a>: run any Go program.</p></main>"));
    let desc = "Learn Go concurrency by running, changing and breaking real programs in your browser.";
    page("index.html".into(), String::new(), c.title.clone(), desc.into(), b)
}

/// A lesson page: prose with its example cards, exercises, quiz, and the lessons around it.
pub fn lesson(c: &Course, l: &Lesson) -> Page {
    let root = "../../";
    let phase = c.phases.iter().find(|p| p.id == l.phase).map(|p| p.title.as_str()).unwrap_or("");
    let mut b = format!(
        "<main class=\"content lesson\" id=\"main\"><p class=\"crumbs\"><a href=\"{root}\">Course</a> / {}</p><h1>{}</h1>\n",
        escape(phase),
        escape(&l.title)
    );
    let mut placed = Vec::new();
    for seg in segments(&l.prose) {
        match seg {
            Segment::Html(h) => b.push_str(&format!("<div class=\"prose\">{h}</div>\n")),
            Segment::Example(id) => {
                if let Some(ex) = l.examples.iter().find(|e| e.id == id) {
                    b.push_str(&example_card(ex, "h2"));
                    placed.push(id);
                }
            }
        }
    }
    for ex in l.examples.iter().filter(|e| !placed.contains(&e.id)) {
        b.push_str(&example_card(ex, "h2"));
    }
    for x in &l.exercises {
        b.push_str(&exercise(x, "h2"));
    }
    b.push_str(&quiz(&l.quiz, "h2"));
    b.push_str(&pagers(c, l, root));
    b.push_str("</main>");
    let title = format!("{} · {}", l.title, c.title);
    page(format!("lesson/{}/index.html", l.id), format!("lesson/{}/", l.id), title, l.summary.clone(), b)
}

fn pagers(c: &Course, l: &Lesson, root: &str) -> String {
    let (prev, next) = c.neighbours(&l.id);
    let link = |x: Option<&Lesson>, rel: &str, label: &str| {
        x.map(|x| {
            format!(
                "<a class=\"pager {rel}\" rel=\"{rel}\" href=\"{}\"><small>{label}</small> <span>{}</span></a>",
                lesson_link(root, &x.id),
                escape(&x.title)
            )
        })
        .unwrap_or_default()
    };
    format!(
        "<nav class=\"pagers\" aria-label=\"Previous and next lesson\">{}{}</nav>\n",
        link(prev, "prev", "← Previous"),
        link(next, "next", "Next →")
    )
}

/// An example as the page first shows it: its source and its output at the defaults.
fn example_card(ex: &Example, h: &str) -> String {
    let defaults = ex.defaults();
    let source = ex.render(&defaults).map(|r| r.source).unwrap_or_default();
    let mut b = format!(
        "<section class=\"example-card\" id=\"ex-{}\"><{h}>{}</{h}><p>{}</p>\n",
        escape(&ex.id),
        escape(&ex.title),
        escape(&ex.summary)
    );
    if !ex.params.is_empty() {
        let ps: Vec<String> = ex.params.iter().map(|p| format!("<code>{}</code>", escape(&ex.describe(p)))).collect();
        b.push_str(&format!("<p class=\"params\">Parameters: {}</p>\n", ps.join(", ")));
    }
    b.push_str(&format!("<pre class=\"code\"><code class=\"language-go\">{}</code></pre>\n", escape(&source)));
    if let Some(g) = ex.golden.iter().find(|g| g.set.is_empty()) {
        let race = if ex.race { "-race " } else { "" };
        let mut out = format!("$ go run {race}main.go\n{}{}", g.stdout, g.report);
        if g.status != 0 {
            out.push_str(&format!("exit status {}\n", g.status));
        }
        b.push_str(&format!("<pre class=\"terminal\" aria-label=\"Output at the defaults\">{}</pre>\n", escape(&out)));
    }
    b.push_str("</section>\n");
    b
}

fn exercise(x: &Exercise, h: &str) -> String {
    format!(
        "<section class=\"exercise\" id=\"exercise-{}\"><{h}>Exercise: {}</{h}>\n<div class=\"prose\">{}</div>\n\
         <pre class=\"code\"><code class=\"language-go\">{}</code></pre>\n\
         <details><summary>Tests</summary><pre class=\"code\"><code class=\"language-go\">{}</code></pre></details></section>\n",
        escape(&x.id),
        escape(&x.title),
        markdown(&x.task),
        escape(&x.starter),
        escape(&x.tests)
    )
}

/// The questions and their choices (answers and explanations need the app).
fn quiz(qs: &[Question], h: &str) -> String {
    if qs.is_empty() {
        return String::new();
    }
    let mut b = format!("<section class=\"quiz\"><{h}>Quiz</{h}><ol>\n");
    for q in qs {
        b.push_str(&format!("<li><div class=\"q\">{}</div><ul>", markdown(&q.q)));
        for ch in &q.choices {
            b.push_str(&format!("<li>{}</li>", markdown(ch)));
        }
        b.push_str("</ul></li>\n");
    }
    b.push_str("</ol></section>\n");
    b
}

fn embed(c: &Course, root: &str, inner: String) -> String {
    format!("<div class=\"embed-root\">{inner}<p class=\"embed-foot\"><a href=\"{root}\" target=\"_blank\">{}</a></p></div>", escape(&c.title))
}

pub fn embed_example(c: &Course, ex: &Example) -> Page {
    let body = embed(c, "../../../", example_card(ex, "h1"));
    let title = format!("{} · {}", ex.title, c.title);
    page(
        format!("embed/example/{}/index.html", ex.id),
        format!("embed/example/{}/", ex.id),
        title,
        ex.summary.clone(),
        body,
    )
}

pub fn embed_quiz(c: &Course, l: &Lesson) -> Page {
    let inner = format!("<h1>{}: quiz</h1>{}", escape(&l.title), quiz(&l.quiz, "h2"));
    let body = embed(c, "../../../", inner);
    let title = format!("Quiz: {} · {}", l.title, c.title);
    page(format!("embed/quiz/{}/index.html", l.id), format!("embed/quiz/{}/", l.id), title, l.summary.clone(), body)
}

pub fn embed_exercise(c: &Course, x: &Exercise) -> Page {
    let body = embed(c, "../../../", exercise(x, "h1"));
    let title = format!("Exercise: {} · {}", x.title, c.title);
    page(
        format!("embed/exercise/{}/index.html", x.id),
        format!("embed/exercise/{}/", x.id),
        title,
        x.summary.clone(),
        body,
    )
}

/// The playground: the editor needs the app; the page lists the starters.
pub fn playground(c: &Course) -> Page {
    let root = "../";
    let mut b = String::from("<main class=\"content play\" id=\"main\"><h1>Playground</h1>\n<p>Write any Go program and run it on the simulated runtime, with the race detector, the timeline and the schedule explorer. Start from an example of the course:</p><ul>\n");
    for ex in c.examples() {
        b.push_str(&format!(
            "<li><a href=\"{}#ex-{}\">{}</a></li>\n",
            lesson_link(root, &ex.lesson),
            escape(&ex.id),
            escape(&ex.title)
        ));
    }
    b.push_str("</ul></main>");
    page(
        "play/index.html".into(),
        "play/".into(),
        format!("Playground · {}", c.title),
        "Run any Go program in your browser.".into(),
        b,
    )
}
