#!/usr/bin/env python3
"""Fails when a file in src/ imports a module on a higher layer, or when files (or top-level
modules) import each other in a loop. The layers are ARCHITECTURE.md's; a module imports only
from layers below it, and same-layer imports go one way.

Edges are `use crate::...` / `use super::...` trees, inline `crate::` / `super::` paths, and
`mod child;` declarations (a parent that re-exports for its children is a loop too). Each path
resolves to the deepest file it names: `crate::routes::form::CsrfForm` -> src/routes/form.rs,
`crate::routes::CsrfForm` -> src/routes/mod.rs.

Run: python3 scripts/check_layers.py [src-dir]. Exit 1 and a list of findings when broken.
"""
import os
import re
import sys
from collections import defaultdict

# Lowest first. A top-level module (a file or folder under src/) sits on exactly one layer.
LAYERS = [
    ["i18n", "domain", "audit"],
    ["config"],
    ["redis_pool", "cognito", "limits", "telemetry", "client_address"],
    ["views"],
    ["error"],
    ["security", "session"],
    ["state"],
    ["auth", "people", "bulk_invite"],
    ["routes"],
    ["startup", "cli"],
]
LAYER_OF = {m: i for i, layer in enumerate(LAYERS) for m in layer}
# The crate root declares every module and is imported by none.
ROOTS = {"lib.rs", "main.rs"}

