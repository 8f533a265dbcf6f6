//! The instruction loop: [`Fiber::run`] executes the top frame's code until the goroutine
//! must wait for the runtime, ends, or panics out.

use super::code::{Cmp, IntKind, Kind, Op, NO_REG};
use super::fiber::{chan_of, Blocker, Deferred, Exit, Fiber, FrameKind};
use super::ops::{self, nil_deref};
use super::value::{equal, Closure, ClosureKind, FuncRef, Ptr, Value};
use std::rc::Rc;

/// Instructions between charges to the runtime's step budget, and the operations charged.
const CHARGE_EVERY: u32 = 4096;
const CHARGE_OPS: u64 = 512;
/// Loop iterations between charges when they cost simulated CPU time.
const CPU_CHARGE_EVERY: u32 = 64;

#[inline]
fn trunc(v: i64, k: IntKind) -> i64 {
    match k {
        IntKind::I8 => v as i8 as i64,
        IntKind::I16 => v as i16 as i64,
        IntKind::I32 => v as i32 as i64,
        IntKind::U8 => v as u8 as i64,
        IntKind::U16 => v as u16 as i64,
        IntKind::U32 => v as u32 as i64,
    }
}

/// Store `v` in `slot`: a scalar there is overwritten without running `Value`'s drop glue.
#[inline(always)]
fn put(slot: &mut Value, v: Value) {
    if matches!(slot, Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_)) {
        // Nothing to drop: the old value owns no heap memory.
        std::mem::forget(std::mem::replace(slot, v));
    } else {
        *slot = v;
    }
}

fn shift_count(b: i64, signed: bool) -> Result<u64, Value> {
    if signed && b < 0 {
        return Err(ops::rt_err("negative shift amount"));
    }
    Ok(b as u64)
}

fn compare(a: &Value, b: &Value, k: Kind) -> std::cmp::Ordering {
    use std::cmp::Ordering::Equal;
    match k {
        Kind::Int => a.as_int().cmp(&b.as_int()),
        Kind::Uint => (a.as_int() as u64).cmp(&(b.as_int() as u64)),
        Kind::Float => a.as_float().partial_cmp(&b.as_float()).unwrap_or(Equal),
        Kind::Str => a.as_bytes().cmp(b.as_bytes()),
    }
}

fn cmp_holds(a: &Value, b: &Value, c: Cmp, k: Kind) -> bool {
    if k == Kind::Float && (a.as_float().is_nan() || b.as_float().is_nan()) {
        return false;
    }
    let o = compare(a, b, k);
    match c {
        Cmp::Lt => o.is_lt(),
        Cmp::Le => o.is_le(),
        Cmp::Gt => o.is_gt(),
        Cmp::Ge => o.is_ge(),
    }
}

/// The address a tracked access touches: a pointer's target, a slice's element `i`, a map
/// (one object, as Go's race detector sees maps); 0 for values not in shared memory.
///
/// An object's words are `spread(object) + 8 * index` (wrapping: an index may be out of
/// range, even negative, when the access is checked before the bounds): the object's own allocation is
/// smaller than a big struct or array, so plain `allocation + 8 * index` would run into
/// the next allocation and report a false race between two objects.
fn addr_of(v: &Value, i: usize) -> usize {
    match v {
        Value::Ptr(p) => {
            let (a, k) = p.addr();
            match p {
                super::value::Ptr::Cell(c) => pin(a, c),
                super::value::Ptr::Elem(agg, _) => pin(a, agg),
            }
            spread(a).wrapping_add((k as usize).wrapping_add(i).wrapping_mul(8))
        }
        Value::Slice { arr, off, .. } => {
            let a = Rc::as_ptr(arr) as *const u8 as usize;
            pin(a, arr);
            spread(a).wrapping_add((*off as usize).wrapping_add(i).wrapping_mul(8))
        }
        Value::Map(m) => {
            let a = Rc::as_ptr(m) as *const u8 as usize;
            pin(a, m);
            a
        }
        Value::Agg(agg) => {
            let a = Rc::as_ptr(agg) as *const u8 as usize;
            pin(a, agg);
            spread(a).wrapping_add(i.wrapping_mul(8))
        }
        _ => 0,
    }
}

/// Keep the allocation at `a` for the run (the race detector names it by address).
fn pin<T: 'static>(a: usize, rc: &Rc<T>) {
    crate::runtime::race_pin(a, || Rc::downgrade(rc) as std::rc::Weak<dyn std::any::Any>);
}

