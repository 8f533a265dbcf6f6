//! Builtin calls: `len`, `cap`, `append`, `copy`, `delete`, `make`, `new`, `panic`,
//! `recover`, `print`/`println`, `min`/`max`, `clear`, `close`, complex numbers; and builtins
//! in `go` and `defer` statements.

use super::func::FnC;
use super::tyinfo::Class;
use super::CResult;
use crate::golang::syntax::ast::{Expr, ExprKind};
use crate::golang::types::{Basic, Builtin, Mode, Type, TypeId};
use crate::golang::vm::code::{CplxOp, Op, Reg, NO_REG};
use crate::golang::vm::value::FuncRef;

impl FnC<'_> {
    pub(super) fn builtin_parts(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> CResult<(Reg, Reg, u16)> {
        let name = match b {
            Builtin::Close => "builtin.close",
            Builtin::Panic => "builtin.panic",
            Builtin::Print => "builtin.print",
            Builtin::Println => "builtin.println",
            _ => return Err(self.err(e.pos, "this builtin in go/defer")),
        };
        let Some(n) = self.b.native(name) else { return Err(self.err(e.pos, name)) };
        let fr = self.alloc(1);
        let k = self.b.konst(crate::golang::vm::value::Closure::func(FuncRef::Native(n)));
        self.emit(Op::Const(fr, k));
        let base = self.alloc(args.len().max(1) as u16);
        for (i, a) in args.iter().enumerate() {
            let t = self.type_of(a);
            let t = if b == Builtin::Panic { self.any_type() } else { t };
            self.arg_into(a, t, base + i as Reg)?;
        }
        Ok((fr, base, args.len() as u16))
    }

    pub fn any_type(&mut self) -> TypeId {
        self.b.c.table.intern(Type::Interface { methods: vec![], terms: vec![], comparable: false })
    }

    /// `new(T)`, or (Go 1.26) `new(v)`: a new variable, its pointer into `d`.
    fn new_cell(&mut self, e: &Expr, arg: &Expr, d: Reg) -> CResult<()> {
        let is_type = self.info().types.get(&arg.id).is_some_and(|tv| tv.mode == Mode::TypeExpr);
        if is_type {
            let t = self.type_of(arg);
            let z = self.b.zero(t);
            self.emit(Op::Zero(d, z));
        } else {
            // Go 1.26: `new(v)` points to a new variable holding v.
            let pt = self.type_of(e);
            let Type::Pointer(t) = self.b.uty(pt).clone() else { return Err(self.err(e.pos, "this new")) };
            self.arg_into(arg, t, d)?;
        }
        self.emit(Op::NewCell(d, d));
        Ok(())
    }

    /// `complex(re, im)` into `d` (a complex64 when the result is one).
    fn complex(&mut self, e: &Expr, args: &[Expr], d: Reg) -> CResult<()> {
        let t = self.type_of(e);
        let f32 = self.b.complex_of(t) == Some(true);
        let ft = self.b.c.table.intern(Type::Basic(if f32 { Basic::Float32 } else { Basic::Float64 }));
        let re = self.expr_as(&args[0], ft)?;
        let im = self.expr_as(&args[1], ft)?;
        self.emit(Op::Cplx(d, re, im, CplxOp::Make, f32));
        Ok(())
    }

    /// A builtin call; results at the returned register.
    pub(super) fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], spread: bool) -> CResult<Reg> {
        self.at(e.pos);
        let d = self.alloc(2);
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0])?;
                self.emit(if b == Builtin::Len { Op::Len(d, x) } else { Op::Cap(d, x) });
            }
            Builtin::Append => self.append(e, args, spread, d)?,
            Builtin::Copy => {
                let a = self.expr(&args[0])?;
                let s = self.expr(&args[1])?;
                self.emit(Op::CopySlice(d, a, s));
            }
            Builtin::Delete => {
                let mt = self.type_of(&args[0]);
                let Type::Map(kt, _) = self.b.uty(mt).clone() else { return Err(self.err(e.pos, "this delete")) };
                let m = self.expr(&args[0])?;
                let k = self.expr_as(&args[1], kt)?;
                self.emit(Op::MapDelete(m, k));
            }
            Builtin::Make => self.make(e, args, d)?,
            Builtin::New => self.new_cell(e, &args[0], d)?,
            Builtin::Panic => {
                let any = self.any_type();
                let r = self.expr_as(&args[0], any)?;
                self.at(e.pos);
                self.emit(Op::Panic(r));
            }
            Builtin::Recover => {
                self.emit(Op::Recover(d));
            }
            Builtin::Print | Builtin::Println => self.print(e, b, args)?,
            Builtin::Close => {
                let c = self.expr(&args[0])?;
                self.at(e.pos);
                self.emit(Op::Close(c));
            }
            Builtin::Min | Builtin::Max => {
                let t = self.type_of(e);
                let k = self.b.kind(t);
                self.expr_to(&args[0], d)?;
                for a in &args[1..] {
                    let r = self.expr(a)?;
                    self.emit(Op::MinMax(d, d, r, k, b == Builtin::Max));
                }
            }
            Builtin::Clear => {
                let t = self.type_of(&args[0]);
                let z = match self.b.uty(t).clone() {
                    Type::Slice(et) => self.b.zero(et),
                    _ => 0,
                };
                let x = self.expr(&args[0])?;
                self.emit(Op::Clear(x, z));
            }
            Builtin::Complex => self.complex(e, args, d)?,
            Builtin::Real | Builtin::Imag => {
                let x = self.expr(&args[0])?;
                let op = if b == Builtin::Real { CplxOp::Real } else { CplxOp::Imag };
                self.emit(Op::Cplx(d, x, x, op, false));
            }
        }
        Ok(d)
    }

    /// `append(s, xs...)` or `append(s, x, y)`, the result into `d`.
    pub(super) fn append(&mut self, e: &Expr, args: &[Expr], spread: bool, d: Reg) -> CResult<()> {
        let st = self.type_of(e);
        let Type::Slice(et) = self.b.uty(st).clone() else { return Err(self.err(e.pos, "this append")) };
        let s = self.expr(&args[0])?;
        let esize = self.b.esize(et);
        self.at(e.pos);
        if spread {
            let t = self.expr(&args[1])?;
            self.emit(Op::AppendSlice(d, s, t, esize));
        } else {
            let n = (args.len() - 1) as u16;
            let base = self.alloc(n.max(1));
            for (i, a) in args[1..].iter().enumerate() {
                self.arg_into(a, et, base + i as Reg)?;
            }
            self.emit(Op::Append(d, s, base, n, esize));
        }
        Ok(())
    }

    /// `print(...)` or `println(...)` (`b`): the arguments passed to the native builtin.
    pub(super) fn print(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> CResult<()> {
        let name = if b == Builtin::Print { "builtin.print" } else { "builtin.println" };
        let Some(n) = self.b.native(name) else { return Err(self.err(e.pos, name)) };
        let base = self.alloc(args.len().max(1) as u16);
        for (i, a) in args.iter().enumerate() {
            let r = self.expr(a)?;
            let t = self.type_of(a);
            let t = self.b.default_type(t);
            // Complex and float32 values print as text made here (a value does not say its size).
            match (self.b.complex_of(t), self.b.class(t)) {
                (Some(f32), _) => self.emit(Op::Cplx(base + i as Reg, r, r, CplxOp::Text, f32)),
                (None, Class::Float(true)) => self.emit(Op::Cplx(base + i as Reg, r, r, CplxOp::Text, true)),
                _ => self.emit(Op::Move(base + i as Reg, r)),
            };
        }
        self.emit(Op::CallNative(n, base, args.len() as u16));
        Ok(())
    }

    pub(super) fn make(&mut self, e: &Expr, args: &[Expr], d: Reg) -> CResult<()> {
        let name = self.chan_name.take();
        let t = self.type_of(&args[0]);
        match self.b.uty(t).clone() {
            Type::Slice(et) => {
                let l = self.expr(&args[1])?;
                let c = match args.get(2) {
                    Some(a) => self.expr(a)?,
                    None => NO_REG,
                };
                let z = self.b.zero(et);
                self.at(e.pos);
                self.emit(Op::MakeSlice(d, l, c, z));
            }
            Type::Map(..) => {
                self.emit(Op::MakeMap(d));
            }
            Type::Chan(..) => {
                let c = match args.get(1) {
                    Some(a) => self.expr(a)?,
                    None => NO_REG,
                };
                let name = name.map_or(u32::MAX, |n| self.b.konst(crate::golang::vm::value::Value::str(&n)));
                self.emit(Op::MakeChan(d, c, name));
            }
            _ => return Err(self.err(e.pos, "this make")),
        }
        Ok(())
    }

    /// Before compiling `rhs` for a target named `target` (a variable, or a field): if `rhs`
    /// is a `make(...)` call, remember the name for the channel it may make.
    pub fn name_make(&mut self, target: Option<&str>, rhs: &Expr) {
        let ExprKind::Call { fun, .. } = &rhs.kind else { return };
        if matches!(&fun.kind, ExprKind::Name(n) if n == "make") {
            self.chan_name = target.map(str::to_string);
        }
    }
}
