#!/usr/bin/env python3
"""Regenerates the tables of docs/rules.md from the rule comments in the headers.

The headers state each rule in a comment on the line that implements it; this script is the only
thing that reads them, so a table row is a link to that line:
- detail/graph/tangent.hpp, detail/graph/adjoint.hpp: `case op::<kind>: ... // <rule>` (the
  forward and the reverse sweep, one rule per node kind), joined by kind;
- functions.hpp, pow.hpp, integer_pow.hpp: a whole-line comment `// f(u)' = ...` or
  `// f(u, v): d/du = ...` (each function's derivative, beside its value);
- simplify.hpp (the tree) and detail/graph/builder.hpp (the graph): `// <pattern> -> <result>` in
  the builder of each operation, joined by the rule's text, so a rule stated in one but not the
  other shows as a row with an empty cell.
A comment continued on the next line (`//   ...`) is part of the rule.

  rules_table.py [SOURCE_DIR]          rewrites the tables between the markers of docs/rules.md
  rules_table.py --check [SOURCE_DIR]  fails if they are not what it would write (a rule with no
                                       row, a row whose line moved, a row for a rule that is gone)
"""
import difflib
import pathlib
import re
import sys

INCLUDE = "include/ctdiff"
CASE = re.compile(r"^\s*(case op::(\w+)|default)\s*:.*?//\s*(.*?)\s*$")
CONTINUATION = re.compile(r"^(?:(?!//).)*//\s{2,}(\S.*?)\s*$")
FUNCTION_RULE = re.compile(r"^\s*//\s*(.*?(\)' =|: d/du =).*?)\s*$")
SIMPLIFY_OPERATION = re.compile(r"constexpr (?:auto|int) (neg|add|sub|mul|div|raise)\(")
SIMPLIFY_RULE = re.compile(r"//\s*(.*?->.*?)\s*$")

KINDS = [  # node kind, what the row is called
    ("variable", "variable x_k"), ("default", "constant"), ("negate", "negation −u"),
    ("plus", "sum u + v"), ("minus", "difference u − v"), ("multiplies", "product u·v"),
    ("divides", "quotient u / v"), ("power", "integer power u^N"),
    ("call", "function call f(u), f(u, v): the chain rule"),
]
OPERATIONS = [("neg", "−u"), ("add", "u + v"), ("sub", "u − v"), ("mul", "u · v"), ("div", "u / v"),
              ("raise", "u^N")]


def link(rel, line):
    return f"[{pathlib.PurePosixPath(rel).name}:{line}](../{rel}#L{line})"


def code(text):
    # A pipe splits a table cell on GitHub even inside a code span, and Python-Markdown shows `\|`
    # in one literally: a rule with a pipe is escaped plain text, which both render alike.
    if "|" not in text:
        return "`" + text + "`"
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)


def lines_of(root, rel):
    return (root / rel).read_text(encoding="utf-8").splitlines()


def with_continuation(lines, i, first):
    text = first
    j = i + 1
    while j < len(lines):
        m = CONTINUATION.match(lines[j])
        if not m or CASE.match(lines[j]) or FUNCTION_RULE.match(lines[j]):
            break
        text += " " + m.group(1)
        j += 1
    return text


def sweep_rules(root, rel):
    """{kind: (rule, line)} from the switch of a sweep."""
    lines, out = lines_of(root, rel), {}
    for i, l in enumerate(lines):
        m = CASE.match(l)
        if m:
            kind = m.group(2) or "default"
            out[kind] = (with_continuation(lines, i, m.group(3)), i + 1)
    return out


def kinds_table(root):
    tangent_rel, adjoint_rel = f"{INCLUDE}/detail/graph/tangent.hpp", f"{INCLUDE}/detail/graph/adjoint.hpp"
    forward, reverse = sweep_rules(root, tangent_rel), sweep_rules(root, adjoint_rel)
    known = {k for k, _ in KINDS}
    unknown = sorted((set(forward) | set(reverse)) - known)
    if unknown:
        sys.exit(f"rules_table.py: node kinds {unknown} have a rule but no name in KINDS: add them")
    rows = ["| node | forward sweep: its derivative | reverse sweep: what it passes to its children |",
            "|---|---|---|"]
    for kind, title in KINDS:
        cells = []
        for rules, rel in ((forward, tangent_rel), (reverse, adjoint_rel)):
            cells.append(f"{code(rules[kind][0])} {link(rel, rules[kind][1])}" if kind in rules else "")
        rows.append(f"| {title} | {cells[0]} | {cells[1]} |")
    return rows


