//! The native-function API: how Rust code implements body-less Go functions of the standard
//! library (`fmt.Println`, `(*sync.Mutex).Lock`).
//!
//! A native is a [`NativeFn`]: `fn(&mut NativeCx, &[Value]) -> NativeResult`. Arguments come
//! in Go order (a method's receiver first; a variadic parameter as one slice value). It
//! returns its results ([`NativeResult::Values`]), a Go panic ([`NativeResult::Panic`]), or a
//! future to await when the call blocks ([`NativeResult::Block`]: the goroutine parks until the
//! future completes, then takes the future's own result). Natives are looked up by qualified
//! name in a [`Registry`].

use super::code::{NativeFn, Program};
use super::fiber::Fiber;
use super::value::Value;
use crate::golang::types::{Type, TypeId, TypeTable};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

/// What a native call produced.
pub enum NativeResult {
    /// The function's results, in order (empty for none).
    Values(Vec<Value>),
    /// `panic(v)`: `v` is the panic value (an interface value, e.g. `Value::iface(t, ...)` or
    /// [`Value::runtime_error`]).
    Panic(Value),
    /// The call blocks: await this future (on the simulated runtime), then use its result.
    Block(Pin<Box<dyn Future<Output = NativeResult>>>),
}

impl NativeResult {
    /// No results.
    pub fn none() -> NativeResult {
        NativeResult::Values(Vec::new())
    }

    /// One result.
    pub fn one(v: Value) -> NativeResult {
        NativeResult::Values(vec![v])
    }

    /// A blocking call whose future yields the result.
    pub fn block(f: impl Future<Output = NativeResult> + 'static) -> NativeResult {
        NativeResult::Block(Box::pin(f))
    }
}

/// Natives by qualified name: `fmt.Println`, `(*sync.Mutex).Lock`, `time.Duration.String`.
#[derive(Default)]
pub struct Registry {
    pub(crate) map: HashMap<&'static str, NativeFn>,
}

impl Registry {
    /// Bind `name` (as above) to `f`; a later registration replaces an earlier one.
    pub fn add(&mut self, name: &'static str, f: NativeFn) {
        self.map.insert(name, f);
    }

    pub fn get(&self, name: &str) -> Option<NativeFn> {
        self.map.get(name).copied()
    }
}

/// What a native can see and do besides its arguments.
pub struct NativeCx<'a> {
    pub(crate) fiber: &'a mut Fiber,
}

impl NativeCx<'_> {
    /// The program (its types and objects).
    pub fn program(&self) -> &Program {
        &self.fiber.m.prog
    }

    /// Every type of the program.
    pub fn types(&self) -> &TypeTable {
        &self.fiber.m.prog.types
    }

    /// Type `t` itself.
    pub fn type_of(&self, t: TypeId) -> &Type {
        &self.types().types[t.0 as usize]
    }

    /// The underlying type of `t` (itself unless `t` is a defined type).
    pub fn underlying(&self, t: TypeId) -> TypeId {
        super::typename::underlying(self.types(), t)
    }

    /// `t` as Go's `%T` prints it: `int`, `main.Point`, `*main.T`, `[]string`,
    /// `map[string]int`, `func(int) string`, `interface {}`.
    pub fn type_string(&self, t: TypeId) -> String {
        super::typename::type_string(&self.fiber.m.prog, t)
    }

    /// The method `name` of dynamic type `t` (value or pointer receiver as `t`'s method set
    /// has it), as a func value to [`NativeCx::call`] with the receiver as first argument.
    pub fn method(&self, t: TypeId, name: &str) -> Option<Value> {
        self.fiber.m.method(t, name)
    }

    /// Call a Go (or native) func value now and return its results, or its panic value. The
    /// callee must not block (chanlab reports that as a panic).
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Vec<Value>, Value> {
        self.fiber.call_now(f, args)
    }

    /// `go f(args...)` for a func value; `name` is how tracebacks name the goroutine's
    /// function (pass `None` to use the function's own name).
    pub fn go(&mut self, f: Value, args: Vec<Value>) {
        self.fiber.spawn_value(f, args, "");
    }

    /// The runtime site label of the current source line (pass it to runtime futures' `.at`).
    pub fn site(&self) -> &'static str {
        self.fiber.site()
    }

    /// `os.Args`: the program name then the arguments.
    pub fn args(&self) -> &[String] {
        &self.fiber.m.args
    }
}
