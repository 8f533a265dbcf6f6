//! `sync/atomic` integers and `atomic.Value`, and `Shared`: a plain shared variable whose
//! every read and write is a visible runtime operation (so parallel mode and the race
//! detector can see `counter++` as the separate load and store it is).

use super::sched::try_with_rt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Atomics synchronise: each operation acquires and releases the variable (race detector).
fn sync_point<T>(rc: &Rc<T>) {
    try_with_rt(|rt| rt.race_acq_rel(Rc::as_ptr(rc) as *const u8 as usize));
}

/// An `atomic.Int64` (or the `atomic.AddInt64(&n, 1)` family on an `int64`).
#[derive(Clone, Default)]
pub struct AtomicInt(Rc<Cell<i64>>);

impl AtomicInt {
    pub fn new(v: i64) -> Self {
        AtomicInt(Rc::new(Cell::new(v)))
    }
    /// `atomic.AddInt64`: returns the new value.
    pub fn add(&self, d: i64) -> i64 {
        sync_point(&self.0);
        let v = self.0.get().wrapping_add(d);
        self.0.set(v);
        v
    }
    pub fn load(&self) -> i64 {
        sync_point(&self.0);
        self.0.get()
    }
    pub fn store(&self, v: i64) {
        sync_point(&self.0);
        self.0.set(v)
    }
    pub fn swap(&self, v: i64) -> i64 {
        sync_point(&self.0);
        self.0.replace(v)
    }
    /// `atomic.CompareAndSwapInt64`.
    pub fn compare_and_swap(&self, old: i64, new: i64) -> bool {
        sync_point(&self.0);
        if self.0.get() == old {
            self.0.set(new);
            true
        } else {
            false
        }
    }
}

/// An `atomic.Value`: loads always see a whole stored value.
pub struct AtomicValue<T>(Rc<RefCell<Option<Rc<T>>>>);

impl<T> Clone for AtomicValue<T> {
    fn clone(&self) -> Self {
        AtomicValue(self.0.clone())
    }
}

impl<T> Default for AtomicValue<T> {
    fn default() -> Self {
        AtomicValue(Rc::new(RefCell::new(None)))
    }
}

impl<T> AtomicValue<T> {
    pub fn store(&self, v: T) {
        *self.0.borrow_mut() = Some(Rc::new(v));
    }
    pub fn load(&self) -> Option<Rc<T>> {
        self.0.borrow().clone()
    }
}

/// A plain (unsynchronised) shared variable, like a package-level `var counter int`.
#[derive(Clone, Default)]
pub struct Shared<T: Copy>(Rc<Cell<T>>);

impl<T: Copy> Shared<T> {
    pub fn new(v: T) -> Self {
        Shared(Rc::new(Cell::new(v)))
    }
    /// Read the variable (at the current goroutine's source label, for race reports).
    pub async fn load(&self) -> T {
        super::park::op().await;
        try_with_rt(|rt| rt.race_access(self.addr(), false, super::sync::cur_site()));
        self.0.get()
    }
    /// Write the variable.
    pub async fn store(&self, v: T) {
        super::park::op().await;
        try_with_rt(|rt| rt.race_access(self.addr(), true, super::sync::cur_site()));
        self.0.set(v)
    }
    fn addr(&self) -> usize {
        Rc::as_ptr(&self.0) as *const u8 as usize
    }
    /// Read it outside any goroutine (after the program ended, in tests).
    pub fn peek(&self) -> T {
        self.0.get()
    }
}
