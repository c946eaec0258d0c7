#!/usr/bin/env python3
"""What each public header costs a translation unit that includes only it (issue 9).

For every include/ctdiff/*.hpp, the umbrella <ctdiff/ctdiff.hpp>, an empty TU and the floor
(Boost.YAP's algorithm.hpp with Hana's tuple.hpp, what ctdiff built on before the graph), one TU
that includes just that is compiled with each compiler (-std=c++20 -O2 -c), N times; the table
gives the median wall-clock seconds and the median peak memory (/usr/bin/time %e and %M). Then
the workloads: second derivatives of issue 9's 10-term polynomial, with the light headers and
with the umbrella, and a first derivative of sin for comparison.

Usage: tools/header_cost.py [--compilers g++-12,clang++-16] [--repeat 5] [--only NAME,...]
                             [--baseline DIR] [--output docs/header_cost.md]
--baseline DIR measures the same TUs against another include/ tree as well (e.g. an older commit's,
from `git archive <commit> include | tar -x -C DIR`), in a "before" column; a header it lacks is
replaced by the one it came from (integer_pow.hpp by pow.hpp) or shown as "-".
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

HESSIAN = """constexpr auto x = var<0, "x">; constexpr auto y = var<1, "y">; constexpr auto z = var<2, "z">;
constexpr auto p = pow<2>(x) * y + 3 * x * y * z - 2 * pow<3>(z) + x * pow<2>(y) * z + 5 * x + 7 * y * z +
                   pow<4>(x) - pow<2>(y) * pow<2>(z) + 11 * x * z + 13;
