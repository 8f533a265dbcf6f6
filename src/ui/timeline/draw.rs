//! The timeline's SVG, drawn as a string from a [`Model`] (no DOM): clock-jump breaks, the
//! time axis, the processor rows, the goroutine lanes with their segments, wake-up links,
//! closes and exits, in that order (later layers on top). The cursor and the selection box
//! are HTML overlays drawn by the panel.

use super::super::highlight::escape as esc;
use super::super::timeline_model::{self as tm, Model};
use crate::runtime::{gofmt, Gid};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Lane height, processor row height and the axis band, in pixels.
pub(super) const LANE_H: usize = 22;
const P_H: usize = 16;
pub(super) const AXIS_H: usize = 22;

/// The processor rows' height in total (none with one processor).
fn prows_h(m: &Model) -> usize {
    if m.procs > 1 {
        m.procs as usize * P_H
    } else {
        0
    }
}

/// The top of lane `l`, in px.
pub(super) fn lane_y(m: &Model, l: usize) -> usize {
    AXIS_H + prows_h(m) + l * LANE_H
}

/// A goroutine's colour in the processor rows.
fn g_colour(g: u32) -> String {
    format!("hsl({},55%,42%)", (g * 67) % 360)
}

/// The SVG of the lanes (without the cursor, which is an overlay).
pub fn svg(m: &Model, names: &HashMap<Gid, String>) -> String {
    let width = m.total_w() + 2.0;
    let height = lane_y(m, m.lanes.len());
    let mut s = String::with_capacity(64 * m.segs.len() + 256);
    let _ = write!(
        s,
        r#"<svg class="tl-svg" width="{width:.0}" height="{height}" viewBox="0 0 {width:.0} {height}" aria-hidden="true">"#
    );
    gaps(&mut s, m, height);
    axis(&mut s, m, width, height);
    if m.procs > 1 {
        procs(&mut s, m, names);
    }
    lane_rules(&mut s, m, width);
    segs(&mut s, m);
    links(&mut s, m);
    exits(&mut s, m);
    s.push_str("</svg>");
    s
}

/// Clock jumps: a compressed break where everything was blocked or asleep.
fn gaps(s: &mut String, m: &Model, height: usize) {
    for g in &m.gaps {
        let (x0, x1) = (g.x0, g.x1);
        let mid = (x0 + x1) / 2.0;
        let _ = write!(
            s,
            r#"<g class="gap"><title>{} passes: every goroutine is blocked or asleep (not to scale)</title><rect class="gap-band" x="{x0:.1}" y="{}" width="{:.1}" height="{}"/><path class="gap-break" d="M{:.1} {} l4 -8 M{:.1} {} l4 -8"/></g>"#,
            gofmt::duration(g.dt),
            AXIS_H,
            x1 - x0,
            height - AXIS_H,
            mid - 4.0,
            AXIS_H - 1,
            mid,
            AXIS_H - 1
        );
    }
}

