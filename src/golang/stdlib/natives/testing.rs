//! testing and testing/synctest natives: call sites for log lines, the race detector's
//! count, the virtual clock, results handed to the runner ([`take_results`]), `-run`
//! patterns (Go's RE2 syntax through regex-lite natively; names, `^`, `$`, `|` in the
//! wasm), and the synctest bubble's hooks into the
//! runtime (its clock, its deadlock, `synctest.Wait`).

use super::{bytes, int, str_val};
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::Value;
use crate::runtime;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub fn register(reg: &mut Registry) {
    reg.add("testing.callerFrame", caller_frame);
    reg.add("testing.racesFound", |_, _| NativeResult::one(Value::Int(runtime::races_found() as i64)));
    reg.add("testing.elapsed", |_, _| NativeResult::one(Value::Int(test_clock())));
    reg.add("testing.record", record);
    reg.add("testing.panicOnExit0", |_, a| {
        super::os::panic_on_exit0(matches!(a.first(), Some(Value::Bool(true))));
        NativeResult::none()
    });
    reg.add("testing.captureStdout", |_, _| {
        super::os::capture_stdout(true);
        NativeResult::none()
    });
    reg.add("testing.capturedStdout", |_, _| {
        NativeResult::one(str_val(super::os::capture_stdout(false).unwrap_or_default()))
    });
    reg.add("testing.matchString", match_string);
    reg.add("testing.bubbleStart", bubble_start);
    reg.add("testing.bubbleEnd", bubble_end);
    reg.add("testing.watchDeadlock", watch_deadlock);
    reg.add("testing.waitIdle", wait_idle);
    reg.add("synctest.wait", wait_idle);
    reg.add("synctest.inBubble", |_, _| NativeResult::one(Value::Bool(super::time::in_bubble())));
}

/// One finished test as the testing package reported it: name, `PASS`/`FAIL`/`SKIP`, log.
#[derive(Clone, Debug, PartialEq)]
pub struct Recorded {
    pub name: String,
    pub status: String,
    pub output: String,
}

thread_local! {
    static RESULTS: RefCell<Vec<Recorded>> = const { RefCell::new(Vec::new()) };
    /// Virtual time spent inside synctest bubbles so far (fake time: Go's test durations
    /// do not include it).
    static BUBBLE_TIME: Cell<i64> = const { Cell::new(0) };
}

/// The results recorded since the last call and the virtual time spent in synctest
/// bubbles (the runner calls it before and after a run); the synctest clock is reset.
pub fn take_results() -> (Vec<Recorded>, i64) {
    super::time::set_bubble(None);
    super::os::capture_stdout(false);
    super::os::panic_on_exit0(false);
    let results = RESULTS.with(|r| std::mem::take(&mut *r.borrow_mut()));
    (results, BUBBLE_TIME.with(|b| b.replace(0)))
}

/// The clock test durations are measured with: virtual time outside synctest bubbles.
fn test_clock() -> i64 {
    let now = runtime::elapsed();
    let inside = super::time::bubble_start().map_or(0, |start| now - start);
    now - BUBBLE_TIME.with(Cell::get) - inside
}

fn string(args: &[Value], i: usize) -> String {
    String::from_utf8_lossy(bytes(args, i)).into_owned()
}

/// `record(name, status, output string)`.
fn record(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let r = Recorded { name: string(args, 0), status: string(args, 1), output: string(args, 2) };
    RESULTS.with(|v| v.borrow_mut().push(r));
    NativeResult::none()
}

/// `callerFrame(skip int) (fn string, line int, ok bool)`: the Go frame `skip` levels above
/// callerFrame's caller.
fn caller_frame(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let skip = int(args, 0).max(0) as usize;
    let frames = &cx.fiber.frames;
    let Some(f) = frames.len().checked_sub(1 + skip).and_then(|i| frames.get(i)) else {
        return NativeResult::Values(vec![str_val(""), Value::Int(0), Value::Bool(false)]);
    };
    let line = f.func.lines.get(f.pc.saturating_sub(1) as usize).copied().unwrap_or(0);
    NativeResult::Values(vec![str_val(f.func.name), Value::Int(line as i64), Value::Bool(true)])
}

/// `matchString(pat, str string) (ok bool, err string)`.
fn match_string(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let (pat, s) = (string(args, 0), string(args, 1));
    let (ok, err) = match regex_match(&pat, &s) {
        Some(ok) => (ok, String::new()),
        None => (false, go_regexp_error(&pat)),
    };
    NativeResult::Values(vec![Value::Bool(ok), str_val(err)])
}