std::array<std::array<double, 3>, 3> h(double a, double b, double c) { return hessian(p)(a, b, c); }
static_assert(hessian(p)(1.0, 2.0, 3.0)[0][0] == 2 * 2 + 12);
"""

WORKLOADS = [
    ("polynomial Hessian by hessian(p) (issue 9's target), light headers",
     "#include <ctdiff/hessian.hpp>\n#include <ctdiff/integer_pow.hpp>\n#include <ctdiff/operators.hpp>\n"
     "#include <array>\nusing namespace ctdiff;\n" + HESSIAN),
    ("polynomial Hessian (9 second partials), light headers",
     "#include <ctdiff/gradient.hpp>\n#include <ctdiff/integer_pow.hpp>\n#include <ctdiff/operators.hpp>\n"
     "#include <array>\nusing namespace ctdiff;\n" + POLYNOMIAL),
    ("polynomial Hessian (9 second partials), <ctdiff/ctdiff.hpp>",
     "#include <ctdiff/ctdiff.hpp>\nusing namespace ctdiff;\n" + POLYNOMIAL),
    ("d(sin(x) * y, x), light headers",
     "#include <ctdiff/derivative.hpp>\n#include <ctdiff/functions.hpp>\n#include <ctdiff/operators.hpp>\n"
     "using namespace ctdiff;\nconstexpr auto x = var<0>; constexpr auto y = var<1>;\n"
     "double g(double a, double b) { return d(sin(x) * y, x)(a, b); }\n"),
]


EIGEN = "/usr/include/eigen3"  # Debian's libeigen3-dev

# Headers split out of another one: a baseline without them measures the one they came from.
SPLIT_FROM = {"ctdiff/integer_pow.hpp": "ctdiff/pow.hpp"}


def header_cases():
    cases = [("(empty TU)", "", ""),
             ("floor: `boost/yap/algorithm.hpp` + `boost/hana/tuple.hpp`", "",
              "#include <boost/yap/algorithm.hpp>\n#include <boost/hana/tuple.hpp>\n")]
    for path in sorted(glob.glob(os.path.join(ROOT, "include", "ctdiff", "*.hpp"))):
        name = "ctdiff/" + os.path.basename(path)
        cases.append((f"`{name}`", name, f"#include <{name}>\n"))
    return cases


def compile_once(compiler, source, include):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "tu.cpp")
        with open(path, "w") as out:
            out.write(source)
        # eigen.hpp is for users of Eigen: its TU gets Eigen's include directory, as theirs would
        extra = ["-isystem", EIGEN] if "ctdiff/eigen.hpp" in source and os.path.isdir(EIGEN) else []
        r = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %M", compiler, "-std=c++20", "-O2",
                            "-I", include, *extra, "-c", path, "-o", os.devnull],
                           capture_output=True, text=True, timeout=900)
        m = re.search(r"TIME ([0-9.]+) ([0-9.]+) ([0-9]+)", r.stderr)
        if r.returncode != 0 or not m:
            first = next((l for l in r.stderr.splitlines() if "error" in l), r.stderr[-200:])
            raise RuntimeError(f"{compiler} failed: {first[:200]}")
        return float(m.group(1)), float(m.group(2)), int(m.group(3)) / 1024


def measure(compiler, source, repeat, include):
    runs = [compile_once(compiler, source, include) for _ in range(repeat)]
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
    p.add_argument("--baseline", default="", help="another include/ tree to measure in a 'before' column")
    p.add_argument("--baseline-label", default="an older include/ tree", help="what the baseline is, for the text")
    p.add_argument("--output", default=os.path.join(ROOT, "docs", "header_cost.md"))
    a = p.parse_args()
    compilers = a.compilers.split(",")
    only = [s for s in a.only.split(",") if s]
    rows = [(label, src, False) for label, _, src in header_cases()] + [(label, src, True) for label, src in WORKLOADS]
    if only:
        rows = [row for row in rows if any(s in row[0] for s in only)]

    trees = [("", os.path.join(ROOT, "include"))]
    if a.baseline:
        trees.insert(0, ("before", os.path.join(a.baseline, "include") if os.path.isdir(os.path.join(a.baseline, "include")) else a.baseline))
    columns = [(c, label, inc) for c in compilers for label, inc in trees]
    head = ("| TU | " + " | ".join(f"{c}{' ' + label if label else ''}: s (user s) / MB" for c, label, _ in columns) +
            " |\n|---|" + "--:|" * len(columns) + "\n")
    lines = []
    for label, src, workload in rows:
        cells = []
        for c, tree, inc in columns:
            source = src
            if tree:  # the baseline: a workload's headers it lacks replaced by the ones they came from
                for new_header, old_header in SPLIT_FROM.items():
                    if workload and not os.path.exists(os.path.join(inc, new_header)):
                        source = source.replace(f"<{new_header}>", f"<{old_header}>")
                missing = re.findall(r"#include <(ctdiff/[^>]+)>", source)
                if any(not os.path.exists(os.path.join(inc, h)) for h in missing):
                    cells.append("-")
                    continue
            try:
                wall, user, mem = measure(c, source, a.repeat, inc)
                cells.append(f"{wall:.2f} ({user:.2f}) / {mem:.0f}")
                print(f"{label} [{c} {tree}]: wall {wall:.2f} s, user {user:.2f} s, {mem:.0f} MB", file=sys.stderr, flush=True)
            except RuntimeError as e:
                cells.append("fails")
                print(f"{label} [{c} {tree}]: {e}", file=sys.stderr, flush=True)
        lines.append(f"| {label} | " + " | ".join(cells) + " |\n")

    with open(a.output, "w") as out:
        out.write("# What each header costs a translation unit\n\n"
                  "Generated by `tools/header_cost.py` (issue 9): each row is one TU that includes only the header\n"
                  "named (or, for the workloads, the code shown in that script), compiled with `-std=c++20 -O2 -c`;\n"
                  f"the median of {a.repeat} compiles of wall-clock seconds, in parentheses user CPU seconds (less\n"
                  "sensitive to other load on the machine), and peak memory in MB (`/usr/bin/time -f \"%e %U %M\"`).\n"
                  "Compilers: " + "; ".join(version(c) for c in compilers) + ".\n\n"
                  "The floor is Boost.YAP's `algorithm.hpp` with Hana's `tuple.hpp`, what the expression layer\n"
                  "was built on before ctdiff's graph; the polynomial is issue 9's\n"
                  "p = x²y + 3xyz − 2z³ + xy²z + 5x + 7yz + x⁴ − y²z² + 11xz + 13, its Hessian computed by\n"
                  "`hessian(p)` (the TU issue 9's compile-time target is about) and, as before that API existed,\n"
                  "as the gradients of d(p, x), d(p, y) and d(p, z).\n\n" +
                  (f"The \"before\" columns measure {a.baseline_label}; a header that tree lacks is measured as\n"
                   "the one it was split from (`integer_pow.hpp` as `pow.hpp`), or shown as \"-\".\n\n" if a.baseline else ""))
        out.write(head + "".join(lines))


if __name__ == "__main__":
    main()
