//! The last two stages of gofmt's output: text/tabwriter's elastic tabstops (configured as
//! gofmt configures it: minimum width 0, tab width 8, padding 1, spaces for padding, tabs
//! for leading empty cells, empty columns discarded) and go/printer's trimmer (no trailing
//! blanks, formfeeds as newlines). Text between two [`ESC`] bytes is taken literally.

/// Brackets text the tabwriter must not interpret (a comment, a raw string).
pub const ESC: u8 = 0xff;

#[derive(Clone, Copy, Default)]
struct Cell {
    size: usize,
    width: usize,
    htab: bool,
}

struct Writer {
    out: Vec<u8>,
    buf: Vec<u8>,
    cell: Cell,
    lines: Vec<Vec<Cell>>,
    widths: Vec<usize>,
}

/// Aligns the printer's raw output and trims it.
pub fn align(raw: &[u8]) -> String {
    let mut w = Writer { out: Vec::new(), buf: Vec::new(), cell: Cell::default(), lines: vec![vec![]], widths: vec![] };
    w.write(raw);
    w.flush();
    trim(&w.out)
}

impl Writer {
    fn write(&mut self, data: &[u8]) {
        let mut esc = false;
        for &ch in data {
            if esc {
                if ch == ESC {
                    esc = false;
                }
                self.add(ch);
                continue;
            }
            match ch {
                b'\t' | b'\x0b' | b'\n' | b'\x0c' => {
                    let n = self.terminate(ch == b'\t');
                    if ch == b'\n' || ch == b'\x0c' {
                        self.lines.push(Vec::new());
                        if ch == b'\x0c' || n == 1 {
                            self.flush_lines(ch == b'\x0c');
                        }
                    }
                }
                ESC => {
                    esc = true;
                    // A literal is kept whole: mark it so the trimmer leaves its blanks alone.
                    self.add(ESC);
                }
                _ => self.add(ch),
            }
        }
    }

    fn add(&mut self, ch: u8) {
        self.buf.push(ch);
        self.cell.size += 1;
        if ch != ESC && (ch & 0xc0) != 0x80 {
            self.cell.width += 1;
        }
    }

    fn terminate(&mut self, htab: bool) -> usize {
        self.cell.htab = htab;
        let line = self.lines.last_mut().expect("a line");
        line.push(self.cell);
        self.cell = Cell::default();
        line.len()
    }

    fn flush(&mut self) {
        if self.cell.size > 0 {
            self.terminate(false);
        }
        self.flush_lines(false);
    }

    fn flush_lines(&mut self, _ff: bool) {
        let n = self.lines.len();
        self.format(0, 0, n);
        self.lines = vec![vec![]];
        self.buf.clear();
        self.widths.clear();
    }

    fn format(&mut self, pos0: usize, line0: usize, line1: usize) -> usize {
        let mut pos = pos0;
        let mut line0 = line0;
        let column = self.widths.len();
        let mut this = line0;
        while this < line1 {
            if column + 1 >= self.lines[this].len() {
                this += 1;
                continue;
            }
            pos = self.write_lines(pos, line0, this);
            line0 = this;
            let mut width = 0;
            let mut discardable = true;
            while this < line1 {
                let line = &self.lines[this];
                if column + 1 >= line.len() {
                    break;
                }
                let c = line[column];
                width = width.max(c.width + 1);
                if c.width > 0 || c.htab {
                    discardable = false;
                }
                this += 1;
            }
            if discardable {
                width = 0;
            }
            self.widths.push(width);
            pos = self.format(pos, line0, this);
            self.widths.pop();
            line0 = this;
        }
        self.write_lines(pos, line0, line1)
    }

    fn write_lines(&mut self, pos0: usize, line0: usize, line1: usize) -> usize {
        let mut pos = pos0;
        for i in line0..line1 {
            let mut use_tabs = true;
            for j in 0..self.lines[i].len() {
                let c = self.lines[i][j];
                if c.size == 0 {
                    if j < self.widths.len() {
                        self.pad(c.width, self.widths[j], use_tabs);
                    }
                } else {
                    use_tabs = false;
                    let text = self.buf[pos..pos + c.size].to_vec();
                    self.out.extend_from_slice(&text);
                    pos += c.size;
                    if j < self.widths.len() {
                        self.pad(c.width, self.widths[j], false);
                    }
                }
            }
            if i + 1 == self.lines.len() {
                let text = self.buf[pos..pos + self.cell.size].to_vec();
                self.out.extend_from_slice(&text);
                pos += self.cell.size;
            } else {
                self.out.push(b'\n');
            }
        }
        pos
    }

    fn pad(&mut self, textw: usize, cellw: usize, use_tabs: bool) {
        if use_tabs {
            let cellw = cellw.div_ceil(8) * 8;
            let n = cellw.saturating_sub(textw);
            for _ in 0..n.div_ceil(8) {
                self.out.push(b'\t');
            }
            return;
        }
        for _ in 0..cellw.saturating_sub(textw) {
            self.out.push(b' ');
        }
    }
}

/// go/printer's trimmer: drops blanks and tabs before a line end (outside literals) and the
/// literal markers.
fn trim(data: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(data.len());
    let mut space: Vec<u8> = Vec::new();
    let mut esc = false;
    for &b in data {
        if esc {
            if b == ESC {
                esc = false;
            } else {
                out.push(b);
            }
            continue;
        }
        match b {
            b'\t' | b' ' => space.push(b),
            b'\n' | b'\x0c' => {
                space.clear();
                out.push(b'\n');
            }
            ESC => {
                out.append(&mut space);
                esc = true;
            }
            _ => {
                out.append(&mut space);
                out.push(b);
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The trimmer alone, for a node's size (go/printer's raw format): vertical tabs count as
/// tabs.
pub fn trim_raw(data: &[u8]) -> String {
    let d: Vec<u8> = data.iter().map(|&b| if b == b'\x0b' { b'\t' } else { b }).collect();
    trim(&d)
}
