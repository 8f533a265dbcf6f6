//! The VM's code: register instructions ([`Op`]), compiled functions ([`Func`]) and the whole
//! [`Program`] (functions, natives, constants, type information, method tables).
//!
//! Registers are numbered from a frame's base; a call's arguments sit in consecutive
//! registers of the caller starting at `base`, which become the callee's registers 0, 1, ...;
//! the callee leaves its results in its registers 0.. on return, so the caller finds them at
//! `base`. Integer operations work on 64-bit patterns; the compiler follows each one whose
//! type is narrower with [`Op::Trunc`].

use super::value::Value;
use crate::golang::types::{Object, TypeId, TypeTable};
use std::collections::HashMap;
use std::rc::Rc;

/// A register (relative to the frame's base).
pub type Reg = u16;

/// "No register" in optional operands (`x[lo:hi]` without `lo`...).
pub const NO_REG: Reg = Reg::MAX;

/// How an integer result is narrowed to its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

/// Which comparison a [`Op::Cmp`] performs on what kind of operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
}

/// Operand kinds for ordered comparisons and `min`/`max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Uint,
    Float,
    Str,
}

/// What a [`Op::Cplx`] does. A complex value is an aggregate of two floats (real, imaginary),
/// never changed in place: every operation makes a new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CplxOp {
    Add,
    Sub,
    Mul,
    Div,
    /// `-a`.
    Neg,
    /// `complex(a, b)` from two floats.
    Make,
    /// `real(a)`, `imag(a)`.
    Real,
    Imag,
    /// A conversion between complex64 and complex128.
    Conv,
    /// The text the builtin `print` writes for `a` (`(1.5-2i)`), a string; also used for a
    /// float32 `a` (`0.1`, its shortest float32 digits).
    Text,
}

