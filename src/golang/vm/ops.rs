//! The work of the VM's non-trivial instructions, as plain functions on values: indexing and
//! slicing with Go's bounds-check messages, `append` with Go's growth (`growslice`'s
//! `nextslicecap` and the allocator's size classes, so printed capacities match), string
//! conversions, maps. An `Err` is the Go panic value to raise.

use super::value::{GoStr, Key, MapObj, Ptr, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub type R<T> = Result<T, Value>;

pub fn rt_err(msg: &str) -> Value {
    Value::runtime_error(msg)
}

pub fn nil_deref() -> Value {
    rt_err("invalid memory address or nil pointer dereference")
}

fn index_err(i: i64, n: usize) -> Value {
    if i < 0 {
        return rt_err(&format!("index out of range [{i}]"));
    }
    rt_err(&format!("index out of range [{i}] with length {n}"))
}

/// `x[i]` for a slice, array or string.
/// Registers `s` (shared) and `d` (mutable) of `stack`, borrowed together; `None` when they
/// are the same register.
#[inline(always)]
pub fn reg_pair(stack: &mut [Value], s: usize, d: usize) -> Option<(&Value, &mut Value)> {
    if s == d || s.max(d) >= stack.len() {
        return None;
    }
    Some(if s < d {
        let (a, b) = stack.split_at_mut(d);
        (&a[s], &mut b[0])
    } else {
        let (a, b) = stack.split_at_mut(s);
        (&b[0], &mut a[d])
    })
}

/// `stack[d] = stack[x][i]` for a slice or an array when `i` is in range, the element cloned
/// straight into the register; false otherwise (then [`index`] gives the value or the panic)
/// and when `d == x`.
#[inline(always)]
pub fn index_into(stack: &mut [Value], d: usize, x: usize, i: i64) -> bool {
    let Some((x, dst)) = reg_pair(stack, x, d) else { return false };
    let (arr, k) = match x {
        Value::Slice { arr, off, len, .. } if (i as u64) < *len as u64 => (arr, *off as usize + i as usize),
        Value::Agg(a) if i >= 0 => (a, i as usize),
        _ => return false,
    };
    match arr.borrow().get(k) {
        Some(v) => {
            v.clone_into(dst);
            true
        }
        None => false,
    }
}

pub fn index(x: &Value, i: i64) -> R<Value> {
    match x {
        Value::Slice { arr, off, len, .. } => {
            if i < 0 || i >= *len as i64 {
                return Err(index_err(i, *len as usize));
            }
            Ok(arr.borrow()[*off as usize + i as usize].clone())
        }
        Value::Agg(a) => {
            let a = a.borrow();
            if i < 0 || i as usize >= a.len() {
                return Err(index_err(i, a.len()));
            }
            Ok(a[i as usize].clone())
        }
        Value::Str(s) => {
            let b = s.as_bytes();
            if i < 0 || i as usize >= b.len() {
                return Err(index_err(i, b.len()));
            }
            Ok(Value::Int(b[i as usize] as i64))
        }
        Value::Ptr(p) => index(&p.target(), i),
        _ => Err(index_err(i, 0)),
    }
}

/// `x[i] = v` for a slice or array (or a pointer to an array).
pub fn set_index(x: &Value, i: i64, v: Value) -> R<()> {
    match x {
        Value::Slice { arr, off, len, .. } => {
            if i < 0 || i >= *len as i64 {
                return Err(index_err(i, *len as usize));
            }
            arr.borrow_mut()[*off as usize + i as usize] = v;
            Ok(())
        }
        Value::Agg(a) => {
            let mut a = a.borrow_mut();
            if i < 0 || i as usize >= a.len() {
                return Err(index_err(i, a.len()));
            }
            a[i as usize] = v;
            Ok(())
        }
        Value::Ptr(p) => set_index(&p.target(), i, v),
        // A nil slice (a nil pointer to an array is caught before, by `Op::NilCheck`).
        _ => Err(index_err(i, 0)),
    }
}

/// `&x[i]`.
pub fn addr_index(x: &Value, i: i64) -> R<Value> {
    match x {
        Value::Slice { arr, off, len, .. } => {
            if i < 0 || i >= *len as i64 {
                return Err(index_err(i, *len as usize));
            }
            Ok(Value::Ptr(Ptr::Elem(arr.clone(), *off + i as u32)))
        }
        Value::Agg(a) => {
            let n = a.borrow().len();
            if i < 0 || i as usize >= n {
                return Err(index_err(i, n));
            }
            Ok(Value::Ptr(Ptr::Elem(a.clone(), i as u32)))
        }
        Value::Ptr(p) => addr_index(&p.target(), i),
        _ => Err(nil_deref()),
    }
}

pub fn len(x: &Value) -> i64 {
    match x {
        Value::Slice { len, .. } => *len as i64,
        Value::Str(s) => s.len() as i64,
        Value::Agg(a) => a.borrow().len() as i64,
        Value::Map(m) => m.borrow().len() as i64,
        Value::Chan(c) => c.len() as i64,
        Value::Ptr(p) => len(&p.target()),
        _ => 0,
    }
}

pub fn cap(x: &Value) -> i64 {
    match x {
        Value::Slice { cap, .. } => *cap as i64,
        Value::Agg(a) => a.borrow().len() as i64,
        Value::Chan(c) => c.cap() as i64,
        Value::Ptr(p) => cap(&p.target()),
        _ => 0,
    }
}

/// `x[lo:hi:max]`.
pub fn slice(x: &Value, lo: Option<i64>, hi: Option<i64>, max: Option<i64>) -> R<Value> {
    let (arr, off, length, capacity, _) = match x {
        Value::Slice { arr, off, len, cap } => (Some(arr.clone()), *off as i64, *len as i64, *cap as i64, false),
        Value::Str(s) => (None, 0, s.len() as i64, s.len() as i64, true),
        Value::Agg(a) => {
            let n = a.borrow().len() as i64;
            (Some(a.clone()), 0, n, n, false)
        }
        Value::Ptr(p) => return slice(&p.target(), lo, hi, max),
        Value::Nil => (None, 0, 0, 0, false),
        _ => return Err(nil_deref()),
    };
    let lo_v = lo.unwrap_or(0);
    let hi_v = hi.unwrap_or(length);
    // Go checks the bounds from the right and reports a negative index without the bound
    // (`runtime.boundsNegErrorFmts`); slices are bounded by their capacity, strings and
    // arrays by their length.
    let is_slice = matches!(x, Value::Slice { .. } | Value::Nil);
    let bound = if is_slice { capacity } else { length };
    let what = if is_slice { "capacity" } else { "length" };
    let fail = |m: String| Err(rt_err(&format!("slice bounds out of range {m}")));
    if let Some(m) = max {
        if m < 0 {
            return fail(format!("[::{m}]"));
        }
        if m > bound {
            return fail(format!("[::{m}] with {what} {bound}"));
        }
        if hi_v < 0 {
            return fail(format!("[:{hi_v}:]"));
        }
        if hi_v > m {
            return fail(format!("[:{hi_v}:{m}]"));
        }
        if lo_v < 0 {
            return fail(format!("[{lo_v}::]"));
        }
        if lo_v > hi_v {
            return fail(format!("[{lo_v}:{hi_v}:]"));
        }
    } else {
        if hi_v < 0 {
            return fail(format!("[:{hi_v}]"));
        }
        if hi_v > bound {
            return fail(format!("[:{hi_v}] with {what} {bound}"));
        }
        if lo_v < 0 {
            return fail(format!("[{lo_v}:]"));
        }
        if lo_v > hi_v {
            return fail(format!("[{lo_v}:{hi_v}]"));
        }
    }
    if let Value::Str(s) = x {
        return Ok(Value::Str(s.substr(lo_v as usize, hi_v as usize)));
    }
    let Some(arr) = arr else { return Ok(Value::Nil) };
    let new_cap = max.unwrap_or(capacity) - lo_v;
    Ok(Value::Slice { arr, off: (off + lo_v) as u32, len: (hi_v - lo_v) as u32, cap: new_cap as u32 })
}

/// Go's allocator size classes (bytes), as `runtime/sizeclasses.go` lists them.
const SIZE_CLASSES: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448,
    480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
    4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
];