/// An allocation's address scattered over the address space (a multiplicative hash, so
/// distinct allocations' word ranges almost never meet).
fn spread(a: usize) -> usize {
    (a as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(20) as usize & !7
}

impl Fiber {
    /// Run until the goroutine waits, ends or panics out.
    pub(crate) fn run(&mut self) -> Exit {
        if self.track.is_none() {
            let race = crate::runtime::race_enabled() as u8;
            let par = if crate::runtime::gomaxprocs() > 1 { 2 } else { 0 };
            // Bit 4: the turn may pause for the host (not in a nested call).
            self.track = Some(race | par | 4);
        }
        if self.charge_every == 0 {
            self.cpu = crate::runtime::cpu_ns_per_loop() > 0;
            self.charge_every = if self.cpu { CPU_CHARGE_EVERY } else { CHARGE_EVERY };
        }
        let track = self.track.unwrap_or(0);
        'frames: loop {
            let Some(top) = self.frames.last() else { return Exit::Done };
            let func = top.func.clone();
            let base = top.base as usize;
            let mut pc = top.pc as usize;
            let code = &func.code[..];
            macro_rules! r {
                ($x:expr) => {
                    self.stack[base + $x as usize]
                };
            }
            // `r!(d) = v` without a call to `Value`'s drop glue when the register holds a
            // scalar (most writes replace an int with an int).
            macro_rules! set {
                ($x:expr, $v:expr) => {{
                    let v = $v;
                    put(&mut self.stack[base + $x as usize], v)
                }};
            }
            macro_rules! int {
                ($x:expr) => {
                    match &self.stack[base + $x as usize] {
                        Value::Int(i) => *i,
                        _ => 0,
                    }
                };
            }
            macro_rules! fl {
                ($x:expr) => {
                    match &self.stack[base + $x as usize] {
                        Value::Float(f) => *f,
                        _ => 0.0,
                    }
                };
            }
            macro_rules! save {
                () => {
                    if let Some(f) = self.frames.last_mut() {
                        f.pc = pc as u32;
                    }
                };
            }
            macro_rules! throw {
                ($v:expr) => {{
                    let v = $v;
                    save!();
                    match self.raise(v) {
                        Exit::Await(Blocker::Resume) => continue 'frames,
                        e => return e,
                    }
                }};
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(p) => throw!(p),
                    }
                };
            }
            macro_rules! charge {
                () => {
                    self.steps += 1;
                    if self.steps >= self.charge_every {
                        if self.cpu {
                            crate::runtime::burn_cpu(self.steps as u64);
                        }
                        let ops = CHARGE_OPS * self.steps as u64 / CHARGE_EVERY as u64;
                        self.steps = 0;
                        if !crate::runtime::charge(ops.max(1)) {
                            save!();
                            return Exit::Halt;
                        }
                        if self.cpu && track & 2 != 0 {
                            // Computing for a while: in parallel mode the other processors
                            // get to run too, as they would at the same time.
                            save!();
                            return Exit::Await(Blocker::Op(Box::pin(crate::runtime::op())));
                        }
                        // The host wants the page back (one processor, not in a nested call).
                        if track & 6 == 4 && crate::runtime::pause_due() {
                            save!();
                            return Exit::Await(Blocker::Op(Box::pin(crate::runtime::pause())));
                        }
                    }
                };
            }
            // A tracked memory access at `addr`: a preemption point first (parallel mode:
            // the instruction runs again after it), then the race detector's check. With a
            // third argument, the value whose allocation holds `addr`: the detector keeps it
            // alive, so that a new allocation cannot reuse the address and inherit its past.
            macro_rules! access {
                ($addr:expr, $write:expr) => {
                    access!($addr, $write, Value::Nil)
                };
                ($addr:expr, $write:expr, $keep:expr) => {
                    if track & 3 != 0 {
                        if track & 2 != 0 && !self.resumed {
                            self.resumed = true;
                            pc -= 1;
                            save!();
                            return Exit::Await(Blocker::Op(Box::pin(crate::runtime::op())));
                        }
                        self.resumed = false;
                        if track & 1 != 0 {
                            let site = super::sites::label(func.lines.get(pc - 1).copied().unwrap_or(0));
                            let keep = || Box::new($keep.clone()) as Box<dyn std::any::Any>;
                            crate::runtime::race_access_keeping($addr, $write, site, keep);
                        }
                    }
                };
            }
            macro_rules! exit {
                ($e:expr) => {{
                    match $e {
                        Exit::Await(Blocker::Resume) => continue 'frames,
                        e => return e,
                    }
                }};
            }
            loop {
                let op = code[pc];
                pc += 1;
                match op {
                    Op::Nop => {}
                    Op::Move(d, s) => set!(d, r!(s).clone()),
                    Op::Copy(d, s) => set!(d, r!(s).copied()),
                    Op::Const(d, k) => set!(d, self.m.prog.consts[k as usize].clone()),
                    Op::Nil(d) => set!(d, Value::Nil),
                    Op::Int(d, i) => set!(d, Value::Int(i as i64)),
                    Op::Zero(d, z) => set!(d, self.m.prog.zeros[z as usize].copied()),
                    Op::GetGlobal(d, g) => {
                        access!(Rc::as_ptr(&self.m.globals[g as usize]) as usize, false);
                        set!(d, self.m.globals[g as usize].borrow().clone())
                    }
                    Op::SetGlobal(g, s) => {
                        access!(Rc::as_ptr(&self.m.globals[g as usize]) as usize, true);
                        *self.m.globals[g as usize].borrow_mut() = r!(s).clone()
                    }
                    Op::Env(d, i) => {
                        let v = self
                            .frames
                            .last()
                            .and_then(|f| f.env.as_ref())
                            .and_then(|e| e.env.get(i as usize))
                            .cloned();
                        set!(d, v.unwrap_or(Value::Nil));
                    }
                    Op::AddrGlobal(d, g) => set!(d, Value::Ptr(Ptr::Cell(self.m.globals[g as usize].clone()))),
                    Op::NewCell(d, s) => set!(d, Value::Ptr(Ptr::new_cell(r!(s).clone()))),
                    Op::NilCheck(p) => {
                        if matches!(r!(p), Value::Nil) {
                            throw!(nil_deref());
                        }
                    }
                    Op::Load(d, p) => {
                        access!(addr_of(&r!(p), 0), false, r!(p));
                        let v = match &r!(p) {
                            Value::Ptr(p) => p.load(),
                            _ => throw!(nil_deref()),
                        };
                        set!(d, v);
                    }
                    Op::Store(p, s) => {
                        access!(addr_of(&r!(p), 0), true, r!(p));
                        let v = r!(s).clone();
                        match &r!(p) {
                            Value::Ptr(p) => p.store(v),
                            _ => throw!(nil_deref()),
                        }
                    }
                    Op::Add(d, a, b) => set!(d, Value::Int(int!(a).wrapping_add(int!(b)))),
                    Op::AddImm(d, a, i) => set!(d, Value::Int(int!(a).wrapping_add(i as i64))),
                    Op::Sub(d, a, b) => set!(d, Value::Int(int!(a).wrapping_sub(int!(b)))),
                    Op::Mul(d, a, b) => set!(d, Value::Int(int!(a).wrapping_mul(int!(b)))),
                    Op::Div(d, a, b) | Op::Rem(d, a, b) => {
                        let (x, y) = (int!(a), int!(b));
                        if y == 0 {
                            throw!(ops::rt_err("integer divide by zero"));
                        }
                        let v = if matches!(op, Op::Div(..)) { x.wrapping_div(y) } else { x.wrapping_rem(y) };
                        set!(d, Value::Int(v));
                    }
                    Op::DivU(d, a, b) | Op::RemU(d, a, b) => {
                        let (x, y) = (int!(a) as u64, int!(b) as u64);
                        if y == 0 {
                            throw!(ops::rt_err("integer divide by zero"));
                        }
                        let v = if matches!(op, Op::DivU(..)) { x / y } else { x % y };
                        set!(d, Value::Int(v as i64));
                    }
                    Op::And(d, a, b) => set!(d, Value::Int(int!(a) & int!(b))),
                    Op::Or(d, a, b) => set!(d, Value::Int(int!(a) | int!(b))),
                    Op::Xor(d, a, b) => set!(d, Value::Int(int!(a) ^ int!(b))),
                    Op::AndNot(d, a, b) => set!(d, Value::Int(int!(a) & !int!(b))),
                    Op::Shl(d, a, b, s) => {
                        let n = tri!(shift_count(int!(b), s));
                        set!(d, Value::Int(if n >= 64 { 0 } else { int!(a) << n }));
                    }
                    Op::Shr(d, a, b, s) => {
                        let n = tri!(shift_count(int!(b), s));
                        set!(d, Value::Int(int!(a) >> n.min(63)));
                    }
                    Op::ShrU(d, a, b, s) => {
                        let n = tri!(shift_count(int!(b), s));
                        set!(d, Value::Int(if n >= 64 { 0 } else { ((int!(a) as u64) >> n) as i64 }));
                    }
                    Op::Neg(d, a) => set!(d, Value::Int(int!(a).wrapping_neg())),
                    Op::Com(d, a) => set!(d, Value::Int(!int!(a))),
                    Op::Trunc(x, k) => set!(x, Value::Int(trunc(int!(x), k))),
                    Op::FAdd(d, a, b) => set!(d, Value::Float(fl!(a) + fl!(b))),
                    Op::FSub(d, a, b) => set!(d, Value::Float(fl!(a) - fl!(b))),
                    Op::FMul(d, a, b) => set!(d, Value::Float(fl!(a) * fl!(b))),
                    Op::FDiv(d, a, b) => set!(d, Value::Float(fl!(a) / fl!(b))),
                    Op::FNeg(d, a) => set!(d, Value::Float(-fl!(a))),
                    Op::F32(x) => set!(x, Value::Float(fl!(x) as f32 as f64)),
                    Op::Cplx(d, a, b, op, f32) => set!(d, super::complex::exec(op, &r!(a), &r!(b), f32)),
                    Op::Concat(d, a, b) => set!(d, ops::concat(&r!(a), &r!(b))),
                    Op::Eq(d, a, b) | Op::Ne(d, a, b) => {
                        let e = match equal(&r!(a), &r!(b)) {
                            Ok(e) => e,
                            Err(t) => {
                                let name = super::typename::type_string(&self.m.prog, t);
                                throw!(ops::rt_err(&format!("comparing uncomparable type {name}")))
                            }
                        };
                        set!(d, Value::Bool(e == matches!(op, Op::Eq(..))));
                    }
                    Op::EqI(d, a, b) => set!(d, Value::Bool(int!(a) == int!(b))),
                    Op::LtI(d, a, b) => set!(d, Value::Bool(int!(a) < int!(b))),
                    Op::LeI(d, a, b) => set!(d, Value::Bool(int!(a) <= int!(b))),
                    Op::Cmp(d, a, b, c, k) => set!(d, Value::Bool(cmp_holds(&r!(a), &r!(b), c, k))),
                    Op::Not(d, a) => set!(d, Value::Bool(!r!(a).as_bool())),
                    Op::Jmp(t) => {
                        pc = t as usize;
                        charge!();
                    }
                    Op::JltI(a, b, t) => {
                        if int!(a) < int!(b) {
                            pc = t as usize;
                            charge!();
                        }
                    }
                    Op::JltK(a, k, t) => {
                        if int!(a) < k as i64 {
                            pc = t as usize;
                            charge!();
                        }
                    }
                    Op::IncJltK(a, k, t) => {
                        let i = int!(a).wrapping_add(1);
                        set!(a, Value::Int(i));
                        if i < k as i64 {
                            pc = t as usize;
                            charge!();
                        }
                    }
                    Op::IncJltI(a, b, t) => {
                        let i = int!(a).wrapping_add(1);
                        set!(a, Value::Int(i));
                        if i < int!(b) {
                            pc = t as usize;
                            charge!();
                        }
                    }
                    Op::Loop(c, t) => {
                        if r!(c).as_bool() {
                            pc = t as usize;
                            charge!();
                        }
                    }
                    Op::Jt(c, t) => {
                        if r!(c).as_bool() {
                            pc = t as usize
                        }
                    }
                    Op::Jf(c, t) => {
                        if !r!(c).as_bool() {
                            pc = t as usize
                        }
                    }
                    Op::JgeI(a, b, t) => {
                        if int!(a) >= int!(b) {
                            pc = t as usize
                        }
                    }
                    Op::IToF(d, s) => set!(d, Value::Float(int!(s) as f64)),
                    Op::UToF(d, s) => set!(d, Value::Float(int!(s) as u64 as f64)),
                    Op::FToI(d, s) => set!(d, Value::Int(ops::f64_to_i64(fl!(s)))),
                    Op::FToU(d, s) => set!(d, Value::Int(ops::f64_to_u64(fl!(s)) as i64)),
                    Op::FToI32(d, s) => set!(d, Value::Int(ops::f64_to_i32(fl!(s)) as i64)),
                    Op::RuneToStr(d, s) => set!(d, ops::rune_to_str(int!(s))),
                    Op::BytesToStr(d, s) => set!(d, ops::bytes_to_str(&r!(s))),
                    Op::StrToBytes(d, s) => set!(d, ops::str_to_bytes(&r!(s))),
                    Op::RunesToStr(d, s) => set!(d, ops::runes_to_str(&r!(s))),
                    Op::StrToRunes(d, s) => set!(d, ops::str_to_runes(&r!(s))),
                    Op::SliceToArray(d, s, n) => {
                        let items = ops::elems(&r!(s));
                        if items.len() < n as usize {
                            let msg = format!(
                                "cannot convert slice with length {} to array or pointer to array with length {n}",
                                items.len()
                            );
                            throw!(ops::rt_err(&msg))
                        }
                        set!(d, Value::agg(items.into_iter().take(n as usize).map(|v| v.copied()).collect()));
                    }
                    Op::Len(d, s) => set!(d, Value::Int(ops::len(&r!(s)))),
                    Op::Cap(d, s) => set!(d, Value::Int(ops::cap(&r!(s)))),
                    Op::Index(d, x, i) => {
                        access!(addr_of(&r!(x), int!(i) as usize), false, r!(x));
                        let v = tri!(ops::index(&r!(x), int!(i)));
                        set!(d, v);
                    }
                    Op::SetIndex(x, i, v) => {
                        access!(addr_of(&r!(x), int!(i) as usize), true, r!(x));
                        let val = r!(v).clone();
                        tri!(ops::set_index(&r!(x), int!(i), val));
                    }
                    Op::AddrIndex(d, x, i) => {
                        let v = tri!(ops::addr_index(&r!(x), int!(i)));
                        set!(d, v);
                    }
                    Op::MapIndex(d, m, k, z, ok) => {
                        access!(addr_of(&r!(m), 0), false, r!(m));
                        if let (true, Value::Map(mm)) = (track & 2 != 0, &r!(m)) {
                            if mm.borrow().writing {
                                save!();
                                return Exit::Fatal("concurrent map read and map write", String::new());
                            }
                        }
                        let got = tri!(ops::map_get(&r!(m), &r!(k)).map_err(|e| self.key_error(e, &r!(k))));
                        let found = got.is_some();
                        set!(d, got.unwrap_or_else(|| self.m.prog.zeros[z as usize].copied()));
                        if ok {
                            set!(d + 1, Value::Bool(found));
                        }
                    }
                    Op::MapSet(m, k, v) => {
                        if self.map_writing {
                            // Our write's second half (parallel mode): others ran meanwhile.
                            self.map_writing = false;
                            if let Value::Map(mm) = &r!(m) {
                                mm.borrow_mut().writing = false;
                            }
                        } else {
                            access!(addr_of(&r!(m), 0), true, r!(m));
                            if let (true, Value::Map(mm)) = (track & 2 != 0, &r!(m)) {
                                if mm.borrow().writing {
                                    save!();
                                    return Exit::Fatal("concurrent map writes", String::new());
                                }
                                mm.borrow_mut().writing = true;
                                self.map_writing = true;
                                pc -= 1;
                                save!();
                                return Exit::Await(Blocker::Op(Box::pin(crate::runtime::op())));
                            }
                        }
                        let val = r!(v).clone();
                        tri!(ops::map_set(&r!(m), &r!(k), val).map_err(|e| self.key_error(e, &r!(k))));
                    }
                    Op::MapDelete(m, k) => tri!(ops::map_delete(&r!(m), &r!(k)).map_err(|e| self.key_error(e, &r!(k)))),
                    Op::SliceExpr(d, x, lo, hi, max) => {
                        let opt = |r: u16, s: &Vec<Value>| {
                            if r == NO_REG {
                                None
                            } else {
                                Some(s[base + r as usize].as_int())
                            }
                        };
                        let (l, h, m) = (opt(lo, &self.stack), opt(hi, &self.stack), opt(max, &self.stack));
                        let v = tri!(ops::slice(&r!(x), l, h, m));
                        set!(d, v);
                    }
                    Op::Field(d, s, i) => {
                        access!(addr_of(&r!(s), i as usize), false, r!(s));
                        let v = match &r!(s) {
                            Value::Agg(a) => a.borrow()[i as usize].clone(),
                            _ => throw!(nil_deref()),
                        };
                        set!(d, v);
                    }
                    Op::SetField(s, i, v) => {
                        access!(addr_of(&r!(s), i as usize), true, r!(s));
                        let val = r!(v).clone();
                        match &r!(s) {
                            Value::Agg(a) => a.borrow_mut()[i as usize] = val,
                            _ => throw!(nil_deref()),
                        }
                    }
                    Op::PField(d, p, i) => {
                        access!(addr_of(&r!(p), i as usize + 1), false, r!(p));
                        let v = match &r!(p) {
                            Value::Ptr(p) => match p.load() {
                                Value::Agg(a) => a.borrow()[i as usize].clone(),
                                _ => throw!(nil_deref()),
                            },
                            _ => throw!(nil_deref()),
                        };
                        set!(d, v);
                    }
                    Op::SetPField(p, i, v) => {
                        access!(addr_of(&r!(p), i as usize + 1), true, r!(p));
                        let val = r!(v).clone();
                        match &r!(p) {
                            Value::Ptr(p) => match p.load() {
                                Value::Agg(a) => a.borrow_mut()[i as usize] = val,
                                _ => throw!(nil_deref()),
                            },
                            _ => throw!(nil_deref()),
                        }
                    }
                    Op::AddrPField(d, p, i) => {
                        let v = match &r!(p) {
                            Value::Ptr(p) => match p.load() {
                                Value::Agg(a) => Value::Ptr(Ptr::Elem(a, i as u32)),
                                _ => throw!(nil_deref()),
                            },
                            _ => throw!(nil_deref()),
                        };
                        set!(d, v);
                    }
                    Op::AddrField(d, s, i) => {
                        let v = match &r!(s) {
                            Value::Agg(a) => Value::Ptr(Ptr::Elem(a.clone(), i as u32)),
                            _ => throw!(nil_deref()),
                        };
                        set!(d, v);
                    }
                    Op::Append(d, s, b, n, esize) => {
                        let v = {
                            let vals = &self.stack[base + b as usize..base + b as usize + n as usize];
                            tri!(ops::append(&self.stack[base + s as usize], vals, esize))
                        };
                        set!(d, v);
                    }
                    Op::AppendSlice(d, s, t, esize) => {
                        let vals = ops::elems(&r!(t));
                        let v = tri!(ops::append(&r!(s), &vals, esize));
                        set!(d, v);
                    }
                    Op::CopySlice(d, a, b) => set!(d, Value::Int(ops::copy(&r!(a), &r!(b)))),
                    Op::MakeSlice(d, l, c, z) => {
                        let n = int!(l);
                        let cp = if c == NO_REG { n } else { int!(c) };
                        if !(0..=1 << 31).contains(&n) {
                            throw!(ops::rt_err("makeslice: len out of range"));
                        }
                        if cp < n || cp > 1 << 31 {
                            throw!(ops::rt_err("makeslice: cap out of range"));
                        }
                        if (cp as u64).saturating_mul(self.m.prog.zero_values[z as usize]) > ops::MAX_ELEMS {
                            throw!(ops::out_of_memory());
                        }
                        let zero = &self.m.prog.zeros[z as usize];
                        let items: Vec<Value> = (0..cp).map(|_| zero.copied()).collect();
                        r!(d) = Value::Slice {
                            arr: Rc::new(std::cell::RefCell::new(items)),
                            off: 0,
                            len: n as u32,
                            cap: cp as u32,
                        };
                    }
                    Op::MakeMap(d) => set!(d, ops::new_map()),
                    Op::MakeChan(d, c, name) => {
                        let n = if c == NO_REG { 0 } else { int!(c) };
                        if n < 0 {
                            throw!(Value::iface(
                                super::value::RUNTIME_ERROR,
                                Value::str("makechan: size out of range")
                            ));
                        }
                        let mut ch = crate::runtime::Chan::new(n as usize);
                        if let Some(Value::Str(s)) = self.m.prog.consts.get(name as usize) {
                            ch = ch.named(super::sites::intern(s.as_bytes()));
                        }
                        set!(d, Value::Chan(ch));
                    }
                    Op::MakeAgg(d, b, n) => {
                        let items =
                            self.stack[base + b as usize..base + (b + n) as usize].iter().map(Value::copied).collect();
                        set!(d, Value::agg(items));
                    }
                    Op::MakeSlicelit(d, b, n) => {
                        let items =
                            self.stack[base + b as usize..base + (b + n) as usize].iter().map(Value::copied).collect();
                        set!(d, Value::slice(items));
                    }
                    Op::Clear(x, z) => match &r!(x) {
                        Value::Map(m) => m.borrow_mut().clear(),
                        Value::Slice { arr, off, len, .. } => {
                            let zero = &self.m.prog.zeros[z as usize];
                            let mut a = arr.borrow_mut();
                            for i in 0..*len as usize {
                                a[*off as usize + i] = zero.copied();
                            }
                        }
                        _ => {}
                    },
                    Op::ToIface(d, s, t) => {
                        let v = std::mem::take(&mut r!(s));
                        set!(s, v.clone());
                        set!(d, Value::iface(t, v));
                    }
                    Op::Assert(d, s, k) => {
                        let desc = &func.asserts[k as usize];
                        let v = r!(s).clone();
                        let got = if desc.iface {
                            Some(v.clone()).filter(|v| self.implements(v, desc.ty))
                        } else {
                            match &v {
                                Value::Iface(b) if b.0 == desc.ty => Some(b.1.clone()),
                                _ => None,
                            }
                        };
                        let found = got.is_some();
                        match got {
                            Some(x) => set!(d, x),
                            None if desc.ok => set!(d, self.m.prog.zeros[desc.zero as usize].copied()),
                            None => {
                                let e = self.assert_error(&v, desc);
                                throw!(e)
                            }
                        }
                        if desc.ok {
                            set!(d + 1, Value::Bool(found));
                        }
                    }
                    Op::IsType(d, s, t) => {
                        let v = r!(s).clone();
                        let is = match &v {
                            Value::Iface(b) => b.0 == t || self.is_iface_type(t) && self.implements(&v, t),
                            _ => false,
                        };
                        set!(d, Value::Bool(is));
                    }
                    Op::IsNil(d, s) => set!(d, Value::Bool(r!(s).is_nil())),
                    Op::Call(f, b) => {
                        save!();
                        let callee = self.m.prog.funcs[f as usize].clone();
                        if let Err(e) = self.push_frame(callee, base + b as usize, None, FrameKind::Normal) {
                            return e;
                        }
                        continue 'frames;
                    }
                    Op::CallNative(n, b, nargs) => {
                        // An atomic operation touches shared memory: in parallel mode another
                        // processor may act first (a compare-and-swap can then fail).
                        if track & 2 != 0
                            && !self.resumed
                            && self.m.prog.natives[n as usize].name.starts_with("atomic.")
                        {
                            self.resumed = true;
                            pc -= 1;
                            save!();
                            return Exit::Await(Blocker::Op(Box::pin(crate::runtime::op())));
                        }
                        self.resumed = false;
                        save!();
                        if let Err(e) = self.call_native(n, base + b as usize, nargs as usize) {
                            exit!(e)
                        }
                    }
                    Op::CallValue(fr, b, nargs) => {
                        save!();
                        let f = r!(fr).clone();
                        match self.call_value(&f, base + b as usize, nargs as usize, FrameKind::Normal) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => exit!(e),
                        }
                    }
                    Op::CallIface(m, b, nargs) => {
                        save!();
                        let f = match self.iface_method(&r!(b), m) {
                            Ok(f) => f,
                            Err(p) => throw!(p),
                        };
                        let recv = r!(b).dynamic().map(|(_, v)| v.clone()).unwrap_or(Value::Nil);
                        set!(b, recv);
                        match self.call_value(&f, base + b as usize, nargs as usize, FrameKind::Normal) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => exit!(e),
                        }
                    }
                    Op::Closure(d, f, b, n) => {
                        let env = self.stack[base + b as usize..base + (b + n) as usize].to_vec();
                        set!(d, Value::Func(Rc::new(Closure { func: FuncRef::Go(f), env, kind: ClosureKind::Plain })));
                    }
                    Op::BindMethod(d, f, r) => {
                        let recv = r!(r).copied();
                        let v = match &r!(f) {
                            Value::Func(c) => Value::Func(Rc::new(Closure {
                                func: c.func,
                                env: vec![recv],
                                kind: ClosureKind::Bound,
                            })),
                            _ => Value::Nil,
                        };
                        set!(d, v);
                    }
                    Op::BindIface(d, s, m) => {
                        let f = tri!(self.iface_method(&r!(s), m));
                        let recv = r!(s).dynamic().map(|(_, v)| v.clone()).unwrap_or(Value::Nil);
                        let Value::Func(c) = f else { throw!(nil_deref()) };
                        let kind = ClosureKind::Bound;
                        let recv = if c.kind == ClosureKind::Deref {
                            match recv {
                                Value::Ptr(p) => p.load().copied(),
                                v => v,
                            }
                        } else {
                            recv
                        };
                        set!(d, Value::Func(Rc::new(Closure { func: c.func, env: vec![recv], kind })));
                    }
                    Op::Ret => {
                        let top = self.frames.last_mut().expect("a frame");
                        if let Some(d) = top.defers.pop() {
                            top.pc = (pc - 1) as u32;
                            match self.invoke_deferred(d) {
                                Ok(_) => continue 'frames,
                                Err(e) => exit!(e),
                            }
                        }
                        match self.do_return() {
                            None => continue 'frames,
                            Some(e) => exit!(e),
                        }
                    }
                    Op::Go(fr, b, n) => {
                        save!();
                        let f = r!(fr).clone();
                        let args = self.stack[base + b as usize..base + (b + n) as usize].to_vec();
                        let site = self.site();
                        self.spawn_value(f, args, site);
                    }
                    Op::Defer(fr, b, n) => {
                        let f = r!(fr).clone();
                        let args = self.stack[base + b as usize..base + (b + n) as usize].to_vec();
                        if let Some(top) = self.frames.last_mut() {
                            top.defers.push(Deferred { f, args });
                        }
                    }
                    Op::FrameDepth(d) => set!(d, Value::Int(self.frames.len() as i64 - 1)),
                    Op::DeferAt(t, fr, b, n) => {
                        let f = r!(fr).clone();
                        let args = self.stack[base + b as usize..base + (b + n) as usize].to_vec();
                        let at = match &r!(t) {
                            Value::Int(i) if (*i as usize) < self.frames.len() => *i as usize,
                            _ => self.frames.len() - 1,
                        };
                        self.frames[at].defers.push(Deferred { f, args });
                    }
                    Op::Panic(v) => {
                        let v = match r!(v).clone() {
                            Value::Nil => ops::rt_err("panic called with nil argument"),
                            v => v,
                        };
                        throw!(v)
                    }
                    Op::Recover(d) => set!(d, self.recover()),
                    Op::Send(c, v) => {
                        save!();
                        let site = || super::sites::label(func.lines.get(pc - 1).copied().unwrap_or(0));
                        match self.send_op(base + c as usize, base + v as usize, track & 2 == 0, site) {
                            Ok(None) => {}
                            Ok(Some(e)) => return e,
                            Err(p) => throw!(p),
                        }
                    }
                    Op::Recv(d, c, z, ok) => {
                        save!();
                        let site = || super::sites::label(func.lines.get(pc - 1).copied().unwrap_or(0));
                        let (dst, c) = (base + d as usize, base + c as usize);
                        if let Some(e) = self.recv_op(dst, c, (z, ok), track & 2 == 0, site) {
                            return e;
                        }
                    }
                    Op::Close(c) => {
                        save!();
                        let site = self.site();
                        if r!(c).is_nil() {
                            throw!(Value::iface(super::value::RUNTIME_ERROR, Value::str("close of nil channel")));
                        }
                        // Raised here, not by the runtime, so a deferred recover sees it.
                        if chan_of(&r!(c)).is_closed() {
                            throw!(Value::iface(super::value::RUNTIME_ERROR, Value::str("close of closed channel")));
                        }
                        return Exit::Await(Blocker::Close(chan_of(&r!(c)).close().at(site)));
                    }
                    Op::Select(d, k) => {
                        save!();
                        let desc = &func.selects[k as usize];
                        let site = || super::sites::label(func.lines.get(pc - 1).copied().unwrap_or(0));
                        match self.run_select(desc, (base, d), track & 2 == 0, site) {
                            Ok(None) => {}
                            Ok(Some(e)) => return e,
                            Err(p) => throw!(p),
                        }
                        // Done at once: straight to the chosen case's body.
                        if let Some(&t) = desc.targets.get(int!(d) as usize) {
                            pc = t as usize;
                        }
                    }
                    Op::MapIter(d, m) => set!(d, ops::map_iter(&r!(m))),
                    Op::MapNext(it, k, t) => match ops::map_next(&r!(it)) {
                        Some((key, v)) => {
                            set!(k, key);
                            set!(k + 1, v);
                        }
                        None => pc = t as usize,
                    },
                    Op::StrNext(d, s, i) => {
                        let at = int!(i) as usize;
                        let (ru, w) = ops::decode_rune(r!(s).as_bytes().get(at..).unwrap_or(&[]));
                        set!(d, Value::Int(ru as i64));
                        set!(d + 1, Value::Int(w as i64));
                    }
                    Op::MinMax(d, a, b, k, is_max) => {
                        let (x, y) = (r!(a).clone(), r!(b).clone());
                        let v = if k == Kind::Float && (x.as_float().is_nan() || y.as_float().is_nan()) {
                            Value::Float(f64::NAN)
                        } else {
                            let less = cmp_holds(&y, &x, Cmp::Lt, k);
                            if less != is_max {
                                y
                            } else {
                                x
                            }
                        };
                        set!(d, v);
                    }
                }
            }
        }
    }
}
