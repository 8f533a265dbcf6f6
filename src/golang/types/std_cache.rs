//! Standard packages parsed and checked once per thread, not on every build: the parsed
//! files of each package ([`std_loader`]'s cache) and the checker's state right after the
//! main package's imports are loaded, keyed by the ordered list of those imports. Loading
//! imports is deterministic (depth first, in source order) and a standard package never
//! sees the main package, so a copy of that state is exactly what a fresh checker would
//! reach before checking `main`. Only error-free states are kept.

use super::check::{check_from, std_loader, Checker};
use super::{ast, Checked, TypeError};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// How many import lists keep a checked state (the playground edits one program at a time).
const SNAPSHOTS: usize = 8;

type Files = Rc<Vec<(String, ast::File)>>;

thread_local! {
    static PARSED: RefCell<HashMap<String, Files>> = RefCell::new(HashMap::new());
    static CHECKED: RefCell<Vec<(Vec<String>, Rc<Checker>)>> = const { RefCell::new(Vec::new()) };
}

/// A standard package's parsed files, parsed on first use (`None`: chanlab lacks it).
pub(crate) fn parsed(path: &str) -> Option<Result<Files, String>> {
    if let Some(f) = PARSED.with(|m| m.borrow().get(path).cloned()) {
        return Some(Ok(f));
    }
    let srcs = crate::golang::stdlib::package_files(path)?;
    let mut out = Vec::new();
    for (name, src) in srcs {
        let name = format!("{path}/{name}");
        match crate::golang::syntax::parse_file(&name, src) {
            Ok(f) => out.push((name, f)),
            Err(e) => return Some(Err(format!("{}: {:?}", name, e.first().map(|e| e.to_string())))),
        }
    }
    let files = Rc::new(out);
    PARSED.with(|m| m.borrow_mut().insert(path.to_string(), files.clone()));
    Some(Ok(files))
}

/// Parse a standard package ahead of its first build (the site does this in idle moments,
/// one package each) and name the packages it imports; `None` when chanlab lacks it or it
/// does not parse.
pub fn preparse(path: &str) -> Option<Vec<String>> {
    let files = parsed(path)?.ok()?;
    Some(files.iter().flat_map(|(_, f)| f.imports.iter().map(|i| i.path.clone())).collect())
}

/// [`super::check_after`] with the standard loader, starting from the cached state for the
/// main files' imports when there is one (and caching it when there is not).
pub fn check_after_cached(
    files: &[ast::File],
    names: &[&str],
    earlier: Vec<TypeError>,
) -> Result<Checked, Vec<TypeError>> {
    let start = match imports(files, names) {
        Some(imps) => loaded(&imps),
        None => Checker::new(),
    };
    check_from(start, files, names, earlier, &std_loader)
}

/// The main files' imports in loading order, once each, when all are standard packages
/// chanlab has (`None` otherwise: the checker reports those imports itself).
fn imports<'a>(files: &'a [ast::File], names: &[&'a str]) -> Option<Vec<(&'a str, &'a ast::Import)>> {
    let mut out: Vec<(&str, &ast::Import)> = Vec::new();
    for (i, f) in files.iter().enumerate() {
        if f.package.name != "main" {
            return None;
        }
        for imp in &f.imports {
            crate::golang::stdlib::package_files(&imp.path)?;
            if !out.iter().any(|(_, o)| o.path == imp.path) {
                out.push((names.get(i).copied().unwrap_or("main.go"), imp));
            }
        }
    }
    Some(out)
}

/// A checker holding the packages `imps` load, from the cache or made (and cached) now.
fn loaded(imps: &[(&str, &ast::Import)]) -> Checker {
    let key: Vec<String> = imps.iter().map(|(_, i)| i.path.clone()).collect();
    let hit = CHECKED.with(|c| c.borrow().iter().find(|(k, _)| *k == key).map(|(_, c)| c.clone()));
    if let Some(c) = hit {
        return (*c).clone();
    }
    let mut c = Checker::new();
    let mut loading = vec!["main".to_string()];
    for (file, imp) in imps {
        c.import(file, imp, &std_loader, &mut loading);
    }
    if !c.errors.is_empty() || !c.go_command_errors.is_empty() {
        return Checker::new(); // the uncached path reports them where they belong
    }
    // What `finish` does to every file, done once here for the files copies will share.
    for f in c.files.iter_mut() {
        super::check::default_untyped(&c.tt, Rc::make_mut(&mut f.info));
    }
    CHECKED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= SNAPSHOTS {
            cache.remove(0);
        }
        cache.push((key, Rc::new(c.clone())));
    });
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::golang::syntax::parse_file;

    const PROG: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tfmt.Println(strings.Repeat(\"ab\", 2))\n}\n";

    fn fresh(src: &str) -> Result<Checked, Vec<TypeError>> {
        super::super::check_after(&[parse_file("main.go", src).unwrap()], &["main.go"], vec![], &std_loader)
    }

    fn cached(src: &str) -> Result<Checked, Vec<TypeError>> {
        check_after_cached(&[parse_file("main.go", src).unwrap()], &["main.go"], vec![])
    }

    #[test]
    fn cached_state_matches_a_fresh_check() {
        for _ in 0..2 {
            let (a, b) = (fresh(PROG).ok().unwrap(), cached(PROG).ok().unwrap());
            assert_eq!(a.objects.len(), b.objects.len());
            assert_eq!(a.table.types, b.table.types);
            assert_eq!(
                a.files.iter().map(|f| &f.name).collect::<Vec<_>>(),
                b.files.iter().map(|f| &f.name).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn errors_in_main_are_reported_after_a_cache_hit() {
        let bad = PROG.replace("strings.Repeat(\"ab\", 2)", "strings.Repeat(2)");
        cached(PROG).ok().unwrap();
        let (a, b) = (fresh(&bad).err().unwrap(), cached(&bad).err().unwrap());
        assert_eq!(a, b);
        assert!(!a.is_empty());
    }

    #[test]
    fn unknown_imports_skip_the_cache() {
        let src = "package main\n\nimport \"nosuch/pkg\"\n\nfunc main() {}\n";
        assert_eq!(fresh(src).err().unwrap(), cached(src).err().unwrap());
    }
}
