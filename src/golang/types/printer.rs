//! Expressions written back as Go's messages quote them (`x + 1`, `f()`, `P{…}`,
//! `func() {…}`): the compiler's short form.

use super::ast::{self, ChanDir, Expr, ExprKind};

/// `e` in Go's short form.
pub(crate) fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    put(&mut s, e, 0);
    s
}

/// Operator tokens, as the syntax printer writes them.
pub(crate) use crate::golang::syntax::printer::{binop_text as binop_str, unop_text as unop_str};

fn list(s: &mut String, es: &[Expr], d: u32) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        put(s, e, d);
    }
}

fn put(s: &mut String, e: &Expr, d: u32) {
    if d > 50 {
        s.push('…');
        return;
    }
    let d = d + 1;
    match &e.kind {
        ExprKind::Name(n) => s.push_str(n),
        ExprKind::BasicLit(l) => s.push_str(&l.raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                put(s, t, d);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { ty, body } => {
            s.push_str("func");
            signature(s, ty, d);
            s.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            put(s, x, d);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            put(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(..) | ExprKind::Slice { .. } | ExprKind::TypeAssert(..) | ExprKind::Call { .. } => {
            postfix(s, e, d)
        }
        ExprKind::Star(x) => {
            s.push('*');
            put(s, x, d);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(unop_str(*op));
            put(s, x, d);
        }
        ExprKind::Binary { op, x, y, .. } => {
            put(s, x, d);
            s.push(' ');
            s.push_str(binop_str(*op));
            s.push(' ');
            put(s, y, d);
        }
        _ => type_kinds(s, e, d),
    }
}

/// Index, slice, assertion and call expressions.
fn postfix(s: &mut String, e: &Expr, d: u32) {
    match &e.kind {
        ExprKind::Index(x, idx) => {
            put(s, x, d);
            s.push('[');
            list(s, idx, d);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            put(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                put(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                put(s, h, d);
            }
            if let Some(m) = max {
                s.push(':');
                put(s, m, d);
            }
            s.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            put(s, x, d);
            s.push_str(".(");
            match t {
                Some(t) => put(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { fun, args, ellipsis } => {
            put(s, fun, d);
            s.push('(');
            list(s, args, d);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        _ => {}
    }
}

fn type_kinds(s: &mut String, e: &Expr, d: u32) {
    match &e.kind {
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(ast::ArrayLen::Expr(n)) => put(s, n, d),
                Some(ast::ArrayLen::Auto) => s.push_str("..."),
                None => {}
            }
            s.push(']');
            put(s, elem, d);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            fields_str(s, fields, "; ", d);
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            signature(s, ft, d);
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    ast::InterfaceElem::Method { name, ty } => {
                        s.push_str(&name.name);
                        signature(s, ty, d);
                    }
                    ast::InterfaceElem::Union(ts) => {
                        for (k, t) in ts.iter().enumerate() {
                            if k > 0 {
                                s.push_str(" | ");
                            }
                            if t.tilde {
                                s.push('~');
                            }
                            put(s, &t.ty, d);
                        }
                    }
                }
            }
            s.push('}');
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            put(s, k, d);
            s.push(']');
            put(s, v, d);
        }
        ExprKind::ChanType(dir, x) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            put(s, x, d);
        }
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            put(s, x, d);
        }
        _ => {}
    }
}

fn fields_str(s: &mut String, fields: &[ast::Field], sep: &str, d: u32) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (k, n) in f.names.iter().enumerate() {
            if k > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        put(s, &f.ty, d);
        match &f.tag {
            // As most programs write a tag (the tree keeps it unquoted).
            Some(t) if !t.contains('`') => s.push_str(&format!(" `{t}`")),
            Some(t) => s.push_str(&format!(" {t:?}")),
            None => {}
        }
    }
}

fn signature(s: &mut String, ft: &ast::FuncType, d: u32) {
    s.push('(');
    fields_str(s, &ft.params, ", ", d);
    s.push(')');
    if ft.results.len() == 1 && ft.results[0].names.is_empty() {
        s.push(' ');
        put(s, &ft.results[0].ty, d);
    } else if !ft.results.is_empty() {
        s.push_str(" (");
        fields_str(s, &ft.results, ", ", d);
        s.push(')');
    }
}

/// The first alias spelling (`any`, `interface{}`, `byte`, `uint8`, `rune`, `int32`) a written
/// type uses (`[]interface{}` → `interface{}`): Go's messages keep it for that type.
pub(crate) fn written_spelling(e: &Expr) -> Option<&'static str> {
    const NAMES: [&str; 5] = ["any", "byte", "uint8", "rune", "int32"];
    match &e.kind {
        ExprKind::Name(n) => NAMES.iter().find(|s| *s == n).copied(),
        ExprKind::InterfaceType(elems) if elems.is_empty() => Some("interface{}"),
        ExprKind::ArrayType { elem: x, .. } | ExprKind::Star(x) | ExprKind::ChanType(_, x) | ExprKind::Paren(x) => {
            written_spelling(x)
        }
        ExprKind::MapType(k, v) => written_spelling(k).or_else(|| written_spelling(v)),
        _ => None,
    }
}
