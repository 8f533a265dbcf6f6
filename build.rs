//! Embeds every file under `lessons/` into the crate, so the site (wasm) and the native tool
//! carry the course without reading the disk. The site leaves out the golden files: only the
//! native tool uses them (lesson checks, conformance, pre-rendered default outputs), and they
//! would be 25 KB of gzipped wasm every learner downloads.

use std::fs;
use std::path::Path;

fn collect(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("read lessons dir").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            collect(&p, base, out);
        } else {
            let rel = p.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
            out.push(rel);
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lessons = root.join("lessons");
    println!("cargo:rerun-if-changed=lessons");
    let mut files = Vec::new();
    collect(&lessons, &lessons, &mut files);
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        files.retain(|f| !f.contains("/golden/"));
    }
    let mut src = String::from("/// Every file under `lessons/`: (path relative to `lessons/`, contents).\npub static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed=lessons/{f}");
        let abs = lessons.join(f);
        src.push_str(&format!("    ({f:?}, include_str!({:?})),\n", abs.to_string_lossy()));
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lessons.rs");
    fs::write(out, src).unwrap();
}
