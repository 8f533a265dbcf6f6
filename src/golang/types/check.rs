//! The checker's state and the program-level driver: load the imported standard packages
//! (depth first, imports before importers), check each package, report errors as Go does
//! (sorted by position, at most ten then `too many errors`), and hand back [`Checked`].

use super::scope::{universe, Scope, Universe};
use super::std_list::STD;
use super::table::TypeWriter;
use super::{ast, Checked, CheckedFile, Info, ObjId, ObjKind, Object, Package, TypeError, TypeId, TypeTable};
use super::{NodeId, Pos};
use std::collections::HashMap;
use std::rc::Rc;

/// Loads a standard package's parsed files by import path (`None`: chanlab lacks it).
pub type Loader<'a> = dyn Fn(&str) -> Option<Result<Vec<(String, ast::File)>, String>> + 'a;

/// Where a package-level object is declared (file index, declaration index, spec index...).
#[derive(Clone, Copy, Debug)]
pub(crate) enum DeclRef {
    Const { file: usize, decl: usize, spec: usize, name: usize },
    Var { file: usize, decl: usize, spec: usize },
    Type { file: usize, decl: usize, spec: usize },
    Func { file: usize, decl: usize },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum DeclState {
    Todo,
    Doing,
    Done,
}

/// What the checker keeps per object beside the contract's `Object`.
#[derive(Clone, Debug)]
pub(crate) struct ObjExtra {
    pub used: bool,
    /// The function (literal) declaring a local; 0 for package-level objects.
    pub func: u32,
    pub decl: Option<DeclRef>,
    pub state: DeclState,
    /// Package-level vars and funcs this package-level object's declaration refers to.
    pub deps: Vec<ObjId>,
    /// The import declaring a package name (for `"os" imported and not used`).
    pub import_path: Option<String>,
}

/// A file being checked.
#[derive(Clone)]
pub(crate) struct FileCtx {
    pub name: String,
    pub ast: Rc<ast::File>,
    pub pkg: usize,
    pub scope: usize,
    /// Shared with the standard-package cache until this checker changes it.
    pub info: Rc<Info>,
}

/// A package being checked.
#[derive(Clone)]
pub(crate) struct PkgCtx {
    pub path: String,
    pub scope: usize,
    pub files: Vec<usize>,
    /// Package-level objects in source order.
    pub objects: Vec<ObjId>,
    pub inits: Vec<ObjId>,
}

/// The checker.
#[derive(Clone)]
pub(crate) struct Checker {
    pub tt: TypeTable,
    pub objs: Vec<Object>,
    pub ox: Vec<ObjExtra>,
    pub scopes: Vec<Scope>,
    pub files: Vec<FileCtx>,
    pub pkgs: Vec<PkgCtx>,
    pub univ: Universe,
    /// Current file and scope.
    pub cur: usize,
    pub scope: usize,
    /// The function being checked, if any.
    pub fun: Option<super::func_body::FuncCtx>,
    pub next_func: u32,
    /// Package-level declarations being checked (innermost last), for dependencies.
    pub decl_stack: Vec<ObjId>,
    pub errors: Vec<TypeError>,
    /// Expression nesting depth (a guard against pathological input).
    pub depth: u32,
    /// Set when the error limit is reached: checking stops.
    pub full: bool,
    pub nesting_reported: bool,
    /// The value of `iota` inside a constant declaration.
    pub iota: Option<i128>,
    /// Where every error goes while an inherited constant initialiser is checked (Go's
    /// `errpos`: the constant's name, not the repeated expression's own position).
    pub errpos: Option<Pos>,
    /// Exact values of constants (the contract's `Const` rounds floats).
    pub const_vals: HashMap<ObjId, super::constant::Value>,
    /// Generic functions and their type parameters.
    pub generic_funcs: HashMap<ObjId, Vec<ObjId>>,
    /// Generic type aliases (`type Set[T comparable] = map[T]bool`) and their type parameters.
    pub generic_aliases: HashMap<ObjId, Vec<ObjId>>,
    /// The scope holding a function's type parameters (and a method's receiver's).
    pub func_scopes: HashMap<ObjId, usize>,
    /// Objects standing for interface methods, by (interface, name).
    pub iface_methods: HashMap<(TypeId, String), ObjId>,
    /// Comma-ok expressions (`v, ok := m[k]`), by (file, expression).
    pub comma_ok: std::collections::HashSet<(usize, NodeId)>,
    /// Named result variables by function id.
    pub result_vars: HashMap<u32, Vec<ObjId>>,
    /// What a function's own variables are (`parameter`, `result variable`, `receiver`), as
    /// Go's `x (parameter) is not a type` says; other variables are local or package-level.
    pub var_kinds: HashMap<ObjId, &'static str>,
    /// A variable's type as Go writes it where that differs from the table's spelling: a
    /// variable declared from a function keeps its parameter names (`h := double` has type
    /// `func(x int) int`).
    pub written_types: HashMap<ObjId, String>,
    /// The target type of the assignment being checked, as written (see `written_types`).
    pub assign_target: Option<String>,
    /// Each argument's target type as written, for the next `arguments` call (`append`).
    pub arg_written: Option<Vec<Option<String>>>,
    /// How the value being assigned is described when it is one of several values of one
    /// expression (`1st function result (value of type int)`), instead of by its expression.
    pub value_desc: Option<String>,
    /// Package paths messages quote (see `TypeWriter::quoted`).
    pub quoted: Vec<String>,
    /// Variables already reported as `initialization cycle: x refers to itself`.
    pub self_cycles: Vec<ObjId>,
    /// How the main package spells aliases (for messages).
    pub spellings: super::table::Spellings,
    /// Go reports one instantiation cycle.
    pub inst_cycle_reported: bool,
    /// Objects a dot import brought into a file scope, with the import's object.
    pub dot_imported: HashMap<ObjId, ObjId>,
    /// `F[int]` with fewer type arguments than parameters, by (file, node): the rest are
    /// inferred at the call.
    pub partial_instances: HashMap<(usize, NodeId), (ObjId, Vec<TypeId>)>,
    /// Expressions naming a generic function not (yet) instantiated, by (file, node).
    pub generic_exprs: std::collections::HashSet<(usize, NodeId)>,
    /// Constant case values of the expression switch being checked.
    pub switch_cases: Vec<(super::constant::Value, TypeId, Pos)>,
    /// The go command's errors (bad import paths): reported alone.
    pub go_command_errors: Vec<TypeError>,
    /// Each file's import objects (for `"os" imported and not used`).
    pub file_imports: HashMap<usize, Vec<ObjId>>,
    /// Where struct fields are declared, by (struct type, field name).
    pub field_pos: HashMap<(TypeId, String), Pos>,
    /// Struct fields of function type declared with parameter names, written as Go does.
    pub field_written: HashMap<(TypeId, String), String>,
}

/// Checks a program: the main package's `files` and the standard packages they import
/// (from `crate::golang::stdlib`), returning everything the compiler needs or Go's errors.
pub fn check_program(files: &[ast::File]) -> Result<Checked, Vec<TypeError>> {
    check_with(files, &["main.go"], &std_loader)
}

/// [`check_program`] for a file parsed with errors after which Go still type-checks
/// (`syntax::parse_file_partial`: lexical and branch errors): they count first toward Go's
/// ten and are merged with the checker's, sorted by position.
pub fn check_program_after(files: &[ast::File], earlier: Vec<TypeError>) -> Result<Checked, Vec<TypeError>> {
    check_after(files, &["main.go"], earlier, &std_loader)
}

/// The standard packages as the `stdlib` module provides them, parsed (the loader
/// [`check_program`] uses; pass it to [`check_after`] to name several main files).
pub fn std_loader(path: &str) -> Option<Result<Vec<(String, ast::File)>, String>> {
    Some(super::std_cache::parsed(path)?.map(|files| (*files).clone()))
}

/// [`check_program`] with another source of packages (tests use stubs).
pub fn check_with(files: &[ast::File], names: &[&str], load: &Loader) -> Result<Checked, Vec<TypeError>> {
    check_after(files, names, Vec::new(), load)
}

/// [`check_with`] after the parser's non-fatal errors `earlier`.
pub fn check_after(
    files: &[ast::File],
    names: &[&str],
    earlier: Vec<TypeError>,
    load: &Loader,
) -> Result<Checked, Vec<TypeError>> {
    check_from(Checker::new(), files, names, earlier, load)
}

/// [`check_after`] starting from `c`, a fresh checker or one that already holds standard
/// packages (see `std_cache`).
pub(crate) fn check_from(
    mut c: Checker,
    files: &[ast::File],
    names: &[&str],
    earlier: Vec<TypeError>,
    load: &Loader,
) -> Result<Checked, Vec<TypeError>> {
    if files.first().is_some_and(|f| f.package.name != "main") {
        // `go run` refuses before compiling (its own message, without a position).
        let msg = "package command-line-arguments is not a main package".to_string();
        return Err(vec![TypeError { go_command: true, ..TypeError::new("main.go", Pos::default(), msg) }]);
    }
    c.errors = earlier.into_iter().filter(|e| e.msg != "too many errors").collect();
    c.full = c.errors.len() >= 10;
    let main: Vec<(String, ast::File)> =
        files.iter().enumerate().map(|(i, f)| (names.get(i).unwrap_or(&"main.go").to_string(), f.clone())).collect();
    let mut loading = Vec::new();
    let pkg = c.load_package("main", main, load, &mut loading);
    let has_main = c.scopes[c.pkgs[pkg].scope]
        .names
        .get("main")
        .is_some_and(|o| matches!(c.objs[o.0 as usize].kind, ObjKind::Func { .. }));
    if c.errors.is_empty() && !has_main {
        let msg = "runtime.main_main·f: function main is undeclared in the main package".to_string();
        c.errors.push(TypeError::new("main.go", Pos::default(), msg));
    }
    c.finish()
}

impl Checker {
    pub(crate) fn new() -> Checker {
        let mut tt = TypeTable::new();
        let mut objs = Vec::new();
        let (uscope, univ) = universe(&mut objs, &mut tt);
        let ox = objs.iter().map(|_| ObjExtra::new(None)).collect();
        Checker {
            tt,
            objs,
            ox,
            scopes: vec![uscope],
            files: Vec::new(),
            pkgs: Vec::new(),
            univ,
            cur: 0,
            scope: 0,
            fun: None,
            next_func: 1,
            decl_stack: Vec::new(),
            errors: Vec::new(),
            depth: 0,
            full: false,
            nesting_reported: false,
            iota: None,
            errpos: None,
            const_vals: HashMap::new(),
            generic_funcs: HashMap::new(),
            generic_aliases: HashMap::new(),
            func_scopes: HashMap::new(),
            iface_methods: HashMap::new(),
            comma_ok: Default::default(),
            result_vars: HashMap::new(),
            var_kinds: HashMap::new(),
            written_types: HashMap::new(),
            assign_target: None,
            arg_written: None,
            value_desc: None,
            quoted: Vec::new(),
            self_cycles: Vec::new(),
            field_pos: HashMap::new(),
            field_written: HashMap::new(),
            file_imports: HashMap::new(),
            go_command_errors: Vec::new(),
            switch_cases: Vec::new(),
            generic_exprs: Default::default(),
            partial_instances: HashMap::new(),
            dot_imported: HashMap::new(),
            inst_cycle_reported: false,
            spellings: Default::default(),
        }
    }

