//! One function being compiled (`FnC`): registers, locals, jumps and labels, closures'
//! captured variables; and the program's entry function (globals, `init`s, `main.main`).

use super::{Builder, CResult, CompileError};
use crate::golang::syntax::ast::{self, Pos};
use crate::golang::types::{Info, ObjId, ObjKind, Type, TypeId};
use crate::golang::vm::code::{AssertDesc, Func, Op, Reg, SelectDesc};
use std::collections::HashMap;

/// Where a local variable lives.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Local {
    pub reg: Reg,
    /// The register holds a pointer to the variable's heap cell.
    pub cell: bool,
}

/// A loop or switch/select being compiled: where `break`/`continue` go.
pub(crate) struct Target {
    pub label: Option<String>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// `false` for switch/select (`continue` passes through them).
    pub is_loop: bool,
}

/// The body of a `range` over a function, compiled as the `yield` closure: where `break`
/// and `return` report to the loop (cells of the enclosing function, captured).
#[derive(Clone)]
pub(crate) struct RangeCtx {
    /// Set to 1 by `break`, 2 by `return`.
    pub code: ObjId,
    /// The enclosing function's results, set by `return`.
    pub results: Vec<ObjId>,
    pub result_types: Vec<TypeId>,
    /// The closure's own result register (`yield`'s bool).
    pub ret: Reg,
    /// A cell holding the frame depth of the function enclosing the loop (where `defer`s in
    /// the body go).
    pub depth: ObjId,
    /// The loop's label.
    pub label: Option<String>,
}

pub(crate) struct FnC<'b> {
    pub b: &'b mut Builder,
    pub file: usize,
    pub subst: HashMap<ObjId, TypeId>,
    pub name: &'static str,
    pub code: Vec<Op>,
    pub lines: Vec<u32>,
    pub line: u32,
    pub next: Reg,
    pub nregs: Reg,
    pub nparams: Reg,
    pub locals: HashMap<ObjId, Local>,
    /// Captured variables of a closure, by env index.
    pub captures: Vec<ObjId>,
    /// The enclosing function's locals and captures (a closure resolves free variables there).
    pub outer: Option<HashMap<ObjId, ()>>,
    pub results: Vec<(Reg, bool)>,
    pub result_types: Vec<TypeId>,
    pub targets: Vec<Target>,
    pub labels: HashMap<String, u32>,
    pub gotos: Vec<(usize, String, Pos)>,
    pub selects: Vec<SelectDesc>,
    pub asserts: Vec<AssertDesc>,
    /// Closures made so far in the enclosing top-level function (for `func1`, `func2`...).
    pub closures: u32,
    pub per_iteration: bool,
    /// The pending label for the next loop statement.
    pub pending_label: Option<String>,
    /// Switch clauses compiled so far, and the ones whose bodies are being compiled (for
    /// `fallthrough`).
    pub fallthrough_id: u32,
    pub ft_stack: Vec<u32>,
    pub range_ctx: Option<RangeCtx>,
    /// In a range-over-func body: the `break L`/`continue L` (label, is continue) to targets
    /// outside the loop; the i-th sets the loop's exit code to `3 + i`.
    pub range_exits: Vec<(String, bool)>,
    /// The variable or field a `make(chan ...)` being compiled is assigned to (`jobs :=
    /// make(chan int)` names the channel `jobs` for explanations and the timeline).
    pub chan_name: Option<String>,
}