/// The axis: the virtual time at the start and after each clock jump.
fn axis(s: &mut String, m: &Model, width: f64, height: usize) {
    let _ = write!(s, r#"<line class="axis" x1="0" y1="{}" x2="{width:.0}" y2="{}"/>"#, AXIS_H - 5, AXIS_H - 5);
    for k in &m.ticks {
        let _ = write!(
            s,
            r#"<line class="tick" x1="{:.1}" y1="{}" x2="{:.1}" y2="{height}"/><text class="tick-l" x="{:.1}" y="12">{}</text>"#,
            k.x,
            AXIS_H - 8,
            k.x,
            k.x + 2.0,
            esc(&k.label)
        );
    }
}

/// The processor rows: which goroutine held each processor when.
fn procs(s: &mut String, m: &Model, names: &HashMap<Gid, String>) {
    for p in 0..m.procs {
        let y = AXIS_H + p as usize * P_H;
        let _ = write!(s, r#"<line class="lane-rule" x1="0" y1="{y}" x2="{:.1}" y2="{y}"/>"#, m.total_w());
    }
    for b in &m.pblocks {
        let (x0, x1) = m.pblock_px(b);
        let y = AXIS_H + b.p as usize * P_H + 2;
        // A goroutine the program never started is the runtime's own (Go's finalizer).
        let who = names.get(&b.g).cloned().unwrap_or_else(|| "the runtime's own goroutine".to_string());
        let _ = write!(
            s,
            r#"<rect class="pblk" data-p="{}" x="{x0:.1}" y="{y}" width="{:.1}" height="{}" fill="{}" aria-label="P{}: {who}"><title>P{}: {who}</title></rect>"#,
            b.p,
            x1 - x0,
            P_H - 4,
            g_colour(b.g),
            b.p,
            b.p
        );
        let id = b.g.to_string();
        if x1 - x0 >= 6.0 * id.len() as f64 + 4.0 {
            let _ = write!(s, r#"<text class="pblk-l" x="{:.1}" y="{}">{id}</text>"#, x0 + 2.0, y + P_H - 7);
        }
    }
}

/// A rule at the top of every lane.
fn lane_rules(s: &mut String, m: &Model, width: f64) {
    for l in 0..m.lanes.len() {
        let y = lane_y(m, l);
        let _ = write!(s, r#"<line class="lane-rule" x1="0" y1="{y}" x2="{width:.0}" y2="{y}"/>"#);
    }
}

/// The segments (`data-i` is the index the panel selects by), a blocked segment's label
/// when it fits, and a running segment's processor in parallel runs.
fn segs(s: &mut String, m: &Model) {
    for (i, g) in m.segs.iter().enumerate() {
        let (x, x1) = m.seg_px(g);
        let sw = x1 - x;
        let y = lane_y(m, g.lane) + 3;
        let _ = write!(
            s,
            r#"<rect class="seg {}" data-i="{i}" x="{x:.1}" y="{y}" width="{sw:.1}" height="{}"><title>{}</title></rect>"#,
            g.st.class(),
            LANE_H - 6,
            esc(&g.label)
        );
        if g.st == tm::St::Blocked && sw >= 60.0 {
            let max = ((sw - 6.0) / 6.0) as usize;
            let text: String = g.label.chars().take(max).collect();
            let _ =
                write!(s, r#"<text class="seg-l" x="{:.1}" y="{}">{}</text>"#, x + 3.0, y + LANE_H - 10, esc(&text));
        }
        if g.st == tm::St::Running && m.procs > 1 && sw >= 15.0 {
            let _ = write!(s, r#"<text class="seg-p" x="{:.1}" y="{}">P{}</text>"#, x + 2.0, y + LANE_H - 10, g.p);
        }
    }
}

/// Wake-ups (a line from the waker's lane to the woken one) and closes (a cross).
fn links(s: &mut String, m: &Model) {
    let w = m.slice_w;
    for k in &m.links {
        let x = m.x_of(k.x) + w / 2.0;
        let y1 = lane_y(m, k.from) + LANE_H / 2;
        match k.to {
            Some(to) => {
                let y2 = lane_y(m, to) + LANE_H / 2;
                let _ = write!(
                    s,
                    r#"<line class="link" x1="{x:.1}" y1="{y1}" x2="{:.1}" y2="{y2}"><title>{}</title></line><circle class="link-end" cx="{:.1}" cy="{y2}" r="3"/>"#,
                    x + w / 2.0,
                    esc(&k.label),
                    x + w / 2.0
                );
            }
            None => {
                let _ = write!(
                    s,
                    r#"<path class="close" d="M{:.1} {} l6 6 m0 -6 l-6 6"><title>{}</title></path>"#,
                    x - 3.0,
                    y1 - 3,
                    esc(&k.label)
                );
            }
        }
    }
}

/// A mark where each goroutine that exited did so.
fn exits(s: &mut String, m: &Model) {
    for (l, lane) in m.lanes.iter().enumerate() {
        if let Some(x) = lane.exit {
            let px = m.end_of(x);
            let y = lane_y(m, l);
            let _ = write!(
                s,
                r#"<line class="exit" x1="{px:.1}" y1="{}" x2="{px:.1}" y2="{}"><title>exited</title></line>"#,
                y + 3,
                y + LANE_H - 3
            );
        }
    }
}
