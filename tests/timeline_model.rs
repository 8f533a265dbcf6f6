//! Native tests of the goroutine timeline's model (src/ui/timeline_model.rs, which is part
//! of the wasm-only `ui` module, so it is compiled here on its own): the virtual-time x axis
//! (monotone, a minimum slice width, gaps that grow with the time passed, bounded total
//! width, non-overlapping tick labels) and the processor rows of parallel runs.

/// The model refers to `crate::runtime`: point it at the library's.
mod runtime {
    pub use chanlab::runtime::*;
}
#[allow(dead_code)]
#[path = "../src/ui/timeline_model.rs"]
mod timeline_model;

use chanlab::course::{Course, RunOptions};
use chanlab::runtime::Event;
use timeline_model::{build, gap_w, layout, Model, St, GAP_BUDGET, GAP_MAX, GAP_MIN, SLICE_MIN};

const MS: i64 = 1_000_000;

fn events(id: &str, sets: &[(&str, &str)], gomaxprocs: Option<u32>) -> Vec<Event> {
    let course = Course::load().0;
    let ex = course.example(id).unwrap();
    let p = ex.resolve(sets.iter().copied()).unwrap();
    let opts = RunOptions { seed: 1, trace: true, race: None, gomaxprocs };
    let mut rt = ex.runtime_with(&p, &opts).unwrap();
    while rt.step() != chanlab::runtime::Step::Done {}
    rt.events()
}

fn check_monotone(m: &Model) {
    assert_eq!(m.xs.len(), m.slice_t.len() + 1);
    for w in m.xs.windows(2) {
        assert!(w[1] - w[0] >= m.slice_w - 1e-9, "slices keep their width: {w:?}");
    }
    assert!(m.slice_w >= SLICE_MIN);
}

#[test]
fn slices_at_one_instant_are_evenly_spaced_without_gaps() {
    let (sw, xs, gaps, ticks) = layout(&[0, 0, 0, 0]);
    assert!(gaps.is_empty());
    assert_eq!(xs, vec![0.0, sw, 2.0 * sw, 3.0 * sw, 4.0 * sw]);
    assert_eq!(ticks.len(), 1);
    assert_eq!(ticks[0].label, "0s");
    // Many slices: never narrower than the minimum.
    let (sw, xs, _, _) = layout(&vec![0; 5000]);
    assert_eq!(sw, SLICE_MIN);
    assert_eq!(*xs.last().unwrap(), 5000.0 * SLICE_MIN);
}

#[test]
fn clock_jumps_add_gaps_that_grow_with_time() {
    // 1ms steps, then a 1s sleep, then 10ms.
    let t = [0, 0, MS, 2 * MS, 1002 * MS, 1002 * MS, 1012 * MS];
    let (sw, xs, gaps, ticks) = layout(&t);
    assert_eq!(
        gaps.iter().map(|g| (g.slice, g.dt)).collect::<Vec<_>>(),
        [(2, MS), (3, MS), (4, 1000 * MS), (6, 10 * MS)]
    );
    for g in &gaps {
        assert!((xs[g.slice] - xs[g.slice - 1] - sw - (g.x1 - g.x0)).abs() < 1e-9, "gap sits before its slice");
    }
    let w = |i: usize| gaps[i].x1 - gaps[i].x0;
    assert_eq!(w(0), GAP_MIN, "the shortest jump gets the minimum gap");
    assert!(w(3) > w(0) && w(2) > w(3), "10ms > 1ms, 1s > 10ms: {gaps:?}");
    assert!(w(2) <= GAP_MAX, "a long sleep is capped");
    // Time stays monotone along x.
    for i in 1..t.len() {
        assert!(xs[i] > xs[i - 1]);
    }
    // Ticks at 0 and at jumps, in Go's format, never overlapping.
    assert_eq!(ticks[0].label, "0s");
    assert!(ticks.iter().any(|k| k.label == "1.002s"), "{ticks:?}");
    for k in ticks.windows(2) {
        assert!(k[1].x >= k[0].x + 6.0 * k[0].label.len() as f64, "{k:?}");
    }
    // A jump every slice, squeezed by the budget: overlapping labels are skipped.
    let t: Vec<i64> = (0..300).map(|i| i * MS).collect();
    let (_, _, gaps, ticks) = layout(&t);
    assert!(ticks.len() > 5 && ticks.len() < gaps.len() / 2, "{}", ticks.len());
    for k in ticks.windows(2) {
        assert!(k[1].x >= k[0].x + 6.0 * k[0].label.len() as f64, "{k:?}");
    }
}

