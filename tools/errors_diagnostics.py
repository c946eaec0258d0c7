#!/usr/bin/env python3
"""Refreshes the diagnostics quoted in docs/errors.md by compiling its compile-fail blocks.

Each ```text block right after a line `<!-- diagnostic: COMPILER -->` is replaced by the first lines
of what COMPILER (g++, clang++-16, ...) prints for the nearest compile-fail block above it:
"In file included from" lines and source excerpts dropped, everything up to the first error and the
two lines after it (or g++'s chain of constexpr calls) kept, long lines cut, and the repository's directory left out of paths. Run it
from anywhere after changing a message; the ctest (tools/docs_snippets.py) checks the regexes, this
only keeps the quotes true.

  errors_diagnostics.py [SOURCE_DIR]
"""
import os
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import docs_snippets  # noqa: E402

DIAGNOSTIC = re.compile(r"^<!--\s*diagnostic:\s*(\S+)\s*-->$")
WIDTH = 160
DIAGNOSTIC_LINE = re.compile(r"^\S+:(\d+:)*( In |\s+required |\s+in .constexpr. expansion |\s*(error|note|warning):)")
EXPANSION = re.compile(r"^\S+:\s+in .constexpr. expansion ")


def first_lines(output, root):
    kept = []
    for line in output.splitlines():
        if line.startswith("In file included from") or re.match(r"^\s+from ", line):
            continue
        if not DIAGNOSTIC_LINE.search(line):
            continue  # a source excerpt or a caret line
        line = line.replace(str(root) + "/", "")
        if len(line) > WIDTH:
            line = line[:WIDTH] + " [...]"
        kept.append(line)
    for i, line in enumerate(kept):
        if "error:" in line:
            # two more lines, or g++'s whole chain of constexpr calls, which names a failed check
            end = i + 1
            while end < len(kept) and EXPANSION.match(kept[end]):
                end += 1
            return kept[:max(end + 1, i + 3)]
    return kept[:6]


def compile_fail_sources(root, page):
    """The compile-fail TUs of the page, by the line of their cpp block, #line naming the page."""
    rel = page.relative_to(root)
    out = {}
    for name, kind, code, _ in docs_snippets.programs_of(pathlib.Path("."), rel):
        if kind == "compile_fail":
            line = int(re.match(r"#line (\d+)", code).group(1)) - 1
            out[line] = code
    return out


def diagnose(compiler, code, root):
    with tempfile.TemporaryDirectory() as tmp:
        source = pathlib.Path(tmp) / "snippet.cpp"
        source.write_text(code, encoding="utf-8")
        run = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", "-fno-diagnostics-color",
                              "-I", "include", str(source)], cwd=root, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    if run.returncode == 0:
        sys.exit(f"{compiler} compiles a compile-fail block:\n{code}")
    return first_lines(run.stdout, root)


def main(argv):
    root = pathlib.Path(argv[0] if argv else pathlib.Path(__file__).resolve().parent.parent).resolve()
    page = root / "docs/errors.md"
    sources = compile_fail_sources(root, page)
    lines = page.read_text(encoding="utf-8").splitlines()
    out, i, current = [], 0, None
    while i < len(lines):
        line = lines[i]
        out.append(line)
        if re.match(r"^```cpp", line) and (i + 1) in sources:
            current = sources[i + 1]
        m = DIAGNOSTIC.match(line)
        i += 1
        if not m:
            continue
        if current is None:
            sys.exit(f"docs/errors.md:{i}: a diagnostic marker before any compile-fail block")
        if i >= len(lines) or not lines[i].startswith("```text"):
            sys.exit(f"docs/errors.md:{i}: a diagnostic marker must be followed by a ```text block")
        j = i + 1
        while lines[j] != "```":
            j += 1
        out.append("```text")
        out.extend(diagnose(m.group(1), current, root))
        out.append("```")
        i = j + 1
    page.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
