//! `golang::format::source` against real gofmt (Go 1.27.3): every corpus program in
//! `tests/go/*.go`, the fixtures in `tests/gofmt/*.go` (one per area: imports, alignment,
//! expressions, statements, comments, generics), every lesson example's rendered source, every Go file of the exercises
//! under `lessons/*/exercises/`, and mangled versions of each (indentation stripped, blank
//! lines doubled, blanks added inside brackets, blanks around operators removed, tokens
//! re-spaced tightly or widely, comments dropped in between tokens), compared
//! with what gofmt prints for the same mangled text. Formatting must also be idempotent,
//! and no input may panic the formatter.
//!
//! Damaged corpus files that gofmt rejects must get gofmt's first error line.
//!
//! `tests/gofmt/KNOWN_GAPS` (formatting) and `tests/gofmt/KNOWN_ERROR_GAPS` (errors) list
//! the cases that still differ: the tests fail on any failing case not listed. Regenerate it with `CHANLAB_GOFMT_WRITE_GAPS=1 cargo test --test
//! gofmt`; `CHANLAB_GOFMT_FILTER=substr` runs the cases whose name contains `substr` and
//! prints their first difference; `CHANLAB_GOFMT_DUMP=dir` writes every case's input there;
//! `CHANLAB_GOFMT_EXTRA=list` adds the Go files named in `list` (one path a line), for
//! exploring beyond the corpus.

use chanlab::golang::format;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Real gofmt: next to the `go` binary conformance uses, else the machine's Go 1.27.
fn gofmt_binary() -> PathBuf {
    if let Ok(go) = chanlab::course::conform::go_binary() {
        if let Some(p) = go.parent().map(|d| d.join("gofmt")).filter(|p| p.is_file()) {
            return p;
        }
    }
    PathBuf::from("/opt/go127/go/bin/gofmt")
}

/// What real gofmt prints for `src`, or `None` when it rejects it.
fn real_gofmt(bin: &Path, src: &str) -> Option<String> {
    real_gofmt_full(bin, src).ok()
}

