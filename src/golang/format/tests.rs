//! Unit tests: small inputs and what gofmt prints for them (each checked against real
//! gofmt 1.27.3 when written); `tests/gofmt.rs` compares whole files with real gofmt.

use super::source;

fn check(input: &str, want: &str) {
    match source(input) {
        Ok(got) => assert_eq!(got, want, "formatting {input:?}"),
        Err(e) => panic!("formatting {input:?}: {e}"),
    }
}

#[test]
fn indents_and_spaces_statements() {
    check(
        "package main\nfunc main(){\nx:=1+2*3\nif x>1{\nx--\n}\n}\n",
        "package main\n\nfunc main() {\n\tx := 1 + 2*3\n\tif x > 1 {\n\t\tx--\n\t}\n}\n",
    );
}

#[test]
fn binary_spacing_follows_depth() {
    check(
        "package main\n\nvar a = f(x+1, y*2+3)\nvar b = s[i+1 : j]\n",
        "package main\n\nvar a = f(x+1, y*2+3)\nvar b = s[i+1 : j]\n",
    );
}

#[test]
fn aligns_struct_fields_and_comments() {
    check(
        "package main\n\ntype T struct {\nA int // a\nLong string `k:\"v\"` // l\n}\n",
        "package main\n\ntype T struct {\n\tA    int    // a\n\tLong string `k:\"v\"` // l\n}\n",
    );
}

#[test]
fn keeps_at_most_one_blank_line() {
    check("package main\n\n\n\nfunc f() {\n\n\n\tg()\n}\n", "package main\n\nfunc f() {\n\n\tg()\n}\n");
}

#[test]
fn outdents_labels_and_cases() {
    check(
        "package main\nfunc f(x int) {\nL:\nfor {\nswitch x {\ncase 1: break L\ndefault:\n}\n}\n}\n",
        "package main\n\nfunc f(x int) {\nL:\n\tfor {\n\t\tswitch x {\n\t\tcase 1:\n\t\t\tbreak L\n\t\tdefault:\n\t\t}\n\t}\n}\n",
    );
}

#[test]
fn sorts_imports_within_groups() {
    check(
        "package main\n\nimport (\n\t\"os\"\n\t\"fmt\"\n\n\t\"errors\"\n)\n",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"errors\"\n)\n",
    );
}

#[test]
fn aligns_key_value_pairs() {
    check(
        "package main\n\nvar m = map[string]int{\n\"a\": 1,\n\"bbb\": 2,\n}\n",
        "package main\n\nvar m = map[string]int{\n\t\"a\":   1,\n\t\"bbb\": 2,\n}\n",
    );
}

#[test]
fn adds_trailing_comma_before_closing_line() {
    check(
        "package main\n\nvar x = []int{1,\n2}\n\nvar y = f(a,\n\tb,\n)\n",
        "package main\n\nvar x = []int{1,\n\t2}\n\nvar y = f(a,\n\tb,\n)\n",
    );
}

#[test]
fn reports_syntax_errors_as_gofmt_words_them() {
    let err = source("package main\n\nfunc main() {\n\tx := \n}\n").unwrap_err();
    assert_eq!(err, "main.go:5:1: expected operand, found '}'");
    let err = source("package main\n\nfunc main() {\n\tf(1 2)\n}\n").unwrap_err();
    assert_eq!(err, "main.go:4:6: missing ',' in argument list");
    let err = source("package main\n\nfunc main() {\n\tif x == 1\n\t{\n\t}\n}\n").unwrap_err();
    assert_eq!(err, "main.go:4:11: unexpected newline, expecting { after if clause");
    let err = source("import \"fmt\"\n").unwrap_err();
    assert_eq!(err, "main.go:1:1: expected 'package', found 'import'");
    let err = source("package main\n\nfunc main() {\n\tdefer recover\n}\n").unwrap_err();
    assert_eq!(err, "main.go:4:15: expression in defer must be function call");
}

#[test]
fn is_idempotent_on_its_output() {
    let src = "package main\nimport \"fmt\"\nfunc main(){ for i:=0;i<3;i++ { fmt.Println(i) } }\n";
    let once = source(src).expect("formats");
    assert_eq!(source(&once).expect("formats again"), once);
}
