#!/usr/bin/env python3
"""The code blocks of README.md and docs/*.md as translation units, for CTest.

The convention (docs/index.md states it for writers):
1. Every ```cpp block is compiled. A block that begins with `#include` starts a new translation
   unit; a block that does not is appended to the previous cpp block's TU on the same page.
2. A TU that contains `int main` is linked and run and must exit 0. A ```text block that follows a
   cpp block with only blank lines between must equal the stdout of the program made of the TU up
   to and including that cpp block.
3. `<!-- compile-fail: REGEX -->` right before a ```cpp block makes that block a standalone TU that
   must not compile, and whose diagnostic must match REGEX (a Python regex, searched).
4. `<!-- no-compile -->` right before a ```cpp block skips it. Other fences are not compiled.
Compile-fail and no-compile blocks are not part of any unit: a block after one appends to the unit
before it, and a text block after one is not compared (errors.md quotes diagnostics that way).
Programs are named <page>_<n>, n the unit's position on the page counting compile-fail units;
a text block after an earlier block of a unit makes a program of that prefix, <page>_<n>_<k>.

  docs_snippets.py generate SOURCE_DIR OUTPUT_DIR
      writes OUTPUT_DIR/<page>_<n>.cpp (n: the TU's position on its page, from 1), the expected
      outputs, and OUTPUT_DIR/snippets.cmake, which calls
      ctdiff_docs_snippet(<name> <source> <kind> <expected or regex file>) once per program, and
      ctdiff_docs_convention_error(<page> <message>) for a page that breaks the convention (a
      failing test, so that a docs mistake never stops the build).
      Files whose content is unchanged are not rewritten, so a re-configure rebuilds only what
      changed.
  docs_snippets.py expect-compile-error REGEX_FILE COMMAND
      runs COMMAND, a compilation as one ';'-separated list (cmake/ctdiff-compile-fail.cmake);
      passes only if it fails with a diagnostic matching the regex.
"""
import pathlib
import re
import subprocess
import sys

FENCE = re.compile(r"^(\s*)```\s*([A-Za-z0-9_+-]*)")
COMPILE_FAIL = re.compile(r"^\s*<!--\s*compile-fail:\s*(.*?)\s*-->\s*$")
NO_COMPILE = re.compile(r"^\s*<!--\s*no-compile\s*-->\s*$")
MAIN = re.compile(r"\bint\s+main\s*\(")


class Block:
    def __init__(self, lang, line, text, marker):
        self.lang, self.line, self.text, self.marker = lang, line, text, marker


