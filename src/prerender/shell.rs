//! A pre-rendered page around the shell Trunk built: asset paths made relative to the page's
//! folder, its own title, description and canonical address, and the content in
//! `<div id="prerendered" data-route=… data-root=…>` at the top of `<body>`.

use super::Page;

/// HTML-escape text (also safe inside attribute values).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's HTML: `shell` (Trunk's `index.html`, whose asset paths start with `./`) with
/// the page's title, description and content.
pub fn fill(shell: &str, p: &Page, site_url: Option<&str>) -> Result<String, String> {
    let root = p.root();
    let mut html = if p.depth() == 0 { shell.to_string() } else { rebase(shell, &root) };
    html = replace_between(&html, "<title>", "</title>", &escape(&p.title))?;
    html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape(&p.description))?;
    let head = format!(
        "<link rel=\"manifest\" href=\"{root}manifest.webmanifest\" />\n    <link rel=\"apple-touch-icon\" href=\"{root}icon.svg\" />\n    <meta name=\"theme-color\" content=\"#00add8\" />\n  </head>"
    );
    html = html.replacen("</head>", &head, 1).replacen(
        "<link rel=\"icon\" href=\"data:,\" />",
        &format!("<link rel=\"icon\" href=\"{root}icon.svg\" type=\"image/svg+xml\" />"),
        1,
    );
    if let Some(url) = site_url {
        let link = format!("<link rel=\"canonical\" href=\"{}\" />\n  </head>", escape(&super::address(url, p)));
        html = html.replacen("</head>", &link, 1);
    }
    let body = format!(
        "<body>\n<div id=\"prerendered\" data-route=\"{}\" data-root=\"{}\">\n{}\n</div>",
        escape(&p.route),
        escape(&root),
        p.body
    );
    if !html.contains("<body>") {
        return Err("the shell has no <body> tag".into());
    }
    Ok(html.replacen("<body>", &body, 1))
}

/// Point `./asset` references one or more folders up.
fn rebase(shell: &str, root: &str) -> String {
    shell.replace("\"./", &format!("\"{root}")).replace("'./", &format!("'{root}"))
}

fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("the shell has no `{open}`"))? + open.len();
    let len = html[start..].find(close).ok_or_else(|| format!("the shell does not close `{open}`"))?;
    Ok(format!("{}{with}{}", &html[..start], &html[start + len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<html><head><title>T</title>\n<meta name=\"description\" content=\"D\" />\n\
        <script type=\"module\" src=\"./site.js\"></script><link href='./main.css'></head>\n\
        <body>\n<noscript>x</noscript></body></html>";

    fn page(path: &str) -> Page {
        Page {
            path: path.into(),
            route: "x/".into(),
            title: "A <b>".into(),
            description: "d\"".into(),
            body: "<p>hi</p>".into(),
        }
    }

    #[test]
    fn nested_pages_reach_assets_from_their_folder() {
        let h = fill(SHELL, &page("lesson/select/index.html"), None).unwrap();
        assert!(h.contains("src=\"../../site.js\"") && h.contains("href='../../main.css'"), "{h}");
        assert!(h.contains("<title>A &lt;b&gt;</title>") && h.contains("content=\"d&quot;\""), "{h}");
        assert!(h.contains("data-root=\"../../\"") && h.contains("<p>hi</p>"), "{h}");
    }

    #[test]
    fn the_home_page_keeps_its_paths_and_gets_a_canonical_address() {
        let h = fill(SHELL, &page("index.html"), Some("https://example.org/go")).unwrap();
        assert!(h.contains("src=\"./site.js\""), "{h}");
        assert!(h.contains("<link rel=\"canonical\" href=\"https://example.org/go/\" />"), "{h}");
    }

    #[test]
    fn a_shell_without_body_is_an_error() {
        assert!(fill("<title></title><meta name=\"description\" content=\"\">", &page("index.html"), None).is_err());
    }
}
