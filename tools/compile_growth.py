#!/usr/bin/env python3
"""Compile cost of ctdiff's derivatives as they grow (docs/performance.md, issue 8): user CPU
seconds and peak memory of one TU (-O2 -std=c++20, /usr/bin/time) against
  - the order k of d(f, x, ..., x) of the depth-8 expression of issue 8 (k = 1..6), and of
    derivatives<k>(f, x), which gives f, f', ..., f^(k) by Taylor arithmetic (k = 1..8),
  - the number of terms of a polynomial in x, y, z whose value and gradient are evaluated,
  - n of Rosenbrock's value and gradient, its sum unrolled (sum) and kept a loop (loop_sum).
Usage: tools/compile_growth.py [--compilers g++,clang++-16] [--quick] [--only REGEX] > docs/compile_growth.md, then
tools/benchmark_report.py --render-only puts it into docs/performance.md."""
import argparse, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEEP = "cosh(atan(cos(sqrt(tanh(log1p(exp(sin(x + y) * y) + y) * y) + y) * y) + y) * y)"


def order_tu(k):
    xs = ", ".join(["x"] * k)
    return f"""#include <ctdiff/ctdiff.hpp>
using namespace ctdiff;
constexpr auto x = var<0, "x">; constexpr auto y = var<1, "y">;
constexpr auto f = {DEEP};
double g(double a, double b) {{ return d(f, {xs})(a, b); }}
"""


def series_tu(k):
    return f"""#include <ctdiff/ctdiff.hpp>
using namespace ctdiff;
constexpr auto x = var<0, "x">; constexpr auto y = var<1, "y">;
constexpr auto f = {DEEP};
std::array<double, {k + 1}> g(double a, double b) {{ return derivatives<{k}>(f, x)(a, b); }}
"""


def poly_tu(t):
    return f"""#include <ctdiff/ctdiff.hpp>
using namespace ctdiff;
constexpr auto x = var<0, "x">; constexpr auto y = var<1, "y">; constexpr auto z = var<2, "z">;
constexpr auto f = sum<0, {t}>([](auto k) {{
    constexpr long long i = k;
    return (i % 7 + 1) * pow<i % 6>(x) * pow<(i / 6) % 6>(y) * pow<(i / 36) % 6>(z);
}});
auto g(double a, double b, double c) {{ return value_and_gradient(f)(a, b, c); }}
"""


def rosenbrock_tu(n, spelling="sum"):
    return f"""#include <ctdiff/ctdiff.hpp>
using namespace ctdiff;
constexpr auto f = {spelling}<0, {n - 1}>([](auto i) {{
    return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>);
}});
auto g(std::array<double, {n}> const& x) {{ return value_and_gradient(f)(x); }}
"""


TIMEOUT = 600


def measure(compiler, source):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "tu.cpp")
        with open(path, "w") as out:
            out.write(source)
        r = subprocess.run(["/usr/bin/time", "-f", "TIME %U %M", compiler, "-std=c++20", "-O2", "-I",
                            os.path.join(ROOT, "include"), "-c", path, "-o", os.devnull],
                           capture_output=True, text=True, timeout=TIMEOUT)
        m = re.search(r"TIME ([0-9.]+) ([0-9]+)", r.stderr)
        if r.returncode != 0:
            if "maximum step limit" in r.stderr:
                return None, "step budget"  # clang's constexpr budget: see docs/compile_growth.md
            first = next((l for l in r.stderr.splitlines() if "error" in l), "error")
            return None, first[:120]
        return (float(m.group(1)), int(m.group(2)) / 1024), None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--compilers", default="g++,clang++-16")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--only", default="", help="measure only the workloads whose name matches this regex")
    a = p.parse_args()
    cases = [("d(f, x^k), depth 8", k, order_tu(k)) for k in (range(1, 5) if a.quick else range(1, 7))]
    cases += [("derivatives<k>(f, x), depth 8", k, series_tu(k)) for k in (range(1, 5) if a.quick else range(1, 9))]
    cases += [("polynomial, terms", t, poly_tu(t)) for t in ((25, 100) if a.quick else (25, 50, 100, 200, 400))]
    cases += [("Rosenbrock, n", n, rosenbrock_tu(n)) for n in ((2, 10) if a.quick else (2, 10, 50, 100, 200))]
    cases += [("Rosenbrock by loop_sum, n", n, rosenbrock_tu(n, "loop_sum"))
              for n in ((2, 10) if a.quick else (2, 10, 50, 100, 200, 1000, 100000))]
    cases = [c for c in cases if re.search(a.only, c[0])]
    compilers = a.compilers.split(",")
    print("| workload | size | " + " | ".join(f"{c} s / MB" for c in compilers) + " |")
    print("|---|--:|" + "--:|" * len(compilers))
    for name, size, src in cases:
        cells = []
        for c in compilers:
            try:
                res, err = measure(c, src)
                cells.append(f"{res[0]:.1f} / {res[1]:.0f}" if res else f"fails: {err}")
            except subprocess.TimeoutExpired:
                cells.append(f"stopped after {TIMEOUT} s")
        print(f"| {name} | {size} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
