#!/usr/bin/python3
"""Compile-time benchmark of ctdiff::math: cost of a 1,000-entry constexpr table per function.

Usage: tests/benchmarks/math_compile/run.py [--compilers C,...] [--types T,...]
                                            [--functions F,...] [--steps] [--out FILE]

For every compiler, function and type it compiles table.cpp (1,000 calls, chunks of 16 per
constant expression) and the same TU without calls (baseline), each under /usr/bin/time, and
prints a markdown table: CPU seconds of the 1,000 calls (table minus baseline), wall seconds
of the whole TU, peak memory. With --steps (clang only) it also finds the clang
-fconstexpr-steps needed by the most expensive single call, by bisection on the limit with
every call as its own constant expression (a call is named when it exceeds the limit).
Not part of the test suite: it takes minutes. Only the Python standard library is used.
"""

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
HEADERS = {
    "sqrt": "sqrt", "cbrt": "sqrt", "hypot": "sqrt",
    "exp": "exp", "exp2": "exp", "expm1": "exp",
    "log": "log", "log2": "log", "log10": "log", "log1p": "log",
    "pow": "pow",
    "sin": "trig", "cos": "trig", "tan": "trig",
    "asin": "inverse_trig", "acos": "inverse_trig", "atan": "inverse_trig", "atan2": "inverse_trig",
    "sinh": "hyperbolic", "cosh": "hyperbolic", "tanh": "hyperbolic",
    "asinh": "hyperbolic", "acosh": "hyperbolic", "atanh": "hyperbolic",
    "erf": "erf", "erfc": "erf",
}
CALLS = 1000
STEPS_DEFAULT = 1 << 20  # clang's default -fconstexpr-steps


def flags(compiler, function, type_, extra):
    return [compiler, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror",
            "-I" + os.path.join(ROOT, "include"),
            "-DCTDIFF_BENCH_HEADER=<ctdiff/math/%s.hpp>" % HEADERS[function],
            '-DCTDIFF_BENCH_DATA="%s"' % os.path.join(ROOT, "tests", "data", "math", function + ".hpp"),
            "-DCTDIFF_BENCH_FUNCTION=" + function,
            "-DCTDIFF_BENCH_TABLE=%s_%s" % (function, type_),
            "-c", os.path.join(HERE, "table.cpp"), "-o", os.devnull] + extra


def timed(cmd):
    """(cpu seconds, wall seconds, peak KB, compiler output) of one compilation."""
    with tempfile.NamedTemporaryFile("r") as t:
        p = subprocess.run(["/usr/bin/time", "-o", t.name, "-f", "%U %S %e %M"] + cmd,
                           capture_output=True, text=True)
        fields = t.read().split()[-4:]
    user, system, wall, kb = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
    if p.returncode != 0:
        raise RuntimeError("compilation failed:\n%s\n%s" % (" ".join(cmd), p.stderr[-3000:]))
    return user + system, wall, kb, p.stderr


def over_limit(compiler, function, type_, indices, steps):
    """The calls among indices that need more than `steps` clang steps."""
    cmd = flags(compiler, function, type_,
                ["-DCTDIFF_BENCH_STEPS_OF=" + ",".join(map(str, indices)),
                 "-fconstexpr-steps=%d" % steps, "-ferror-limit=0"])
    p = subprocess.run(cmd, capture_output=True, text=True)
    failing = sorted({int(i) for i in re.findall(r"'single<(\d+)>' must be initialized", p.stderr)})
    if p.returncode != 0 and not failing:
        raise RuntimeError("compilation failed:\n%s" % p.stderr[-3000:])
    return failing


def max_steps(compiler, function, type_):
    """(steps of the most expensive call within 2%, its index); None above the default."""
    candidates = list(range(CALLS))
    if over_limit(compiler, function, type_, candidates, STEPS_DEFAULT):
        return None
    low, high = 1, STEPS_DEFAULT  # every candidate fits in high steps; some need more than low
    while high > low * 1.02 + 1:
        mid = int(math.sqrt(low * high))
        failing = over_limit(compiler, function, type_, candidates, mid)
        if failing:
            low, candidates = mid, failing
        else:
            high = mid
    return high, candidates[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--compilers", default="g++,clang++-16,clang++-14")
    ap.add_argument("--types", default="float,double")
    ap.add_argument("--functions", default=",".join(HEADERS))
    ap.add_argument("--steps", action="store_true", help="also bisect clang's steps per call")
    ap.add_argument("--out", help="also write the table to this file")
    a = ap.parse_args()
    compilers = [c for c in a.compilers.split(",") if shutil.which(c)]
    functions = [f for f in a.functions.split(",")
                 if os.path.exists(os.path.join(ROOT, "include", "ctdiff", "math", HEADERS[f] + ".hpp"))]
    rows = ["| compiler | function | type | s per 1,000 calls (CPU) | TU wall s | peak MB |"
            + (" max steps per call |" if a.steps else ""),
            "|---|---|---|---:|---:|---:|" + ("---:|" if a.steps else "")]
    print("\n".join(rows), flush=True)
    for compiler in compilers:
        for function in functions:
            for type_ in a.types.split(","):
                base, _, _, _ = timed(flags(compiler, function, type_, ["-DCTDIFF_BENCH_CALLS=0"]))
                cpu, wall, kb, _ = timed(flags(compiler, function, type_, []))
                row = "| %s | %s | %s | %.2f | %.2f | %.0f |" % (
                    compiler, function, type_, max(cpu - base, 0.0), wall, kb / 1024)
                if a.steps:
                    if "clang" in compiler:
                        found = max_steps(compiler, function, type_)
                        row += (" > %d |" % STEPS_DEFAULT if found is None
                                else " %d (call %d) |" % found)
                    else:
                        row += " - |"
                rows.append(row)
                print(row, flush=True)
    if a.out:
        with open(a.out, "w") as f:
            f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    sys.exit(main())