    /// Registers and checks package `path` (its imports first); returns its index.
    pub(crate) fn load_package(
        &mut self,
        path: &str,
        files: Vec<(String, ast::File)>,
        load: &Loader,
        loading: &mut Vec<String>,
    ) -> usize {
        loading.push(path.to_string());
        // Imports first (depth first), so imported packages are complete when used.
        for (name, f) in &files {
            for imp in &f.imports {
                self.import(name, imp, load, loading);
            }
        }
        let pscope = self.new_scope(Some(0));
        let pkg = self.pkgs.len();
        self.pkgs.push(PkgCtx { path: path.into(), scope: pscope, files: vec![], objects: vec![], inits: vec![] });
        for (name, f) in files {
            let fscope = self.new_scope(Some(pscope));
            let idx = self.files.len();
            let info = Info::default();
            self.files.push(FileCtx { name, ast: Rc::new(f), pkg, scope: fscope, info: Rc::new(info) });
            self.pkgs[pkg].files.push(idx);
        }
        loading.pop();
        self.update_quoted();
        self.check_package(pkg);
        pkg
    }

    /// Which package paths share their name with another loaded package. Real Go also sees
    /// the internal packages `sync` imports (`internal/sync`, `internal/runtime/atomic`).
    fn update_quoted(&mut self) {
        let mut paths: Vec<String> = self.pkgs.iter().map(|p| p.path.clone()).filter(|p| p != "main").collect();
        if paths.iter().any(|p| p == "sync") {
            paths.push("internal/sync".into());
            paths.push("internal/runtime/atomic".into());
        }
        self.quoted = paths
            .iter()
            .filter(|p| paths.iter().any(|q| q != *p && super::table::package_name(q) == super::table::package_name(p)))
            .cloned()
            .collect();
    }

