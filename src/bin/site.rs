//! The course site's entry point: Trunk builds this binary to WebAssembly (see `index.html`).
//! Natively it does nothing, so `cargo build` and `cargo test` stay web-free.

#[cfg(target_arch = "wasm32")]
fn main() {
    chanlab::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the site is a WebAssembly app: build it with `trunk build` (see README.md)");
}
