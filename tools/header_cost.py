#!/usr/bin/env python3
"""What each public header costs a translation unit that includes only it (issue 9).

For every include/ctdiff/*.hpp, the umbrella <ctdiff/ctdiff.hpp>, an empty TU and the floor
(Boost.YAP's algorithm.hpp with Hana's tuple.hpp, what ctdiff built on before the graph), one TU
that includes just that is compiled with each compiler (-std=c++20 -O2 -c), N times; the table
gives the median wall-clock seconds and the median peak memory (/usr/bin/time %e and %M). Then
the workloads: second derivatives of issue 9's 10-term polynomial, with the light headers and
with the umbrella, and a first derivative of sin for comparison.

Usage: tools/header_cost.py [--compilers g++-12,clang++-16] [--repeat 5] [--only NAME,...]
                             [--output docs/header_cost.md]
Run it on an otherwise idle machine: the compiles run one at a time, but other load shows in the
wall-clock numbers (the user CPU seconds are printed to stderr as a cross-check)."""
import argparse, glob, os, re, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

POLYNOMIAL = """constexpr auto x = var<0, "x">; constexpr auto y = var<1, "y">; constexpr auto z = var<2, "z">;
// p = x^2 y + 3xyz - 2z^3 + x y^2 z + 5x + 7yz + x^4 - y^2 z^2 + 11xz + 13
constexpr auto p = pow<2>(x) * y + 3 * x * y * z - 2 * pow<3>(z) + x * pow<2>(y) * z + 5 * x + 7 * y * z +
                   pow<4>(x) - pow<2>(y) * pow<2>(z) + 11 * x * z + 13;
// the Hessian, row by row: the gradients of the three first partials
std::array<std::array<double, 3>, 3> hessian(double a, double b, double c) {
    return {gradient(d(p, x))(a, b, c), gradient(d(p, y))(a, b, c), gradient(d(p, z))(a, b, c)};
}
static_assert(gradient(d(p, x))(1.0, 2.0, 3.0)[0] == 2 * 2 + 12);  // d2p/dx2 = 2y + 12x^2
"""

WORKLOADS = [
    ("polynomial Hessian (9 second partials), light headers",
     "#include <ctdiff/gradient.hpp>\n#include <ctdiff/operators.hpp>\n#include <ctdiff/pow.hpp>\n"
     "#include <array>\nusing namespace ctdiff;\n" + POLYNOMIAL),
    ("polynomial Hessian (9 second partials), <ctdiff/ctdiff.hpp>",
     "#include <ctdiff/ctdiff.hpp>\nusing namespace ctdiff;\n" + POLYNOMIAL),
    ("d(sin(x) * y, x), light headers",
     "#include <ctdiff/derivative.hpp>\n#include <ctdiff/functions.hpp>\n#include <ctdiff/operators.hpp>\n"
     "using namespace ctdiff;\nconstexpr auto x = var<0>; constexpr auto y = var<1>;\n"
     "double g(double a, double b) { return d(sin(x) * y, x)(a, b); }\n"),
]


def header_cases():
    cases = [("(empty TU)", "", ""),
             ("floor: `boost/yap/algorithm.hpp` + `boost/hana/tuple.hpp`", "",
              "#include <boost/yap/algorithm.hpp>\n#include <boost/hana/tuple.hpp>\n")]
    for path in sorted(glob.glob(os.path.join(ROOT, "include", "ctdiff", "*.hpp"))):
        name = "ctdiff/" + os.path.basename(path)
        cases.append((f"`{name}`", name, f"#include <{name}>\n"))
    return cases


def compile_once(compiler, source):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "tu.cpp")
        with open(path, "w") as out:
            out.write(source)
        r = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %M", compiler, "-std=c++20", "-O2",
                            "-I", os.path.join(ROOT, "include"), "-c", path, "-o", os.devnull],
                           capture_output=True, text=True, timeout=900)
        m = re.search(r"TIME ([0-9.]+) ([0-9.]+) ([0-9]+)", r.stderr)
        if r.returncode != 0 or not m:
            first = next((l for l in r.stderr.splitlines() if "error" in l), r.stderr[-200:])
            raise RuntimeError(f"{compiler} failed: {first[:200]}")
        return float(m.group(1)), float(m.group(2)), int(m.group(3)) / 1024


def measure(compiler, source, repeat):
    runs = [compile_once(compiler, source) for _ in range(repeat)]
    wall = statistics.median(r[0] for r in runs)
    user = statistics.median(r[1] for r in runs)
    mem = statistics.median(r[2] for r in runs)
    return wall, user, mem


def version(compiler):
    out = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout
    return out.splitlines()[0] if out else compiler


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--compilers", default="g++-12,clang++-16")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--only", default="", help="comma-separated substrings of the rows to measure")
    p.add_argument("--output", default=os.path.join(ROOT, "docs", "header_cost.md"))
    a = p.parse_args()
    compilers = a.compilers.split(",")
    only = [s for s in a.only.split(",") if s]
    rows = [(label, src) for label, _, src in header_cases()] + WORKLOADS
    if only:
        rows = [(label, src) for label, src in rows if any(s in label for s in only)]

    head = "| TU | " + " | ".join(f"{c} s / MB" for c in compilers) + " |\n|---|" + "--:|" * len(compilers) + "\n"
    lines = []
    for label, src in rows:
        cells = []
        for c in compilers:
            try:
                wall, user, mem = measure(c, src, a.repeat)
                cells.append(f"{wall:.2f} / {mem:.0f}")
                print(f"{label} [{c}]: wall {wall:.2f} s, user {user:.2f} s, {mem:.0f} MB", file=sys.stderr, flush=True)
            except RuntimeError as e:
                cells.append("fails")
                print(f"{label} [{c}]: {e}", file=sys.stderr, flush=True)
        lines.append(f"| {label} | " + " | ".join(cells) + " |\n")

    with open(a.output, "w") as out:
        out.write("# What each header costs a translation unit\n\n"
                  "Generated by `tools/header_cost.py` (issue 9): each row is one TU that includes only the header\n"
                  "named (or, for the workloads, the code shown in that script), compiled with `-std=c++20 -O2 -c`;\n"
                  f"the median of {a.repeat} compiles of wall-clock seconds and of peak memory in MB\n"
                  "(`/usr/bin/time -f \"%e %M\"`). Compilers: " + "; ".join(version(c) for c in compilers) + ".\n\n"
                  "The floor is Boost.YAP's `algorithm.hpp` with Hana's `tuple.hpp`, what the expression layer\n"
                  "was built on before ctdiff's graph; the polynomial is issue 9's\n"
                  "p = x²y + 3xyz − 2z³ + xy²z + 5x + 7yz + x⁴ − y²z² + 11xz + 13, its Hessian computed as the\n"
                  "gradients of d(p, x), d(p, y) and d(p, z) (a proxy until a Hessian API exists).\n\n")
        out.write(head + "".join(lines))


if __name__ == "__main__":
    main()
