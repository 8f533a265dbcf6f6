//! Runtime site labels for source lines: line 12 is `"L12"` (interned once per line, so
//! labels are `&'static str` as the runtime wants), and the `Config::lines` map for them.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static LABELS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Lines labelled at most (longer programs share the last label).
const MAX_LINES: u32 = 100_000;

/// The label of source line `line` (`""` for 0).
pub fn label(line: u32) -> &'static str {
    if line == 0 {
        return "";
    }
    let line = line.min(MAX_LINES);
    LABELS.with(|l| {
        let mut l = l.borrow_mut();
        while l.len() < line as usize {
            let n = l.len() + 1;
            l.push(Box::leak(format!("L{n}").into_boxed_str()));
        }
        l[line as usize - 1]
    })
}

/// `Config::lines` for a program of `max_line` lines.
pub fn lines(max_line: u32) -> HashMap<String, u32> {
    (1..=max_line.min(MAX_LINES)).map(|n| (format!("L{n}"), n)).collect()
}

thread_local! {
    static NAMES: RefCell<HashMap<Vec<u8>, &'static str>> = RefCell::new(HashMap::new());
}

/// A `&'static str` for a name (function and channel names), leaked once per distinct name.
pub fn intern(name: &[u8]) -> &'static str {
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(s) = n.get(name) {
            return *s;
        }
        let s: &'static str = Box::leak(String::from_utf8_lossy(name).into_owned().into_boxed_str());
        n.insert(name.to_vec(), s);
        s
    })
}
