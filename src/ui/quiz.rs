//! Quizzes: a lesson's quiz, a phase's quick check and a quiz file from elsewhere, all one
//! component: one question at a time or all at once, choices in a shuffled order (the data's
//! `answer` index refers to the data's order), immediate feedback with the explanation, a
//! score, retry. The best score is kept in the progress store under the quiz's key;
//! embedded, the score is also posted to the parent page.

use super::prose::inline_markdown;
use super::{post_to_parent, random_seed, record_quiz, save_answers, AppCtx};
use crate::course::data::Question;
use crate::course::{Lesson, Phase};
use crate::runtime::Rng;
use leptos::prelude::*;

/// What a quiz shows and where its results go.
#[derive(Clone, Debug)]
pub struct QuizSpec {
    /// Names it in element ids and in the message to the parent page (a lesson id, a phase
    /// id, or the file's address).
    pub id: String,
    /// The progress key its score and answers are kept under; `None`: kept nowhere.
    pub key: Option<String>,
    /// The section's heading ("Quiz", "Quick check").
    pub heading: String,
    /// For the section's label: "Quiz: <title>".
    pub title: String,
    pub questions: &'static [Question],
    /// Render question, choice and explanation texts as Markdown (safely: no raw HTML, only
    /// http(s) links), not as plain text.
    pub markdown: bool,
}

impl QuizSpec {
    pub fn lesson(l: &'static Lesson) -> QuizSpec {
        QuizSpec {
            id: l.id.clone(),
            key: Some(l.id.clone()),
            heading: "Quiz".into(),
            title: l.title.clone(),
            questions: &l.quiz,
            markdown: false,
        }
    }

    pub fn phase(p: &'static Phase) -> QuizSpec {
        QuizSpec {
            id: format!("phase-{}", p.id),
            key: Some(super::store::phase_key(&p.id)),
            heading: "Quick check".into(),
            title: p.title.clone(),
            questions: &p.quiz,
            markdown: false,
        }
    }
}

/// A text of a quiz: plain, or inline Markdown made safe.
fn text(markdown: bool, s: &str) -> AnyView {
    if markdown {
        view! { <span class="md" inner_html=inline_markdown(s)></span> }.into_any()
    } else {
        s.to_string().into_any()
    }
}

/// A shuffled order of `0..n` (Fisher–Yates with the runtime's seeded generator).
pub fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut rng = Rng::new(seed);
    let mut v: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = rng.below(i as u32 + 1) as usize;
        v.swap(i, j);
    }
    v
}

/// Score of a set of answers (data indices) against the questions.
pub fn score(questions: &[Question], answers: &[Option<usize>]) -> u32 {
    questions.iter().zip(answers).filter(|(q, a)| **a == Some(q.answer)).count() as u32
}

/// Right and wrong in words and a sign, not by colour alone: the right answer once answered,
/// and the learner's wrong choice.
fn mark(chosen: Option<usize>, k: usize, answer: usize) -> Option<impl IntoView> {
    let c = chosen?;
    let text = if k == answer {
        if c == k {
            "✓ correct: your answer"
        } else {
            "✓ the right answer"
        }
    } else if c == k {
        "✗ your answer: wrong"
    } else {
        return None;
    };
    Some(view! { <span class="mark">{text}</span> })
}

/// A lesson's quiz.
#[component]
pub fn Quiz(lesson: &'static Lesson, #[prop(optional)] embed: bool) -> impl IntoView {
    view! { <QuizView spec=QuizSpec::lesson(lesson) embed=embed /> }
}

/// The state of one quiz, shared by its parts.
#[derive(Clone, Copy)]
struct State {
    ctx: Option<AppCtx>,
    questions: &'static [Question],
    md: bool,
    key: StoredValue<Option<String>>,
    /// Element id prefix.
    prefix: StoredValue<String>,
    /// Data indices chosen, per question.
    answers: RwSignal<Vec<Option<usize>>>,
    /// The shuffled order of each question's choices.
    orders: Memo<Vec<Vec<usize>>>,
}

impl State {
    /// Keep the answers so far (quizzes with a key only).
    fn keep(self, a: &[Option<usize>]) {
        if let (Some(ctx), Some(k)) = (self.ctx, self.key.get_value()) {
            save_answers(ctx, &k, a);
        }
    }

    fn score(self) -> u32 {
        self.answers.with(|a| score(self.questions, a))
    }

    fn answered(self) -> usize {
        self.answers.with(|a| a.iter().filter(|x| x.is_some()).count())
    }
}

/// Record and report the score when the last question is answered (not again for a quiz
/// restored complete after a reload).
fn report_score(st: State, id: String, restored_done: bool, embed: bool) {
    let n = st.questions.len();
    let reported = StoredValue::new(restored_done);
    Effect::new(move |_| {
        let complete = st.answered() == n && n > 0;
        if !complete {
            reported.set_value(false);
        }
        if complete && !reported.get_value() {
            reported.set_value(true);
            let s = st.score();
            if let (Some(ctx), Some(k)) = (st.ctx, st.key.get_value()) {
                record_quiz(ctx, &k, s, n as u32);
            }
            if embed {
                post_to_parent(&format!(
                    r#"{{"type":"chanlab:quiz","lesson":{},"score":{s},"total":{n}}}"#,
                    serde_json::Value::String(id.clone())
                ));
            }
        }
    });
}

