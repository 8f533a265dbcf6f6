//! Package-level declarations: collect every object of a package first, then check each one
//! lazily (a name used before its declaration is checked on first use, as Go allows), then
//! the function bodies, then unused imports; and the variables' initialisation order.

use super::check::{Checker, DeclRef, DeclState, ObjExtra, PkgCtx};
use super::table::INVALID;
use super::{ast, Basic, Const, Initializer, NamedInfo, ObjId, ObjKind, Object, Type};
use std::collections::{HashMap, HashSet};

impl Checker {
    /// Checks package `pkg`: collect, declare, bodies, unused imports.
    pub(crate) fn check_package(&mut self, pkg: usize) {
        let files = self.pkgs[pkg].files.clone();
        let mut methods = Vec::new();
        for &f in &files {
            self.collect_file(f, &mut methods);
        }
        for (file, decl) in methods {
            self.collect_method(file, decl);
        }
        let objects = self.pkgs[pkg].objects.clone();
        for o in objects {
            self.obj_decl(o);
        }
        for &f in &files {
            self.check_bodies(f);
        }
        self.init_cycles(pkg);
        for &f in &files {
            self.unused_imports(f);
        }
    }

    /// `initialization cycle for a` (through variables and functions), once per package.
    fn init_cycles(&mut self, pkg: usize) {
        let vars: Vec<ObjId> = self.pkgs[pkg]
            .objects
            .iter()
            .copied()
            .filter(|o| matches!(self.objs[o.0 as usize].kind, ObjKind::Var { .. }))
            .collect();
        let mut reported: Vec<ObjId> = self.self_cycles.clone();
        for v in vars {
            if reported.contains(&v) {
                continue;
            }
            let Some(path) = self.dep_path(v) else { continue };
            reported.extend(path.iter().copied());
            let (name, pos) = (self.objs[v.0 as usize].name.clone(), self.objs[v.0 as usize].pos);
            let mut msg = format!("initialization cycle for {name}");
            for (k, &o) in path.iter().enumerate() {
                let next = path[(k + 1) % path.len()];
                let (ob, nb) = (&self.objs[o.0 as usize], &self.objs[next.0 as usize]);
                let file = self.decl_file_name(o);
                msg.push_str(&format!(
                    "\n\t./{file}:{}:{}: {} refers to {}",
                    ob.pos.line, ob.pos.col, ob.name, nb.name
                ));
            }
            let file = self.decl_file_name(v);
            self.error_in_file(&file, pos, msg);
        }
    }

    /// The file a (local or package-level) object was declared in, by its package.
    pub(crate) fn decl_file_of_pos(&self, o: ObjId) -> String {
        let pkg = &self.objs[o.0 as usize].pkg;
        if pkg == self.pkg_path() {
            return self.files[self.cur].name.clone();
        }
        self.pkgs
            .iter()
            .find(|p| &p.path == pkg)
            .and_then(|p| p.files.first())
            .map(|&f| self.files[f].name.clone())
            .unwrap_or_default()
    }

    fn decl_file_name(&self, o: ObjId) -> String {
        let f = match self.ox[o.0 as usize].decl {
            Some(
                DeclRef::Var { file, .. }
                | DeclRef::Func { file, .. }
                | DeclRef::Const { file, .. }
                | DeclRef::Type { file, .. },
            ) => file,
            None => self.cur,
        };
        self.files[f].name.clone()
    }

    /// A dependency path from `v` back to itself through package-level vars and functions.
    fn dep_path(&self, v: ObjId) -> Option<Vec<ObjId>> {
        let mut parent: HashMap<ObjId, ObjId> = HashMap::new();
        let mut stack = vec![v];
        let mut seen = HashSet::new();
        while let Some(o) = stack.pop() {
            for &d in &self.ox[o.0 as usize].deps {
                if d == v {
                    let mut path = vec![o];
                    let mut cur = o;
                    while cur != v {
                        cur = parent[&cur];
                        path.push(cur);
                    }
                    path.reverse();
                    return Some(path);
                }
                if seen.insert(d) && matches!(self.objs[d.0 as usize].kind, ObjKind::Var { .. } | ObjKind::Func { .. })
                {
                    parent.insert(d, o);
                    stack.push(d);
                }
            }
        }
        None
    }

