//! The `Builder`: the program being built (functions, constants, zero values, natives,
//! method tables) and the compiler's entry point [`compile`].

use crate::golang::syntax::ast::{self, Pos};
use crate::golang::types::{Checked, ObjId, ObjKind, Type, TypeId};
use crate::golang::vm::code::{Func, Native, Program};
use crate::golang::vm::native::Registry;
use crate::golang::vm::value::{FuncRef, Value};
use std::collections::HashMap;
use std::rc::Rc;

/// A program chanlab cannot compile (an unsupported feature): Go's message format.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub file: String,
    pub pos: Pos,
    pub msg: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "./{}:{}:{}: {}", self.file, self.pos.line, self.pos.col, self.msg)
    }
}

pub(crate) type CResult<T> = Result<T, CompileError>;

/// Where a function's body is: file index and declaration index.
#[derive(Clone, Copy)]
pub(crate) struct DeclAt {
    file: usize,
    decl: usize,
}

/// The program being built.
pub(crate) struct Builder {
    pub c: Checked,
    pub(crate) funcs: Vec<Option<Rc<Func>>>,
    pub(crate) func_ids: HashMap<(ObjId, Vec<TypeId>), FuncRef>,
    pub(crate) queue: Vec<(u32, ObjId, Vec<TypeId>)>,
    pub(crate) decls: HashMap<ObjId, DeclAt>,
    pub(crate) consts: Vec<Value>,
    pub(crate) zeros: Vec<Value>,
    /// How many values each zero value is made of (`make` bounds its total by it).
    pub(crate) zero_values: Vec<u64>,
    pub(crate) zero_ids: HashMap<TypeId, u32>,
    pub(crate) natives: Vec<Native>,
    pub(crate) native_ids: HashMap<String, u32>,
    pub(crate) registry: Registry,
    pub(crate) method_names: Vec<String>,
    pub(crate) method_ids: HashMap<String, u32>,
    pub(crate) globals: HashMap<ObjId, u32>,
    pub(crate) global_zeros: Vec<u32>,
    pub(crate) max_line: u32,
    /// Local variables that need heap cells (captured or addressed) and those captured by
    /// value, found per function.
    pub(crate) escapes: super::escape::Escapes,
    /// Synthetic variables made so far (range-over-func cells), numbered down from u32::MAX.
    pub(crate) placeholders: u32,
    pub(crate) methods_out: HashMap<(TypeId, u32), (FuncRef, bool)>,
    pub(crate) iface_out: HashMap<TypeId, Vec<u32>>,
}

/// Compile a checked program with the natives of `registry`.
pub fn compile(c: Checked, registry: Registry) -> CResult<Program> {
    let mut b = Builder {
        c,
        funcs: Vec::new(),
        func_ids: HashMap::new(),
        queue: Vec::new(),
        decls: HashMap::new(),
        consts: Vec::new(),
        zeros: Vec::new(),
        zero_values: Vec::new(),
        zero_ids: HashMap::new(),
        natives: Vec::new(),
        native_ids: HashMap::new(),
        registry,
        method_names: Vec::new(),
        method_ids: HashMap::new(),
        globals: HashMap::new(),
        global_zeros: Vec::new(),
        max_line: 1,
        escapes: Default::default(),
        placeholders: 0,
        methods_out: HashMap::new(),
        iface_out: HashMap::new(),
    };
    b.index_decls();
    let entry = b.new_func_slot();
    let f = super::func::compile_entry(&mut b)?;
    b.funcs[entry as usize] = Some(Rc::new(f));
    b.drain_queue()?;
    b.method_tables()?;
    b.drain_queue()?;
    Ok(b.finish(entry))
}

impl Builder {
    fn index_decls(&mut self) {
        for (fi, f) in self.c.files.iter().enumerate() {
            for (di, d) in f.ast.decls.iter().enumerate() {
                if let ast::Decl::Func(fd) = d {
                    if let Some(&o) = f.info.defs.get(&fd.name.id) {
                        self.decls.insert(o, DeclAt { file: fi, decl: di });
                    }
                }
            }
            let lines = f.ast.decls.iter().map(decl_last_line).max().unwrap_or(1);
            if f.package == self.c.packages.len().saturating_sub(1) {
                self.max_line = self.max_line.max(lines + 1);
            }
        }
    }

    /// Whether the declared function `obj` has type parameters of its own (a generic
    /// function, or a Go 1.27 generic method): such a method is in no method set, so it is
    /// compiled only where a call or method value instantiates it.
    pub(crate) fn has_own_type_params(&self, obj: crate::golang::types::ObjId) -> bool {
        self.decls.get(&obj).is_some_and(|at| match &self.c.files[at.file].ast.decls[at.decl] {
            ast::Decl::Func(fd) => !fd.ty.type_params.is_empty(),
            _ => false,
        })
    }

    fn new_func_slot(&mut self) -> u32 {
        self.funcs.push(None);
        (self.funcs.len() - 1) as u32
    }

    pub(crate) fn reserve_func(&mut self) -> u32 {
        self.new_func_slot()
    }

    pub(crate) fn set_func(&mut self, i: u32, f: Func) {
        self.funcs[i as usize] = Some(Rc::new(f));
    }

