//! Types written the way Go's messages write them (`map[string]int`, `*sync.Mutex`,
//! `func(s string) (int, error)`, `struct{Name string "json:\"name\""}`): names qualified
//! by package outside the current one, and the alias spellings (`byte`, `any`...) the
//! program uses.

use super::table::{basic_name, ANY};
use super::{Basic, Object, Signature, StructField, Type, TypeId, TypeTable};

/// Writes types as Go's messages do, qualifying names from packages other than `pkg`.
pub(crate) struct TypeWriter<'a> {
    pub tt: &'a TypeTable,
    pub objs: &'a [Object],
    pub pkg: &'a str,
    /// Package paths written quoted (`"sync".Mutex`): Go does so when two packages the
    /// program (transitively) imports share a name.
    pub quoted: &'a [String],
    /// How the program spells `uint8`, `int32` and the empty interface.
    pub names: &'a Spellings,
}

/// Go's messages keep the alias a type was written with (`byte` or `uint8`, `rune` or
/// `int32`, `any` or `interface{}`); chanlab interns them as one type, so it writes the
/// spelling the program uses (Go's own for types nobody wrote: `byte`, `rune`, `any`).
#[derive(Clone, Debug, Default)]
pub(crate) struct Spellings {
    counts: [u32; 6],
    /// A spelling that wins for now (a conversion's target as written).
    preferred: Option<usize>,
}

const SPELLINGS: [&str; 6] = ["byte", "uint8", "rune", "int32", "any", "interface{}"];

impl Spellings {
    pub fn note(&mut self, name: &str) {
        if let Some(i) = SPELLINGS.iter().position(|s| *s == name) {
            self.counts[i] += 1;
        }
    }

    /// Makes `name` win until `prefer("")`.
    pub fn prefer(&mut self, name: &str) {
        self.preferred = SPELLINGS.iter().position(|s| *s == name);
    }

    fn pick(&self, i: usize) -> &'static str {
        if let Some(p) = self.preferred {
            if p / 2 == i / 2 {
                return SPELLINGS[p];
            }
        }
        if self.counts[i + 1] > self.counts[i] {
            SPELLINGS[i + 1]
        } else {
            SPELLINGS[i]
        }
    }
}