/// `roundupsize`: the allocation size a request of `size` bytes gets.
fn roundupsize(size: u64, noscan: bool) -> u64 {
    const MALLOC_HEADER: u64 = 8;
    if size <= 32768 - MALLOC_HEADER {
        let req = if !noscan && size > 512 { size + MALLOC_HEADER } else { size };
        let class = SIZE_CLASSES.iter().find(|&&c| c as u64 >= req).copied().unwrap_or(32768) as u64;
        return class - (req - size);
    }
    (size + 8191) & !8191
}

/// `nextslicecap` then rounding to the size class: the capacity `append` gives a slice of
/// `old_cap` growing to `new_len`, for elements of `esize` bytes. `buf32`: at least 32 bytes
/// (see [`append`]).
pub fn grow_cap(new_len: u64, old_cap: u64, esize: u64, noscan: bool, buf32: bool) -> u64 {
    let mut newcap = old_cap;
    let double = newcap + newcap;
    if new_len > double {
        newcap = new_len;
    } else if old_cap < 256 {
        newcap = double;
    } else {
        while newcap < new_len {
            newcap += (newcap + 3 * 256) >> 2;
        }
    }
    if esize == 0 {
        return newcap.max(new_len);
    }
    let min = if buf32 { 32 } else { 1 };
    roundupsize((newcap * esize).max(min), noscan) / esize
}

