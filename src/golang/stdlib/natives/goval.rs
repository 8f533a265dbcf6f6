//! fmt's view of VM values: [`GoVal`] pairs a VM [`Value`] with its (dynamic) type and
//! implements the printer's [`fmt::Value`](crate::golang::stdlib::fmt::Value) trait, calling
//! `Error`/`String`/`GoString` methods through the native context.

use crate::golang::stdlib::fmt::{self, Kind, Method};
use crate::golang::types::{Basic, Type, TypeId};
use crate::golang::vm::native::NativeCx;
use crate::golang::vm::value::{chan_addr, Value, RUNTIME_ERROR};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

/// The native context shared by every value of one formatting call.
pub type Cx<'c, 'a> = &'c RefCell<&'c mut NativeCx<'a>>;

/// A value and its type (`ty` None: the nil interface).
pub struct GoVal<'c, 'a> {
    cx: Cx<'c, 'a>,
    ty: Option<TypeId>,
    v: Value,
    /// The underlying type of `ty`, looked up once.
    under: OnceCell<Option<Type>>,
}

impl<'c, 'a> GoVal<'c, 'a> {
    /// An operand of type `any` (an interface value or nil).
    pub fn operand(cx: Cx<'c, 'a>, v: &Value) -> Self {
        match v.dynamic() {
            Some((t, inner)) => GoVal { cx, ty: Some(t), v: inner.clone(), under: OnceCell::new() },
            None => GoVal { cx, ty: None, v: Value::Nil, under: OnceCell::new() },
        }
    }

    fn child(&self, ty: TypeId, v: Value) -> Self {
        GoVal { cx: self.cx, ty: Some(ty), v, under: OnceCell::new() }
    }

    /// The underlying type of this value's type.
    fn under(&self) -> Option<&Type> {
        self.under
            .get_or_init(|| {
                let t = self.ty.filter(|&t| t != RUNTIME_ERROR)?;
                let cx = self.cx.borrow();
                Some(cx.type_of(cx.underlying(t)).clone())
            })
            .as_ref()
    }
}

/// The Go type of a runtime error, told by its message (as `%T` prints it).
fn runtime_error_type(msg: &[u8]) -> &'static str {
    const BOUNDS: [&[u8]; 2] = [b"runtime error: index out of range", b"runtime error: slice bounds out of range"];
    if BOUNDS.iter().any(|p| msg.starts_with(p)) {
        "runtime.boundsError"
    } else if msg == b"runtime error: panic called with nil argument" {
        "*runtime.PanicNilError"
    } else if msg.starts_with(b"interface conversion") {
        "*runtime.TypeAssertionError"
    } else if msg.starts_with(b"runtime error: ") {
        "runtime.errorString"
    } else {
        "runtime.plainError"
    }
}

fn basic_kind(b: Basic) -> Kind {
    use Basic::*;
    match b {
        Bool | UntypedBool => Kind::Bool,
        Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune => Kind::Int,
        Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => Kind::Uint,
        Float32 => Kind::Float32,
        Float64 | UntypedFloat => Kind::Float64,
        Complex64 => Kind::Complex64,
        Complex128 | UntypedComplex => Kind::Complex128,
        String | UntypedString => Kind::String,
        UnsafePointer => Kind::UnsafePointer,
        UntypedNil => Kind::Invalid,
    }
}

/// Items of a slice or array value.
fn items(v: &Value) -> Vec<Value> {
    match v {
        Value::Agg(a) => a.borrow().clone(),
        _ => v.as_slice().map(|s| s.to_vec()).unwrap_or_default(),
    }
}

impl fmt::Value for GoVal<'_, '_> {
    fn kind(&self) -> Kind {
        match self.ty {
            None => Kind::Invalid,
            Some(RUNTIME_ERROR) => Kind::String,
            Some(_) => match self.under() {
                Some(Type::Basic(b)) => basic_kind(*b),
                Some(Type::Pointer(_)) => Kind::Pointer,
                Some(Type::Slice(_)) => Kind::Slice,
                Some(Type::Array(..)) => Kind::Array,
                Some(Type::Map(..)) => Kind::Map,
                Some(Type::Chan(..)) => Kind::Chan,
                Some(Type::Struct(_)) => Kind::Struct,
                Some(Type::Func(_)) => Kind::Func,
                Some(Type::Interface { .. }) => Kind::Interface,
                _ => Kind::Invalid,
            },
        }
    }

    fn type_string(&self) -> String {
        match self.ty {
            None => "<nil>".into(),
            Some(RUNTIME_ERROR) => runtime_error_type(self.v.as_bytes()).into(),
            Some(t) => self.cx.borrow().type_string(t),
        }
    }

