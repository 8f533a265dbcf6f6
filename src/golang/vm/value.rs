//! Go values as the VM holds them: one compact [`Value`] enum (24 bytes).
//!
//! - Every integer type is [`Value::Int`] (an `i64` holding the bits; unsigned types are their
//!   bit pattern): the compiler emits typed operations and truncation for sized types.
//! - Strings are byte strings ([`GoStr`]) sharing one buffer between substrings.
//! - Slices share a backing array ([`SliceVal`]: offset, length, capacity).
//! - Structs and arrays are [`Value::Agg`]: a uniquely owned vector of fields/elements. Go copies
//!   them on assignment: whoever stores one somewhere new calls [`Value::copied`]; reading a
//!   field through it never copies. Because no two Go variables share an `Agg`, a pointer to a
//!   field or element is the aggregate plus an index ([`Ptr::Elem`]).
//! - Variables whose address is taken or that closures capture live in heap cells
//!   ([`Ptr::Cell`]).
//! - An interface holding a value is [`Value::Iface`]: its dynamic type and the value. The nil
//!   of every pointer-like type (pointer, slice, map, chan, func, interface) is [`Value::Nil`].

use crate::golang::types::TypeId;
use crate::runtime::Chan;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// A struct's fields or an array's elements.
pub type Agg = Rc<RefCell<Vec<Value>>>;

/// A Go value.
#[derive(Default)]
pub enum Value {
    /// The zero value of pointers, slices, maps, channels, funcs and interfaces.
    #[default]
    Nil,
    Bool(bool),
    /// Any integer type, as its 64-bit pattern.
    Int(i64),
    Float(f64),
    Str(GoStr),
    /// A slice: elements `off..off+len` of `arr`, capacity `cap` (see [`SliceVal`]; the
    /// fields are inline so that `Value` stays 24 bytes).
    Slice {
        arr: Agg,
        off: u32,
        len: u32,
        cap: u32,
    },
    /// A struct or an array (uniquely owned: copy with [`Value::copied`] when storing).
    Agg(Agg),
    Ptr(Ptr),
    Map(MapRef),
    Func(Rc<Closure>),
    /// A non-nil interface value: dynamic type and value.
    Iface(Rc<(TypeId, Value)>),
    Chan(Chan<Value>),
    /// A runtime object held by a standard-library native (a mutex, a timer...).
    Native(Rc<dyn Any>),
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Nil => Value::Nil,
            Value::Bool(b) => Value::Bool(*b),
            Value::Float(f) => Value::Float(*f),
            _ => self.clone_slow(),
        }
    }
}

impl Value {
    /// Nil, a bool, an int or a float: owns no heap memory (overwriting it needs no drop).
    #[inline(always)]
    pub fn is_scalar(&self) -> bool {
        matches!(self, Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }

    /// `*dst = self.clone()`, written straight into `dst`: no temporary `Value` on the stack
    /// (copying a freshly built one back out stalls the processor's store forwarding), and no
    /// drop glue when `dst` holds a scalar.
    #[inline(always)]
    pub fn clone_into(&self, dst: &mut Value) {
        match self {
            Value::Int(i) if dst.is_scalar() => std::mem::forget(std::mem::replace(dst, Value::Int(*i))),
            _ => self.clone_into_slow(dst),
        }
    }

    /// `*self = Value::Bool(b)`, in place when it holds a bool already (a register reused
    /// by a loop's `v, ok := <-ch`).
    #[inline(always)]
    pub fn set_bool(&mut self, b: bool) {
        match self {
            Value::Bool(x) => *x = b,
            v if v.is_scalar() => std::mem::forget(std::mem::replace(v, Value::Bool(b))),
            _ => *self = Value::Bool(b),
        }
    }

    #[inline(never)]
    fn clone_into_slow(&self, dst: &mut Value) {
        *dst = match self {
            Value::Chan(c) => Value::Chan(c.clone()),
            v => v.clone(),
        };
    }

    #[inline(never)]
    fn clone_slow(&self) -> Value {
        match self {
            Value::Str(s) => Value::Str(s.clone()),
            Value::Slice { arr, off, len, cap } => Value::Slice { arr: arr.clone(), off: *off, len: *len, cap: *cap },
            Value::Agg(a) => Value::Agg(a.clone()),
            Value::Ptr(p) => Value::Ptr(p.clone()),
            Value::Map(m) => Value::Map(m.clone()),
            Value::Func(f) => Value::Func(f.clone()),
            Value::Iface(b) => Value::Iface(b.clone()),
            Value::Chan(c) => Value::Chan(c.clone()),
            Value::Native(n) => Value::Native(n.clone()),
            Value::Int(i) => Value::Int(*i),
            Value::Nil => Value::Nil,
            Value::Bool(b) => Value::Bool(*b),
            Value::Float(f) => Value::Float(*f),
        }
    }
}

/// The dynamic type of the runtime errors the VM raises (`runtime.Error`): an interface value
/// with this type holds a [`Value::Str`] message such as `runtime error: integer divide by
/// zero`. `fmt` prints it as its message; `Error()` returns it.
pub const RUNTIME_ERROR: TypeId = TypeId(u32::MAX);

impl Value {
    /// A Go string from Rust text.
    pub fn str(s: &str) -> Value {
        Value::Str(GoStr::from(s))
    }