impl TypeWriter<'_> {
    pub fn write(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.put(&mut s, t, 0);
        s
    }

    fn put(&self, s: &mut String, t: TypeId, depth: u32) {
        if depth > 20 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        match self.tt.get(t) {
            // Go keeps the alias name `byte` (far more common in programs than `uint8`).
            Type::Basic(Basic::Uint8) => s.push_str(self.names.pick(0)),
            Type::Basic(Basic::Int32) => s.push_str(self.names.pick(2)),
            Type::Basic(b) => s.push_str(basic_name(*b)),
            Type::Named { obj, targs } => {
                let o = &self.objs[obj.0 as usize];
                if !o.pkg.is_empty() && o.pkg != self.pkg {
                    if self.quoted.contains(&o.pkg) {
                        s.push_str(&format!("{:?}", o.pkg));
                    } else {
                        s.push_str(package_name(&o.pkg));
                    }
                    s.push('.');
                }
                s.push_str(&o.name);
                if !targs.is_empty() {
                    s.push('[');
                    self.list(s, targs, d);
                    s.push(']');
                }
            }
            Type::TypeParam { obj, .. } => s.push_str(&self.objs[obj.0 as usize].name),
            Type::Pointer(e) => {
                s.push('*');
                self.put(s, *e, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.put(s, *e, d);
            }
            Type::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.put(s, *e, d);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.put(s, *k, d);
                s.push(']');
                self.put(s, *v, d);
            }
            Type::Chan(dir, e) => self.chan(s, *dir, *e, d),
            Type::Struct(fields) => self.strukt(s, fields, d),
            Type::Func(sig) => {
                s.push_str("func");
                self.signature(s, sig, d);
            }
            Type::Interface { methods, terms, comparable } => {
                if t == ANY {
                    s.push_str(self.names.pick(4));
                    return;
                }
                if methods.is_empty() && !*comparable && !terms.is_empty() {
                    // An implicit constraint interface (`[T int | float64]`).
                    for (i, (tilde, x)) in terms.iter().enumerate() {
                        if i > 0 {
                            s.push_str(" | ");
                        }
                        if *tilde {
                            s.push('~');
                        }
                        self.put(s, *x, d);
                    }
                    return;
                }
                self.interface(s, methods, terms, *comparable, d)
            }
            Type::Tuple(ts) => {
                s.push('(');
                self.list(s, ts, d);
                s.push(')');
            }
        }
    }

    fn chan(&self, s: &mut String, dir: super::ChanDir, e: TypeId, d: u32) {
        use super::ChanDir::*;
        s.push_str(match dir {
            Both => "chan ",
            Send => "chan<- ",
            Recv => "<-chan ",
        });
        let paren = dir == Both && matches!(self.tt.get(e), Type::Chan(Recv, _));
        if paren {
            s.push('(');
        }
        self.put(s, e, d);
        if paren {
            s.push(')');
        }
    }

    fn strukt(&self, s: &mut String, fields: &[StructField], d: u32) {
        if fields.len() == 1 && fields[0].name == "<invalid>" {
            s.push_str("invalid type");
            return;
        }
        s.push_str("struct{");
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                s.push_str("; ");
            }
            if !f.embedded {
                s.push_str(&f.name);
                s.push(' ');
            }
            self.put(s, f.ty, d);
            if let Some(tag) = &f.tag {
                // Go quotes a tag as strconv.Quote does (`"json:\"name\""`).
                s.push_str(&format!(" {tag:?}"));
            }
        }
        s.push('}');
    }

    /// `t` (an interface holding only type terms) as written with `interface{...}`, not
    /// in the implicit form of a type parameter's constraint (`int | string`).
    pub fn explicit_interface(&self, t: TypeId) -> String {
        let mut s = String::new();
        match self.tt.get(t) {
            Type::Interface { methods, terms, comparable } => self.interface(&mut s, methods, terms, *comparable, 1),
            _ => self.put(&mut s, t, 1),
        }
        s
    }

    fn interface(
        &self,
        s: &mut String,
        methods: &[(String, TypeId)],
        terms: &[(bool, TypeId)],
        comparable: bool,
        d: u32,
    ) {
        s.push_str("interface{");
        let mut first = true;
        if comparable {
            s.push_str("comparable");
            first = false;
        }
        for (name, m) in methods {
            if !first {
                s.push_str("; ");
            }
            first = false;
            s.push_str(name);
            if let Type::Func(sig) = self.tt.get(*m) {
                self.signature(s, sig, d);
            }
        }
        if !terms.is_empty() {
            if !first {
                s.push_str("; ");
            }
            for (i, (tilde, t)) in terms.iter().enumerate() {
                if i > 0 {
                    s.push_str(" | ");
                }
                if *tilde {
                    s.push('~');
                }
                self.put(s, *t, d);
            }
        }
        s.push('}');
    }

    pub fn signature(&self, s: &mut String, sig: &Signature, d: u32) {
        s.push('(');
        for (i, &p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                match self.tt.get(p) {
                    Type::Slice(e) => self.put(s, *e, d),
                    _ => self.put(s, p, d),
                }
            } else {
                self.put(s, p, d);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.put(s, sig.results[0], d);
            }
            _ => {
                s.push_str(" (");
                self.list(s, &sig.results, d);
                s.push(')');
            }
        }
    }

    /// `func(a int, b int) (n int, err error)`: a signature with its parameters' names (one
    /// per type; `""` for none), as Go writes a declared function's type.
    pub fn func_with_names(&self, sig: &Signature, params: &[String], results: &[String]) -> String {
        let mut s = String::from("func(");
        for (i, (&p, n)) in sig.params.iter().zip(params).enumerate() {
            s.push_str(if i > 0 { ", " } else { "" });
            if !n.is_empty() {
                s.push_str(n);
                s.push(' ');
            }
            match self.tt.get(p) {
                Type::Slice(e) if sig.variadic && i + 1 == sig.params.len() => {
                    s.push_str("...");
                    self.put(&mut s, *e, 1);
                }
                _ => self.put(&mut s, p, 1),
            }
        }
        s.push(')');
        let named = results.iter().any(|n| !n.is_empty());
        if sig.results.len() == 1 && !named {
            s.push(' ');
            self.put(&mut s, sig.results[0], 1);
        } else if !sig.results.is_empty() {
            s.push_str(" (");
            for (i, (&r, n)) in sig.results.iter().zip(results).enumerate() {
                s.push_str(if i > 0 { ", " } else { "" });
                if !n.is_empty() {
                    s.push_str(n);
                    s.push(' ');
                }
                self.put(&mut s, r, 1);
            }
            s.push(')');
        }
        s
    }

    fn list(&self, s: &mut String, ts: &[TypeId], d: u32) {
        for (i, &t) in ts.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.put(s, t, d);
        }
    }
}

/// The name a package path declares (`math/rand/v2` → `rand`).
pub(crate) fn package_name(path: &str) -> &str {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or("");
    let is_version = last.len() > 1 && last.starts_with('v') && last[1..].chars().all(|c| c.is_ascii_digit());
    if is_version {
        parts.next().unwrap_or(last)
    } else {
        last
    }
}
