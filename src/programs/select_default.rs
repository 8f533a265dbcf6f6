//! `select-default`: `preload` jobs are queued in a channel of capacity `capacity`, then
//! main tries `tries` times to take one with a non-blocking `select`: a queued job is taken
//! (`got a job: N`), an empty queue runs `default` (`no job ready`) instead of waiting.

use super::{Main, Params};
use crate::runtime::{self as go, Chan, Select};

pub fn build(p: &Params) -> Main {
    let (capacity, preload, tries) = (p.int("capacity") as usize, p.int("preload"), p.int("tries"));
    Box::pin(async move {
        let jobs: Chan<i64> = Chan::new(capacity).named("jobs");
        for i in 1..=preload {
            jobs.send(i).await;
        }
        for _ in 1..=tries {
            let got = Select::new().recv(&jobs, |j, _| Some(j)).default(|| None).await;
            match got {
                Some(j) => go::println(format!("got a job: {j}")),
                None => go::println("no job ready"),
            }
        }
    })
}
