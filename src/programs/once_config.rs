//! `once-config`: every caller asks for the config through `once.Do(loadConfig)`. The first
//! caller runs the slow load; callers arriving meanwhile wait inside `Do` until it returns,
//! and later callers return at once. The load message prints exactly once.

use super::{Main, Params};
use crate::runtime::{self as go, AtomicInt, Once, WaitGroup};
use std::cell::RefCell;
use std::rc::Rc;

/// `type Config struct { Env string; Workers int }`.
struct Config {
    env: &'static str,
    #[allow(dead_code)]
    workers: i64,
}

/// The package-level `once` and `config` variables.
#[derive(Clone, Default)]
struct Globals {
    once: Once,
    config: Rc<RefCell<Option<Rc<Config>>>>,
}

/// `loadConfig()`.
async fn load_config(g: Globals) {
    go::println("loading config (this prints once)");
    go::sleep(20_000_000).at("load").await;
    *g.config.borrow_mut() = Some(Rc::new(Config { env: "production", workers: 4 }));
}

/// `getConfig()`.
async fn get_config(g: &Globals) -> Option<Rc<Config>> {
    go::at("once");
    let g2 = g.clone();
    g.once.call(|| load_config(g2)).await;
    let cfg = g.config.borrow().clone();
    cfg
}

pub fn build(p: &Params) -> Main {
    let callers = p.int("callers");
    Box::pin(async move {
        let globals = Globals::default();
        let ready = AtomicInt::new(0);
        let wg = WaitGroup::new();
        for _ in 1..=callers {
            wg.add(1).await;
            let (globals, ready, wg) = (globals.clone(), ready.clone(), wg.clone());
            go::go("main.main.func1", "go-caller", async move {
                go::defer(async move { wg.done().await });
                if let Some(cfg) = get_config(&globals).await {
                    if cfg.env == "production" {
                        ready.add(1);
                    }
                }
            });
        }
        go::at("wait");
        wg.wait().await;
        go::println(format!("{} of {callers} callers saw the loaded config", ready.load()));
    })
}