    /// An interface value holding `v` with dynamic type `t`.
    pub fn iface(t: TypeId, v: Value) -> Value {
        Value::Iface(Rc::new((t, v)))
    }

    /// A `runtime.Error` panic value with message `msg` (without the `runtime error: ` prefix).
    pub fn runtime_error(msg: &str) -> Value {
        Value::iface(RUNTIME_ERROR, Value::str(&format!("runtime error: {msg}")))
    }

    /// The integer bits (0 for anything else).
    #[inline]
    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => 0,
        }
    }

    #[inline]
    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            _ => 0.0,
        }
    }

    #[inline]
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    /// The bytes of a string (empty for anything else).
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s.as_bytes(),
            _ => &[],
        }
    }

    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// The value as Go copies it into a new variable: structs and arrays deeply (their nested
    /// structs and arrays too), everything else by reference.
    pub fn copied(&self) -> Value {
        match self {
            Value::Agg(a) => Value::Agg(Rc::new(RefCell::new(a.borrow().iter().map(Value::copied).collect()))),
            v => v.clone(),
        }
    }

    /// A new struct or array value.
    pub fn agg(items: Vec<Value>) -> Value {
        Value::Agg(Rc::new(RefCell::new(items)))
    }

    /// A new slice with `items` as its backing array (`len == cap`).
    pub fn slice(items: Vec<Value>) -> Value {
        let n = items.len() as u32;
        Value::Slice { arr: Rc::new(RefCell::new(items)), off: 0, len: n, cap: n }
    }

    /// A slice's header (`None` for anything else, including the nil slice).
    pub fn as_slice(&self) -> Option<SliceVal> {
        match self {
            Value::Slice { arr, off, len, cap } => Some(SliceVal { arr: arr.clone(), off: *off, len: *len, cap: *cap }),
            _ => None,
        }
    }

    /// For an interface: its dynamic type and value.
    pub fn dynamic(&self) -> Option<(TypeId, &Value)> {
        match self {
            Value::Iface(b) => Some((b.0, &b.1)),
            _ => None,
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => write!(f, "nil"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s.as_bytes())),
            Value::Slice { .. } => write!(f, "{:?}", self.as_slice().map(|s| s.to_vec())),
            Value::Agg(a) => write!(f, "{{{:?}}}", a.borrow()),
            Value::Ptr(_) => write!(f, "&..."),
            Value::Map(m) => write!(f, "map[{}]", m.borrow().len()),
            Value::Func(_) => write!(f, "func"),
            Value::Iface(b) => write!(f, "iface({}, {:?})", b.0 .0, b.1),
            Value::Chan(_) => write!(f, "chan"),
            Value::Native(_) => write!(f, "native"),
        }
    }
}

/// A Go string: bytes shared between a string and its substrings.
#[derive(Clone)]
pub struct GoStr {
    buf: Rc<Vec<u8>>,
    off: u32,
    len: u32,
}