impl<'b> FnC<'b> {
    pub fn new(b: &'b mut Builder, file: usize, name: &'static str) -> FnC<'b> {
        let per_iteration = b.c.files.get(file).and_then(|f| f.ast.go_version).is_none_or(|v| v >= (1, 22));
        FnC {
            b,
            file,
            subst: HashMap::new(),
            name,
            code: Vec::new(),
            lines: Vec::new(),
            line: 0,
            next: 0,
            nregs: 0,
            nparams: 0,
            locals: HashMap::new(),
            captures: Vec::new(),
            outer: None,
            results: Vec::new(),
            result_types: Vec::new(),
            targets: Vec::new(),
            labels: HashMap::new(),
            gotos: Vec::new(),
            selects: Vec::new(),
            asserts: Vec::new(),
            closures: 0,
            per_iteration,
            pending_label: None,
            fallthrough_id: 0,
            ft_stack: Vec::new(),
            range_ctx: None,
            range_exits: Vec::new(),
            chan_name: None,
        }
    }

    pub fn info(&self) -> &Info {
        &self.b.c.files[self.file].info
    }

    pub fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    pub fn here(&self) -> u32 {
        self.code.len() as u32
    }

    /// Point the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: u32) {
        match &mut self.code[at] {
            Op::Jmp(t)
            | Op::Jt(_, t)
            | Op::Jf(_, t)
            | Op::JgeI(_, _, t)
            | Op::JltI(_, _, t)
            | Op::Loop(_, t)
            | Op::MapNext(_, _, t) => *t = target,
            _ => {}
        }
    }

    pub fn alloc(&mut self, n: u16) -> Reg {
        let r = self.next;
        self.next += n;
        self.nregs = self.nregs.max(self.next);
        r
    }

    pub fn at(&mut self, pos: Pos) {
        if pos.line > 0 {
            self.line = pos.line;
        }
    }

    pub fn err(&self, pos: Pos, what: &str) -> CompileError {
        // Code that has no node at hand reports at the statement being compiled.
        let pos = if pos.line == 0 { Pos { line: self.line, col: 1 } } else { pos };
        self.b.unsupported(self.file, pos, what)
    }

    /// A type with this function's type parameters substituted.
    pub fn sub(&mut self, t: TypeId) -> TypeId {
        if self.subst.is_empty() {
            return t;
        }
        self.b.c.table.subst(t, &self.subst)
    }

    /// The (substituted) type of expression `e`.
    pub fn type_of(&mut self, e: &ast::Expr) -> TypeId {
        let t = self.info().types.get(&e.id).map(|tv| tv.ty).unwrap_or(TypeId(0));
        self.sub(t)
    }

    pub fn obj_of_use(&self, id: ast::NodeId) -> Option<ObjId> {
        self.info().uses.get(&id).copied()
    }

    pub fn obj_of_def(&self, id: ast::NodeId) -> Option<ObjId> {
        self.info().defs.get(&id).copied()
    }

    /// Whether a variable object needs a heap cell: it is addressed, or captured and not
    /// [`FnC::by_value`].
    pub fn needs_cell(&mut self, o: ObjId) -> bool {
        let (captured, addressed) = match self.b.c.objects[o.0 as usize].kind {
            ObjKind::Var { captured, addressed, .. } => (captured, addressed),
            _ => (false, false),
        };
        addressed || ((captured || self.b.escapes.needs_cell(o)) && !self.by_value(o))
    }

    /// Whether closures capture variable `o` by value: it never changes after its
    /// declaration and is not an aggregate (nor a type parameter that may be one).
    pub fn by_value(&mut self, o: ObjId) -> bool {
        // (Synthetic variables, numbered from u32::MAX down, are never declared in a body.)
        if !self.b.escapes.by_value(o) {
            return false;
        }
        let obj = &self.b.c.objects[o.0 as usize];
        if matches!(obj.kind, ObjKind::Var { addressed: true, .. }) {
            return false;
        }
        let t = obj.ty;
        let t = self.sub(t);
        !self.b.is_agg(t) && !matches!(self.b.uty(t), Type::TypeParam { .. })
    }

    /// Declare local `o` in a new register, holding the value in `src` (copied for
    /// aggregates); a cell if it needs one.
    pub fn declare(&mut self, o: ObjId, src: Option<Reg>) -> Reg {
        let t = self.b.c.objects[o.0 as usize].ty;
        let t = self.sub(t);
        let r = self.alloc(1);
        match src {
            Some(s) if self.b.is_agg(t) => {
                self.emit(Op::Copy(r, s));
            }
            Some(s) => {
                self.emit(Op::Move(r, s));
            }
            None => {
                let z = self.b.zero(t);
                self.emit(Op::Zero(r, z));
            }
        }
        let cell = self.needs_cell(o);
        if cell {
            self.emit(Op::NewCell(r, r));
        }
        self.locals.insert(o, Local { reg: r, cell });
        r
    }

    /// Finish: resolve gotos and build the function.
    pub fn finish(mut self, nparams: Reg) -> CResult<Func> {
        self.emit(Op::Ret);
        for (at, label, pos) in std::mem::take(&mut self.gotos) {
            match self.labels.get(&label) {
                Some(&t) => self.patch(at, t),
                None => return Err(self.err(pos, &format!("goto {label}"))),
            }
        }
        Ok(Func {
            name: self.name,
            code: self.code,
            lines: self.lines,
            nparams,
            nregs: self.nregs + 2,
            results: self.results,
            selects: self.selects,
            asserts: self.asserts,
        })
    }

    /// Parameters and results of a signature: params in registers 0.., results after.
    pub fn bind_signature(&mut self, ty: &ast::FuncType, recv: Option<&ast::Field>, sig: TypeId) -> CResult<()> {
        let mut params: Vec<Option<ObjId>> = Vec::new();
        if let Some(r) = recv {
            if r.names.is_empty() {
                params.push(None);
            }
            for n in &r.names {
                params.push(self.obj_of_def(n.id));
            }
        }
        for f in &ty.params {
            if f.names.is_empty() {
                params.push(None);
            }
            for n in &f.names {
                params.push(self.obj_of_def(n.id));
            }
        }
        let np = params.len() as u16;
        self.alloc(np);
        self.nparams = np;
        for (i, p) in params.iter().enumerate() {
            if let Some(o) = p {
                let cell = self.needs_cell(*o);
                if cell {
                    self.emit(Op::NewCell(i as Reg, i as Reg));
                }
                self.locals.insert(*o, Local { reg: i as Reg, cell });
            }
        }
        let sig_t = self.sub(sig);
        let res_types = match self.b.uty(sig_t) {
            Type::Func(s) => s.results.clone(),
            _ => Vec::new(),
        };
        let mut names: Vec<Option<ObjId>> = Vec::new();
        for f in &ty.results {
            if f.names.is_empty() {
                names.push(None);
            }
            for n in &f.names {
                names.push(self.obj_of_def(n.id));
            }
        }
        for (i, t) in res_types.iter().enumerate() {
            let t = self.sub(*t);
            self.result_types.push(t);
            match names.get(i).copied().flatten() {
                Some(o) => {
                    let r = self.declare(o, None);
                    let cell = self.locals[&o].cell;
                    self.results.push((r, cell));
                }
                None => {
                    let r = self.alloc(1);
                    let z = self.b.zero(t);
                    self.emit(Op::Zero(r, z));
                    self.results.push((r, false));
                }
            }
        }
        Ok(())
    }
}