#[test]
fn gap_width_is_monotone_and_bounded() {
    let mut last = 0.0;
    for dt in [1, 2, 5, 10, 100, 1000, 10_000, 1_000_000, 1_000_000_000] {
        let w = gap_w(dt * MS, MS);
        assert!(w >= last && (GAP_MIN..=GAP_MAX).contains(&w), "{dt}ms: {w}");
        last = w;
    }
    // A ticker firing 500 times: the gaps are scaled down to the budget.
    let t: Vec<i64> = (0..500).map(|i| i * 100 * MS).collect();
    let (_, xs, gaps, _) = layout(&t);
    let total: f64 = gaps.iter().map(|g| g.x1 - g.x0).sum();
    assert!(total <= GAP_BUDGET.max(6.0 * gaps.len() as f64) + 1e-6, "{total}");
    assert!(*xs.last().unwrap() <= 500.0 * SLICE_MIN + total + 1e-6);
    // Few long sleeps stay within the budget and keep their order.
    let (_, _, gaps, _) = layout(&[0, 10 * MS, 1010 * MS, 1020 * MS]);
    let w: Vec<f64> = gaps.iter().map(|g| g.x1 - g.x0).collect();
    assert!(w[1] > w[0] && w[0] == w[2] && w.iter().sum::<f64>() <= GAP_BUDGET, "{w:?}");
}

#[test]
fn a_run_with_sleeps_has_a_duration_axis() {
    let m = build(&events("rwmutex-cache", &[], None));
    check_monotone(&m);
    assert!(!m.gaps.is_empty(), "readers and writers sleep");
    assert!(m.ticks.len() > 1 && m.ticks.iter().any(|k| k.label.ends_with("ms")), "{:?}", m.ticks);
    // Running segments stop before a gap; blocked ones span it.
    for s in &m.segs {
        let (a, b) = m.seg_px(s);
        assert!(b > a, "{s:?}");
        if s.st == St::Running {
            assert!(m.gaps.iter().all(|g| b <= g.x0 + 1e-9 || a >= g.x1 - 1e-9), "running across a gap: {s:?}");
        }
    }
    assert_eq!(m.procs, 1);
    assert!(m.pblocks.is_empty());
    assert!(m.segs.iter().filter(|s| s.st == St::Running).all(|s| s.label == "running"));
}

#[test]
fn the_cursor_moves_through_a_gap_while_everyone_sleeps() {
    let m = build(&events("rwmutex-cache", &[], None));
    let g = &m.gaps[0];
    let t1 = m.slice_t[g.slice];
    let t0 = t1 - g.dt;
    let (a, mid, b) = (m.cursor_at_time(t0), m.cursor_at_time(t0 + g.dt / 2), m.cursor_at_time(t1));
    assert!(a <= g.x0 + 1e-9 && g.x0 < mid && mid < g.x1 && b >= g.x1, "{a} {mid} {b} in {g:?}");
    let end = *m.slice_t.last().unwrap();
    let mut last = 0.0;
    for k in 0..=100 {
        let x = m.cursor_at_time(end * k / 100);
        assert!(x >= last, "the cursor never goes back: {x} < {last} at {k}%");
        last = x;
    }
}

#[test]
fn one_processor_has_no_processor_rows() {
    let m = build(&events("mutex-counter", &[("goroutines", "20")], None));
    assert_eq!(m.procs, 1);
    assert!(m.pblocks.is_empty());
}

#[test]
fn parallel_runs_get_a_row_per_processor() {
    let m = build(&events("mutex-counter", &[("goroutines", "20"), ("gomaxprocs", "2"), ("lock", "false")], None));
    check_monotone(&m);
    assert_eq!(m.procs, 2);
    for p in 0..2 {
        assert!(m.pblocks.iter().any(|b| b.p == p), "P{p} ran something");
    }
    // Blocks within a row never overlap; a goroutine holds one processor at a time.
    for w in m.pblocks.windows(2) {
        assert!(w[0].p != w[1].p || w[0].x1 <= w[1].x0, "{w:?}");
        assert!(w[0].x0 < w[0].x1);
    }
    for a in &m.pblocks {
        for b in &m.pblocks {
            if a.p != b.p && a.g == b.g {
                assert!(a.x1 <= b.x0 || b.x1 <= a.x0, "{a:?} {b:?}");
            }
        }
    }
    // The two processors are busy at the same time somewhere (that is the point).
    let overlap =
        m.pblocks.iter().any(|a| m.pblocks.iter().any(|b| a.p == 0 && b.p == 1 && a.x0 < b.x1 && b.x0 < a.x1));
    assert!(overlap);
    // Running segments name their processor, and it matches a block of that processor.
    let running: Vec<_> = m.segs.iter().filter(|s| s.st == St::Running).collect();
    assert!(running.iter().any(|s| s.label == "running on P1"));
    for s in running {
        assert_eq!(s.label, format!("running on P{}", s.p));
        let g = m.lanes[s.lane].g;
        assert!(m.pblocks.iter().any(|b| b.p == s.p && b.g == g && b.x0 <= s.x0 && s.x0 < b.x1), "{s:?}");
    }
    // The explicit option works the same as the parameter.
    let m2 = build(&events("mutex-counter", &[("goroutines", "20"), ("lock", "false")], Some(2)));
    assert_eq!(m2.procs, 2);
}