    /// The code of function object `obj` instantiated with `targs`: compiled Go or a native.
    pub(crate) fn func_ref(&mut self, obj: ObjId, targs: Vec<TypeId>, pos: Pos, file: usize) -> CResult<FuncRef> {
        if let Some(&f) = self.func_ids.get(&(obj, targs.clone())) {
            return Ok(f);
        }
        let has_body = matches!(self.c.objects[obj.0 as usize].kind, ObjKind::Func { body: true, .. });
        let r = if has_body && self.decls.contains_key(&obj) {
            let i = self.new_func_slot();
            self.queue.push((i, obj, targs.clone()));
            FuncRef::Go(i)
        } else {
            let name = self.native_name(obj);
            match self.registry.get(&name) {
                Some(f) => {
                    let n = self.natives.len() as u32;
                    let leaked = crate::golang::vm::sites::intern(name.as_bytes());
                    self.natives.push(Native { name: leaked, f });
                    self.native_ids.insert(name, n);
                    FuncRef::Native(n)
                }
                None => return Err(self.unsupported(file, pos, &name)),
            }
        };
        self.func_ids.insert((obj, targs), r);
        Ok(r)
    }

    /// A native by its registry name (the VM's builtins: `builtin.println`).
    pub(crate) fn native(&mut self, name: &str) -> Option<u32> {
        if let Some(&n) = self.native_ids.get(name) {
            return Some(n);
        }
        let f = self.registry.get(name)?;
        let n = self.natives.len() as u32;
        self.natives.push(Native { name: crate::golang::vm::sites::intern(name.as_bytes()), f });
        self.native_ids.insert(name.to_string(), n);
        Some(n)
    }

    pub(crate) fn unsupported(&self, file: usize, pos: Pos, what: &str) -> CompileError {
        CompileError { file: self.file_name(file), pos, msg: format!("chanlab does not support {what} yet") }
    }

    pub(crate) fn file_name(&self, file: usize) -> String {
        self.c.files.get(file).map(|f| f.name.clone()).unwrap_or_else(|| "main.go".into())
    }

    /// `pkg.F`, `(*pkg.T).M`, `pkg.T.M` for a function object.
    fn native_name(&self, obj: ObjId) -> String {
        let o = &self.c.objects[obj.0 as usize];
        let pkg = o.pkg.rsplit('/').next().unwrap_or(&o.pkg).to_string();
        match &o.kind {
            ObjKind::Func { recv: Some(r), .. } => {
                let (ptr, base) = match self.c.table.get(*r) {
                    Type::Pointer(e) => (true, *e),
                    _ => (false, *r),
                };
                let tname = match self.c.table.get(base) {
                    Type::Named { obj, .. } => self.c.objects[obj.0 as usize].name.clone(),
                    _ => "?".into(),
                };
                if ptr {
                    format!("(*{pkg}.{tname}).{}", o.name)
                } else {
                    format!("{pkg}.{tname}.{}", o.name)
                }
            }
            _ => format!("{pkg}.{}", o.name),
        }
    }

    /// Go's name for a function in tracebacks: `main.worker`, `main.(*T).M`.
    pub(crate) fn go_name(&self, obj: ObjId) -> &'static str {
        let o = &self.c.objects[obj.0 as usize];
        let name = match &o.kind {
            ObjKind::Func { recv: Some(_), .. } => {
                let n = self.native_name(obj);
                let n = n.replacen(&format!("{}.", o.pkg.rsplit('/').next().unwrap_or("")), "", 1);
                format!("{}.{}", o.pkg, n)
            }
            _ => format!("{}.{}", o.pkg, o.name),
        };
        crate::golang::vm::sites::intern(name.as_bytes())
    }

    fn drain_queue(&mut self) -> CResult<()> {
        while let Some((slot, obj, targs)) = self.queue.pop() {
            let at = self.decls[&obj];
            let f = super::func::compile_decl(self, obj, at.file, at.decl, &targs)?;
            self.funcs[slot as usize] = Some(Rc::new(f));
        }
        Ok(())
    }

    pub(crate) fn konst(&mut self, v: Value) -> u32 {
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    pub(crate) fn method_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.method_ids.get(name) {
            return i;
        }
        self.method_names.push(name.to_string());
        let i = (self.method_names.len() - 1) as u32;
        self.method_ids.insert(name.to_string(), i);
        i
    }

    pub(crate) fn global(&mut self, obj: ObjId) -> u32 {
        if let Some(&g) = self.globals.get(&obj) {
            return g;
        }
        let t = self.c.objects[obj.0 as usize].ty;
        let z = self.zero(t);
        self.global_zeros.push(z);
        let g = (self.global_zeros.len() - 1) as u32;
        self.globals.insert(obj, g);
        g
    }

    fn finish(self, entry: u32) -> Program {
        let funcs = self.funcs.into_iter().map(|f| f.unwrap_or_else(|| Rc::new(Func::default()))).collect();
        Program {
            funcs,
            natives: self.natives,
            consts: self.consts,
            zeros: self.zeros,
            zero_values: self.zero_values,
            method_names: self.method_names,
            methods: self.methods_out,
            iface_methods: self.iface_out,
            types: self.c.table,
            objects: self.c.objects,
            nglobals: self.global_zeros.len() as u32,
            global_zeros: self.global_zeros,
            entry,
            max_line: self.max_line,
        }
    }
}

fn decl_last_line(d: &ast::Decl) -> u32 {
    match d {
        ast::Decl::Func(f) => f.body.as_ref().map_or(f.pos.line, |b| b.rbrace.line),
        ast::Decl::Var(v) => v.last().map_or(0, |s| s.pos.line),
        ast::Decl::Const(v) => v.last().map_or(0, |s| s.pos.line),
        ast::Decl::Type(v) => v.last().map_or(0, |s| s.pos.line),
    }
}
