//! `rwmutex-cache`: readers and writers share a map guarded by one lock. With an `RWMutex`
//! (`rw` on) readers hold the read lock together and their slow lookups overlap; with a plain
//! `Mutex` every lookup waits for the one before it. The program prints the most readers seen
//! inside `Get` at once and the (virtual) time taken, rounded to 10ms.

use super::{Main, Params};
use crate::runtime::{self as go, gofmt, Mutex, RwMutex, WaitGroup};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// The cache's `mu` field: `sync.RWMutex` or `sync.Mutex`, as the template chooses.
#[derive(Clone)]
enum Lock {
    Rw(RwMutex),
    Plain(Mutex),
}

/// The package-level bookkeeping: `statsMu` guarding `inside` and `most`.
#[derive(Clone)]
struct Stats {
    mu: Mutex,
    inside: Rc<Cell<i64>>,
    most: Rc<Cell<i64>>,
}

impl Stats {
    /// `enter()`.
    async fn enter(&self) {
        self.mu.lock().await;
        self.inside.set(self.inside.get() + 1);
        if self.inside.get() > self.most.get() {
            self.most.set(self.inside.get());
        }
        self.mu.unlock().await;
    }

    /// `leave()`.
    async fn leave(&self) {
        self.mu.lock().await;
        self.inside.set(self.inside.get() - 1);
        self.mu.unlock().await;
    }
}

#[derive(Clone)]
struct Cache {
    mu: Lock,
    data: Rc<RefCell<HashMap<String, String>>>,
    stats: Stats,
    read_ns: i64,
    write_ns: i64,
}

impl Cache {
    /// `c.Get(key)`. Its deferred calls (`leave()`, then the unlock) run at its end, in
    /// reverse order, exactly where Go runs them since nothing in `Get` can panic.
    async fn get(&self, key: &str) -> String {
        go::at("rlock");
        match &self.mu {
            Lock::Rw(rw) => rw.rlock().await,
            Lock::Plain(m) => m.lock().await,
        }
        self.stats.enter().await;
        go::sleep(self.read_ns).at("read").await;
        let v = self.data.borrow().get(key).cloned().unwrap_or_default();
        self.stats.leave().await;
        match &self.mu {
            Lock::Rw(rw) => rw.runlock().await,
            Lock::Plain(m) => m.unlock().await,
        }
        v
    }

    /// `c.Set(key, value)`.
    async fn set(&self, key: &str, value: String) {
        go::at("wlock");
        match &self.mu {
            Lock::Rw(rw) => rw.lock().await,
            Lock::Plain(m) => m.lock().await,
        }
        go::sleep(self.write_ns).at("write").await;
        self.data.borrow_mut().insert(key.to_string(), value);
        match &self.mu {
            Lock::Rw(rw) => rw.unlock().await,
            Lock::Plain(m) => m.unlock().await,
        }
    }
}

/// `d.Round(m)` for a non-negative duration: to the nearest multiple, halves rounding up.
fn round(d: i64, m: i64) -> i64 {
    (d + m / 2) / m * m
}

pub fn build(p: &Params) -> Main {
    let (readers, writers, rw) = (p.int("readers"), p.int("writers"), p.flag("rw"));
    let (read_ns, write_ns) = (p.ms("read_ms"), p.ms("write_ms"));
    Box::pin(async move {
        let stats = Stats { mu: Mutex::new().named("statsMu"), inside: Rc::default(), most: Rc::default() };
        let mu = if rw { Lock::Rw(RwMutex::new()) } else { Lock::Plain(Mutex::new().named("mu")) };
        let data = HashMap::from([("greeting".to_string(), "hello".to_string())]);
        let cache = Cache { mu, data: Rc::new(RefCell::new(data)), stats: stats.clone(), read_ns, write_ns };
        let start = go::now();

        let wg = WaitGroup::new();
        for i in 1..=writers {
            wg.add(1).await;
            let (cache, wg) = (cache.clone(), wg.clone());
            go::go("main.main.func1", "go-writer", async move {
                go::defer(async move { wg.done().await });
                cache.set("greeting", format!("hello #{i}")).await;
            });
        }
        for _ in 1..=readers {
            wg.add(1).await;
            let (cache, wg) = (cache.clone(), wg.clone());
            go::go("main.main.func2", "go-reader", async move {
                go::defer(async move { wg.done().await });
                cache.get("greeting").await;
            });
        }
        go::at("wait");
        wg.wait().await;

        go::println(format!("most readers inside at once: {}", stats.most.get()));
        go::println(format!("took {}", gofmt::duration(round(go::since(start), 10_000_000))));
    })
}