    fn set_file(&mut self, f: usize) {
        self.cur = f;
        self.scope = self.files[f].scope;
    }

    /// Declares a file's imports and package-level names; methods are set aside.
    fn collect_file(&mut self, f: usize, methods: &mut Vec<(usize, usize)>) {
        self.set_file(f);
        let file = self.files[f].ast.clone();
        let pkg = self.files[f].pkg;
        let pscope = self.pkgs[pkg].scope;
        self.collect_imports(f, &file);
        for (di, d) in file.decls.iter().enumerate() {
            match d {
                ast::Decl::Const(specs) => {
                    for (si, s) in specs.iter().enumerate() {
                        for (ni, n) in s.names.iter().enumerate() {
                            let r = DeclRef::Const { file: f, decl: di, spec: si, name: ni };
                            self.collect_obj(pkg, pscope, n, ObjKind::Const(Const::Int(0)), r);
                        }
                    }
                }
                ast::Decl::Var(specs) => {
                    for (si, s) in specs.iter().enumerate() {
                        for n in &s.names {
                            let r = DeclRef::Var { file: f, decl: di, spec: si };
                            let kind = ObjKind::Var { global: true, captured: false, addressed: false };
                            self.collect_obj(pkg, pscope, n, kind, r);
                        }
                    }
                }
                ast::Decl::Type(specs) => {
                    for (si, s) in specs.iter().enumerate() {
                        let r = DeclRef::Type { file: f, decl: di, spec: si };
                        let o = self.collect_obj(pkg, pscope, &s.name, ObjKind::TypeName, r);
                        if !s.alias {
                            let t = self.tt.intern(Type::Named { obj: o, targs: vec![] });
                            self.objs[o.0 as usize].ty = t;
                            self.tt.named.insert(o, NamedInfo::default());
                        }
                    }
                }
                ast::Decl::Func(fd) => {
                    if fd.recv.is_some() {
                        methods.push((f, di));
                        continue;
                    }
                    let r = DeclRef::Func { file: f, decl: di };
                    let kind = ObjKind::Func { recv: None, body: fd.body.is_some() };
                    if fd.name.name == "init" {
                        let o = self.new_obj("init", kind, INVALID, fd.name.pos);
                        self.ox[o.0 as usize] = ObjExtra { state: DeclState::Todo, ..ObjExtra::new(Some(r)) };
                        self.record_def(fd.name.id, o);
                        self.pkgs[pkg].inits.push(o);
                        self.pkgs[pkg].objects.push(o);
                    } else {
                        self.collect_obj(pkg, pscope, &fd.name, kind, r);
                    }
                }
            }
        }
    }

    fn collect_obj(&mut self, pkg: usize, scope: usize, n: &ast::Ident, kind: ObjKind, r: DeclRef) -> ObjId {
        let o = self.new_obj(&n.name, kind, INVALID, n.pos);
        self.ox[o.0 as usize] = ObjExtra { state: DeclState::Todo, ..ObjExtra::new(Some(r)) };
        self.declare(scope, n, o);
        self.pkgs[pkg].objects.push(o);
        o
    }

    fn collect_imports(&mut self, f: usize, file: &ast::File) {
        let fscope = self.files[f].scope;
        for imp in &file.imports {
            let Some(p) = self.pkgs.iter().find(|p| p.path == imp.path) else { continue };
            let pkg_name = p
                .files
                .first()
                .map(|&i| self.files[i].ast.package.name.clone())
                .unwrap_or_else(|| imp.path.rsplit('/').next().unwrap_or("").to_string());
            let (name, pos, id) = match &imp.name {
                Some(n) if n.name == "_" => continue,
                Some(n) if n.name == "." => {
                    self.dot_import(f, imp, &p.path.clone(), n.pos);
                    continue;
                }
                Some(n) => (n.name.clone(), n.pos, Some(n.id)),
                None => (pkg_name, imp.pos, None),
            };
            let o = self.new_obj(&name, ObjKind::Package(imp.path.clone()), INVALID, pos);
            self.ox[o.0 as usize].import_path = Some(imp.path.clone());
            if let Some(id) = id {
                self.record_def(id, o);
            }
            self.file_imports.entry(f).or_default().push(o);
            if let Some(&prev) = self.scopes[fscope].names.get(&name) {
                let p = self.objs[prev.0 as usize].pos;
                let file = self.files[f].name.clone();
                self.error(
                    pos,
                    format!(
                        "{name} redeclared in this block\n\t./{file}:{}:{}: other declaration of {name}",
                        p.line, p.col
                    ),
                );
                continue;
            }
            self.scopes[fscope].names.insert(name, o);
        }
    }

