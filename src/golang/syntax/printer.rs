//! Expressions and simple statements back to text, as Go's compiler prints them in error
//! messages (`syntax.String`: one line, `…` for non-empty function and composite literal
//! bodies). The type checker uses it for messages like `cannot use x + 1 (...)`.

use super::ast::*;

/// An expression as Go's error messages print it.
pub fn expr_string(x: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, x);
    s
}

/// A simple statement as Go's error messages print it (`x := 1`, `ch <- v`, `i++`).
pub fn stmt_string(st: &Stmt) -> String {
    let mut s = String::new();
    match &st.kind {
        StmtKind::Expr(x) => write_expr(&mut s, x),
        StmtKind::Send { ch, value } => {
            write_expr(&mut s, ch);
            s.push_str(" <- ");
            write_expr(&mut s, value);
        }
        StmtKind::IncDec { x, inc } => {
            write_expr(&mut s, x);
            s.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, rhs } => {
            write_list(&mut s, lhs);
            let op = match op {
                AssignOp::Assign => " = ".to_string(),
                AssignOp::Define => " := ".to_string(),
                AssignOp::Op(b) => format!(" {}= ", binop_text(*b)),
            };
            s.push_str(&op);
            write_list(&mut s, rhs);
        }
        _ => {}
    }
    s
}

pub fn binop_text(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::AndNot => "&^",
        BinOp::LogAnd => "&&",
        BinOp::LogOr => "||",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
    }
}

pub fn unop_text(op: UnOp) -> &'static str {
    match op {
        UnOp::Plus => "+",
        UnOp::Neg => "-",
        UnOp::Not => "!",
        UnOp::BitNot => "^",
        UnOp::Addr => "&",
        UnOp::Recv => "<-",
    }
}

fn write_list(s: &mut String, xs: &[Expr]) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, x);
    }
}

fn write_expr(s: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::Name(n) => s.push_str(n),
        ExprKind::BasicLit(l) => s.push_str(&l.raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { ty, body } => {
            s.push_str("func");
            write_signature(s, ty);
            s.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, idx) => {
            write_expr(s, x);
            s.push('[');
            write_list(s, idx);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(s, x);
            s.push('[');
            for (i, part) in [lo, hi, max].into_iter().enumerate() {
                if i == 1 || (i == 2 && part.is_some()) {
                    s.push(':');
                }
                if let Some(p) = part {
                    write_expr(s, p);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(s, x);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { fun, args, ellipsis } => {
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(unop_text(*op));
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(binop_text(*op));
            s.push(' ');
            write_expr(s, y);
        }
        _ => write_type(s, x),
    }
}

fn write_type(s: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(ArrayLen::Expr(l)) => write_expr(s, l),
                Some(ArrayLen::Auto) => s.push_str("..."),
                None => {}
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                write_field(s, f);
                if let Some(tag) = &f.tag {
                    s.push_str(&format!(" {:?}", tag));
                }
            }
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_signature(s, ft);
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match e {
                    InterfaceElem::Method { name, ty } => {
                        s.push_str(&name.name);
                        write_signature(s, ty);
                    }
                    InterfaceElem::Union(terms) => write_terms(s, terms),
                }
            }
            s.push('}');
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k);
            s.push(']');
            write_expr(s, v);
        }
        ExprKind::ChanType(dir, elem) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let paren = *dir == ChanDir::Both && matches!(elem.kind, ExprKind::ChanType(ChanDir::Recv, _));
            if paren {
                s.push('(');
            }
            write_expr(s, elem);
            if paren {
                s.push(')');
            }
        }
        ExprKind::Ellipsis(elem) => {
            s.push_str("...");
            write_expr(s, elem);
        }
        _ => {}
    }
}

fn write_terms(s: &mut String, terms: &[TypeTerm]) {
    for (i, t) in terms.iter().enumerate() {
        if i > 0 {
            s.push_str(" | ");
        }
        if t.tilde {
            s.push('~');
        }
        write_expr(s, &t.ty);
    }
}

fn write_field(s: &mut String, f: &Field) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&n.name);
    }
    if !f.names.is_empty() {
        s.push(' ');
    }
    write_expr(s, &f.ty);
}

fn write_signature(s: &mut String, ft: &FuncType) {
    write_params(s, &ft.params);
    match ft.results.as_slice() {
        [] => {}
        [f] if f.names.is_empty() => {
            s.push(' ');
            write_expr(s, &f.ty);
        }
        rs => {
            s.push(' ');
            write_params(s, rs);
        }
    }
}

fn write_params(s: &mut String, fields: &[Field]) {
    s.push('(');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_field(s, f);
    }
    s.push(')');
}