impl GoStr {
    pub fn new(bytes: Vec<u8>) -> GoStr {
        let len = bytes.len() as u32;
        GoStr { buf: Rc::new(bytes), off: 0, len }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[self.off as usize..(self.off + self.len) as usize]
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// `s[lo:hi]` (bounds already checked), sharing the bytes.
    pub fn substr(&self, lo: usize, hi: usize) -> GoStr {
        GoStr { buf: self.buf.clone(), off: self.off + lo as u32, len: (hi - lo) as u32 }
    }

    /// The text, invalid UTF-8 replaced (for output).
    pub fn to_string_lossy(&self) -> String {
        String::from_utf8_lossy(self.as_bytes()).into_owned()
    }
}

impl fmt::Debug for GoStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(self.as_bytes()))
    }
}

impl From<&str> for GoStr {
    fn from(s: &str) -> GoStr {
        GoStr::new(s.as_bytes().to_vec())
    }
}

impl PartialEq for GoStr {
    fn eq(&self, o: &GoStr) -> bool {
        self.as_bytes() == o.as_bytes()
    }
}
impl Eq for GoStr {}
impl Hash for GoStr {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.as_bytes().hash(h)
    }
}

/// A slice header (as natives see it): a window `off..off+len` (capacity `cap`) of a shared backing array.
#[derive(Clone)]
pub struct SliceVal {
    pub arr: Agg,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

impl SliceVal {
    /// The slice as a value.
    pub fn value(self) -> Value {
        Value::Slice { arr: self.arr, off: self.off, len: self.len, cap: self.cap }
    }

    /// Element `i` (< len).
    pub fn get(&self, i: usize) -> Value {
        self.arr.borrow()[self.off as usize + i].clone()
    }

    pub fn set(&self, i: usize, v: Value) {
        self.arr.borrow_mut()[self.off as usize + i] = v;
    }

    /// The elements, cloned (shallow).
    pub fn to_vec(&self) -> Vec<Value> {
        let a = self.arr.borrow();
        a[self.off as usize..(self.off + self.len) as usize].to_vec()
    }
}

/// A pointer.
#[derive(Clone)]
pub enum Ptr {
    /// To a variable's heap cell (or a `new(T)` / `&T{}` allocation).
    Cell(Rc<RefCell<Value>>),
    /// To a struct field or an array or slice element.
    Elem(Agg, u32),
    /// To the `n` elements of array `agg` from `off`, as an array of their own: a slice
    /// converted to an array pointer (`(*[N]T)(s)`), sharing the slice's array. Boxed: a
    /// `Value` stays 24 bytes.
    Array(Rc<(Agg, u32, u32)>),
}

impl Ptr {
    pub fn new_cell(v: Value) -> Ptr {
        Ptr::Cell(Rc::new(RefCell::new(v)))
    }

    /// `*p` (not copied; an [`Ptr::Array`]'s elements come as an array of their own).
    pub fn load(&self) -> Value {
        match self {
            Ptr::Cell(c) => c.borrow().clone(),
            Ptr::Elem(a, i) => a.borrow()[*i as usize].clone(),
            Ptr::Array(w) => Value::agg(w.0.borrow()[w.1 as usize..(w.1 + w.2) as usize].to_vec()),
        }
    }

    /// What indexing, slicing, `len` and `cap` through the pointer work on: `*p`, shared
    /// (an [`Ptr::Array`] as a slice of exactly its elements).
    pub fn target(&self) -> Value {
        match self {
            Ptr::Array(w) => Value::Slice { arr: w.0.clone(), off: w.1, len: w.2, cap: w.2 },
            p => p.load(),
        }
    }

    /// `*p = v`.
    pub fn store(&self, v: Value) {
        match self {
            Ptr::Cell(c) => *c.borrow_mut() = v,
            Ptr::Elem(a, i) => a.borrow_mut()[*i as usize] = v,
            Ptr::Array(w) => {
                let Value::Agg(items) = v else { return };
                // Taken first: `items` is never `w.0` itself, but its elements may share it.
                let items = items.borrow().iter().map(Value::copied).collect::<Vec<_>>();
                let mut a = w.0.borrow_mut();
                for (k, x) in items.into_iter().enumerate() {
                    a[w.1 as usize + k] = x;
                }
            }
        }
    }

