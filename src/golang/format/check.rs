//! What gofmt's parser rejects and chanlab's accepts (leaving it to the type checker), and
//! the reverse: `go`/`defer` of something that is not a call is a gofmt error, while label,
//! `break`/`continue` placement and misplaced `//go:` directive errors are not (gofmt never
//! looks at them).

use super::srcmap::SrcMap;
use crate::golang::syntax::ast::*;

/// Whether a syntax error of chanlab's parser is one gofmt does not report.
pub fn gofmt_accepts(msg: &str) -> bool {
    if msg.starts_with("//go:") || msg == "too many errors" {
        // A directive in the wrong place is the compiler's business.
        return true;
    }
    !msg.starts_with("syntax error")
        && (msg.contains("label")
            || msg.starts_with("break is not")
            || msg.starts_with("continue is not")
            || msg.contains("fallthrough")
            || msg.starts_with("goto "))
}

/// gofmt's errors for `go` and `defer` statements whose operand is not a call.
pub fn call_errors(sm: &SrcMap, f: &File) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for d in &f.decls {
        match d {
            Decl::Func(fd) => {
                if let Some(b) = &fd.body {
                    block(sm, &b.stmts, &mut out);
                }
            }
            Decl::Var(specs) => specs.iter().flat_map(|s| &s.values).for_each(|x| expr(sm, x, &mut out)),
            _ => {}
        }
    }
    out.sort();
    out
}

fn block(sm: &SrcMap, list: &[Stmt], out: &mut Vec<(usize, String)>) {
    for s in list {
        stmt(sm, s, out);
    }
}

fn stmt(sm: &SrcMap, s: &Stmt, out: &mut Vec<(usize, String)>) {
    match &s.kind {
        StmtKind::Go(x) | StmtKind::Defer(x) => {
            let what = if matches!(s.kind, StmtKind::Go(_)) { "go" } else { "defer" };
            if !matches!(x.kind, ExprKind::Call { .. }) {
                out.push((sm.outer_end(x), format!("expression in {what} must be function call")));
            }
            expr(sm, x, out);
        }
        StmtKind::Labeled { stmt: inner, .. } => stmt(sm, inner, out),
        StmtKind::Expr(x) => expr(sm, x, out),
        StmtKind::Assign { rhs, .. } => rhs.iter().for_each(|x| expr(sm, x, out)),
        StmtKind::Return(xs) => xs.iter().for_each(|x| expr(sm, x, out)),
        StmtKind::Block(b) => block(sm, &b.stmts, out),
        StmtKind::If { then, els, .. } => {
            block(sm, &then.stmts, out);
            if let Some(e) = els {
                stmt(sm, e, out);
            }
        }
        StmtKind::Switch { clauses, .. } => clauses.iter().for_each(|c| block(sm, &c.body, out)),
        StmtKind::TypeSwitch { clauses, .. } => clauses.iter().for_each(|c| block(sm, &c.body, out)),
        StmtKind::Select { clauses, .. } => clauses.iter().for_each(|c| block(sm, &c.body, out)),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => block(sm, &body.stmts, out),
        _ => {}
    }
}

/// Function literals inside an expression (their bodies are checked too).
fn expr(sm: &SrcMap, x: &Expr, out: &mut Vec<(usize, String)>) {
    match &x.kind {
        ExprKind::FuncLit { body, .. } => block(sm, &body.stmts, out),
        ExprKind::Call { fun, args, .. } => {
            expr(sm, fun, out);
            args.iter().for_each(|a| expr(sm, a, out));
        }
        ExprKind::Paren(y) | ExprKind::Unary(_, y) | ExprKind::Selector(y, _) => expr(sm, y, out),
        ExprKind::Binary { x: a, y: b, .. } => {
            expr(sm, a, out);
            expr(sm, b, out);
        }
        ExprKind::CompositeLit { elts, .. } => elts.iter().for_each(|e| expr(sm, &e.value, out)),
        _ => {}
    }
}