/// Elements one slice may hold in chanlab (beyond it: Go's out-of-memory throw).
pub const MAX_ELEMS: u64 = 1 << 25;

/// The panic value standing for Go's `fatal error: runtime: out of memory`.
pub fn out_of_memory() -> Value {
    Value::Native(Rc::new(OutOfMemory))
}

/// Marker for [`out_of_memory`].
pub struct OutOfMemory;

/// `append(s, vals...)`; `esize`'s top bit set means the element type holds pointers.
/// `listed`: the values are listed (`append(s, a, b)`), not spread (`append(s, t...)`): Go
/// 1.27's compiler then gives a slice that does not escape a 32-byte buffer to start from (a
/// `cap` of 32 bytes' worth), which chanlab assumes (escaping slices start smaller in Go).
pub fn append(s: &Value, vals: &[Value], esize: u16, listed: bool) -> R<Value> {
    let (arr, off, len, cap) = match s {
        Value::Slice { arr, off, len, cap } => (Some(arr.clone()), *off, *len, *cap),
        _ => (None, 0, 0, 0),
    };
    let n = vals.len() as u32;
    if n == 0 {
        return Ok(s.clone());
    }
    let new_len = len + n;
    if let Some(arr) = arr.as_ref().filter(|_| new_len <= cap) {
        {
            let mut a = arr.borrow_mut();
            let start = (off + len) as usize;
            for (i, v) in vals.iter().enumerate() {
                a[start + i] = v.copied();
            }
        }
        return Ok(Value::Slice { arr: arr.clone(), off, len: new_len, cap });
    }
    let noscan = esize & 0x8000 == 0;
    let ncap = grow_cap(new_len as u64, cap as u64, (esize & 0x7fff) as u64, noscan, listed);
    if ncap > MAX_ELEMS {
        return Err(out_of_memory());
    }
    let ncap = ncap as usize;
    let mut items = Vec::with_capacity(ncap);
    if let Some(arr) = &arr {
        // The new array holds copies: a struct or array element is a value, and pointers
        // into the old array must not reach the new one.
        items.extend(arr.borrow()[off as usize..(off + len) as usize].iter().map(Value::copied));
    }
    items.extend(vals.iter().map(Value::copied));
    let zero = zero_like(vals.first());
    items.resize(ncap, zero);
    Ok(Value::Slice { arr: Rc::new(RefCell::new(items)), off: 0, len: new_len, cap: ncap as u32 })
}

/// A zero value shaped like `v` for capacity beyond a slice's length (never read before
/// being written, but kept type-correct for reslicing up to capacity).
fn zero_like(v: Option<&Value>) -> Value {
    match v {
        Some(Value::Int(_)) => Value::Int(0),
        Some(Value::Float(_)) => Value::Float(0.0),
        Some(Value::Bool(_)) => Value::Bool(false),
        Some(Value::Str(_)) => Value::str(""),
        Some(Value::Agg(a)) => Value::agg(a.borrow().iter().map(|x| zero_like(Some(x))).collect()),
        _ => Value::Nil,
    }
}