def blocks_of(path):
    """Fenced blocks of a Markdown file, each with the HTML comment right before it (if any)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, lang, start = m.group(1), m.group(2), i
        body = []
        i += 1
        while i < len(lines) and not re.match(r"^\s*```\s*$", lines[i]):
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
            i += 1
        if i == len(lines):
            raise SystemExit(f"{path}:{start + 1}: unterminated code fence")
        marker = None
        if start > 0 and (COMPILE_FAIL.match(lines[start - 1]) or NO_COMPILE.match(lines[start - 1])):
            marker = lines[start - 1]
        # blank lines only between this fence and the previous one's closing line?
        b = Block(lang, start + 1, "\n".join(body) + "\n", marker)
        b.adjacent = bool(out) and all(not l.strip() for l in lines[out[-1].end:start])
        b.end = i + 1
        out.append(b)
        i += 1
    return out


def page_name(source_dir, path):
    """README.md is readme, docs/<page>.md is <page> (docs/README.md, if any, docs_readme)."""
    rel = path.relative_to(source_dir)
    if rel.parent.name == "docs" and rel.stem.lower() != "readme":
        rel = pathlib.Path(rel.name)
    return re.sub(r"[^A-Za-z0-9]+", "_", str(rel.with_suffix(""))).strip("_").lower()


def programs_of(source_dir, path):
    """(name, kind, source, payload): kind is run, compare, compile or compile_fail."""
    page = page_name(source_dir, path)
    blocks = blocks_of(path)
    tus = []          # [list of (block, index in blocks)]
    fails = []        # (tu position, block)
    current = None
    position = 0
    items = []        # ordered TUs as ("tu", blocks) or ("fail", block, regex)
    for index, b in enumerate(blocks):
        if b.lang == "cpp":
            if b.marker and NO_COMPILE.match(b.marker):
                continue
            if b.marker and COMPILE_FAIL.match(b.marker):
                regex = COMPILE_FAIL.match(b.marker).group(1)
                try:
                    re.compile(regex)
                except re.error as e:
                    raise SystemExit(f"{path}:{b.line}: bad compile-fail regex /{regex}/: {e}")
                items.append(("fail", b, regex))
                continue
            if b.text.lstrip().startswith("#include") or current is None:
                if current is None and not b.text.lstrip().startswith("#include"):
                    raise SystemExit(f"{path}:{b.line}: the page's first cpp block must begin with #include")
                current = {"blocks": [], "checks": []}
                items.append(("tu", current))
            current["blocks"].append(b)
            b.tu = current
        elif b.lang == "text" and b.adjacent and blocks[index - 1].lang == "cpp":
            prev = blocks[index - 1]
            if getattr(prev, "tu", None) is not None and not prev.marker:
                prev.tu["checks"].append((len(prev.tu["blocks"]), b))

    def source(blocks_):
        parts = [f'#line {b.line + 1} "{path}"\n{b.text}' for b in blocks_]
        return "".join(parts)

    out = []
    for position, item in enumerate(items, 1):
        name = f"{page}_{position}"
        if item[0] == "fail":
            out.append((name, "compile_fail", source([item[1]]), item[2]))
            continue
        tu = item[1]
        full = len(tu["blocks"])
        compared_full = None
        for upto, text_block in tu["checks"]:
            prefix = tu["blocks"][:upto]
            code = source(prefix)
            if not MAIN.search("".join(b.text for b in prefix)):
                raise SystemExit(f"{path}:{text_block.line}: this text block follows a cpp block, so it is "
                                 f"the program's output, but the program up to there has no int main")
            if upto == full:
                compared_full = text_block.text
            else:
                out.append((f"{name}_{upto}", "compare", code, text_block.text))
        code = source(tu["blocks"])
        if compared_full is not None:
            out.append((name, "compare", code, compared_full))
        elif MAIN.search("".join(b.text for b in tu["blocks"])):
            out.append((name, "run", code, None))
        else:
            out.append((name, "compile", code, None))
    return out


def write_if_changed(path, text):
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def cmake_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


def generate(source_dir, output_dir):
    source_dir, output_dir = pathlib.Path(source_dir).resolve(), pathlib.Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    pages = [source_dir / "README.md"] + sorted((source_dir / "docs").glob("*.md"))
    manifest = ["# generated by tools/docs_snippets.py from README.md and docs/*.md: do not edit\n"]
    written = {"snippets.cmake"}
    for page in pages:
        try:
            programs = programs_of(source_dir, page)
        except SystemExit as e:  # the page breaks the convention: a failing test says how
            manifest.append(f"ctdiff_docs_convention_error({page_name(source_dir, page)} {cmake_quote(str(e))})\n")
            continue
        for name, kind, code, payload in programs:
            cpp = output_dir / f"{name}.cpp"
            write_if_changed(cpp, code)
            written.add(cpp.name)
            extra = ""
            if kind == "compare":
                expected = output_dir / f"{name}.expected"
                write_if_changed(expected, payload)
                written.add(expected.name)
                extra = cmake_quote(str(expected))
            elif kind == "compile_fail":
                regex = output_dir / f"{name}.regex"
                write_if_changed(regex, payload + "\n")
                written.add(regex.name)
                extra = cmake_quote(str(regex))
            manifest.append(f"ctdiff_docs_snippet({name} {cmake_quote(str(cpp))} {kind} {extra})\n")
    for stale in output_dir.iterdir():
        if stale.is_file() and stale.name not in written:
            stale.unlink()
    write_if_changed(output_dir / "snippets.cmake", "".join(manifest))


def expect_compile_error(regex_file, command):
    regex = pathlib.Path(regex_file).read_text(encoding="utf-8").rstrip("\n")
    arguments = command.split(";")
    run = subprocess.run(arguments, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    source = arguments[-1]
    if run.returncode == 0:
        sys.exit(f"{source} compiled, but its docs block is marked compile-fail")
    if not re.search(regex, run.stdout):
        sys.exit(f"the diagnostic for {source} lacks /{regex}/:\n{run.stdout}")
    print(f"{source} fails to compile as expected")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "generate":
        generate(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "expect-compile-error":
        expect_compile_error(*sys.argv[2:])
    else:
        sys.exit(__doc__)