def functions_table(root):
    rows = ["| function | derivative | where |", "|---|---|---|"]
    for rel in (f"{INCLUDE}/functions.hpp", f"{INCLUDE}/integer_pow.hpp", f"{INCLUDE}/pow.hpp"):
        lines = lines_of(root, rel)
        for i, l in enumerate(lines):
            m = FUNCTION_RULE.match(l)
            if not m:
                continue
            rule = with_continuation(lines, i, m.group(1))
            name = re.match(r"\(?(\w+)", rule).group(1)
            if rule.startswith("(u^N)"):
                name = "pow<N>"
            elif rule.startswith("(u^v)"):
                name = "pow(u, v)"
            rows.append(f"| `{name}` | {code(rule)} | {link(rel, i + 1)} |")
    return rows


def simplification_rules(root, rel):
    """[(operation, rule, line)] in source order."""
    lines, out, operation = lines_of(root, rel), [], None
    for i, l in enumerate(lines):
        m = SIMPLIFY_OPERATION.search(l)
        if m and not l.rstrip().endswith(";"):
            operation = m.group(1)
            continue
        m = SIMPLIFY_RULE.search(l)
        if operation and m and "//" in l and l.split("//")[0].strip():
            out.append((operation, with_continuation(lines, i, m.group(1)), i + 1))
    return out


def simplification_table(root):
    tree_rel, graph_rel = f"{INCLUDE}/simplify.hpp", f"{INCLUDE}/detail/graph/builder.hpp"
    tree, graph = simplification_rules(root, tree_rel), simplification_rules(root, graph_rel)
    rows = ["| builds | rule, tried in this order | tree (`simplify.hpp`) | graph (`builder.hpp`) |",
            "|---|---|---|---|"]
    for operation, title in OPERATIONS:
        t = [(r, n) for o, r, n in tree if o == operation]
        g = {r: n for o, r, n in graph if o == operation}
        order = [r for r, _ in t] + [r for r in g if r not in dict(t)]
        td = dict(t)
        for rule in order:
            rows.append(f"| {title} | {code(rule)} | {link(tree_rel, td[rule]) if rule in td else ''} | "
                        f"{link(graph_rel, g[rule]) if rule in g else ''} |")
    return rows


TABLES = {"kinds": kinds_table, "functions": functions_table, "simplification": simplification_table}
BEGIN = re.compile(r"^<!-- rules_table.py: begin (\w+) -->$")
END = "<!-- rules_table.py: end -->"


def regenerate(root, text):
    out, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        out.append(lines[i])
        m = BEGIN.match(lines[i])
        i += 1
        if not m:
            continue
        if m.group(1) not in TABLES:
            sys.exit(f"rules_table.py: unknown table {m.group(1)!r}")
        while i < len(lines) and lines[i] != END:
            i += 1
        if i == len(lines):
            sys.exit(f"rules_table.py: table {m.group(1)!r} has no end marker")
        out.extend(TABLES[m.group(1)](root))
    return "\n".join(out) + "\n"


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    root = pathlib.Path(args[0] if args else pathlib.Path(__file__).resolve().parent.parent)
    page = root / "docs/rules.md"
    text = page.read_text(encoding="utf-8")
    new = regenerate(root, text)
    if not check:
        if new != text:
            page.write_text(new, encoding="utf-8")
        return 0
    if new != text:
        diff = difflib.unified_diff(text.splitlines(), new.splitlines(), "docs/rules.md", "regenerated", lineterm="")
        print("docs/rules.md is not current with the rules in the headers; run tools/rules_table.py:")
        print("\n".join(diff))
        return 1
    print("docs/rules.md lists every rule at its line")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