/// The elements of a slice or the bytes of a string (for `append(s, t...)` and `copy`).
pub fn elems(x: &Value) -> Vec<Value> {
    match x {
        Value::Slice { .. } => x.as_slice().map(|s| s.to_vec()).unwrap_or_default(),
        Value::Str(s) => s.as_bytes().iter().map(|&b| Value::Int(b as i64)).collect(),
        _ => Vec::new(),
    }
}

/// `copy(dst, src)`: the number of elements copied.
pub fn copy(dst: &Value, src: &Value) -> i64 {
    let Value::Slice { arr, off, len, .. } = dst else { return 0 };
    let items = elems(src);
    let n = items.len().min(*len as usize);
    let mut a = arr.borrow_mut();
    for (i, v) in items.into_iter().take(n).enumerate() {
        a[*off as usize + i] = v.copied();
    }
    n as i64
}

/// `int64(f)` as Go computes it on amd64 (CVTTSD2SQ): NaN and values out of range give the
/// minimum int64 (Go's spec leaves them to the implementation; Rust would saturate).
pub fn f64_to_i64(f: f64) -> i64 {
    const TWO63: f64 = (1u64 << 63) as f64;
    if f.is_nan() || !(-TWO63..TWO63).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// `int32(f)` as Go computes it on amd64 (CVTTSD2SL), also the first step to 8 and 16 bits.
pub fn f64_to_i32(f: f64) -> i32 {
    if f.is_nan() || !(-2147483648.0..2147483648.0).contains(&f) {
        i32::MIN
    } else {
        f as i32
    }
}

/// `uint64(f)` as Go computes it on amd64: below 2^63 a signed conversion, else one of
/// `f - 2^63` with the top bit set.
pub fn f64_to_u64(f: f64) -> u64 {
    const TWO63: f64 = (1u64 << 63) as f64;
    if f < TWO63 {
        f64_to_i64(f) as u64
    } else {
        f64_to_i64(f - TWO63) as u64 | 1 << 63
    }
}

/// `string(r)` for a rune.
pub fn rune_to_str(r: i64) -> Value {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    Value::str(c.encode_utf8(&mut [0; 4]))
}

pub fn bytes_to_str(x: &Value) -> Value {
    Value::Str(GoStr::new(elems(x).iter().map(|v| v.as_int() as u8).collect()))
}

/// `[]byte(s)`: capacity rounded up to the allocation size class, as Go's `rawbyteslice`.
pub fn str_to_bytes(x: &Value) -> Value {
    with_class_cap(elems(x), 1)
}

/// A slice of `items` whose capacity is the allocation size class of `len * esize` bytes.
fn with_class_cap(mut items: Vec<Value>, esize: u64) -> Value {
    let n = items.len();
    let cap = if n == 0 { 0 } else { (roundupsize(n as u64 * esize, true) / esize) as usize };
    items.resize(cap.max(n), Value::Int(0));
    Value::Slice { arr: Rc::new(RefCell::new(items)), off: 0, len: n as u32, cap: cap.max(n) as u32 }
}

pub fn runes_to_str(x: &Value) -> Value {
    let mut s = String::new();
    for v in elems(x) {
        s.push(u32::try_from(v.as_int()).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'));
    }
    Value::str(&s)
}

pub fn str_to_runes(x: &Value) -> Value {
    let b = x.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (r, w) = decode_rune(&b[i..]);
        out.push(Value::Int(r as i64));
        i += w;
    }
    with_class_cap(out, 4)
}

/// Decode one UTF-8 rune as Go does: invalid bytes give U+FFFD with width 1.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let n = match b.first() {
        None => return (0xFFFD, 0),
        Some(&c) if c < 0x80 => return (c as u32, 1),
        Some(&c) if c & 0xE0 == 0xC0 => 2,
        Some(&c) if c & 0xF0 == 0xE0 => 3,
        Some(&c) if c & 0xF8 == 0xF0 => 4,
        _ => return (0xFFFD, 1),
    };
    match b.get(..n).and_then(|s| std::str::from_utf8(s).ok()).and_then(|s| s.chars().next()) {
        Some(c) => (c as u32, n),
        None => (0xFFFD, 1),
    }
}

pub fn concat(a: &Value, b: &Value) -> Value {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.is_empty() {
        return b.clone();
    }
    if y.is_empty() {
        return a.clone();
    }
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    Value::Str(GoStr::new(v))
}

fn map_key(k: &Value) -> R<Key> {
    Key::of(k).ok_or_else(|| rt_err("hash of unhashable type"))
}