    /// Makes sure the package imported by `imp` is loaded (or reports why it cannot be).
    pub(crate) fn import(&mut self, file: &str, imp: &ast::Import, load: &Loader, loading: &mut Vec<String>) {
        let path = imp.path.as_str();
        if self.pkgs.iter().any(|p| p.path == path) || loading.iter().any(|p| p == path) {
            return;
        }
        match load(path) {
            Some(Ok(files)) => {
                self.load_package(path, files, load, loading);
            }
            Some(Err(e)) => {
                self.error_in(file, imp.path_pos, format!("chanlab: standard package {path} does not parse: {e}"))
            }
            None if STD.contains(&path) || path.starts_with("golang.org/x/") => {
                self.error_in(file, imp.path_pos, format!("chanlab does not support package {path} yet"))
            }
            None => {
                let msg = if path.is_empty() || path.contains(['"', '\\', ' ']) {
                    format!("invalid import path: {path}")
                } else {
                    format!("package {path} is not in std (/usr/local/go/src/{path})")
                };
                let e = TypeError { go_command: true, ..TypeError::new(file, imp.path_pos, msg) };
                self.go_command_errors.push(e);
            }
        }
    }

    pub(crate) fn new_scope(&mut self, parent: Option<usize>) -> usize {
        self.scopes.push(Scope { parent, names: HashMap::new() });
        self.scopes.len() - 1
    }

