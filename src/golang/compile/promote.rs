//! Methods promoted through embedded fields: for a struct type with embedded fields, the
//! methods of the embedded types (not shadowed by shallower ones) get wrapper functions that
//! follow the field path to the embedded value and call the method (through an interface if
//! the embedded field is one), so dynamic dispatch finds them like declared methods.

use super::Builder;
use crate::golang::types::{ObjId, ObjKind, Type, TypeId};
use crate::golang::vm::code::{Func, Op, Reg};
use crate::golang::vm::value::FuncRef;
use std::collections::HashMap;

/// A promoted method: the field path, then what to call.
#[derive(Clone)]
struct Promoted {
    path: Vec<u32>,
    target: Target,
    nparams: u16,
    nres: u16,
}

#[derive(Clone)]
enum Target {
    /// A declared method (with its receiver's type arguments) and whether it takes a pointer.
    Method(ObjId, Vec<TypeId>, bool),
    /// A method of an embedded interface value.
    Iface(String),
}

impl Builder {
    /// Add wrappers for the promoted methods of named type `t` (and `*t`) to the tables.
    pub(crate) fn promoted_methods(&mut self, t: TypeId) {
        let st = self.under(t);
        if !matches!(self.ty(st), Type::Struct(_)) {
            return;
        }
        let own: Vec<String> = match self.ty(t) {
            Type::Named { obj, .. } => {
                self.c.table.named.get(obj).map(|n| n.methods.iter().map(|m| m.0.clone()).collect()).unwrap_or_default()
            }
            _ => Vec::new(),
        };
        let mut found: HashMap<String, Promoted> = HashMap::new();
        self.collect(st, Vec::new(), &own, &mut found, 0);
        let ptr = self.c.table.intern(Type::Pointer(t));
        let mut names: Vec<String> = found.keys().cloned().collect();
        names.sort();
        for name in names {
            let p = found[&name].clone();
            let id = self.method_id(&name);
            for (recv_t, is_ptr) in [(t, false), (ptr, true)] {
                if self.methods_out.contains_key(&(recv_t, id)) {
                    continue;
                }
                // T's method set has a pointer method of an embedded E only through *E.
                if !is_ptr && matches!(p.target, Target::Method(_, _, true)) && !self.path_has_pointer(t, &p.path) {
                    continue;
                }
                let Some(f) = self.wrapper(t, is_ptr, &p, &name) else { continue };
                let slot = self.reserve_func();
                self.set_func(slot, f);
                self.methods_out.insert((recv_t, id), (FuncRef::Go(slot), false));
            }
        }
    }

