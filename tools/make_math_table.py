#!/usr/bin/python3
"""Write the accuracy table of docs/math.md from the output of the math tests.

Usage:
  ctest --test-dir build -R '^math_' -V | tools/make_math_table.py [--doc docs/math.md]
  tools/make_math_table.py [--doc FILE] [--print] LOG...

The math tests (tests/math/*_test.cpp) print one line per function and type:
  math-accuracy: <function> <type> points=<n> max_ulp=<u> not_cr=<c> [worst=...]
This script collects those lines and replaces the part of the document between
the markers <!-- math-accuracy:begin --> and <!-- math-accuracy:end --> with a
table: function x type x max ulp x points x results not correctly rounded.
With --print it writes the table to stdout instead.
"""

import argparse
import re
import sys

ORDER = ["sqrt", "cbrt", "hypot", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p",
         "pow", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc"]
TYPES = [("float", "float"), ("double", "double"), ("long_double", "long double")]
BEGIN, END = "<!-- math-accuracy:begin -->", "<!-- math-accuracy:end -->"
LINE = re.compile(r"math-accuracy: (\w+) (\w+) points=(\d+) max_ulp=(\d+) not_cr=(\d+)")


def collect(lines):
    results = {}
    for line in lines:
        m = LINE.search(line)
        if m:
            name, type_, points, ulp, not_cr = m.groups()
            results[(name, type_)] = (int(points), int(ulp), int(not_cr))
    return results


def table(results):
    head = "| function | " + " | ".join(
        "%s max ulp | %s not CR / points" % (label, label) for _, label in TYPES) + " |"
    rule = "|---|" + "---:|---:|" * len(TYPES)
    rows = [head, rule]
    names = [n for n in ORDER if any((n, t) in results for t, _ in TYPES)]
    names += sorted({n for n, _ in results} - set(names))
    for name in names:
        cells = []
        for t, _ in TYPES:
            if (name, t) in results:
                points, ulp, not_cr = results[(name, t)]
                cells += [str(ulp), "%d / %d" % (not_cr, points)]
            else:
                cells += ["-", "-"]
        rows.append("| `%s` | %s |" % (name, " | ".join(cells)))
    return "\n".join(rows) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--doc", default="docs/math.md")
    ap.add_argument("--print", action="store_true", help="write the table to stdout only")
    ap.add_argument("logs", nargs="*", help="test output files (default: stdin)")
    a = ap.parse_args()
    lines = []
    if a.logs:
        for path in a.logs:
            with open(path) as f:
                lines += f.readlines()
    else:
        lines = sys.stdin.readlines()
    results = collect(lines)
    if not results:
        sys.exit("no 'math-accuracy:' lines in the input")
    text = table(results)
    if a.print:
        sys.stdout.write(text)
        return
    with open(a.doc) as f:
        doc = f.read()
    if BEGIN not in doc or END not in doc:
        sys.exit("%s has no %s ... %s markers" % (a.doc, BEGIN, END))
    before, rest = doc.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    with open(a.doc, "w") as f:
        f.write(before + BEGIN + "\n" + text + END + after)
    print("%s: %d rows" % (a.doc, len({n for n, _ in results})))


if __name__ == "__main__":
    main()