/// Compile the declared function `obj` (with type arguments `targs` for a generic one).
pub(crate) fn compile_decl(b: &mut Builder, obj: ObjId, file: usize, decl: usize, targs: &[TypeId]) -> CResult<Func> {
    let name = b.go_name(obj);
    // The file is shared (`Rc`): hold it rather than copy the declaration.
    let ast = b.c.files[file].ast.clone();
    let fd = match &ast.decls[decl] {
        ast::Decl::Func(fd) => fd,
        _ => unreachable!("indexed as a function"),
    };
    let sig = b.c.objects[obj.0 as usize].ty;
    if let Some(body) = &fd.body {
        super::escape::find_cells(&b.c.files[file].info, &b.c.table, body, &mut b.escapes);
    }
    let mut f = FnC::new(b, file, name);
    if !targs.is_empty() {
        // A method's type arguments are its receiver's, then its own (Go 1.27 generic methods).
        let mut params: Vec<ObjId> = Vec::new();
        if let Some(r) = &fd.recv {
            recv_type_params(&f, &r.ty, &mut params);
        }
        for tp in &fd.ty.type_params {
            for n in &tp.names {
                if let Some(o) = f.obj_of_def(n.id) {
                    params.push(o);
                }
            }
        }
        f.subst = params.into_iter().zip(targs.iter().copied()).collect();
        if let ObjKind::Func { recv: Some(rt), .. } = f.b.c.objects[obj.0 as usize].kind.clone() {
            let base = match f.b.ty(rt) {
                Type::Pointer(e) => *e,
                _ => rt,
            };
            if let Type::Named { obj: tobj, .. } = f.b.ty(base).clone() {
                let tps = f.b.c.table.named.get(&tobj).map(|n| n.type_params.clone()).unwrap_or_default();
                for (p, a) in tps.into_iter().zip(targs.iter().copied()) {
                    f.subst.entry(p).or_insert(a);
                }
            }
        }
    }
    f.at(fd.pos);
    f.bind_signature(&fd.ty, fd.recv.as_ref(), sig)?;
    let body = fd.body.as_ref().expect("a body");
    f.block(&body.stmts)?;
    f.at(body.rbrace);
    let np = f.nparams;
    f.finish(np)
}

