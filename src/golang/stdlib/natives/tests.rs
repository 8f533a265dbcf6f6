//! Every body-less function in the Go sources has a native registered under the name the VM
//! looks up (`pkg.F`, `(*pkg.T).M`, `pkg.T.M`; `pkg` the import path's last element).

use crate::golang::stdlib::{package_files, PACKAGES};
use crate::golang::vm::native::Registry;

/// Body-less functions the VM implements itself.
const VM_PROVIDED: &[&str] = &["runtime.Goexit"];

/// The qualified names of the body-less functions in one Go file of package `pkg`.
fn bodiless(pkg: &str, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in src.lines() {
        let Some(rest) = line.strip_prefix("func ") else { continue };
        if line.trim_end().ends_with('{') || line.contains("{ ") || line.contains('}') {
            continue;
        }
        let (recv, rest) = match rest.strip_prefix('(') {
            Some(r) => {
                let close = r.find(')').unwrap();
                let ty = r[..close].split_whitespace().last().unwrap().to_string();
                (Some(ty), &r[close + 1..])
            }
            None => (None, rest),
        };
        let name: String = rest.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        out.push(match recv {
            Some(t) if t.starts_with('*') => format!("(*{pkg}.{}).{name}", &t[1..]),
            Some(t) => format!("{pkg}.{t}.{name}"),
            None => format!("{pkg}.{name}"),
        });
    }
    out
}

#[test]
fn every_bodiless_function_has_a_native() {
    let mut reg = Registry::default();
    super::register(&mut reg);
    let mut missing = Vec::new();
    for path in PACKAGES {
        let pkg = path.rsplit('/').next().unwrap();
        for (_, src) in package_files(path).unwrap() {
            for name in bodiless(pkg, src) {
                if reg.get(&name).is_none() && !VM_PROVIDED.contains(&name.as_str()) {
                    missing.push(name);
                }
            }
        }
    }
    assert!(missing.is_empty(), "no native for: {missing:?}");
}

#[test]
fn package_files_lists_every_package() {
    assert!(PACKAGES.contains(&"fmt") && PACKAGES.contains(&"golang.org/x/sync/errgroup"));
    assert!(PACKAGES.windows(2).all(|w| w[0] < w[1]), "PACKAGES is sorted (package_files searches it)");
    for path in PACKAGES {
        let files = package_files(path).unwrap();
        assert!(files.iter().all(|(name, src)| name.ends_with(".go") && src.contains("package ")));
    }
    assert!(package_files("net/http").is_none());
}