    /// Adds an object; returns its id.
    pub(crate) fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, pos: Pos) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        let pkg = self.pkg_path().to_string();
        self.objs.push(Object { name: name.into(), kind, ty, pkg, pos });
        let func = self.fun.as_ref().map(|f| f.id).unwrap_or(0);
        let mut extra = ObjExtra::new(None);
        extra.func = func;
        self.ox.push(extra);
        id
    }

    pub(crate) fn pkg_path(&self) -> &str {
        self.files.get(self.cur).map(|f| self.pkgs[f.pkg].path.as_str()).unwrap_or("main")
    }

    pub(crate) fn info(&mut self) -> &mut Info {
        Rc::make_mut(&mut self.files[self.cur].info)
    }

    /// Reports an error at `pos` in the current file.
    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let pos = self.errpos.unwrap_or(pos);
        let file = self.files.get(self.cur).map(|f| f.name.clone()).unwrap_or_else(|| "main.go".into());
        self.error_in(&file, pos, msg.into());
    }

    pub(crate) fn error_in_file(&mut self, file: &str, pos: Pos, msg: String) {
        self.error_in(file, pos, msg);
    }

    fn error_in(&mut self, file: &str, pos: Pos, msg: String) {
        if self.full {
            return;
        }
        // Go reports one of several equal errors on a line.
        if self.errors.iter().any(|e| e.pos.line == pos.line && e.msg == msg && e.file == file) {
            return;
        }
        self.errors.push(TypeError::new(file, pos, msg));
        if self.errors.len() >= 10 {
            self.full = true;
        }
    }

    /// A type as the current package's messages write it.
    pub(crate) fn ts(&self, t: TypeId) -> String {
        self.writer().write(t)
    }

    /// Writes types as the current package's messages do.
    pub(crate) fn writer(&self) -> TypeWriter<'_> {
        TypeWriter {
            tt: &self.tt,
            objs: &self.objs,
            pkg: self.pkg_path(),
            quoted: &self.quoted,
            names: &self.spellings,
        }
    }

    pub(crate) fn record_def(&mut self, id: NodeId, obj: ObjId) {
        self.info().defs.insert(id, obj);
    }

    pub(crate) fn record_use(&mut self, id: NodeId, obj: ObjId) {
        self.info().uses.insert(id, obj);
    }

    /// Looks `name` up from the current scope outwards.
    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        let mut guard = 0;
        while let Some(i) = s {
            if let Some(&o) = self.scopes[i].names.get(name) {
                return Some(o);
            }
            s = self.scopes[i].parent;
            guard += 1;
            if guard > 100_000 {
                break;
            }
        }
        None
    }

    /// Declares `obj` in the current scope, or reports `x redeclared in this block`.
    pub(crate) fn declare(&mut self, scope: usize, name: &ast::Ident, obj: ObjId) -> bool {
        if name.name == "_" {
            self.record_def(name.id, obj);
            return true;
        }
        if let Some(&prev) = self.scopes[scope].names.get(&name.name) {
            let p = self.objs[prev.0 as usize].pos;
            let file = self.files.get(self.cur).map(|f| f.name.clone()).unwrap_or_default();
            let msg = format!(
                "{} redeclared in this block\n\t./{}:{}:{}: other declaration of {}",
                name.name, file, p.line, p.col, name.name
            );
            self.error(name.pos, msg);
            return false;
        }
        self.scopes[scope].names.insert(name.name.clone(), obj);
        self.record_def(name.id, obj);
        true
    }

    /// The result: errors sorted by position (ten at most, then `too many errors`), or
    /// everything checked.
    fn finish(mut self) -> Result<Checked, Vec<TypeError>> {
        if let Some(e) = self.go_command_errors.first() {
            return Err(vec![e.clone()]);
        }
        if !self.errors.is_empty() {
            let mut errs = self.errors;
            let last = errs.last().cloned();
            errs.sort_by(|a, b| (a.file.as_str(), a.pos).cmp(&(b.file.as_str(), b.pos)));
            if errs.len() >= 10 {
                if let Some(l) = last {
                    errs.push(TypeError::new(&l.file, l.pos, "too many errors"));
                }
            }
            return Err(errs);
        }
        let mut files = Vec::new();
        for f in self.files.iter_mut() {
            // A file still shared with the cache was defaulted when it was cached.
            if Rc::strong_count(&f.info) == 1 {
                default_untyped(&self.tt, Rc::make_mut(&mut f.info));
            }
        }
        for f in self.files {
            files.push(CheckedFile { name: f.name, ast: f.ast, info: f.info, package: f.pkg });
        }
        let mut packages = Vec::new();
        for (i, p) in self.pkgs.iter().enumerate() {
            let init_order = super::decls::init_order(&self.objs, &self.ox, p, i);
            let main = self.scopes[p.scope].names.get("main").copied().filter(|_| p.path == "main");
            packages.push(Package {
                path: p.path.clone(),
                files: p.files.clone(),
                init_order,
                inits: p.inits.clone(),
                main,
            });
        }
        Ok(Checked { table: self.tt, objects: self.objs, files, packages })
    }
}

/// Gives every expression still recorded with an untyped type its default type.
pub(crate) fn default_untyped(tt: &TypeTable, info: &mut Info) {
    use super::table::{basic, default_basic, is_untyped};
    for tv in info.types.values_mut() {
        if let super::Type::Basic(b) = tt.get(tv.ty) {
            if is_untyped(*b) && *b != super::Basic::UntypedNil {
                tv.ty = basic(default_basic(*b));
            }
        }
    }
}

impl ObjExtra {
    pub(crate) fn new(decl: Option<DeclRef>) -> ObjExtra {
        ObjExtra { used: false, func: 0, decl, state: DeclState::Done, deps: vec![], import_path: None }
    }
}