    /// Methods reachable through the embedded fields of struct type `st` (breadth by depth).
    fn collect(
        &mut self,
        st: TypeId,
        path: Vec<u32>,
        shadow: &[String],
        out: &mut HashMap<String, Promoted>,
        depth: u32,
    ) {
        if depth > 5 {
            return;
        }
        let Type::Struct(fields) = self.uty(st).clone() else { return };
        let mut deeper = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if !f.embedded {
                continue;
            }
            let mut p = path.clone();
            p.push(i as u32);
            let (via_ptr, et) = match self.ty(f.ty).clone() {
                Type::Pointer(e) => (true, e),
                _ => (false, f.ty),
            };
            let _ = via_ptr;
            if let Type::Interface { methods, .. } = self.uty(et).clone() {
                for (m, mt) in methods {
                    let (np, nr) = self.sig_arity(mt);
                    self.offer(
                        out,
                        shadow,
                        &m,
                        Promoted { path: p.clone(), target: Target::Iface(m.clone()), nparams: np, nres: nr },
                    );
                }
                continue;
            }
            if let Type::Named { obj, targs } = self.ty(et).clone() {
                let ms = self.c.table.named.get(&obj).map(|n| n.methods.clone()).unwrap_or_default();
                for (m, fo) in ms {
                    // A generic method (Go 1.27) is in no method set: a call through the
                    // embedding path instantiates it where it is called.
                    if self.has_own_type_params(fo) {
                        continue;
                    }
                    let (recv_ptr, sig) = match &self.c.objects[fo.0 as usize].kind {
                        ObjKind::Func { recv: Some(r), .. } => {
                            (matches!(self.ty(*r), Type::Pointer(_)), self.c.objects[fo.0 as usize].ty)
                        }
                        _ => (false, self.c.objects[fo.0 as usize].ty),
                    };
                    let (np, nr) = self.sig_arity(sig);
                    let target = Target::Method(fo, targs.clone(), recv_ptr);
                    self.offer(out, shadow, &m, Promoted { path: p.clone(), target, nparams: np, nres: nr });
                }
            }
            deeper.push((et, p));
        }
        let mut shadow2: Vec<String> = shadow.to_vec();
        shadow2.extend(out.keys().cloned());
        for (et, p) in deeper {
            self.collect(et, p, &shadow2, out, depth + 1);
        }
    }

    /// Whether the embedded field reached by `path` is a pointer.
    fn path_has_pointer(&self, t: TypeId, path: &[u32]) -> bool {
        let mut cur = t;
        let mut last_ptr = false;
        for &i in path {
            let Type::Struct(fs) = self.uty(cur).clone() else { return false };
            let Some(f) = fs.get(i as usize) else { return false };
            last_ptr = matches!(self.ty(f.ty), Type::Pointer(_));
            cur = match self.ty(f.ty) {
                Type::Pointer(e) => *e,
                _ => f.ty,
            };
        }
        last_ptr
    }

    fn offer(&self, out: &mut HashMap<String, Promoted>, shadow: &[String], name: &str, p: Promoted) {
        if shadow.iter().any(|s| s == name) {
            return;
        }
        out.entry(name.to_string()).or_insert(p);
    }

    fn sig_arity(&self, sig: TypeId) -> (u16, u16) {
        match self.uty(sig) {
            Type::Func(s) => (s.params.len() as u16, s.results.len() as u16),
            _ => (0, 0),
        }
    }

    /// The wrapper for a promoted method on `t` (or `*t` when `is_ptr`).
    fn wrapper(&mut self, t: TypeId, is_ptr: bool, p: &Promoted, name: &str) -> Option<Func> {
        let mut code = Vec::new();
        let mut cur_ptr = is_ptr;
        let mut cur_t = t;
        let n = p.path.len();
        let wants_ptr = matches!(p.target, Target::Method(_, _, true));
        for (k, &i) in p.path.iter().enumerate() {
            let Type::Struct(fs) = self.uty(cur_t).clone() else { return None };
            let ft = fs.get(i as usize)?.ty;
            let last = k + 1 == n;
            let field_is_ptr = matches!(self.ty(ft), Type::Pointer(_));
            if last && wants_ptr && !field_is_ptr {
                code.push(if cur_ptr { Op::AddrPField(0, 0, i as u16) } else { Op::AddrField(0, 0, i as u16) });
                cur_ptr = true;
                break;
            }
            code.push(if cur_ptr { Op::PField(0, 0, i as u16) } else { Op::Field(0, 0, i as u16) });
            cur_ptr = field_is_ptr;
            cur_t = match self.ty(ft).clone() {
                Type::Pointer(e) => e,
                _ => ft,
            };
        }
        let nargs = p.nparams + 1;
        match &p.target {
            Target::Iface(m) => {
                let id = self.method_id(m);
                code.push(Op::CallIface(id, 0, nargs));
            }
            Target::Method(fo, targs, recv_ptr) => {
                if !recv_ptr && cur_ptr {
                    code.push(Op::Load(0, 0));
                    code.push(Op::Copy(0, 0));
                }
                let pos = self.c.objects[fo.0 as usize].pos;
                match self.func_ref(*fo, targs.clone(), pos, 0).ok()? {
                    FuncRef::Go(f) => code.push(Op::Call(f, 0)),
                    FuncRef::Native(nf) => code.push(Op::CallNative(nf, 0, nargs)),
                }
            }
        }
        code.push(Op::Ret);
        let lines = vec![0; code.len()];
        let tname = crate::golang::vm::typename::type_string_parts(&self.c.table, &self.c.objects, t);
        let fname =
            if is_ptr { format!("{tname}.{name}").replacen('.', ".(*", 1) + "" } else { format!("{tname}.{name}") };
        let fname = if is_ptr { fix_ptr_name(&fname) } else { fname };
        Some(Func {
            name: crate::golang::vm::sites::intern(fname.as_bytes()),
            code,
            lines,
            nparams: nargs,
            nregs: nargs.max(p.nres) + 2,
            results: (0..p.nres).map(|r| (r as Reg, false)).collect(),
            selects: Vec::new(),
            asserts: Vec::new(),
        })
    }
}

/// `pkg.(*T.M` → `pkg.(*T).M`.
fn fix_ptr_name(s: &str) -> String {
    match s.rfind('.') {
        Some(i) if s.contains("(*") => format!("{}){}", &s[..i], &s[i..]),
        _ => s.to_string(),
    }
}

impl Builder {
    /// The function a method expression `I.M` stands for when `I` is an interface type: it
    /// takes the interface value first and calls its method `M` dynamically.
    pub(crate) fn iface_method_expr(&mut self, iface: TypeId, name: &str, sig: TypeId) -> u32 {
        let (nparams, nres) = self.sig_arity(sig); // `sig` includes the receiver
        let id = self.method_id(name);
        let code = vec![Op::CallIface(id, 0, nparams), Op::Ret];
        let tname = crate::golang::vm::typename::type_string_parts(&self.c.table, &self.c.objects, iface);
        let f = Func {
            name: crate::golang::vm::sites::intern(format!("{tname}.{name}").as_bytes()),
            lines: vec![0; code.len()],
            code,
            nparams,
            nregs: nparams.max(nres) + 2,
            results: (0..nres).map(|r| (r as Reg, false)).collect(),
            selects: Vec::new(),
            asserts: Vec::new(),
        };
        let slot = self.reserve_func();
        self.set_func(slot, f);
        slot
    }

    /// The function a method expression `T.M` or `(*T).M` stands for when `M` is promoted from
    /// a field embedded in struct type `t`: a wrapper that follows the field path.
    pub(crate) fn promoted_method_expr(&mut self, t: TypeId, is_ptr: bool, name: &str) -> Option<u32> {
        let own: Vec<String> = match self.ty(t) {
            Type::Named { obj, .. } => {
                self.c.table.named.get(obj).map(|n| n.methods.iter().map(|m| m.0.clone()).collect()).unwrap_or_default()
            }
            _ => Vec::new(),
        };
        let mut found: HashMap<String, Promoted> = HashMap::new();
        let st = self.under(t);
        self.collect(st, Vec::new(), &own, &mut found, 0);
        let p = found.get(name)?.clone();
        let f = self.wrapper(t, is_ptr, &p, name)?;
        let slot = self.reserve_func();
        self.set_func(slot, f);
        Some(slot)
    }
}