/// One instruction. Registers are `Reg`s; `u32` operands index the function's or program's
/// tables (constants, zero values, types, functions).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    /// `d = s` (a reference copy).
    Move(Reg, Reg),
    /// `d = s` copied as Go copies a struct or array.
    Copy(Reg, Reg),
    /// `d = consts[k]`.
    Const(Reg, u32),
    /// `d = nil`.
    Nil(Reg),
    /// `d = Int(i)`.
    Int(Reg, i32),
    /// `d = zero value of zeros[z]` (a fresh copy).
    Zero(Reg, u32),
    GetGlobal(Reg, u32),
    SetGlobal(u32, Reg),
    /// `d = captured[i]` of the running closure (a variable's cell).
    Env(Reg, u16),
    /// `d = &global`.
    AddrGlobal(Reg, u32),
    /// `d = new cell holding s` (a captured or addressed variable, `new(T)`, `&T{}`).
    NewCell(Reg, Reg),
    /// `d = *p` (panics on nil).
    Load(Reg, Reg),
    /// Panics if pointer `p` is nil (indexing, slicing or ranging over a pointer to an array).
    NilCheck(Reg),
    /// `*p = s` (panics on nil).
    Store(Reg, Reg),

    Add(Reg, Reg, Reg),
    AddImm(Reg, Reg, i16),
    Sub(Reg, Reg, Reg),
    Mul(Reg, Reg, Reg),
    Div(Reg, Reg, Reg),
    DivU(Reg, Reg, Reg),
    Rem(Reg, Reg, Reg),
    RemU(Reg, Reg, Reg),
    And(Reg, Reg, Reg),
    Or(Reg, Reg, Reg),
    Xor(Reg, Reg, Reg),
    AndNot(Reg, Reg, Reg),
    /// Shift left by an unsigned or signed count (`bool`: the count's type is signed).
    Shl(Reg, Reg, Reg, bool),
    Shr(Reg, Reg, Reg, bool),
    ShrU(Reg, Reg, Reg, bool),
    Neg(Reg, Reg),
    Com(Reg, Reg),
    /// Narrow register `r` in place.
    Trunc(Reg, IntKind),
    FAdd(Reg, Reg, Reg),
    FSub(Reg, Reg, Reg),
    FMul(Reg, Reg, Reg),
    FDiv(Reg, Reg, Reg),
    FNeg(Reg, Reg),
    /// Round register `r` to float32 precision in place.
    F32(Reg),
    /// `d = a op b` on complex numbers (`bool`: the result is a complex64, its parts rounded
    /// to float32).
    Cplx(Reg, Reg, Reg, CplxOp, bool),
    Concat(Reg, Reg, Reg),

    /// `d = a == b` / `a != b` on any comparable values (may panic on uncomparable
    /// interface contents).
    Eq(Reg, Reg, Reg),
    Ne(Reg, Reg, Reg),
    /// Integer fast paths.
    EqI(Reg, Reg, Reg),
    LtI(Reg, Reg, Reg),
    LeI(Reg, Reg, Reg),
    Cmp(Reg, Reg, Reg, Cmp, Kind),
    Not(Reg, Reg),

    Jmp(u32),
    /// Jump if the register is true / false.
    Jt(Reg, u32),
    Jf(Reg, u32),
    /// Jump unless `a < b` (signed ints): a loop's test.
    JgeI(Reg, Reg, u32),
    /// Jump back if `a < b` (signed ints): a bottom-tested loop.
    JltI(Reg, Reg, u32),
    /// Jump back if `a < k` (a signed int against a constant).
    JltK(Reg, i32, u32),
    /// `a++`, then jump back if `a < k` (a counted loop's post statement and test).
    IncJltK(Reg, i32, u32),
    /// `a++`, then jump back if `a < b`.
    IncJltI(Reg, Reg, u32),
    /// Jump back if the register is true (a bottom-tested loop; counts a step).
    Loop(Reg, u32),

    /// Conversions: int → float (signed / unsigned), float → int (signed / unsigned; for
    /// targets narrower than 32 bits, FToI32: through int32, as amd64 converts).
    IToF(Reg, Reg),
    UToF(Reg, Reg),
    FToI(Reg, Reg),
    FToU(Reg, Reg),
    /// Float to a type of at most 32 bits, through a 32-bit conversion as Go on amd64 does
    /// (out of range: the minimum int32, before truncating to the target).
    FToI32(Reg, Reg),
    /// `string(rune)`.
    RuneToStr(Reg, Reg),
    BytesToStr(Reg, Reg),
    StrToBytes(Reg, Reg),
    RunesToStr(Reg, Reg),
    StrToRunes(Reg, Reg),

    /// `[N]T(s)`: the first N elements of slice `s` as an array (panics if shorter).
    SliceToArray(Reg, Reg, u32),
    /// `(*[N]T)(s)`: a pointer to the first N elements of slice `s`, sharing its array
    /// (panics if shorter; nil for a nil slice).
    SliceToArrayPtr(Reg, Reg, u32),
    Len(Reg, Reg),
    Cap(Reg, Reg),
    /// `d = x[i]` for slices, arrays and strings (bounds-checked).
    Index(Reg, Reg, Reg),
    /// `d = x[k]` for a constant index `k` (`cs[2]`), bounds-checked as `Index`.
    IndexK(Reg, Reg, u32),
    /// `x[i] = v` for slices and arrays.
    SetIndex(Reg, Reg, Reg),
    /// `d = &x[i]`.
    AddrIndex(Reg, Reg, Reg),
    /// `d = m[k]` with the zero value `zeros[z]` when absent; `ok` in `d+1` if `bool`.
    MapIndex(Reg, Reg, Reg, u32, bool),
    MapSet(Reg, Reg, Reg),
    MapDelete(Reg, Reg),
    /// `d = x[lo:hi:max]` (NO_REG for a missing bound).
    SliceExpr(Reg, Reg, Reg, Reg, Reg),
    /// `d = x.f` (a struct in a register).
    Field(Reg, Reg, u16),
    /// `x.f = v` (a struct in a register).
    SetField(Reg, u16, Reg),
    /// `d = p.f` through a pointer `p`.
    PField(Reg, Reg, u16),
    /// `p.f = v` through a pointer.
    SetPField(Reg, u16, Reg),
    /// `d = &p.f` (`p` a pointer to a struct) / `d = &x.f` for an aggregate in a register.
    AddrPField(Reg, Reg, u16),
    AddrField(Reg, Reg, u16),
    /// `d = append(s, regs[base..base+n]...)`, element size class from `esize` bytes.
    Append(Reg, Reg, Reg, u16, u16),
    /// `d = append(s, t...)`.
    AppendSlice(Reg, Reg, Reg, u16),
    /// `d = copy(dst, src)`.
    CopySlice(Reg, Reg, Reg),
    /// `d = make([]T, len, cap)` with zero value `zeros[z]` (cap NO_REG: = len).
    MakeSlice(Reg, Reg, Reg, u32),
    MakeMap(Reg),
    /// `d = make(chan T, cap)` (cap NO_REG: unbuffered); `u32` names it (consts index or MAX).
    MakeChan(Reg, Reg, u32),
    /// `d = struct/array of regs[base..base+n]`.
    MakeAgg(Reg, Reg, u16),
    /// `d = []T{regs[base..base+n]}`.
    MakeSlicelit(Reg, Reg, u16),
    /// `clear(x)` for maps and slices (`zeros[z]` for slice elements).
    Clear(Reg, u32),

    /// `d = any(s)` with dynamic type `t` (s is not an interface).
    ToIface(Reg, Reg, TypeId),
    /// `d = s.(T)` as `asserts[k]` describes it (ok in d+1 if it says so).
    Assert(Reg, Reg, u32),
    /// `d = s holds dynamic type t` (type switch cases; `t` may be an interface type).
    IsType(Reg, Reg, TypeId),
    /// `d = s is nil`.
    IsNil(Reg, Reg),

    /// Call Go function `f` with arguments at `base`.
    Call(u32, Reg),
    /// Call native `n` with `nargs` arguments at `base`.
    CallNative(u32, Reg, u16),
    /// Call the func value in `fr` with arguments at `base` (`nargs` of them).
    CallValue(Reg, Reg, u16),
    /// Call method `methods[m]` (a name) on the interface value at `base` (replaced by the
    /// dynamic value), `nargs` arguments in all.
    CallIface(u32, Reg, u16),
    /// `d = closure of function f capturing regs[base..base+n]`.
    Closure(Reg, u32, Reg, u16),
    /// `d = f bound to receiver r` (a method value).
    BindMethod(Reg, Reg, Reg),
    /// `d = iface.M` (a method value of an interface value).
    BindIface(Reg, Reg, u32),
    Ret,
    /// `go fr(args at base..)`: start a goroutine; `u32` is the go statement's site.
    Go(Reg, Reg, u16),
    /// `defer fr(args at base..)`.
    Defer(Reg, Reg, u16),
    /// `d = Int(depth of the running frame)`: a range-over-func loop's enclosing frame, for
    /// [`Op::DeferAt`].
    FrameDepth(Reg),
    /// `defer fr(args at base..)` onto the frame at depth `Int(t)` of this goroutine (a
    /// `defer` in a range-over-func body belongs to the function enclosing the loop).
    DeferAt(Reg, Reg, Reg, u16),
    Panic(Reg),
    Recover(Reg),

    /// `ch <- v`.
    Send(Reg, Reg),
    /// `d = <-ch` (ok in d+1 if `bool`), zero value `zeros[z]` when closed.
    Recv(Reg, Reg, u32, bool),
    Close(Reg),
    /// Select described by `selects[k]`; the chosen case index lands in `d`.
    Select(Reg, u32),

    /// Start ranging over map `m`: `d` = an iterator.
    MapIter(Reg, Reg),
    /// Next map entry: key in `k`, value in `k+1`; jumps to the target when done.
    MapNext(Reg, Reg, u32),
    /// `for i, r := range s`: at byte offset `i` (register), rune in `d`, width in `d+1`.
    StrNext(Reg, Reg, Reg),
    /// `min`/`max` of two values of a kind.
    MinMax(Reg, Reg, Reg, Kind, bool),
}