    /// An address identifying what it points to (for `==` and map keys); an array pointer
    /// has its first element's address, as in Go.
    pub fn addr(&self) -> (usize, u32) {
        match self {
            Ptr::Cell(c) => (Rc::as_ptr(c) as *const u8 as usize, 0),
            Ptr::Elem(a, i) => (Rc::as_ptr(a) as *const u8 as usize, *i + 1),
            Ptr::Array(w) => (Rc::as_ptr(&w.0) as *const u8 as usize, w.1 + 1),
        }
    }
}

/// A function value: compiled code or a native, plus captured cells (a closure) or a bound
/// receiver (a method value) as `env`.
pub struct Closure {
    pub func: FuncRef,
    pub env: Vec<Value>,
    pub kind: ClosureKind,
}

/// How a function value passes its environment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClosureKind {
    /// A function or closure (`env`: its captured variables' cells).
    Plain,
    /// A method value `x.M`: `env[0]` is the receiver, passed as the first argument.
    Bound,
    /// A value-receiver method called through a pointer: the first argument is dereferenced.
    Deref,
}

impl Closure {
    /// A plain function value.
    pub fn func(f: FuncRef) -> Value {
        Value::Func(std::rc::Rc::new(Closure { func: f, env: Vec::new(), kind: ClosureKind::Plain }))
    }
}

/// Which code a function value runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncRef {
    /// A compiled Go function (index into the program's functions).
    Go(u32),
    /// A native (index into the program's natives).
    Native(u32),
}

/// A map: entries in insertion order (deleted ones become holes), an index by key.
pub type MapRef = Rc<RefCell<MapObj>>;

#[derive(Default)]
pub struct MapObj {
    pub index: HashMap<Key, u32>,
    pub entries: Vec<Option<(Value, Value)>>,
    /// A write is in progress (parallel mode: Go's concurrent-writes check).
    pub writing: bool,
}

impl MapObj {
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn get(&self, k: &Key) -> Option<&Value> {
        let &i = self.index.get(k)?;
        self.entries[i as usize].as_ref().map(|e| &e.1)
    }

    pub fn insert(&mut self, k: Key, key: Value, v: Value) {
        match self.index.get(&k) {
            Some(&i) => {
                if let Some(e) = &mut self.entries[i as usize] {
                    e.1 = v
                }
            }
            None => {
                self.index.insert(k, self.entries.len() as u32);
                self.entries.push(Some((key, v)));
            }
        }
    }

    pub fn remove(&mut self, k: &Key) {
        if let Some(i) = self.index.remove(k) {
            self.entries[i as usize] = None;
            if self.index.is_empty() {
                self.entries.clear();
            } else if self.entries.len() > 32 && self.entries.len() > 4 * self.index.len() {
                self.compact();
            }
        }
    }

    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        for (i, e) in self.entries.iter().enumerate() {
            let (k, _) = e.as_ref().expect("retained");
            if let Some(key) = Key::of(k) {
                self.index.insert(key, i as u32);
            }
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
    }
}

/// A map key: a comparable value reduced to something hashable.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Key {
    Nil,
    Bool(bool),
    Int(i64),
    /// Float bits (`-0` normalised to `+0`; NaN keys never match, as in Go).
    Float(u64),
    Str(Vec<u8>),
    Agg(Vec<Key>),
    Iface(u32, Box<Key>),
    Addr(usize, u32),
    /// A NaN: never equal to anything (each gets a fresh id).
    NaN(u64),
}

thread_local! {
    static NAN_IDS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl Key {
    /// The key of a comparable value; `None` if it is not comparable (a slice, map or func
    /// inside), which Go reports as `runtime error: hash of unhashable type`.
    pub fn of(v: &Value) -> Option<Key> {
        Some(match v {
            Value::Nil => Key::Nil,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) if f.is_nan() => Key::NaN(NAN_IDS.with(|n| {
                n.set(n.get() + 1);
                n.get()
            })),
            Value::Float(f) => Key::Float(if *f == 0.0 { 0 } else { f.to_bits() }),
            Value::Str(s) => Key::Str(s.as_bytes().to_vec()),
            Value::Agg(a) => Key::Agg(a.borrow().iter().map(Key::of).collect::<Option<_>>()?),
            Value::Iface(b) => Key::Iface(b.0 .0, Box::new(Key::of(&b.1)?)),
            Value::Ptr(p) => {
                let (a, i) = p.addr();
                Key::Addr(a, i)
            }
            Value::Chan(c) => Key::Addr(chan_addr(c), 0),
            Value::Native(n) => Key::Addr(Rc::as_ptr(n) as *const u8 as usize, 0),
            Value::Slice { .. } | Value::Map(_) | Value::Func(_) => return None,
        })
    }
}