    /// `import . "pkg"`: the package's exported names join the file scope; the import counts
    /// as used when one of them is.
    fn dot_import(&mut self, f: usize, imp: &ast::Import, path: &str, pos: ast::Pos) {
        let name = super::table::package_name(path).to_string();
        let o = self.new_obj(&name, ObjKind::Package(path.to_string()), INVALID, pos);
        self.ox[o.0 as usize].import_path = Some(imp.path.clone());
        self.file_imports.entry(f).or_default().push(o);
        let Some(pscope) = self.pkgs.iter().find(|p| p.path == path).map(|p| p.scope) else { return };
        let members: Vec<(String, ObjId)> = self.scopes[pscope]
            .names
            .iter()
            .filter(|(n, _)| n.chars().next().is_some_and(|c| c.is_uppercase()))
            .map(|(n, o)| (n.clone(), *o))
            .collect();
        let fscope = self.files[f].scope;
        for (n, m) in members {
            self.scopes[fscope].names.entry(n).or_insert(m);
            self.dot_imported.insert(m, o);
        }
    }

    /// `"os" imported and not used` for each unused import of file `f`.
    fn unused_imports(&mut self, f: usize) {
        self.set_file(f);
        let mut unused: Vec<(ObjId, String)> = Vec::new();
        for &o in self.file_imports.get(&f).map(|v| v.as_slice()).unwrap_or(&[]) {
            let name = &self.objs[o.0 as usize].name;
            let Some(path) = &self.ox[o.0 as usize].import_path else { continue };
            if !self.ox[o.0 as usize].used {
                let last = path.rsplit('/').next().unwrap_or("");
                let msg = if last == name {
                    format!("{path:?} imported and not used")
                } else {
                    format!("{path:?} imported as {name} and not used")
                };
                unused.push((o, msg));
            }
        }
        unused.sort_by_key(|(o, _)| self.objs[o.0 as usize].pos);
        for (o, msg) in unused {
            let pos = self.objs[o.0 as usize].pos;
            self.error(pos, msg);
        }
    }

    /// Checks a package-level object's declaration if it has not been yet.
    pub(crate) fn obj_decl(&mut self, o: ObjId) {
        let st = self.ox[o.0 as usize].state;
        if st == DeclState::Done {
            return;
        }
        let Some(r) = self.ox[o.0 as usize].decl else { return };
        if st == DeclState::Doing {
            self.cycle_error(o, r);
            return;
        }
        self.ox[o.0 as usize].state = DeclState::Doing;
        let saved = (self.cur, self.scope, self.fun.take(), self.iota.take(), self.errpos.take());
        self.decl_stack.push(o);
        match r {
            DeclRef::Const { file, decl, spec, name } => self.const_decl(o, file, decl, spec, name),
            DeclRef::Var { file, decl, spec, .. } => self.global_var_decl(file, decl, spec),
            DeclRef::Type { file, decl, spec } => self.global_type_decl(o, file, decl, spec),
            DeclRef::Func { file, decl } => self.func_decl(o, file, decl),
        }
        self.decl_stack.pop();
        (self.cur, self.scope, self.fun, self.iota, self.errpos) = saved;
        self.ox[o.0 as usize].state = DeclState::Done;
    }

    fn cycle_error(&mut self, o: ObjId, r: DeclRef) {
        let obj = &self.objs[o.0 as usize];
        let (name, pos) = (obj.name.clone(), obj.pos);
        match r {
            DeclRef::Type { .. } => {}
            DeclRef::Func { .. } => {}
            _ => {
                // A longer cycle (`var a = b; var b = a`) is reported by `init_cycles`.
                if self.decl_stack.last() == Some(&o) {
                    self.error(pos, format!("initialization cycle: {name} refers to itself"));
                    self.self_cycles.push(o);
                }
                self.objs[o.0 as usize].ty = INVALID;
            }
        }
    }

