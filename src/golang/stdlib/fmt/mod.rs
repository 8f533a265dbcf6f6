//! `fmt`'s printing core: `Sprint`, `Sprintln` and `Sprintf` over any value representation
//! that implements [`Value`] (a reflect-like view the VM provides), with Go's verbs, flags,
//! error forms (`%!d(string=hi)`, `%!(EXTRA ...)`) and method calls (`Error`, `String`,
//! `GoString`). The Go side (`go/fmt/fmt.go`) binds these to `fmt.Sprintf` and friends.

mod format;
mod print;
mod printf;
mod sort;

pub use format::{can_backquote, Flags, Fmt};
pub use print::Printer;

/// What kind of value a [`Value`] is (Go's `reflect.Kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// No value: the nil interface.
    Invalid,
    Bool,
    /// A signed integer of any size.
    Int,
    /// An unsigned integer of any size (`uintptr` included).
    Uint,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Map,
    Struct,
    /// A slot of interface type reached inside a composite (`[]any{...}`, a field `err error`).
    Interface,
    Array,
    Slice,
    Pointer,
    Chan,
    Func,
    UnsafePointer,
}

/// A method fmt may call on an operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Error,
    String,
    GoString,
}

/// A Go value as fmt sees it. Accessors are only called for the matching [`Kind`]; children
/// are produced lazily, so cyclic data never loops (pointers below the top print as
/// addresses).
#[allow(clippy::len_without_is_empty)]
pub trait Value: Sized {
    fn kind(&self) -> Kind;
    /// The dynamic type as `%T` prints it (`int`, `main.T`, `*main.T`, `map[string]int`).
    fn type_string(&self) -> String;
    fn bool(&self) -> bool;
    /// The bits of an integer (sign-extended for signed kinds).
    fn int(&self) -> u64;
    fn float(&self) -> f64;
    fn complex(&self) -> (f64, f64);
    fn string(&self) -> Vec<u8>;
    /// Elements of an array or slice, entries of a map, fields of a struct.
    fn len(&self) -> usize;
    fn index(&self, i: usize) -> Self;
    /// A slice, map, pointer, chan or func that is nil.
    fn is_nil(&self) -> bool;
    /// Map entries in any order (fmt sorts them).
    fn map_entries(&self) -> Vec<(Self, Self)>;
    /// Struct field `i`: its name (as `%+v` prints it), whether it is exported, its value.
    fn field(&self, i: usize) -> (String, bool, Self);
    /// The value inside an interface slot (None for nil) or a pointer's target.
    fn elem(&self) -> Option<Self>;
    /// The address of a pointer, chan, func, map, slice or unsafe pointer (0 for nil).
    fn pointer(&self) -> u64;
    /// An array or slice whose element kind is `uint8` (`[]byte`, `[4]uint8`).
    fn elem_is_byte(&self) -> bool;
    /// Call method `m` if the dynamic type has it: `Some(Ok(result))`, or `Some(Err(text))`
    /// when the method panicked (`text` as `%v` prints the panic value).
    fn call(&mut self, m: Method) -> Option<Result<Vec<u8>, Vec<u8>>>;
}

/// `fmt.Sprint(args...)`.
pub fn sprint<V: Value>(args: &mut [V]) -> Vec<u8> {
    let mut p = Printer::new(false);
    p.do_print(args);
    p.into_bytes()
}

/// `fmt.Sprintln(args...)`.
pub fn sprintln<V: Value>(args: &mut [V]) -> Vec<u8> {
    let mut p = Printer::new(false);
    p.do_println(args);
    p.into_bytes()
}

/// `fmt.Sprintf(format, args...)`.
pub fn sprintf<V: Value>(format: &[u8], args: &mut [V]) -> Vec<u8> {
    let mut p = Printer::new(false);
    p.do_printf(format, args);
    p.into_bytes()
}

/// `fmt.Errorf`'s formatting: the message and the indexes of the `%w` operands (the errors
/// to wrap, in order; the Go side builds `*fmt.wrapError` or `*fmt.wrapErrors`).
pub fn errorf<V: Value>(format: &[u8], args: &mut [V]) -> (Vec<u8>, Vec<usize>) {
    let mut p = Printer::new(true);
    p.do_printf(format, args);
    let wrapped = p.wrapped.clone();
    (p.into_bytes(), wrapped)
}

#[cfg(test)]
mod tests;