/// Whether `s` matches `pat`; `None` when the pattern does not compile.
#[cfg(not(target_arch = "wasm32"))]
fn regex_match(pat: &str, s: &str) -> Option<bool> {
    regex_lite::Regex::new(pat).ok().map(|re| re.is_match(s))
}

#[cfg(target_arch = "wasm32")]
fn regex_match(pat: &str, s: &str) -> Option<bool> {
    literal_match(pat, s)
}

/// The site's `-run` matcher (no regex engine in the wasm): alternatives separated by `|`,
/// each a literal name optionally anchored by `^` and `$`; other syntax does not compile.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn literal_match(pat: &str, s: &str) -> Option<bool> {
    let mut any = false;
    for alt in pat.split('|') {
        let (start, rest) = alt.strip_prefix('^').map_or((false, alt), |r| (true, r));
        let (end, lit) = rest.strip_suffix('$').map_or((false, rest), |r| (true, r));
        if lit.contains(|c: char| "\\.*+?()[]{}^$".contains(c)) {
            return None;
        }
        any |= match (start, end) {
            (true, true) => s == lit,
            (true, false) => s.starts_with(lit),
            (false, true) => s.ends_with(lit),
            (false, false) => s.contains(lit),
        };
    }
    Some(any)
}

/// What Go's regexp package says of a pattern regex-lite rejects, for the usual mistakes
/// (an unclosed group or class, a repetition of nothing); others get a generic message.
fn go_regexp_error(pat: &str) -> String {
    let detail = if let Some(i) = unclosed_class(pat) {
        format!("missing closing ]: `{}`", &pat[i..])
    } else if pat.matches('(').count() > pat.matches(')').count() {
        format!("missing closing ): `{pat}`")
    } else if pat.matches(')').count() > pat.matches('(').count() {
        format!("unexpected ): `{pat}`")
    } else if let Some(op) = pat.chars().next().filter(|c| "*+?".contains(*c)) {
        format!("missing argument to repetition operator: `{op}`")
    } else {
        format!("invalid syntax: `{pat}`")
    };
    format!("error parsing regexp: {detail}")
}

/// Where a `[` that is never closed starts.
fn unclosed_class(pat: &str) -> Option<usize> {
    let b = pat.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => match pat[i + 1..].find(']') {
                Some(j) => i += j + 1,
                None => return Some(i),
            },
            _ => {}
        }
        i += 1;
    }
    None
}

/// `bubbleStart() int`: a synctest bubble begins now (its clock starts at 2000-01-01);
/// returns how many goroutines live outside it.
fn bubble_start(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    super::time::set_bubble(Some(runtime::elapsed()));
    NativeResult::one(Value::Int(runtime::num_goroutine() as i64))
}

/// `bubbleEnd()`: the bubble is over (its deadlock watch too).
fn bubble_end(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    if let Some(start) = super::time::bubble_start() {
        BUBBLE_TIME.with(|b| b.set(b.get() + runtime::elapsed() - start));
    }
    super::time::set_bubble(None);
    runtime::on_deadlock(None);
    NativeResult::none()
}

/// `watchDeadlock(c chan bool)`: when every goroutine is blocked and no timer is pending,
/// send `true` on `c` (buffered) instead of ending the program with a deadlock.
fn watch_deadlock(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    if let Some(Value::Chan(c)) = args.first() {
        let c = c.clone();
        runtime::on_deadlock(Some(Rc::new(move || c.try_send_internal(Value::Bool(true)))));
    }
    NativeResult::none()
}

/// `waitIdle()` / `synctest.Wait()`: yield until every other goroutine is blocked.
fn wait_idle(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::block(async {
        while runtime::others_runnable() {
            runtime::gosched().await;
        }
        NativeResult::none()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sites_run_matcher_takes_names_anchors_and_alternatives() {
        assert_eq!(literal_match("Alpha", "TestAlphabet"), Some(true));
        assert_eq!(literal_match("Alpha$", "TestAlphabet"), Some(false));
        assert_eq!(literal_match("^TestB|x1$", "TestAx1"), Some(true));
        assert_eq!(literal_match("^Beta", "TestBeta"), Some(false));
        assert_eq!(literal_match("a.b", "axb"), None);
        assert_eq!(regex_match("A.b", "xAxb"), Some(true));
        assert_eq!(regex_match("(", ""), None);
    }

    #[test]
    fn regexp_errors_as_go_words_them() {
        assert_eq!(go_regexp_error("("), "error parsing regexp: missing closing ): `(`");
        assert_eq!(go_regexp_error("a[b"), "error parsing regexp: missing closing ]: `[b`");
        assert_eq!(go_regexp_error("*x"), "error parsing regexp: missing argument to repetition operator: `*`");
    }
}