/// One case of a `select`: a send of `val` or a receive into `dst` (with `ok` in `dst+1`).
#[derive(Clone, Debug)]
pub struct SelCase {
    pub send: bool,
    pub ch: Reg,
    /// Send: the value register; receive: the destination (`NO_REG`: discarded).
    pub val: Reg,
    pub zero: u32,
}

/// A `select` statement's shape.
#[derive(Clone, Debug)]
pub struct SelectDesc {
    pub cases: Vec<SelCase>,
    pub default: bool,
    /// Where each case's body starts (the default's last): a select that completes at once
    /// jumps there; one resumed after waiting goes on to the dispatch that follows it.
    pub targets: Vec<u32>,
}

/// A type assertion `x.(T)`.
#[derive(Clone, Debug)]
pub struct AssertDesc {
    /// The asserted type.
    pub ty: TypeId,
    /// Whether `ty` is an interface type.
    pub iface: bool,
    /// The static (interface) type of `x`, for the panic message.
    pub src: TypeId,
    /// Zero value of `ty` (the comma-ok form's failure result).
    pub zero: u32,
    /// The comma-ok form.
    pub ok: bool,
}

/// A compiled function.
#[derive(Debug, Default)]
pub struct Func {
    /// As Go tracebacks name it: `main.worker`, `main.main.func1`, `main.(*T).M`.
    pub name: &'static str,
    pub code: Vec<Op>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    pub nparams: u16,
    /// Registers used (params first).
    pub nregs: u16,
    /// Where the results are when `Ret` runs, in order; `true` when the register holds the
    /// variable's heap cell (a named result that a closure captures).
    pub results: Vec<(Reg, bool)>,
    pub selects: Vec<SelectDesc>,
    pub asserts: Vec<AssertDesc>,
}

