//! Dependencies in `core/src` point one way: no module imports, through
//! `crate::`, `super::` or `self::` paths, a module that imports it back,
//! directly or around a longer circle. (A parent declaring its children with
//! `mod` is containment, not an import.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of `core/src` by path (`checks::copy`), with its source.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(root).unwrap().with_extension("");
                let mut parts: Vec<String> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                    parts.pop();
                }
                out.insert(parts.join("::"), std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// The source without comments, so a path in a doc comment is no import.
fn code(source: &str) -> String {
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths a module names from `crate`, `super` or `self`, with each item
/// of a `{...}` group as its own path.
fn paths(source: &str) -> Vec<String> {
    let source = code(source);
    let mut out = Vec::new();
    for start in ["crate", "super", "self"] {
        let mut rest = source.as_str();
        while let Some(at) = rest.find(start) {
            let before = rest[..at].chars().last();
            let tail = &rest[at..];
            rest = &rest[at + start.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = tail
                .chars()
                .take_while(|&c| c.is_alphanumeric() || c == '_' || c == ':')
                .collect();
            let path = path.trim_end_matches(':').to_string();
            let after = &tail[path.len()..];
            if let Some(group) = after.strip_prefix("::{") {
                let inside = &group[..group.find(';').unwrap_or(group.len())];
                for item in inside.split(',') {
                    let item: String = item
                        .trim()
                        .trim_start_matches('{')
                        .chars()
                        .take_while(|&c| c.is_alphanumeric() || c == '_' || c == ':')
                        .collect();
                    if !item.is_empty() {
                        out.push(format!("{path}::{item}"));
                    }
                }
            }
            out.push(path);
        }
    }
    out
}

/// The module a path lands in: the longest module prefix it names.
fn target(from: &str, path: &str, modules: &BTreeMap<String, String>) -> Option<String> {
    let mut segments: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = if from.is_empty() {
        Vec::new()
    } else {
        from.split("::").collect()
    };
    match segments.first() {
        Some(&"crate") => base.clear(),
        Some(&"super") => {
            while segments.first() == Some(&"super") {
                base.pop();
                segments.remove(0);
            }
            segments.insert(0, "super");
        }
        Some(&"self") => {}
        _ => return None,
    }
    segments.remove(0);
    (0..=segments.len())
        .rev()
        .map(|n| {
            let mut parts = base.clone();
            parts.extend(&segments[..n]);
            parts.join("::")
        })
        .find(|candidate| modules.contains_key(candidate))
}

#[test]
fn no_module_of_core_src_imports_one_that_imports_it_back() {
    let modules = modules();
    let mut edges: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (module, source) in &modules {
        for path in paths(source) {
            // The crate root and a module's own children are containment.
            let Some(to) = target(module, &path, &modules) else {
                continue;
            };
            let child = module.is_empty() || to.starts_with(&format!("{module}::"));
            if to != *module && !to.is_empty() && !child {
                edges.entry(module).or_default().insert(to);
            }
        }
    }
    // A circle is a module that reaches itself.
    for start in modules.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        while let Some((at, trail)) = stack.pop() {
            for next in edges.get(at.as_str()).into_iter().flatten() {
                let trail = [trail.clone(), vec![next.clone()]].concat();
                assert!(next != start, "import circle: {}", trail.join(" -> "));
                if seen.insert(next.clone()) {
                    stack.push((next.clone(), trail));
                }
            }
        }
    }
    assert!(
        edges.len() > 20,
        "the graph was read: {} modules import others",
        edges.len()
    );
}