/// The type parameter names of a receiver `(l *List[T])`.
fn recv_type_params(f: &FnC, e: &ast::Expr, out: &mut Vec<ObjId>) {
    match &e.kind {
        ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) => recv_type_params(f, x, out),
        ast::ExprKind::Index(_, idx) => {
            for i in idx {
                if let Some(o) = f.obj_of_def(i.id).or_else(|| f.obj_of_use(i.id)) {
                    out.push(o);
                }
            }
        }
        _ => {}
    }
}

/// The entry function: initialise package variables (in each package's order), run the
/// `init` functions, then `main.main`. Named `main.init`, as Go's tracebacks name the code
/// that initialises package variables (and its closures `main.init.func1`).
pub(crate) fn compile_entry(b: &mut Builder) -> CResult<Func> {
    let mut f = FnC::new(b, 0, "main.init");
    let packages: Vec<_> =
        f.b.c
            .packages
            .iter()
            .map(|p| (p.init_order.clone(), p.inits.clone(), p.main, p.files.first().copied()))
            .collect();
    for (init_order, inits, _, _) in &packages {
        for init in init_order {
            f.file = init.file;
            let ast::Decl::Var(specs) = f.b.c.files[init.file].ast.decls[init.decl].clone() else { continue };
            let spec = &specs[init.spec];
            f.global_init(spec, &init.lhs)?;
            f.next = 0;
        }
        for &i in inits {
            f.call_static(i, Pos::default())?;
        }
    }
    if let Some((_, _, Some(m), first)) = packages.last() {
        let m = *m;
        f.file = first.unwrap_or(0);
        f.call_static(m, Pos::default())?;
    }
    f.finish(0)
}

impl FnC<'_> {
    fn global_init(&mut self, spec: &ast::VarSpec, lhs: &[Option<ObjId>]) -> CResult<()> {
        self.at(spec.pos);
        if spec.values.len() == 1 && lhs.len() > 1 {
            let base = self.multi(&spec.values[0])?;
            for (i, o) in lhs.iter().enumerate() {
                if let Some(o) = o {
                    let g = self.b.global(*o);
                    self.emit(Op::SetGlobal(g, base + i as Reg));
                }
            }
            return Ok(());
        }
        for (i, o) in lhs.iter().enumerate() {
            let Some(v) = spec.values.get(i) else { continue };
            let t = match o {
                Some(o) => self.b.c.objects[o.0 as usize].ty,
                None => self.type_of(v),
            };
            let r = self.expr_as(v, t)?;
            if let Some(o) = o {
                let g = self.b.global(*o);
                self.emit(Op::SetGlobal(g, r));
            }
        }
        Ok(())
    }

    /// Call a function object with no arguments (an `init`, `main.main`).
    fn call_static(&mut self, obj: ObjId, pos: Pos) -> CResult<()> {
        let file = self.file;
        match self.b.func_ref(obj, Vec::new(), pos, file)? {
            crate::golang::vm::value::FuncRef::Go(i) => {
                let base = self.alloc(1);
                self.emit(Op::Call(i, base));
            }
            crate::golang::vm::value::FuncRef::Native(n) => {
                let base = self.alloc(1);
                self.emit(Op::CallNative(n, base, 0));
            }
        }
        self.next = 0;
        Ok(())
    }
}