/// Signature of a native function: the arguments (receiver first for methods) in, results or
/// a panic or a future out.
pub type NativeFn = fn(&mut super::native::NativeCx, &[Value]) -> super::native::NativeResult;

/// A native bound to a body-less Go function.
#[derive(Clone)]
pub struct Native {
    pub name: &'static str,
    pub f: NativeFn,
}

/// A whole compiled program (shared by every run of it).
pub struct Program {
    pub funcs: Vec<Rc<Func>>,
    pub natives: Vec<Native>,
    pub consts: Vec<Value>,
    /// Zero values by index (copied on use).
    pub zeros: Vec<Value>,
    /// How many values each of `zeros` is made of (array elements and struct fields, nested).
    pub zero_values: Vec<u64>,
    /// Method names (for interface calls).
    pub method_names: Vec<String>,
    /// Dynamic dispatch: (dynamic type, method name index) → function value to call with the
    /// receiver first.
    /// `true`: a value-receiver method reached through a pointer type (deref the receiver).
    pub methods: HashMap<(TypeId, u32), (super::value::FuncRef, bool)>,
    /// Method set names by interface type, for assertions to interfaces.
    pub iface_methods: HashMap<TypeId, Vec<u32>>,
    pub types: TypeTable,
    pub objects: Vec<Object>,
    /// Global variables (each a heap cell in a run).
    pub nglobals: u32,
    /// Zero value index of each global.
    pub global_zeros: Vec<u32>,
    /// The function that initialises globals, runs `init`s and calls `main.main`.
    pub entry: u32,
    /// The last source line (for `Config::lines`).
    pub max_line: u32,
}