    fn const_decl(&mut self, o: ObjId, file: usize, decl: usize, spec: usize, name: usize) {
        self.set_file(file);
        let f = self.files[file].ast.clone();
        let ast::Decl::Const(specs) = &f.decls[decl] else { return };
        self.const_spec_value(o, specs, spec, name);
    }

    /// Evaluates name `name` of const spec `spec` (repeating an earlier spec's type and values
    /// when it has none) and stores the constant in object `o`.
    pub(crate) fn const_spec_value(&mut self, o: ObjId, specs: &[ast::ConstSpec], spec: usize, name: usize) {
        let s = &specs[spec];
        self.iota = Some(s.iota as i128);
        let src = specs[..=spec].iter().rev().find(|p| !p.values.is_empty() || p.ty.is_some()).unwrap_or(s);
        let ty = src.ty.as_ref().map(|t| self.type_expr(t));
        let Some(e) = src.values.get(name) else {
            self.error(s.names[name].pos, "missing init expr for const declaration");
            self.objs[o.0 as usize].ty = INVALID;
            return;
        };
        if name == s.names.len() - 1 && src.values.len() > s.names.len() && std::ptr::eq(src, s) {
            let extra = &src.values[s.names.len()];
            let text = super::printer::expr_string(extra);
            self.error(extra.pos, format!("extra init expr {text}"));
        }
        let saved_errpos = self.errpos;
        if !std::ptr::eq(src, s) {
            self.errpos = Some(s.names[name].pos);
        }
        let mut x = self.expr(e);
        self.iota = None;
        if let Some(t) = ty {
            self.assignment(&mut x, e, t, "constant declaration");
        }
        if x.mode != super::Mode::Constant {
            if x.ty != INVALID {
                let d = self.describe(&x, e);
                self.error(e.pos, format!("{d} is not constant"));
            }
            self.errpos = saved_errpos;
            self.objs[o.0 as usize].ty = INVALID;
            return;
        }
        self.errpos = saved_errpos;
        let b = self.tt.basic_of(x.ty).unwrap_or(Basic::Int);
        let v = x.val.as_ref().map(|v| v.to_const(b)).unwrap_or(Const::Int(0));
        self.objs[o.0 as usize].ty = x.ty;
        self.objs[o.0 as usize].kind = ObjKind::Const(v);
        self.const_vals.insert(o, x.val.clone().unwrap_or(super::constant::Value::Int(0)));
    }

    fn global_var_decl(&mut self, file: usize, decl: usize, spec: usize) {
        self.set_file(file);
        let f = self.files[file].ast.clone();
        let ast::Decl::Var(specs) = &f.decls[decl] else { return };
        let s = &specs[spec];
        let objs: Vec<Option<ObjId>> = s.names.iter().map(|n| self.files[file].info.defs.get(&n.id).copied()).collect();
        for o in objs.iter().flatten() {
            self.ox[o.0 as usize].state = DeclState::Doing;
        }
        self.var_spec(s, &objs);
        for o in objs.iter().flatten() {
            self.ox[o.0 as usize].state = DeclState::Done;
        }
    }

    fn global_type_decl(&mut self, o: ObjId, file: usize, decl: usize, spec: usize) {
        self.set_file(file);
        let f = self.files[file].ast.clone();
        let ast::Decl::Type(specs) = &f.decls[decl] else { return };
        self.type_spec(o, &specs[spec]);
    }

