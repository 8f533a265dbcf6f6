//! Compiler directives (`//go:noinline`...), checked as Go's compiler does while parsing: a
//! directive must start its line and be taken by the declaration that follows it; one left
//! before a statement or elsewhere is a `misplaced compiler directive`. (Checks Go makes
//! after type checking, such as `//go:linkname` needing `unsafe`, are not made here.)

use super::super::ast::Pos;
use super::Parser;

/// Directives read but not yet taken by a declaration.
#[derive(Default)]
pub(super) struct Pragmas {
    /// Each directive's position and flag bits (0 for one the compiler does not know).
    list: Vec<(Pos, u32)>,
    flags: u32,
    embeds: Vec<Pos>,
}

const RUNTIME_ONLY: u32 = SYSTEMSTACK | NOWRITEBARRIER | NOWRITEBARRIERREC | YESWRITEBARRIERREC;
const GO_BUILD: u32 = 1 << 0;
const NOESCAPE: u32 = 1 << 1;
const NORACE: u32 = 1 << 2;
const NOSPLIT: u32 = 1 << 3;
const NOINLINE: u32 = 1 << 4;
const NOCHECKPTR: u32 = 1 << 5;
const SYSTEMSTACK: u32 = 1 << 6;
const NOWRITEBARRIER: u32 = 1 << 7;
const NOWRITEBARRIERREC: u32 = 1 << 8;
const YESWRITEBARRIERREC: u32 = 1 << 9;
const CGO_UNSAFE_ARGS: u32 = 1 << 10;
const UINTPTR_KEEPALIVE: u32 = 1 << 11;
const UINTPTR_ESCAPES: u32 = 1 << 12;
const REGISTER_PARAMS: u32 = 1 << 13;

/// Go's `pragmaFlag`.
fn pragma_flag(verb: &str) -> u32 {
    match verb {
        "go:build" => GO_BUILD,
        "go:noescape" => NOESCAPE,
        "go:norace" => NORACE,
        "go:nosplit" => NOSPLIT | NOCHECKPTR,
        "go:noinline" => NOINLINE,
        "go:nocheckptr" => NOCHECKPTR,
        "go:systemstack" => SYSTEMSTACK,
        "go:nowritebarrier" => NOWRITEBARRIER,
        "go:nowritebarrierrec" => NOWRITEBARRIERREC | NOWRITEBARRIER,
        "go:yeswritebarrierrec" => YESWRITEBARRIERREC,
        "go:cgo_unsafe_args" => CGO_UNSAFE_ARGS | NOCHECKPTR,
        "go:uintptrkeepalive" => UINTPTR_KEEPALIVE,
        "go:uintptrescapes" => UINTPTR_ESCAPES | UINTPTR_KEEPALIVE,
        "go:registerparams" => REGISTER_PARAMS,
        _ => 0,
    }
}

impl Parser<'_> {
    /// A `//go:` comment just read (`pos` at `go:`, `blank` if it began its line).
    pub(super) fn directive(&mut self, pos: Pos, blank: bool, text: &str) {
        if !blank {
            self.report(pos, "misplaced compiler directive".into());
            return;
        }
        if text.starts_with("go:linkname ") || text.starts_with("go:linknamestd ") || text.starts_with("go:wasm") {
            return;
        }
        if text == "go:embed" || text.starts_with("go:embed ") {
            if text[8..].trim().is_empty() {
                self.report(pos, "usage: //go:embed pattern...".into());
            } else {
                self.pragma.embeds.push(pos);
            }
            return;
        }
        if text.starts_with("go:cgo_") && !text.starts_with("go:cgo_import_dynamic ") {
            self.report(pos, format!("//{} only allowed in cgo-generated code", text));
        }
        let verb = text.split(' ').next().unwrap_or(text);
        let flag = pragma_flag(verb);
        if flag & RUNTIME_ONLY != 0 {
            self.report(pos, format!("//{} only allowed in runtime", verb));
        }
        if flag == UINTPTR_KEEPALIVE {
            self.report(pos, format!("//{} is only allowed in the standard library", verb));
        }
        self.pragma.flags |= flag;
        self.pragma.list.push((pos, flag));
    }

    /// A declaration takes the directives before it.
    pub(super) fn take_pragma(&mut self) {
        self.pragma = Pragmas::default();
    }

    /// Directives nothing took are misplaced.
    pub(super) fn clear_pragma(&mut self) {
        let p = std::mem::take(&mut self.pragma);
        for (pos, flag) in p.list {
            if flag & p.flags != 0 {
                self.report(pos, "misplaced compiler directive".into());
            }
        }
        for pos in p.embeds {
            self.report(pos, "misplaced go:embed directive".into());
        }
    }
}
