//! Native tests of the editor's pure parts (src/ui is wasm-only, so its pure files are
//! compiled here on their own): the key operations, the highlighted view, knobs patched into
//! edited code, and code in share links.

#[allow(dead_code)]
#[path = "../src/ui/editor_html.rs"]
mod editor_html;
#[allow(dead_code)]
#[path = "../src/ui/editor_knobs.rs"]
mod editor_knobs;
#[allow(dead_code)]
#[path = "../src/ui/editor_text.rs"]
mod editor_text;
#[allow(dead_code)]
#[path = "../src/ui/highlight.rs"]
mod highlight;
#[allow(dead_code)]
#[path = "../src/ui/share.rs"]
mod share;

use chanlab::course::Course;
use editor_html::{parse_diags, view_html, Diag, Marks};
use editor_text::{byte_of, close_brace, enter, indent, matching_bracket, outdent, utf16_of};

/// Apply an edit and show the selection as `|` (caret) or `[...]`.
fn show(text: &str, e: &editor_text::Edit) -> String {
    let t = e.apply(text);
    let (a, b) = e.sel;
    if a == b {
        format!("{}|{}", &t[..a], &t[a..])
    } else {
        format!("{}[{}]{}", &t[..a], &t[a..b], &t[b..])
    }
}

#[test]
fn enter_keeps_and_adds_indentation() {
    let cases = [
        ("\tx := 1", 7, "\tx := 1\n\t|"),
        ("func main() {", 13, "func main() {\n\t|"),
        ("func main() {}", 13, "func main() {\n\t|\n}"),
        ("\tswitch {\n\tcase x > 1:", 22, "\tswitch {\n\tcase x > 1:\n\t\t|"),
        ("\tf(a,", 5, "\tf(a,\n\t|"),
        ("", 0, "\n|"),
    ];
    for (text, at, want) in cases {
        let got = show(text, &enter(text, at, at));
        assert_eq!(got, want, "enter in {text:?} at {at}");
    }
}

#[test]
fn tab_indents_caret_and_selected_lines() {
    let t = "a\nb\nc\n";
    assert_eq!(show(t, &indent(t, 1, 1)), "a\t|\nb\nc\n");
    // Lines a and b selected (the selection ends at the start of c: c stays).
    assert_eq!(show(t, &indent(t, 0, 4)), "[\ta\n\tb]\nc\n");
    // Blank lines get no trailing tab.
    let t = "a\n\nb";
    assert_eq!(show(t, &indent(t, 0, 4)), "[\ta\n\n\tb]");
}

#[test]
fn shift_tab_outdents_tabs_and_spaces() {
    let t = "\ta\n      b\nc";
    assert_eq!(show(t, &outdent(t, 0, t.len())), "[a\n  b\nc]");
    // The caret stays after the same character.
    let t = "\t\tx";
    assert_eq!(show(t, &outdent(t, 3, 3)), "\tx|");
    // Nothing to remove: the text is unchanged.
    let t = "x";
    assert_eq!(outdent(t, 0, 0).apply(t), "x");
}

#[test]
fn closing_brace_outdents_an_empty_line() {
    let t = "if x {\n\t\t";
    assert_eq!(show(t, &close_brace(t, t.len(), t.len()).unwrap()), "if x {\n\t}|");
    assert!(close_brace("\tx", 2, 2).is_none(), "not on a line with code");
}

#[test]
fn brackets_match_outside_strings_and_comments() {
    let t = "f(a[1], \"(\") // )\n{ }";
    assert_eq!(matching_bracket(t, 2), Some((1, Some(11))));
    assert_eq!(matching_bracket(t, 12), Some((11, Some(1))));
    assert_eq!(matching_bracket(t, 4), Some((3, Some(5))));
    assert_eq!(matching_bracket(t, 7), None, "no bracket beside the caret");
    assert_eq!(matching_bracket("(()", 1), Some((0, None)), "unmatched");
}

#[test]
fn minimal_edits_replace_only_what_changes() {
    let t = "package main\nfunc main(){\n}\n";
    let e =
        editor_text::Edit { from: 0, to: t.len(), insert: "package main\n\nfunc main() {\n}\n".into(), sel: (0, 0) };
    let m = e.minimal(t);
    assert_eq!(m.apply(t), e.apply(t));
    assert!(m.to - m.from < 12 && m.insert.len() < 14, "{m:?}");
    let same = editor_text::Edit { from: 0, to: 3, insert: "abc".into(), sel: (0, 0) };
    let m = same.minimal("abc");
    assert_eq!((m.from, m.to, m.insert.as_str()), (3, 3, ""));
    let u = editor_text::Edit { from: 0, to: 3, insert: "éa".into(), sel: (0, 0) };
    assert_eq!(u.minimal("éb").apply("éb"), "éa");
}

#[test]
fn utf16_offsets_round_trip() {
    let t = "a é 😀 b";
    for (u, b) in [(0, 0), (2, 2), (3, 4), (4, 5), (6, 9), (8, 11)] {
        assert_eq!(byte_of(t, u), b, "utf16 {u}");
        assert_eq!(utf16_of(t, b), u, "byte {b}");
    }
}

#[test]
fn go_compile_errors_parse_into_lines() {
    let out = "# command-line-arguments\n./main.go:12:5: undefined: x\n./main.go:3:1: syntax error: unexpected }\n";
    let d = parse_diags(out);
    assert_eq!(
        d,
        vec![
            Diag { line: 12, col: 5, msg: "undefined: x".into() },
            Diag { line: 3, col: 1, msg: "syntax error: unexpected }".into() }
        ]
    );
}