    fn func_decl(&mut self, o: ObjId, file: usize, decl: usize) {
        self.set_file(file);
        let f = self.files[file].ast.clone();
        let ast::Decl::Func(fd) = &f.decls[decl] else { return };
        if fd.recv.is_some() {
            self.method_signature(o, fd);
            return;
        }
        let scope = self.new_scope(Some(self.scope));
        let outer = std::mem::replace(&mut self.scope, scope);
        let tparams = self.declare_type_params(&fd.ty.type_params);
        let sig = self.signature(&fd.ty);
        self.scope = outer;
        let t = self.tt.intern(Type::Func(sig));
        self.objs[o.0 as usize].ty = t;
        if !tparams.is_empty() {
            self.generic_funcs.insert(o, tparams);
        }
        self.func_scopes.insert(o, scope);
        let name = fd.name.name.as_str();
        let is_main = name == "main" && self.pkg_path() == "main";
        if (name == "init" || is_main) && (!fd.ty.params.is_empty() || !fd.ty.results.is_empty()) {
            self.error(fd.name.pos, format!("func {name} must have no arguments and no return values"));
        }
        if (name == "init" || is_main) && !fd.ty.type_params.is_empty() {
            self.error(fd.name.pos, format!("func {name} must have no type parameters"));
        }
    }

    /// Checks the bodies of file `f`'s functions and methods.
    fn check_bodies(&mut self, f: usize) {
        let file = self.files[f].ast.clone();
        for d in &file.decls {
            let ast::Decl::Func(fd) = d else { continue };
            self.set_file(f);
            let Some(&o) = self.files[f].info.defs.get(&fd.name.id) else { continue };
            if let Some(body) = &fd.body {
                self.decl_stack.push(o);
                self.func_body(o, fd, body);
                self.decl_stack.pop();
            } else if self.pkg_path() == "main" {
                self.error(fd.name.pos, "missing function body");
            }
        }
    }
}

/// Go's initialisation order of package `p`'s variables: repeatedly the earliest variable in
/// declaration order whose dependencies (through functions, transitively) are initialised.
pub(crate) fn init_order(objs: &[Object], ox: &[ObjExtra], p: &PkgCtx, _pkg: usize) -> Vec<Initializer> {
    let vars: Vec<ObjId> =
        p.objects.iter().copied().filter(|o| matches!(objs[o.0 as usize].kind, ObjKind::Var { .. })).collect();
    // Only this package's variables count: another package's are initialised before it.
    let mine: HashSet<ObjId> = vars.iter().copied().collect();
    let deps: Vec<HashSet<ObjId>> =
        vars.iter().map(|&v| var_deps(objs, ox, v).into_iter().filter(|d| mine.contains(d)).collect()).collect();
    let mut done: HashSet<ObjId> = HashSet::new();
    let mut emitted: HashSet<(usize, usize, usize)> = HashSet::new();
    let mut out = Vec::new();
    while done.len() < vars.len() {
        let pick = vars
            .iter()
            .enumerate()
            .find(|(i, v)| !done.contains(v) && deps[*i].iter().all(|d| done.contains(d) || d == *v))
            .or_else(|| vars.iter().enumerate().find(|(_, v)| !done.contains(v)));
        let Some((_, &v)) = pick else { break };
        done.insert(v);
        let Some(DeclRef::Var { file, decl, spec, .. }) = ox[v.0 as usize].decl else { continue };
        if emitted.insert((file, decl, spec)) {
            let lhs: Vec<Option<ObjId>> = vars
                .iter()
                .copied()
                .filter(|o| matches!(ox[o.0 as usize].decl, Some(DeclRef::Var { file: f, decl: d, spec: s, .. }) if (f, d, s) == (file, decl, spec)))
                .map(|o| if objs[o.0 as usize].name == "_" { None } else { Some(o) })
                .collect();
            for o in lhs.iter().flatten() {
                done.insert(*o);
            }
            out.push(Initializer { file, decl, spec, lhs });
        }
    }
    out
}

/// The package-level variables `v`'s initialiser depends on (through functions).
fn var_deps(objs: &[Object], ox: &[ObjExtra], v: ObjId) -> HashSet<ObjId> {
    let mut out = HashSet::new();
    let mut seen = HashSet::new();
    let mut stack: Vec<ObjId> = ox[v.0 as usize].deps.clone();
    while let Some(d) = stack.pop() {
        if !seen.insert(d) {
            continue;
        }
        match objs[d.0 as usize].kind {
            ObjKind::Var { .. } => {
                out.insert(d);
            }
            ObjKind::Func { .. } => stack.extend(ox[d.0 as usize].deps.iter().copied()),
            _ => {}
        }
    }
    out
}