    fn bool(&self) -> bool {
        self.v.as_bool()
    }

    fn int(&self) -> u64 {
        self.v.as_int() as u64
    }

    fn float(&self) -> f64 {
        self.v.as_float()
    }

    fn complex(&self) -> (f64, f64) {
        let parts = items(&self.v);
        (parts.first().map_or(0.0, Value::as_float), parts.get(1).map_or(0.0, Value::as_float))
    }

    fn string(&self) -> Vec<u8> {
        self.v.as_bytes().to_vec()
    }

    fn len(&self) -> usize {
        match (&self.v, self.under()) {
            (Value::Agg(a), _) => a.borrow().len(),
            (v, Some(Type::Map(..))) => match v {
                Value::Map(m) => m.borrow().len(),
                _ => 0,
            },
            (v, _) => v.as_slice().map_or(0, |s| s.len as usize),
        }
    }

    fn index(&self, i: usize) -> Self {
        let elem = match self.under() {
            Some(Type::Slice(e)) | Some(Type::Array(_, e)) => e,
            _ => return GoVal { cx: self.cx, ty: None, v: Value::Nil, under: OnceCell::new() },
        };
        let v = match &self.v {
            Value::Agg(a) => a.borrow()[i].clone(),
            v => v.as_slice().map(|s| s.get(i)).unwrap_or_default(),
        };
        self.child(*elem, v)
    }

    fn is_nil(&self) -> bool {
        self.v.is_nil()
    }

    fn map_entries(&self) -> Vec<(Self, Self)> {
        let (Some(Type::Map(k, e)), Value::Map(m)) = (self.under(), &self.v) else { return vec![] };
        let m = m.borrow();
        m.entries.iter().flatten().map(|(kv, ev)| (self.child(*k, kv.clone()), self.child(*e, ev.clone()))).collect()
    }

    fn field(&self, i: usize) -> (String, bool, Self) {
        let nil = || GoVal { cx: self.cx, ty: None, v: Value::Nil, under: OnceCell::new() };
        let Some(Type::Struct(fields)) = self.under() else { return (String::new(), true, nil()) };
        let Some(f) = fields.get(i) else { return (String::new(), true, nil()) };
        let v = match &self.v {
            Value::Agg(a) => a.borrow().get(i).cloned().unwrap_or_default(),
            _ => Value::Nil,
        };
        let exported = f.name.starts_with(|c: char| c.is_uppercase());
        (f.name.clone(), exported, self.child(f.ty, v))
    }

    fn elem(&self) -> Option<Self> {
        match self.under()? {
            Type::Pointer(t) => match &self.v {
                Value::Ptr(p) => Some(self.child(*t, p.load())),
                _ => None,
            },
            Type::Interface { .. } => self.v.dynamic().map(|(t, v)| self.child(t, v.clone())),
            _ => None,
        }
    }

    fn pointer(&self) -> u64 {
        match &self.v {
            Value::Ptr(p) => {
                let (a, i) = p.addr();
                (a + 8 * i as usize) as u64
            }
            Value::Chan(c) => chan_addr(c) as u64,
            Value::Map(m) => Rc::as_ptr(m) as *const u8 as u64,
            Value::Func(f) => Rc::as_ptr(f) as *const u8 as u64,
            Value::Slice { arr, off, .. } => Rc::as_ptr(arr) as *const u8 as u64 + 8 * *off as u64,
            Value::Native(n) => Rc::as_ptr(n) as *const u8 as u64,
            _ => 0,
        }
    }

    fn elem_is_byte(&self) -> bool {
        let e = match self.under() {
            Some(Type::Slice(e)) | Some(Type::Array(_, e)) => e,
            _ => return false,
        };
        let cx = self.cx.borrow();
        matches!(cx.type_of(cx.underlying(*e)), Type::Basic(Basic::Uint8))
    }

    fn call(&mut self, m: Method) -> Option<Result<Vec<u8>, Vec<u8>>> {
        let t = self.ty?;
        if t == RUNTIME_ERROR {
            return (m == Method::Error).then(|| Ok(self.v.as_bytes().to_vec()));
        }
        let name = match m {
            Method::Error => "Error",
            Method::String => "String",
            Method::GoString => "GoString",
        };
        let f = self.cx.borrow().method(t, name)?;
        let result = self.cx.borrow_mut().call(&f, vec![self.v.clone()]);
        match result {
            Ok(vals) => Some(Ok(vals.first().map(|v| v.as_bytes().to_vec()).unwrap_or_default())),
            Err(panic) => Some(Err(fmt::sprint(&mut [GoVal::operand(self.cx, &panic)]))),
        }
    }
}