/// What real gofmt prints for `src` given as a file `main.go` (as a file, not standard
/// input: gofmt then does not try the text as a fragment), or its first error line.
fn real_gofmt_full(bin: &Path, src: &str) -> Result<String, String> {
    let dir =
        std::env::temp_dir().join(format!("chanlab-gofmt-{}-{:?}", std::process::id(), std::thread::current().id()));
    std::fs::create_dir_all(&dir).expect("make a temporary directory");
    std::fs::write(dir.join("main.go"), src).expect("write main.go");
    let out = Command::new(bin).arg("main.go").current_dir(&dir).output().expect("run gofmt");
    if out.status.success() {
        return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    let err = String::from_utf8_lossy(&out.stderr);
    Err(err.lines().next().unwrap_or("").to_string())
}

/// Every original source: (case name, text).
fn originals() -> Vec<(String, String)> {
    let mut cases = Vec::new();
    for p in corpus_files() {
        let name = format!("corpus/{}", p.file_name().unwrap().to_string_lossy());
        cases.push((name, std::fs::read_to_string(&p).expect("read corpus file")));
    }
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(manifest().join("tests/gofmt"))
        .expect("tests/gofmt")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    fixtures.sort();
    for p in fixtures {
        let name = format!("fixture/{}", p.file_name().unwrap().to_string_lossy());
        cases.push((name, std::fs::read_to_string(&p).expect("read fixture")));
    }
    let (course, _) = chanlab::course::Course::load();
    for lesson in &course.lessons {
        for ex in &lesson.examples {
            if let Ok(r) = ex.render(&ex.defaults()) {
                cases.push((format!("example/{}", ex.id), r.source));
            }
        }
    }
    if let Some(list) = std::env::var_os("CHANLAB_GOFMT_EXTRA") {
        let list = std::fs::read_to_string(list).expect("read the CHANLAB_GOFMT_EXTRA list");
        for p in list.lines().filter(|l| !l.trim().is_empty()) {
            cases.push((format!("extra/{p}"), std::fs::read_to_string(p).expect("read an extra file")));
        }
    }
    let mut files = Vec::new();
    collect_go(&manifest().join("lessons"), &mut files);
    for p in files.into_iter().filter(|p| p.to_string_lossy().contains("/exercises/")) {
        let rel = p.strip_prefix(manifest().join("lessons")).unwrap().to_string_lossy().into_owned();
        cases.push((format!("exercise/{rel}"), std::fs::read_to_string(&p).expect("read exercise")));
    }
    cases
}

fn collect_go(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect_go(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

/// The mangled versions of a source: (suffix, text).
fn mangled(src: &str) -> Vec<(&'static str, String)> {
    let strip: String = src.lines().map(|l| format!("{}\n", l.trim_start())).collect();
    let doubled: String =
        src.lines().map(|l| if l.trim().is_empty() { "\n\n".to_string() } else { format!("{l}\n") }).collect();
    let spaced = src.replace('(', "( ").replace(')', " )").replace(',', " ,");
    let mut tight = src.to_string();
    for op in [" + ", " - ", " * ", " / ", " == ", " != ", " := ", " = ", " && ", " || ", " < ", " > "] {
        tight = tight.replace(op, op.trim());
    }
    let mut out = vec![("strip", strip), ("doubled", doubled), ("spaced", spaced), ("tight", tight)];
    if let Some(t) = respace(src, false) {
        out.push(("squash", t));
    }
    if let Some(t) = respace(src, true) {
        out.push(("spread", t));
    }
    if let Some(t) = commented(src) {
        out.push(("commented", t));
    }
    out
}

/// The source with comments dropped in: `/* cN */` after every fifth token, `// lN` at the
/// end of every third line that ends in a token.
fn commented(src: &str) -> Option<String> {
    use chanlab::golang::syntax::lexer::Lexer;
    use chanlab::golang::syntax::token::Tok;
    let starts: Vec<usize> = std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let mut lx = Lexer::new(src);
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let mut n = 0;
    loop {
        lx.next();
        if lx.tok.tok == Tok::EOF || !lx.errors.is_empty() {
            break;
        }
        let (line, col) = (lx.tok.pos.line as usize, lx.tok.pos.col as usize);
        let off = starts[line - 1] + col - 1;
        let end = off + lx.token_text().len();
        if lx.tok.tok == Tok::Semi && lx.tok.lit == "newline" {
            if line % 3 == 0 {
                inserts.push((off, format!(" // l{line}")));
            }
            continue;
        }
        n += 1;
        if n % 5 == 0 && lx.tok.tok != Tok::Semi {
            inserts.push((end, format!(" /* c{n} */")));
        }
    }
    if !lx.errors.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut at = 0;
    for (off, text) in inserts {
        if off < at || off > src.len() {
            continue;
        }
        out.push_str(&src[at..off]);
        out.push_str(&text);
        at = off;
    }
    out.push_str(&src[at..]);
    Some(out)
}

/// The source re-spaced token by token (lines kept, indentation dropped): with `wide`, one
/// blank between any two tokens (`f ( a , b )`); else blanks only where two words would
/// merge (`x:=a+b*c`).
fn respace(src: &str, wide: bool) -> Option<String> {
    use chanlab::golang::syntax::lexer::Lexer;
    use chanlab::golang::syntax::token::Tok;
    let starts: Vec<usize> = std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let off = |line: u32, col: u32| starts[line as usize - 1] + col as usize - 1;
    let mut lx = Lexer::new(src);
    let mut items: Vec<(usize, String, bool)> = Vec::new();
    loop {
        lx.next();
        if lx.tok.tok == Tok::EOF || !lx.errors.is_empty() {
            break;
        }
        if lx.tok.tok == Tok::Semi && lx.tok.lit != "semicolon" {
            continue;
        }
        let word = matches!(lx.tok.tok, Tok::Name | Tok::Literal) || lx.tok.tok.is_keyword();
        items.push((off(lx.tok.pos.line, lx.tok.pos.col), lx.token_text().to_string(), word));
    }
    if !lx.errors.is_empty() {
        return None;
    }
    for c in &lx.comments {
        items.push((off(c.pos.line, c.pos.col), c.text.to_string(), true));
    }
    items.sort_by_key(|i| i.0);
    let line_of = |o: usize| starts.partition_point(|&s| s <= o);
    let mut out = String::new();
    let mut prev: Option<(usize, bool, String)> = None;
    for (o, text, word) in items {
        if let Some((pend, pword, ptext)) = &prev {
            let gap = line_of(o) - line_of(*pend);
            if gap > 0 {
                out.push_str(&"\n".repeat(gap));
            } else if wide
                || (*pword && word)
                || ptext.starts_with("/*")
                || text.starts_with("/*")
                || combine(ptext, &text)
            {
                out.push(' ');
            }
        }
        out.push_str(&text);
        let end = o + text.len();
        prev = Some((end.saturating_sub(1).max(o), word, text));
    }
    out.push('\n');
    Some(out)
}

/// Whether two operator tokens written together would read as another token.
fn combine(a: &str, b: &str) -> bool {
    let (x, y) = (a.chars().last().unwrap_or(' '), b.chars().next().unwrap_or(' '));
    matches!(
        (x, y),
        ('+', '+')
            | ('-', '-')
            | ('&', '&')
            | ('&', '^')
            | ('<', '-')
            | ('<', '<')
            | ('/', '/')
            | ('/', '*')
            | ('.', '.')
    ) || (x.is_ascii_digit() && y == '.')
        || "+-*/%&|^<>=!:".contains(x) && y == '='
}

/// Why a case fails, or `None`. Formatting the output again must change nothing, unless
/// real gofmt changes it too (and then the same way): gofmt is not quite idempotent (a
/// doc comment left ending in `//` loses that line the second time).
fn check(bin: &Path, want: Option<&str>, src: &str) -> Option<String> {
    let got = std::panic::catch_unwind(|| format::source(src));
    let got = match got {
        Err(_) => return Some("panicked".into()),
        Ok(g) => g,
    };
    match (want, got) {
        (None, Err(_)) => None,
        (None, Ok(_)) => Some("gofmt rejects it, format accepted it".into()),
        (Some(_), Err(e)) => Some(format!("rejected: {}", e.lines().next().unwrap_or(""))),
        (Some(w), Ok(g)) if w != g => Some(first_diff(w, &g)),
        (Some(_), Ok(g)) => match format::source(&g) {
            Ok(again) if again == g => None,
            Ok(again) if real_gofmt(bin, &g).as_deref() == Some(again.as_str()) => None,
            _ => Some("not idempotent".into()),
        },
    }
}

fn first_diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied().unwrap_or("<EOF>"), g.get(i).copied().unwrap_or("<EOF>"));
        if a != b {
            return format!("line {}: gofmt {:?}, format {:?}", i + 1, a, b);
        }
    }
    "differs".into()
}

