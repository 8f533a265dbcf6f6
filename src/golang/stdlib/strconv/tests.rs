//! strconv against the outputs of real Go 1.27.3 (`testdata.rs`, made by `gen_testdata.go`).

use super::*;

#[path = "testdata.rs"]
mod testdata;

fn err_text(e: Option<NumErr>, base: i64, bits: i64, func: &str, s: &str) -> String {
    let what = match e {
        None => return String::new(),
        Some(NumErr::Syntax) => "invalid syntax".to_string(),
        Some(NumErr::Range) => "value out of range".to_string(),
        Some(NumErr::Base) => format!("invalid base {base}"),
        Some(NumErr::BitSize) => format!("invalid bit size {bits}"),
    };
    format!("strconv.{func}: parsing {}: {what}", quote(s.as_bytes()))
}

#[test]
fn format_float_matches_go() {
    let mut bad = Vec::new();
    for &(x, fmt, prec, bits, want) in testdata::FLOATS {
        let got = format_float(x, fmt, prec, bits);
        if got != want {
            bad.push(format!("FormatFloat({x:e}, '{}', {prec}, {bits}) = {got}, want {want}", fmt as char));
        }
    }
    assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn parse_int_matches_go() {
    for &(s, base, bits, want, want_err) in testdata::INTS {
        let (v, e) = parse_int(s.as_bytes(), base, bits);
        assert_eq!(
            (v, err_text(e, base, bits, "ParseInt", s)),
            (want, want_err.to_string()),
            "ParseInt({s:?}, {base}, {bits})"
        );
    }
    for &(s, base, bits, want, want_err) in testdata::UINTS {
        let (v, e) = parse_uint(s.as_bytes(), base, bits);
        assert_eq!(
            (v, err_text(e, base, bits, "ParseUint", s)),
            (want, want_err.to_string()),
            "ParseUint({s:?}, {base}, {bits})"
        );
    }
}

#[test]
fn parse_float_matches_go() {
    for &(s, bits, want, want_err) in testdata::PARSE_FLOATS {
        let (v, e) = parse_float(s.as_bytes(), bits);
        let got = (format_float(v, b'g', -1, 64), err_text(e, 10, bits, "ParseFloat", s));
        assert_eq!(got, (want.to_string(), want_err.to_string()), "ParseFloat({s:?}, {bits})");
    }
}

#[test]
fn quote_matches_go() {
    for &(s, q, ascii, graphic) in testdata::QUOTES {
        assert_eq!(quote(s), q, "Quote({s:?})");
        assert_eq!(quote_with(s, b'"', true, false), ascii, "QuoteToASCII({s:?})");
        assert_eq!(quote_with(s, b'"', false, true), graphic, "QuoteToGraphic({s:?})");
    }
    for &(r, q, ascii, graphic) in testdata::QUOTE_RUNES {
        assert_eq!(quote_rune_with(r, false, false), q, "QuoteRune({r})");
        assert_eq!(quote_rune_with(r, true, false), ascii, "QuoteRuneToASCII({r})");
        assert_eq!(quote_rune_with(r, false, true), graphic, "QuoteRuneToGraphic({r})");
    }
    for &(s, want) in testdata::UNQUOTES {
        assert_eq!(unquote(s.as_bytes()).as_deref(), want, "Unquote({s:?})");
    }
}

#[test]
fn format_int_and_bool() {
    assert_eq!(format_int(-255, 16), "-ff");
    assert_eq!(format_int(i64::MIN, 10), "-9223372036854775808");
    assert_eq!(format_uint(u64::MAX, 36), "3w5e11264sgsf");
    assert_eq!(format_int(5, 2), "101");
    assert_eq!(parse_bool(b"True"), Some(true));
    assert_eq!(parse_bool(b"yes"), None);
}
