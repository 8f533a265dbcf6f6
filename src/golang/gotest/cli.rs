//! `chanlab test`'s arguments: `go test`'s flags (`-run RE`, `-v`, `-race`, `-count N`,
//! `-timeout D`,
//! one or two dashes, `=value` or a separate value) plus `--seed S`, `--seeds N`,
//! `--gomaxprocs N`, then `FILE.go...` or one directory.

use super::TestOptions;

/// A parsed `chanlab test` command line.
#[derive(Debug, PartialEq)]
pub struct Args {
    pub opts: TestOptions,
    /// `--seeds N`: try seeds 1..=N (0: just `opts.seed`).
    pub seeds: u64,
    /// Go files, or one directory.
    pub paths: Vec<String>,
}

/// Parse the arguments after `test`; Err is a usage message.
pub fn parse(args: &[String]) -> Result<Args, String> {
    let mut a = Args { opts: TestOptions::default(), seeds: 0, paths: Vec::new() };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if !arg.starts_with('-') || arg == "-" {
            a.paths.push(arg.clone());
            i += 1;
            continue;
        }
        let (flag, inline) = match arg.trim_start_matches('-').split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (arg.trim_start_matches('-').to_string(), None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i).cloned().ok_or_else(|| format!("flag -{flag} needs a value"))
        };
        let number = |s: String, what: &str| {
            s.parse::<u64>().map_err(|_| format!("-{what} takes a non-negative integer, got `{s}`"))
        };
        match flag.as_str() {
            "run" => a.opts.run = Some(value()?),
            "v" => a.opts.verbose = inline.as_deref() != Some("false"),
            "race" => a.opts.race = inline.as_deref() != Some("false"),
            "count" => a.opts.count = number(value()?, "count")?.clamp(1, 1000) as u32,
            "timeout" => a.opts.timeout = Some(value()?),
            "seed" => a.opts.seed = number(value()?, "seed")?,
            "seeds" => a.seeds = number(value()?, "seeds")?.min(10_000),
            "gomaxprocs" => a.opts.gomaxprocs = number(value()?, "gomaxprocs")?.clamp(1, 64) as u32,
            _ => return Err(format!("unknown flag `{arg}`")),
        }
        i += 1;
    }
    if a.paths.is_empty() {
        return Err("missing FILE.go... or DIR".into());
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn go_test_flags_and_seeds() {
        let a = parse(&strings(&["-run", "A/b", "-v", "--race", "-count=3", "--seeds", "20", "x.go", "x_test.go"]))
            .unwrap();
        assert_eq!(a.opts.run.as_deref(), Some("A/b"));
        assert!(a.opts.verbose && a.opts.race);
        assert_eq!((a.opts.count, a.seeds), (3, 20));
        assert_eq!(a.paths, ["x.go", "x_test.go"]);
    }

    #[test]
    fn mistakes_are_usage_errors() {
        assert!(parse(&strings(&["-count", "x", "a.go"])).is_err());
        assert!(parse(&strings(&["-bogus", "a.go"])).is_err());
        assert!(parse(&strings(&["-v"])).is_err());
    }
}