#[test]
fn view_marks_lines_errors_and_brackets() {
    let src = "package main\n\nfunc main() { x := \"<b>\" }\n";
    let marks = Marks {
        changed: vec![1],
        reported: vec![3],
        diags: vec![Diag { line: 3, col: 15, msg: "declared and not used: <x>".into() }],
        brackets: vec![26, 39],
        bad_bracket: false,
    };
    let html = view_html(src, &marks);
    assert_eq!(html.matches("class=\"line").count(), 4, "three lines and the empty last one");
    assert!(html.contains("class=\"line changed\" data-line=\"1\""), "{html}");
    assert!(html.contains("class=\"line reported has-diag\" data-line=\"3\""), "{html}");
    assert!(html.contains("<span class=\"diag\">3:15: declared and not used: &lt;x&gt;</span>"), "{html}");
    assert!(html.contains("&quot;&lt;b&gt;&quot;"), "text is escaped: {html}");
    assert!(!html.contains("<b>"), "{html}");
    assert_eq!(html.matches("class=\"bm\"").count(), 2, "{html}");
    // The last (empty) line after the final newline carries no number.
    assert!(
        html.ends_with("<span class=\"line\" data-line=\"4\"><span class=\"ln\" aria-hidden=\"true\"></span></span>")
    );
}

/// The worker-pool example rendered with settings.
fn worker_pool(sets: &[(&str, &str)]) -> String {
    let (c, _) = Course::load();
    let ex = c.example("worker-pool").expect("worker-pool");
    ex.render(&ex.resolve(sets.iter().copied()).expect("settings")).expect("renders").source
}

#[test]
fn knob_patches_an_edited_program() {
    let old = worker_pool(&[]);
    let new = worker_pool(&[("workers", "5"), ("buffer", "7")]);
    // The learner added a line at the top of main and changed the final print.
    let edited = old
        .replace("func main() {\n", "func main() {\n\tfmt.Println(\"start\")\n")
        .replace("\"sum of squares:\"", "\"total:\"");
    let (patched, lines) = editor_knobs::patch(&old, &new, &edited).expect("the knob's lines are intact");
    assert!(patched.contains("w <= 5") && patched.contains("make(chan int, 7)"), "{patched}");
    assert!(patched.contains("fmt.Println(\"start\")") && patched.contains("\"total:\""), "edits kept: {patched}");
    let got: Vec<&str> = lines.iter().map(|&l| patched.lines().nth(l as usize - 1).unwrap()).collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|l| l.contains("7") || l.contains("5")), "{got:?}");
}

#[test]
fn knob_toggles_a_block_in_an_edited_program() {
    let old = worker_pool(&[]);
    let new = worker_pool(&[("close_jobs", "false")]);
    let edited = old.replace("sum := 0", "sum := 0 // add them up");
    let (patched, _) = editor_knobs::patch(&old, &new, &edited).expect("intact");
    assert!(patched.contains("close(jobs) is missing") && !patched.contains("\tclose(jobs) // no more"), "{patched}");
    assert!(patched.contains("// add them up"));
    // Unedited code patches into exactly the new rendering.
    assert_eq!(editor_knobs::patch(&old, &new, &old).unwrap().0, new);
}

#[test]
fn knob_detaches_when_its_lines_were_edited() {
    let old = worker_pool(&[]);
    let new = worker_pool(&[("workers", "4")]);
    let edited = old.replace("for w := 1; w <= 3; w++ {", "for w := 0; w < 3; w++ {");
    assert!(editor_knobs::patch(&old, &new, &edited).is_none());
}

#[test]
fn hunks_cover_every_change() {
    let a = ["a", "b", "c", "d"];
    let b = ["a", "x", "c", "d", "e"];
    let hs = editor_knobs::hunks(&a, &b);
    assert_eq!(hs, vec![editor_knobs::Hunk { a: (1, 2), b: (1, 2) }, editor_knobs::Hunk { a: (4, 4), b: (4, 5) }]);
}

#[test]
fn code_round_trips_through_a_link() {
    let src = worker_pool(&[]);
    let v = share::pack(&src);
    assert!(v.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'), "base64url: {v}");
    assert!(v.len() < src.len(), "compressed: {} of {}", v.len(), src.len());
    assert_eq!(share::unpack(&v).unwrap(), src);
    for s in ["", "a", "ab", "abc", "héllo 😀"] {
        assert_eq!(share::unb64(&share::b64(s.as_bytes())).unwrap(), s.as_bytes());
    }
}

#[test]
fn hostile_links_get_a_message() {
    assert!(share::unpack("not base64!").unwrap_err().contains("damaged"));
    assert!(share::unpack("AAAA").unwrap_err().contains("damaged"));
    // A bomb: a megabyte of zeros packs into a short link and must not unpack.
    let bomb = share::b64(&miniz_oxide::deflate::compress_to_vec(&vec![b'0'; 1 << 20], 9));
    assert!(share::unpack(&bomb).unwrap_err().contains("more than"), "bomb refused");
    let huge = "A".repeat(100_000);
    assert!(share::unpack(&huge).unwrap_err().contains("too long"));
    let not_text = share::b64(&miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 9));
    assert!(share::unpack(&not_text).unwrap_err().contains("not text"));
    let mut sets = vec![("workers".to_string(), "2".to_string()), ("code".to_string(), share::pack("x"))];
    assert_eq!(share::take_code(&mut sets), Some(Ok("x".to_string())));
    assert_eq!(sets, vec![("workers".to_string(), "2".to_string())]);
}
