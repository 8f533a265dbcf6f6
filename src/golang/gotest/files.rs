//! The interpreter's tracebacks and race reports name every frame of package main
//! `main.go`; a test binary's package has several files, so the frames are renamed to the
//! file that declares their function (`main.TestX.func1` is in TestX's file).

use std::collections::HashMap;

/// Where each top-level function and method of the package is declared.
pub struct FileMap(HashMap<String, String>);

impl FileMap {
    /// From the test main's layout: `(function or (*T).M, file)`.
    pub fn new(funcs: &[(String, String)]) -> FileMap {
        FileMap(funcs.iter().cloned().collect())
    }

    /// The file declaring `func` (`main.TestX.func1`), if known.
    fn file_of(&self, func: &str) -> Option<&str> {
        let mut name = func.strip_prefix("main.")?;
        loop {
            if let Some(f) = self.0.get(name) {
                return Some(f);
            }
            name = &name[..name.rfind('.')?];
        }
    }

    /// `text` with each `main.go:N` location under a frame of package main renamed to the
    /// file of the frame's function.
    pub fn fix(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut func: Option<&str> = None;
        for line in text.split_inclusive('\n') {
            let t = line.trim_start();
            match (func.and_then(|f| self.file_of(f)), t.strip_prefix("main.go:")) {
                (Some(file), Some(rest)) if file != "main.go" => {
                    out.push_str(&line[..line.len() - t.len()]);
                    out.push_str(file);
                    out.push(':');
                    out.push_str(rest);
                }
                _ => out.push_str(line),
            }
            func = frame_func(t);
        }
        out
    }
}

/// The function a traceback or race report line names: `main.F(...)` or
/// `created by main.F in goroutine 7`.
fn frame_func(t: &str) -> Option<&str> {
    if let Some(rest) = t.strip_prefix("created by ") {
        return Some(rest.split(" in goroutine").next().unwrap_or(rest).trim_end());
    }
    if t.starts_with("main.") {
        return t.find('(').map(|i| &t[..i]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_get_their_functions_files() {
        let m = FileMap::new(&[("TestX".into(), "main_test.go".into()), ("(*T).M".into(), "main.go".into())]);
        let trace = "main.TestX.func1()\n\tmain.go:14\ncreated by main.TestX in goroutine 7\n\tmain.go:12\nmain.(*T).M(...)\n\tmain.go:3\n";
        let want = "main.TestX.func1()\n\tmain_test.go:14\ncreated by main.TestX in goroutine 7\n\tmain_test.go:12\nmain.(*T).M(...)\n\tmain.go:3\n";
        assert_eq!(m.fix(trace), want);
        let race = "Read at 0x00c000 by goroutine 8:\n  main.TestX.func1()\n      main.go:13\n";
        assert_eq!(m.fix(race), "Read at 0x00c000 by goroutine 8:\n  main.TestX.func1()\n      main_test.go:13\n");
    }
}
