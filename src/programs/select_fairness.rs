//! `select-fairness`: two channels that always hold a value; each round `select` receives
//! from one (chosen uniformly at random among the ready cases) and refills it. Prints how
//! many rounds each case won: the two counts always add up to `rounds`, the split varies
//! with the seed (conformance: invariant).

use super::{Main, Params};
use crate::runtime::{self as go, Chan, Select};

pub fn build(p: &Params) -> Main {
    let rounds = p.int("rounds");
    Box::pin(async move {
        let a: Chan<i64> = Chan::new(1).named("a");
        let b: Chan<i64> = Chan::new(1).named("b");
        a.send(1).await;
        b.send(1).await;
        let (mut a_wins, mut b_wins) = (0, 0);
        for _ in 0..rounds {
            // Which case fired, and the value it received.
            let (first, v) = Select::new().recv(&a, |v, _| (true, v)).recv(&b, |v, _| (false, v)).at("select").await;
            if first {
                a_wins += 1;
                a.send(v).await;
            } else {
                b_wins += 1;
                b.send(v).await;
            }
        }
        go::println(format!("case a won: {a_wins}"));
        go::println(format!("case b won: {b_wins}"));
    })
}