/// Question `i`: its text, its choices in their shuffled order, the feedback once answered.
fn question(st: State, i: usize) -> impl IntoView {
    let q = &st.questions[i];
    let md = st.md;
    let chosen = move || st.answers.with(|a| a[i]);
    let qid = format!("q-{}-{i}", st.prefix.get_value());
    let choices = move || {
        let order = st.orders.with(|o| o[i].clone());
        order
            .into_iter()
            .map(|k| {
                let cls = move || match chosen() {
                    Some(c) if k == q.answer && c == k => "choice correct chosen",
                    Some(_) if k == q.answer => "choice correct",
                    Some(c) if c == k => "choice wrong chosen",
                    _ => "choice",
                };
                let pick = move |_| {
                    st.answers.update(|a| {
                        if a[i].is_none() {
                            a[i] = Some(k)
                        }
                    });
                    st.keep(&st.answers.get_untracked());
                };
                view! {
                    <li>
                        <button class=cls disabled=move || chosen().is_some()
                            aria-pressed=move || (chosen() == Some(k)).to_string()
                            data-correct=(k == q.answer).to_string() on:click=pick>
                            {text(md, &q.choices[k])}
                            {move || mark(chosen(), k, q.answer)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let feedback = move || {
        chosen().map(|c| {
            let ok = c == q.answer;
            view! {
                <div class="feedback" class:ok=ok role="status">
                    <strong>{if ok { "Correct." } else { "Not quite." }}</strong>
                    " " {text(md, &q.explain)}
                </div>
            }
        })
    };
    let labelled = qid.clone();
    view! {
        <fieldset class="question" aria-labelledby=labelled>
            <legend id=qid>{format!("{}. ", i + 1)}{text(md, &q.q)}</legend>
            <ol class="choices" type="A">{choices}</ol>
            {feedback}
        </fieldset>
    }
}

/// Answers given before a reload (when the quiz still has as many questions and choices).
fn restored(ctx: Option<AppCtx>, key: Option<&String>, questions: &[Question]) -> Option<Vec<Option<usize>>> {
    let n = questions.len();
    ctx.zip(key)
        .and_then(|(c, k)| c.progress.with_untracked(|p| p.answers.get(k).cloned()))
        .filter(|a| a.len() == n && a.iter().zip(questions).all(|(a, q)| a.is_none_or(|k| k < q.choices.len())))
}

/// Any quiz.
#[component]
pub fn QuizView(spec: QuizSpec, #[prop(optional)] embed: bool) -> impl IntoView {
    let ctx = use_context::<AppCtx>();
    let questions = spec.questions;
    let n = questions.len();
    let round = RwSignal::new(random_seed());
    let stored = restored(ctx, spec.key.as_ref(), questions);
    let restored_done = stored.as_ref().is_some_and(|a| a.iter().all(Option::is_some));
    let st = State {
        ctx,
        questions,
        md: spec.markdown,
        key: StoredValue::new(spec.key.clone()),
        prefix: StoredValue::new(spec.id.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect()),
        answers: RwSignal::new(stored.unwrap_or_else(|| vec![None::<usize>; n])),
        orders: Memo::new(move |_| {
            let r = round.get();
            (0..n).map(|i| shuffled(questions[i].choices.len(), r.wrapping_add(i as u64 * 7919))).collect()
        }),
    };
    report_score(st, spec.id.clone(), restored_done, embed);
    let current = RwSignal::new(0usize);
    let all_at_once = RwSignal::new(false);
    let body = move || {
        if all_at_once.get() {
            (0..n).map(|i| question(st, i)).collect_view().into_any()
        } else {
            let i = current.get().min(n.saturating_sub(1));
            view! {
                <div class="one">
                    <p class="counter">{format!("Question {} of {n}", i + 1)}</p>
                    {question(st, i)}
                    <div class="nav">
                        <button disabled=move || current.get() == 0 on:click=move |_| current.update(|c| *c = c.saturating_sub(1))>"Previous"</button>
                        <button disabled=move || { current.get() + 1 >= n } on:click=move |_| current.update(|c| *c += 1)>"Next"</button>
                    </div>
                </div>
            }
            .into_any()
        }
    };
    let retry = move |_| {
        st.answers.set(vec![None; n]);
        st.keep(&[]);
        current.set(0);
        round.set(random_seed());
    };
    let best = move || {
        let k = st.key.get_value()?;
        ctx.and_then(|c| c.progress.with(|p| p.quiz.get(&k).copied())).map(|s| format!("best {}/{}", s.best, s.total))
    };
    if n == 0 {
        return view! { <p class="muted">"No quiz here yet."</p> }.into_any();
    }
    view! {
        <section class="quiz" class:embed=embed data-quiz=spec.id.clone() aria-label=format!("{}: {}", spec.heading, spec.title)>
            <div class="quiz-head">
                <h2>{spec.heading.clone()}</h2>
                <label class="toggle">
                    <input type="checkbox" prop:checked=move || all_at_once.get()
                        on:change=move |e| all_at_once.set(event_target_checked(&e)) />
                    <span>"Show all questions"</span>
                </label>
            </div>
            {body}
            <div class="score" role="status" aria-live="polite">
                <span class="now">{move || format!("Score: {} / {n}", st.score())}</span>
                {move || (st.answered() < n).then(|| format!(" ({} answered)", st.answered()))}
                <span class="best">{move || best().map(|b| format!(" · {b}"))}</span>
                <button on:click=retry>"Retry"</button>
            </div>
        </section>
    }
    .into_any()
}
