//! A Go `map` shared between goroutines, with Go's runtime check for concurrent writers: a
//! write that starts while another is in progress is `fatal error: concurrent map writes`.
//! A write spans two runtime operations, so in parallel mode another goroutine can run in the
//! middle of it — as when a real writer is descheduled mid-write.

use super::park::{op, throw};
use super::sched::with_rt;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

/// `map[K]V` shared by reference (Go maps are reference types).
pub struct GoMap<K, V>(Rc<MapInner<K, V>>);

struct MapInner<K, V> {
    entries: RefCell<BTreeMap<K, V>>,
    writing: Cell<bool>,
}

impl<K, V> Clone for GoMap<K, V> {
    fn clone(&self) -> Self {
        GoMap(self.0.clone())
    }
}

impl<K: Ord + Clone, V: Clone + Default> Default for GoMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Ord + Clone, V: Clone + Default> GoMap<K, V> {
    /// `make(map[K]V)`.
    pub fn new() -> Self {
        GoMap(Rc::new(MapInner { entries: RefCell::new(BTreeMap::new()), writing: Cell::new(false) }))
    }

    fn addr(&self) -> usize {
        Rc::as_ptr(&self.0) as *const u8 as usize
    }

    /// `m[k] = v`.
    pub async fn insert(&self, k: K, v: V) {
        op().await;
        let site = super::sync::cur_site();
        if self.0.writing.get() {
            return throw("concurrent map writes", site).await;
        }
        with_rt(|rt| rt.race_access(self.addr(), true, site));
        self.0.writing.set(true);
        op().await; // the write is in progress: another processor may run now
        self.0.entries.borrow_mut().insert(k, v);
        self.0.writing.set(false);
    }

    /// `m[k]` (the zero value if absent).
    pub async fn get(&self, k: &K) -> V {
        op().await;
        let site = super::sync::cur_site();
        if self.0.writing.get() {
            return throw("concurrent map read and map write", site).await;
        }
        with_rt(|rt| rt.race_access(self.addr(), false, site));
        self.0.entries.borrow().get(k).cloned().unwrap_or_default()
    }

    /// `len(m)`, read outside any goroutine's operations.
    pub fn len(&self) -> usize {
        self.0.entries.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