/// `m[k]`: the value, or None when absent.
pub fn map_get(m: &Value, k: &Value) -> R<Option<Value>> {
    match m {
        Value::Map(m) => Ok(m.borrow().get(&map_key(k)?).cloned()),
        _ => Ok(None),
    }
}

pub fn map_set(m: &Value, k: &Value, v: Value) -> R<()> {
    match m {
        Value::Map(m) => {
            let key = map_key(k)?;
            let mut m = m.borrow_mut();
            if m.entries.len() as u64 >= MAX_ELEMS {
                return Err(out_of_memory());
            }
            m.insert(key, k.copied(), v);
            Ok(())
        }
        _ => Err(Value::iface(super::value::RUNTIME_ERROR, Value::str("assignment to entry in nil map"))),
    }
}

pub fn map_delete(m: &Value, k: &Value) -> R<()> {
    if let Value::Map(m) = m {
        let key = map_key(k)?;
        m.borrow_mut().remove(&key);
    }
    Ok(())
}

pub fn new_map() -> Value {
    Value::Map(Rc::new(RefCell::new(MapObj::default())))
}

/// A `range` over a map in progress: the entry positions in a random order.
pub struct MapIter {
    pub map: super::value::MapRef,
    pub order: Vec<u32>,
    pub next: usize,
}

/// Start ranging over `m` from a random starting entry (Go randomises map order).
pub fn map_iter(m: &Value) -> Value {
    let Value::Map(map) = m else {
        return Value::Native(Rc::new(RefCell::new(MapIter {
            map: Rc::new(RefCell::new(MapObj::default())),
            order: Vec::new(),
            next: 0,
        })));
    };
    let n = map.borrow().entries.len() as u32;
    let start = if n > 1 { crate::runtime::rand_below(n) } else { 0 };
    let order = (0..n).map(|i| (i + start) % n).collect();
    Value::Native(Rc::new(RefCell::new(MapIter { map: map.clone(), order, next: 0 })))
}

/// The next live entry of a map iteration.
pub fn map_next(it: &Value) -> Option<(Value, Value)> {
    let Value::Native(n) = it else { return None };
    let it = n.downcast_ref::<RefCell<MapIter>>()?;
    let mut it = it.borrow_mut();
    while it.next < it.order.len() {
        let i = it.order[it.next] as usize;
        it.next += 1;
        let m = it.map.borrow();
        if let Some(Some((k, v))) = m.entries.get(i) {
            return Some((k.clone(), v.clone()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_grows_like_go() {
        // Go 1.27: appending one int at a time gives caps 4 8 ... 512 848 1280 (at least
        // 32 bytes at first).
        let mut s = Value::Nil;
        let mut caps = Vec::new();
        for i in 0..1300 {
            s = append(&s, &[Value::Int(i)], 8, true).unwrap();
            let c = cap(&s);
            if caps.last() != Some(&c) {
                caps.push(c);
            }
        }
        assert_eq!(caps, vec![4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792]);
        // Bytes: append 5 bytes to nil gives cap 32; 40 bytes round up to the 48 class.
        let b = append(&Value::Nil, &vec![Value::Int(1); 5], 1, true).unwrap();
        assert_eq!(cap(&b), 32);
        let b = append(&Value::Nil, &vec![Value::Int(1); 40], 1, true).unwrap();
        assert_eq!(cap(&b), 48);
        // Spread (`append(s, t...)`): no 32-byte start, 5 bytes round up to the 8 class.
        let b = append(&Value::Nil, &vec![Value::Int(1); 5], 1, false).unwrap();
        assert_eq!(cap(&b), 8);
    }

    #[test]
    fn bounds_messages_match_go() {
        let s = Value::slice(vec![Value::Int(1); 3]);
        let e = index(&s, 5).unwrap_err();
        assert_eq!(super::super::panics::panic_text_plain(&e), "runtime error: index out of range [5] with length 3");
        let e = slice(&s, Some(1), Some(9), None).unwrap_err();
        assert_eq!(
            super::super::panics::panic_text_plain(&e),
            "runtime error: slice bounds out of range [:9] with capacity 3"
        );
    }

    #[test]
    fn runes_decode_and_invalid_bytes_are_fffd() {
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(&[0xFF, 0x41]), (0xFFFD, 1));
    }
}