TOKEN = re.compile(
    r"""(?P<ws>\s+)
      | (?P<lcomment>//[^\n]*)
      | (?P<bcomment>/\*)
      | (?P<rawstr>b?r(?P<hashes>\#*)")
      | (?P<str>b?"(?:\\.|[^"\\])*")
      | (?P<char>b?'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^'\\\n])')
      | (?P<lifetime>'[A-Za-z_][A-Za-z0-9_]*)
      | (?P<ident>r\#[A-Za-z_][A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_]*)
      | (?P<path>::)
      | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def tokens(text):
    """(kind, value, line) for identifiers, `::` and punctuation; comments and literals dropped."""
    pos, line, out = 0, 1, []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        kind = m.lastgroup
        if kind == "bcomment":
            depth, i = 1, m.end()
            while depth and i < len(text):
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            end = i
        elif kind == "rawstr":
            close = '"' + m.group("hashes")
            end = text.find(close, m.end())
            end = len(text) if end < 0 else end + len(close)
        else:
            end = m.end()
        if kind in ("ident", "path", "punct"):
            out.append((kind, m.group(kind), line))
        line += text.count("\n", pos, end)
        pos = end
    return out


def parse_use_tree(toks, i, prefix, line, out):
    """Expands a use tree starting at toks[i] into full paths; returns the index after it."""
    path = list(prefix)
    while i < len(toks):
        kind, val, _ = toks[i]
        if val == "{":
            i += 1
            while toks[i][1] != "}":
                i = parse_use_tree(toks, i, path, line, out)
                if toks[i][1] == ",":
                    i += 1
            i += 1
            return i
        if kind == "ident" and val == "as":
            i += 2
            continue
        if kind == "ident":
            path.append(val)
        elif val == "*":
            pass
        elif val == "::":
            pass
        else:
            break
        i += 1
    if path:
        out.append((path, line))
    return i


class Module:
    def __init__(self, src):
        self.src = src

    def file_of(self, rel):
        return os.path.join(self.src, rel)

    def module_path(self, rel):
        """src-relative file -> module path components (lib.rs -> [])."""
        parts = rel[:-3].split("/")
        if parts[-1] == "mod" or rel in ROOTS:
            parts = parts[:-1]
        return [] if rel in ROOTS else parts

    def resolve(self, comps):
        """Module path components (after `crate`) -> the deepest file they name."""
        found, cur = None, []
        for c in comps:
            cur = cur + [c]
            base = os.path.join(*cur)
            if os.path.isfile(self.file_of(base + ".rs")):
                found = base + ".rs"
            elif os.path.isfile(self.file_of(os.path.join(base, "mod.rs"))):
                found = os.path.join(base, "mod.rs")
            else:
                break
        return found


def absolute(path, modpath):
    """A path as written (crate::a, super::b, self::c) in module `modpath` -> components after crate."""
    head, rest = path[0], path[1:]
    if head == "crate":
        return rest
    if head in ("super", "self"):
        base = list(modpath)
        while path and path[0] in ("super", "self"):
            if path[0] == "super":
                base = base[:-1]
            path = path[1:]
        return base + path
    return None


def edges_of(tree, rel, text):
    """(target file, line, how) for every import of file `rel`."""
    toks = tokens(text)
    file_mod = tree.module_path(rel)
    found = []
    stack = []  # (inline module name, brace depth it opened at)
    depth = 0
    i = 0
    while i < len(toks):
        kind, val, line = toks[i]
        modpath = file_mod + [name for name, _ in stack]
        if val == "{":
            depth += 1
        elif val == "}":
            depth -= 1
            if stack and stack[-1][1] == depth:
                stack.pop()
        elif kind == "ident" and val == "mod" and i + 2 < len(toks) and toks[i + 1][0] == "ident":
            name, after = toks[i + 1][1], toks[i + 2][1]
            if after == "{":
                stack.append((name, depth))
                depth += 1
                i += 3
                continue
            if after == ";" and not stack:
                target = tree.resolve(file_mod + [name])
                if target:
                    found.append((target, line, "mod " + name))
        elif kind == "ident" and val == "use":
            paths = []
            i = parse_use_tree(toks, i + 1, [], line, paths)
            for p, ln in paths:
                comps = absolute(p, modpath)
                if comps is not None:
                    target = tree.resolve(comps)
                    if target:
                        shown = p[:-1] if p[-1] == "self" else p
                        found.append((target, ln, "use " + "::".join(shown)))
            continue
        elif kind == "ident" and val in ("crate", "super") and i + 1 < len(toks) and toks[i + 1][1] == "::":
            prev = toks[i - 1][1] if i else ""
            if prev != "::" and prev != "pub" and prev != "(":
                p, j = [val], i + 1
                while j + 1 < len(toks) and toks[j][1] == "::" and toks[j + 1][0] == "ident":
                    p.append(toks[j + 1][1])
                    j += 2
                comps = absolute(p, modpath)
                target = tree.resolve(comps) if comps is not None else None
                if target:
                    found.append((target, line, "::".join(p)))
                i = j
                continue
        i += 1
    return [(t, ln, how) for t, ln, how in found if t != rel]


def top(rel):
    return rel.split("/")[0].removesuffix(".rs")


def strongly_connected(nodes, graph):
    """Tarjan's algorithm: the components with more than one node."""
    index, low, on, stack, out, counter = {}, {}, set(), [], [], [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def check(src):
    tree = Module(src)
    files = []
    for dirpath, _, names in os.walk(src):
        for n in names:
            if n.endswith(".rs"):
                files.append(os.path.relpath(os.path.join(dirpath, n), src))
    problems = []
    file_graph = defaultdict(set)
    module_graph = defaultdict(set)
    where = {}
    for rel in sorted(files):
        with open(tree.file_of(rel), encoding="utf-8") as f:
            text = f.read()
        mine = top(rel)
        for target, line, how in edges_of(tree, rel, text):
            theirs = top(target)
            file_graph[rel].add(target)
            where.setdefault((rel, target), (line, how))
            if rel in ROOTS:
                continue
            if mine not in LAYER_OF:
                problems.append(f"src/{rel}: module `{mine}` has no layer in scripts/check_layers.py")
                break
            if theirs not in LAYER_OF:
                problems.append(f"src/{target}: module `{theirs}` has no layer in scripts/check_layers.py")
                continue
            if theirs != mine:
                module_graph[mine].add(theirs)
                where.setdefault((mine, theirs), (rel, line, how))
                if LAYER_OF[theirs] > LAYER_OF[mine]:
                    problems.append(
                        f"src/{rel}:{line}: `{how}` imports src/{target}: `{theirs}` (layer "
                        f"{LAYER_OF[theirs] + 1}) sits above `{mine}` (layer {LAYER_OF[mine] + 1})"
                    )
    for comp in strongly_connected(module_graph.keys(), module_graph):
        inside = set(comp)
        lines = []
        for a in comp:
            for b in sorted(module_graph[a] & inside):
                rel, line, how = where[(a, b)]
                lines.append(f"    `{a}` -> `{b}`: src/{rel}:{line} `{how}`")
        problems.append("modules import each other: " + ", ".join(comp) + "\n" + "\n".join(lines))
    for comp in strongly_connected(file_graph.keys(), file_graph):
        inside = set(comp)
        lines = []
        for a in comp:
            for b in sorted(file_graph[a] & inside):
                line, how = where[(a, b)]
                lines.append(f"    src/{a}:{line} `{how}` -> src/{b}")
        problems.append(f"{len(comp)} files import each other in a loop:\n" + "\n".join(lines))
    return problems


def self_test():
    """The check finds what it is for, on a small tree made for it."""
    import tempfile

    def tree(files):
        root = tempfile.mkdtemp()
        for rel, text in files.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        return root

    clean = {
        "lib.rs": "pub mod domain;\npub mod views;\n",
        "domain/mod.rs": "mod name;\npub use name::Name;\n",
        "domain/name.rs": "pub struct Name; // crate::views::Page in a comment\nconst S: &str = \"crate::views\";\n",
        "views/mod.rs": "use crate::domain::Name;\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n",
    }
    assert check(tree(clean)) == [], check(tree(clean))
    upward = dict(clean, **{"domain/name.rs": "use crate::views::Page;\npub struct Name;\n"})
    found = check(tree(upward))
    assert any("src/domain/name.rs:1" in p and "sits above" in p for p in found), found
    inline = dict(clean, **{"domain/name.rs": "pub struct Name;\nfn f() { crate::views::page(); }\n"})
    assert any("src/domain/name.rs:2" in p for p in check(tree(inline))), check(tree(inline))
    parent = dict(clean, **{"domain/name.rs": "use super::Other;\npub struct Name;\n"})
    found = check(tree(parent))
    assert any("import each other in a loop" in p and "src/domain/name.rs:1" in p for p in found), found
    nested = dict(clean, **{"domain/name.rs": "pub struct Name;\nmod inner {\n    use super::super::Name;\n}\n"})
    assert any("loop" in p for p in check(tree(nested))), check(tree(nested))
    grouped = dict(clean, **{"domain/name.rs": "use crate::{views::{self, Page}};\n"})
    assert any("sits above" in p for p in check(tree(grouped))), check(tree(grouped))
    print("check_layers self-test: passed")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
    problems = check(os.path.normpath(src))
    if problems:
        print("Layering broken (see ARCHITECTURE.md, 'Layers'):", file=sys.stderr)
        for p in problems:
            print("- " + p, file=sys.stderr)
        sys.exit(1)
    print("layers: no upward import, no import loop")


if __name__ == "__main__":
    main()