/// An address identifying a channel (0 for nil).
pub fn chan_addr(c: &Chan<Value>) -> usize {
    c.addr()
}

/// Go's `==` on two values of the same comparable type. `Err(())` when an interface holds an
/// uncomparable dynamic type (Go panics: `comparing uncomparable type`).
pub fn equal(a: &Value, b: &Value) -> Result<bool, TypeId> {
    Ok(match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Agg(x), Value::Agg(y)) => {
            // No shortcut for the same aggregate: a NaN inside is not equal to itself.
            let (x, y) = (x.borrow(), y.borrow());
            for (p, q) in x.iter().zip(y.iter()) {
                if !equal(p, q)? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Iface(x), Value::Iface(y)) => {
            if x.0 != y.0 {
                return Ok(false);
            }
            if matches!(x.1, Value::Slice { .. } | Value::Map(_) | Value::Func(_)) {
                return Err(x.0);
            }
            equal(&x.1, &y.1)?
        }
        (Value::Ptr(x), Value::Ptr(y)) => x.addr() == y.addr(),
        (Value::Chan(x), Value::Chan(y)) => x == y,
        (Value::Native(x), Value::Native(y)) => Rc::ptr_eq(x, y),
        (Value::Map(x), Value::Map(y)) => Rc::ptr_eq(x, y),
        (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
        (Value::Slice { arr: x, off: i, .. }, Value::Slice { arr: y, off: j, .. }) => Rc::ptr_eq(x, y) && i == j,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_compact() {
        assert!(std::mem::size_of::<Value>() <= 24, "{}", std::mem::size_of::<Value>());
    }

    #[test]
    fn copies_are_deep_for_structs_and_shallow_for_slices() {
        let inner = Value::agg(vec![Value::Int(1)]);
        let s = Value::agg(vec![inner, Value::slice(vec![Value::Int(7)])]);
        let c = s.copied();
        if let (Value::Agg(a), Value::Agg(b)) = (&s, &c) {
            assert!(!Rc::ptr_eq(a, b));
            if let (Value::Agg(x), Value::Agg(y)) = (&a.borrow()[0], &b.borrow()[0]) {
                assert!(!Rc::ptr_eq(x, y));
            }
            if let (Some(x), Some(y)) = (a.borrow()[1].as_slice(), b.borrow()[1].as_slice()) {
                assert!(Rc::ptr_eq(&x.arr, &y.arr));
            }
        }
        assert!(equal(&s, &c).unwrap());
    }

    #[test]
    fn substrings_share_and_compare_by_bytes() {
        let s = GoStr::from("hello, world");
        assert_eq!(s.substr(7, 12), GoStr::from("world"));
        assert_eq!(Key::of(&Value::Str(s.substr(0, 5))), Key::of(&Value::str("hello")));
    }

    #[test]
    fn map_keeps_insertion_order_and_deletes() {
        let mut m = MapObj::default();
        for i in 0..5 {
            m.insert(Key::Int(i), Value::Int(i), Value::Int(i * i));
        }
        m.remove(&Key::Int(2));
        assert_eq!(m.len(), 4);
        assert_eq!(m.get(&Key::Int(3)).map(Value::as_int), Some(9));
        assert!(m.get(&Key::Int(2)).is_none());
    }

    #[test]
    fn interfaces_holding_slices_are_uncomparable() {
        let a = Value::iface(TypeId(3), Value::slice(vec![]));
        assert_eq!(equal(&a, &a.clone()), Err(TypeId(3)));
        let nan = Value::Float(f64::NAN);
        assert_ne!(Key::of(&nan), Key::of(&nan));
    }
}