fn gaps_path(name: &str) -> PathBuf {
    manifest().join("tests/gofmt").join(name)
}

fn known_gaps(name: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(gaps_path(name)).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn gofmt_matches_real_gofmt() {
    let bin = gofmt_binary();
    assert!(bin.is_file(), "real gofmt not found at {}", bin.display());
    let filter = std::env::var("CHANLAB_GOFMT_FILTER").ok();
    let mut failures: Vec<(String, String)> = Vec::new();
    let mut total = 0;
    for (name, src) in originals() {
        let mut variants = vec![("", src.clone())];
        variants.extend(mangled(&src));
        for (suffix, text) in variants {
            let case = if suffix.is_empty() { name.clone() } else { format!("{name}#{suffix}") };
            if filter.as_ref().is_some_and(|f| !case.contains(f.as_str())) {
                continue;
            }
            if let Some(dir) = std::env::var_os("CHANLAB_GOFMT_DUMP") {
                let file = Path::new(&dir).join(case.replace(['/', '#'], "_"));
                std::fs::write(file, &text).expect("dump a case");
            }
            let want = real_gofmt(&bin, &text);
            if want.is_none() && !suffix.is_empty() {
                continue;
            }
            total += 1;
            if let Some(why) = check(&bin, want.as_deref(), &text) {
                failures.push((case, why));
            }
        }
    }
    let passed = total - failures.len();
    eprintln!("gofmt: {passed} of {total} cases match real gofmt");
    if filter.is_some() {
        for (c, why) in &failures {
            eprintln!("{c}: {why}");
        }
    }
    settle_gaps("KNOWN_GAPS", &failures);
}

/// Rewrites the gap file `name` (with `CHANLAB_GOFMT_WRITE_GAPS`) or fails on any failure
/// it does not list.
fn settle_gaps(name: &str, failures: &[(String, String)]) {
    if std::env::var_os("CHANLAB_GOFMT_WRITE_GAPS").is_some() {
        let mut text = String::from(
            "# Cases where golang::format differs from real gofmt: `case  first difference`.\n\
             # Regenerate: CHANLAB_GOFMT_WRITE_GAPS=1 cargo test --test gofmt\n",
        );
        for (c, why) in failures {
            text.push_str(&format!("{c:<48} {}\n", why.replace('\n', " ")));
        }
        std::fs::write(gaps_path(name), text).expect("write gap file");
        return;
    }
    let gaps = known_gaps(name);
    let new: Vec<String> =
        failures.iter().filter(|(c, _)| !gaps.contains(c)).map(|(c, why)| format!("{c}: {why}")).collect();
    assert!(new.is_empty(), "{} case(s) differ from real gofmt and are not in {name}:\n{}", new.len(), new.join("\n"));
}

/// The corpus programs, sorted.
fn corpus_files() -> Vec<PathBuf> {
    let mut corpus: Vec<PathBuf> = std::fs::read_dir(manifest().join("tests/go"))
        .expect("tests/go")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    corpus.sort();
    corpus
}

/// Damaged corpus files that real gofmt rejects, and the common mistakes in
/// `tests/gofmt/errors/`: the first error line must be the same (position and wording);
/// `tests/gofmt/KNOWN_ERROR_GAPS` lists those that are not yet.
#[test]
fn gofmt_errors_match_real_gofmt() {
    let bin = gofmt_binary();
    let mut failures = Vec::new();
    let (mut total, mut passed) = (0, 0);
    for p in corpus_files().iter() {
        let src = std::fs::read_to_string(p).expect("read corpus file");
        for k in 0..3u64 {
            // Seeded by the file's name, so adding a corpus file leaves the other cases alone.
            let seed = name_seed(p) % 1_000_000 * 977 + k * 7 + 3;
            let text = mutate(&src, seed);
            let Err(want) = real_gofmt_full(&bin, &text) else { continue };
            if let Some(dir) = std::env::var_os("CHANLAB_GOFMT_DUMP") {
                let file = Path::new(&dir).join(format!("{}_{seed}", p.file_name().unwrap().to_string_lossy()));
                std::fs::write(file, &text).expect("dump a case");
            }
            total += 1;
            let case = format!("{}#{seed}", p.file_name().unwrap().to_string_lossy());
            match format::source(&text) {
                Err(got) if got.lines().next() == Some(want.as_str()) => passed += 1,
                Err(got) => failures.push((case, format!("gofmt {want:?}, format {:?}", got.lines().next()))),
                Ok(_) => failures.push((case, format!("gofmt {want:?}, format accepted it"))),
            }
        }
    }
    let mut mistakes: Vec<PathBuf> = std::fs::read_dir(manifest().join("tests/gofmt/errors"))
        .expect("tests/gofmt/errors")
        .flatten()
        .map(|e| e.path())
        .collect();
    mistakes.sort();
    for p in mistakes {
        let text = std::fs::read_to_string(&p).expect("read an error fixture");
        let Err(want) = real_gofmt_full(&bin, &text) else { panic!("gofmt accepts {}", p.display()) };
        total += 1;
        let case = format!("errors/{}", p.file_name().unwrap().to_string_lossy());
        match format::source(&text) {
            Err(got) if got.lines().next() == Some(want.as_str()) => passed += 1,
            got => failures.push((case, format!("gofmt {want:?}, format {got:?}"))),
        }
    }
    eprintln!("gofmt errors: {passed} of {total} first error lines match real gofmt");
    settle_gaps("KNOWN_ERROR_GAPS", &failures);
}

/// A seed from a file's name (FNV-1a).
fn name_seed(p: &Path) -> u64 {
    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// Mutations of a corpus file: a byte range deleted, a line repeated, a bracket, quote or
/// comment opener dropped in; `seed` picks where.
fn mutate(src: &str, seed: u64) -> String {
    let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut rnd = |n: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % n.max(1) as u64) as usize
    };
    let b = src.as_bytes();
    let at = rnd(b.len());
    let at = (0..=at).rev().find(|&i| src.is_char_boundary(i)).unwrap_or(0);
    match seed % 4 {
        0 => {
            let end = (at + 1 + rnd(12)).min(b.len());
            let end = (end..=b.len()).find(|&i| src.is_char_boundary(i)).unwrap_or(b.len());
            format!("{}{}", &src[..at], &src[end..])
        }
        1 => {
            let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
            let line_end = src[at..].find('\n').map_or(src.len(), |i| at + i + 1);
            format!("{}{}", &src[..line_end], &src[line_start..line_end])
        }
        _ => {
            let bits = ["{", "(", ")", "}", "\"", "/*", "`", "[", "\n", ":", "func ", "case "];
            format!("{}{}{}", &src[..at], bits[rnd(bits.len())], &src[at..])
        }
    }
}

#[test]
fn gofmt_never_panics_on_damaged_input() {
    let mut panics = Vec::new();
    for (i, p) in corpus_files().iter().enumerate() {
        let src = std::fs::read_to_string(p).expect("read corpus file");
        for k in 0..8u64 {
            let seed = (i as u64) * 131 + k;
            let text = mutate(&src, seed);
            let start = std::time::Instant::now();
            let result = std::panic::catch_unwind(|| format::source(&text));
            if result.is_err() || start.elapsed().as_secs() > 5 {
                panics.push(format!("{} seed {seed}", p.display()));
            }
        }
    }
    assert!(panics.is_empty(), "format::source panicked or hung on:\n{}", panics.join("\n"));
}
