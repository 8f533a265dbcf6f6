//! The instruction loop: [`Fiber::run`] executes the top frame's code until the goroutine
//! must wait for the runtime, ends, or panics out.

use super::code::{Cmp, IntKind, Kind, Op};
use super::exec_cold::Flow;
use super::fiber::{Blocker, Exit, Fiber, FrameKind};
use super::ops::{self, nil_deref};
use super::value::Value;
use std::rc::Rc;

/// Instructions between charges to the runtime's step budget, and the operations charged.
const CHARGE_EVERY: u32 = 4096;
const CHARGE_OPS: u64 = 512;
/// Loop iterations between charges when they cost simulated CPU time.
const CPU_CHARGE_EVERY: u32 = 64;

#[inline]
pub(super) fn trunc(v: i64, k: IntKind) -> i64 {
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
pub(super) fn put(slot: &mut Value, v: Value) {
    if slot.is_scalar() {
        // Nothing to drop: the old value owns no heap memory.
        std::mem::forget(std::mem::replace(slot, v));
    } else {
        *slot = v;
    }
}

pub(super) fn shift_count(b: i64, signed: bool) -> Result<u64, Value> {
    if signed && b < 0 {
        return Err(ops::rt_err("negative shift amount"));
    }
    Ok(b as u64)
}

pub(super) fn compare(a: &Value, b: &Value, k: Kind) -> std::cmp::Ordering {
    use std::cmp::Ordering::Equal;
    match k {
        Kind::Int => a.as_int().cmp(&b.as_int()),
        Kind::Uint => (a.as_int() as u64).cmp(&(b.as_int() as u64)),
        Kind::Float => a.as_float().partial_cmp(&b.as_float()).unwrap_or(Equal),
        Kind::Str => a.as_bytes().cmp(b.as_bytes()),
    }
}

pub(super) fn cmp_holds(a: &Value, b: &Value, c: Cmp, k: Kind) -> bool {
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
pub(super) fn addr_of(v: &Value, i: usize) -> usize {
    match v {
        Value::Ptr(p) => {
            let (a, k) = p.addr();
            match p {
                super::value::Ptr::Cell(c) => pin(a, c),
                super::value::Ptr::Elem(agg, _) => pin(a, agg),
                super::value::Ptr::Array(w) => pin(a, &w.0),
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
                    Op::Move(d, s) => {
                        if let Some((s, d)) = ops::reg_pair(&mut self.stack, base + s as usize, base + d as usize) {
                            s.clone_into(d);
                        }
                    }
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
                        let v = self.frames.last().and_then(|f| f.env.as_ref()).and_then(|e| e.env.get(i as usize));
                        match v {
                            Some(v) => v.clone_into(&mut self.stack[base + d as usize]),
                            None => set!(d, Value::Nil),
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
                    Op::Div(d, a, b) | Op::Rem(d, a, b) => {
                        let (x, y) = (int!(a), int!(b));
                        if y == 0 {
                            throw!(ops::rt_err("integer divide by zero"));
                        }
                        let v = if matches!(op, Op::Div(..)) { x.wrapping_div(y) } else { x.wrapping_rem(y) };
                        set!(d, Value::Int(v));
                    }
                    Op::AddImm(d, a, i) => set!(d, Value::Int(int!(a).wrapping_add(i as i64))),
                    Op::Sub(d, a, b) => set!(d, Value::Int(int!(a).wrapping_sub(int!(b)))),
                    Op::Mul(d, a, b) => set!(d, Value::Int(int!(a).wrapping_mul(int!(b)))),
                    Op::And(d, a, b) => set!(d, Value::Int(int!(a) & int!(b))),
                    Op::Or(d, a, b) => set!(d, Value::Int(int!(a) | int!(b))),
                    Op::Xor(d, a, b) => set!(d, Value::Int(int!(a) ^ int!(b))),
                    Op::AndNot(d, a, b) => set!(d, Value::Int(int!(a) & !int!(b))),
                    Op::Neg(d, a) => set!(d, Value::Int(int!(a).wrapping_neg())),
                    Op::Com(d, a) => set!(d, Value::Int(!int!(a))),
                    Op::Trunc(x, k) => set!(x, Value::Int(trunc(int!(x), k))),
                    Op::FAdd(d, a, b) => set!(d, Value::Float(fl!(a) + fl!(b))),
                    Op::FSub(d, a, b) => set!(d, Value::Float(fl!(a) - fl!(b))),
                    Op::FMul(d, a, b) => set!(d, Value::Float(fl!(a) * fl!(b))),
                    Op::FDiv(d, a, b) => set!(d, Value::Float(fl!(a) / fl!(b))),
                    Op::FNeg(d, a) => set!(d, Value::Float(-fl!(a))),
                    Op::F32(x) => set!(x, Value::Float(fl!(x) as f32 as f64)),
                    Op::EqI(d, a, b) => set!(d, Value::Bool(int!(a) == int!(b))),
                    Op::LtI(d, a, b) => set!(d, Value::Bool(int!(a) < int!(b))),
                    Op::LeI(d, a, b) => set!(d, Value::Bool(int!(a) <= int!(b))),
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
                    Op::Len(d, s) => set!(d, Value::Int(ops::len(&r!(s)))),
                    Op::Index(d, x, i) => {
                        access!(addr_of(&r!(x), int!(i) as usize), false, r!(x));
                        let k = int!(i);
                        if !ops::index_into(&mut self.stack, base + d as usize, base + x as usize, k) {
                            let v = tri!(ops::index(&r!(x), int!(i)));
                            set!(d, v);
                        }
                    }
                    Op::IndexK(d, x, k) => {
                        access!(addr_of(&r!(x), k as usize), false, r!(x));
                        if !ops::index_into(&mut self.stack, base + d as usize, base + x as usize, k as i64) {
                            let v = tri!(ops::index(&r!(x), k as i64));
                            set!(d, v);
                        }
                    }
                    Op::SetIndex(x, i, v) => {
                        access!(addr_of(&r!(x), int!(i) as usize), true, r!(x));
                        let val = r!(v).clone();
                        tri!(ops::set_index(&r!(x), int!(i), val));
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
                    Op::IsNil(d, s) => set!(d, Value::Bool(r!(s).is_nil())),
                    Op::Call(f, b) => {
                        save!();
                        let callee = self.m.prog.funcs[f as usize].clone();
                        if let Err(e) = self.push_frame(callee, base + b as usize, None, FrameKind::Normal) {
                            return e;
                        }
                        continue 'frames;
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
                    Op::Send(c, v) => {
                        save!();
                        let site = || super::sites::label(func.lines.get(pc - 1).copied().unwrap_or(0));
                        match self.send_op(base + c as usize, base + v as usize, track & 2 == 0, site) {
                            Ok(None) => {}
                            // Built anew, not copied out of the answer (see `Value::clone_into`).
                            Ok(Some(Exit::Waiting)) => return Exit::Waiting,
                            Ok(Some(e)) => return e,
                            Err(p) => throw!(p),
                        }
                    }
                    Op::Recv(d, c, z, ok) => {
                        save!();
                        let site = || super::sites::label(func.lines.get(pc - 1).copied().unwrap_or(0));
                        let (dst, c) = (base + d as usize, base + c as usize);
                        match self.recv_op(dst, c, (z, ok), track & 2 == 0, site) {
                            None => {}
                            Some(Exit::Waiting) => return Exit::Waiting,
                            Some(e) => return e,
                        }
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
                    op => {
                        let mut cx = super::exec_cold::Cx { fb: self, func: &func, base, pc, track };
                        let flow = super::exec_cold::exec(&mut cx, op);
                        pc = cx.pc;
                        match flow {
                            Flow::Next => {}
                            Flow::Frames => continue 'frames,
                            Flow::Throw(v) => throw!(v),
                            Flow::Exit(e) => exit!(e),
                            Flow::Return(e) => return e,
                        }
                    }
                }
            }
        }
    }
}
