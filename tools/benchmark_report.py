#!/usr/bin/python3
"""Measure the value+gradient benchmark and regenerate docs/performance.md and its SVG chart.

Usage: tools/benchmark_report.py [--compilers g++,clang++-16] [--workloads w1,w2_n50,...]
                                 [--implementations hand,ctdiff,...] [--jobs 2]
                                 [--out docs/performance.md] [--render-only]

For each compiler it configures its own build directory, build/bench-<compiler>, with
CTDIFF_BUILD_PEER_BENCHMARKS=ON and this script as the compiler launcher, so that every
translation unit of tests/benchmarks/gradient/ is compiled once, under /usr/bin/time (user CPU
seconds and peak resident memory per TU). A TU that does not compile is reported as such and
the rest is measured. Then, per function:
  - instructions per call: valgrind --tool=callgrind --toggle-collect=<symbol> around
    `bench_gradient_<impl> --repeat <symbol> K` for two K; (Ir(K2) - Ir(K1)) / (K2 - K1) counts
    only the function and its callees, without one-time costs or the benchmark framework;
  - time per call: Google Benchmark's CPU time, median of 3 repetitions, run one at a time.
The measurements are saved to build/benchmark-report.json; --render-only rewrites the documents
from that file. Only the Python standard library is used; about 5 minutes on 2 cores.
"""

import argparse
import concurrent.futures
import datetime
import json
import math
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKLOADS = ["w1", "w2_n2", "w2_n10", "w2_n50", "w3", "w4"]
WORKLOAD_NAMES = {
    "w1": "W1 lecture, n=2", "w2_n2": "W2 Rosenbrock, n=2", "w2_n10": "W2 Rosenbrock, n=10",
    "w2_n50": "W2 Rosenbrock, n=50", "w3": "W3 logistic neuron, n=9", "w4": "W4 elementary, n=2",
}
IMPLEMENTATIONS = ["hand", "ctdiff", "eigen", "jet", "boost", "fd"]
IMPLEMENTATION_NAMES = {
    "hand": "hand-written", "ctdiff": "ctdiff", "eigen": "Eigen AutoDiff", "jet": "ceres::Jet",
    "boost": "Boost autodiff", "fd": "central diff.",
}
COLORS = {"ctdiff": "#1b9e77", "eigen": "#d95f02", "jet": "#7570b3", "boost": "#e7298a", "fd": "#66a61e"}
REPEATS = (1000, 2000)  # the two K of the instruction count
VG = "value_and_gradient"
# Around the Hessian section of docs/performance.md, which tools/hessian_report.py replaces.
HESSIAN_BEGIN = "<!-- Hessians: begin (tools/hessian_report.py) -->"
HESSIAN_END = "<!-- Hessians: end -->"


class Suite:
    """One benchmark of tests/benchmarks/: its directory <name>/, executables bench_<name>_<impl>,
    TU targets bench_<name>_tu_<id>, build directories build/<build_prefix><compiler>, and the K
    of its instruction counts. tools/hessian_report.py measures the Hessian benchmark with it."""

    def __init__(self, name, build_prefix, repeats, options=()):
        self.name, self.build_prefix, self.repeats = name, build_prefix, repeats
        self.options = list(options)  # more -D options of its configuration
        self.exe_prefix = "bench_%s_" % name
        self.tu_pattern = r"bench_%s_tu_(\w+)\.dir" % name
        self.workloads_cache = "CTDIFF_%s_BENCHMARK_WORKLOADS" % name.upper()
        self.skipped_pattern = r"%s benchmark peer skipped: (.*)" % name.capitalize()


GRADIENT = Suite("gradient", "bench-", REPEATS)


# --- the compiler launcher: one timed compilation ---------------------------------------------
def timed_compile(log, timeout, command):
    """Run one compiler command under /usr/bin/time; append its costs to `log` as a JSON line."""
    obj = command[command.index("-o") + 1] if "-o" in command else ""
    source = command[command.index("-c") + 1] if "-c" in command else ""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        # A session of its own, so that a timeout ends the compiler proper (cc1plus), not only time.
        p = subprocess.Popen(["/usr/bin/time", "-o", t.name, "-f", "%U %S %e %M"] + command,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
        try:
            out, err = p.communicate(timeout=timeout)
            status = p.returncode
            fields = t.read().split()[-4:]
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            out, err = p.communicate()
            status, err = "timeout", err + "error: compilation exceeded %d s\n" % timeout
            fields = [str(timeout), "0", str(timeout), "0"]
    sys.stdout.write(out)
    sys.stderr.write(err)
    first_error = next((line.strip() for line in err.splitlines() if "error" in line), "")
    record = {"object": obj, "source": source, "status": status, "user": float(fields[0]),
              "sys": float(fields[1]), "wall": float(fields[2]), "rss_kb": int(fields[3]),
              "error": first_error[:300]}
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (json.dumps(record) + "\n").encode())  # one write: atomic with O_APPEND
    finally:
        os.close(fd)
    return 0 if status == 0 else (status if isinstance(status, int) else 1)


# --- measuring ----------------------------------------------------------------------------------
def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def tag_of(compiler):
    return os.path.basename(compiler).replace("clang++", "clang").replace("g++", "gcc")


def say(*args):
    print(*args, flush=True)


def configure(compiler, bdir, workloads, compile_timeout, suite=GRADIENT):
    log = os.path.join(bdir, "compile-times.jsonl")
    launcher = ";".join([sys.executable, os.path.abspath(__file__), "--timed-compile", log,
                         str(compile_timeout), "--"])
    cmd = ["cmake", "-S", ROOT, "-B", bdir, "-G", "Unix Makefiles", "-DCMAKE_BUILD_TYPE=Release",
           "-DCMAKE_CXX_COMPILER=" + compiler, "-DCTDIFF_BUILD_TESTS=OFF",
           "-DCTDIFF_BUILD_EXAMPLES=OFF", "-DCTDIFF_BUILD_BENCHMARKS=ON",
           "-DCTDIFF_BUILD_PEER_BENCHMARKS=ON", "-DCMAKE_CXX_COMPILER_LAUNCHER=" + launcher,
           "-D%s=%s" % (suite.workloads_cache, ";".join(workloads))] + suite.options
    p = run(cmd)
    if p.returncode != 0:
        sys.exit("configuration failed:\n" + p.stdout[-3000:])
    skipped = re.findall(suite.skipped_pattern, p.stdout)
    return log, skipped


def callgrind_count(exe, symbol, k):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "callgrind.out")
        p = run(["valgrind", "--tool=callgrind", "--toggle-collect=" + symbol,
                 "--callgrind-out-file=" + out, exe, "--repeat", symbol, str(k)])
        if p.returncode != 0:
            raise RuntimeError("callgrind failed for %s:\n%s" % (symbol, p.stdout[-2000:]))
        with open(out) as f:
            m = re.search(r"^summary:\s+(\d+)", f.read(), re.M)
    return int(m.group(1))


def instructions(exe, symbol, repeats=REPEATS):
    lo, hi = (callgrind_count(exe, symbol, k) for k in repeats)
    return (hi - lo) / (repeats[1] - repeats[0])


def wall_times(exe, min_time):
    p = subprocess.run([exe, "--benchmark_format=json", "--benchmark_min_time=%g" % min_time,
                        "--benchmark_repetitions=3", "--benchmark_report_aggregates_only=true"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s failed:\n%s" % (exe, p.stderr[-2000:]))
    scale = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
    # CPU time, not real time: a shared machine deschedules the process now and then.
    return {b["run_name"]: b["cpu_time"] * scale[b["time_unit"]]
            for b in json.loads(p.stdout)["benchmarks"] if b.get("aggregate_name") == "median"}


def link_partial(gdir, impl, suite=GRADIENT):
    """Link bench_<suite>_<impl> from the TUs that compiled, with CMake's own link command, so that
    one TU that does not compile does not take the rest of its implementation down with it.
    Returns the TUs left out, or None when even that fails."""
    link = os.path.join(gdir, "CMakeFiles", suite.exe_prefix + impl + ".dir", "link.txt")
    if not os.path.exists(link):
        return None
    with open(link) as f:
        tokens = shlex.split(f.read())
    absent = [t for t in tokens if t.endswith(".o") and not os.path.exists(os.path.join(gdir, t))]
    if run([t for t in tokens if t not in absent], cwd=gdir).returncode != 0:
        return None
    return sorted(m.group(1) for t in absent for m in [re.search(suite.tu_pattern, t)] if m)


def version_of(compiler):
    return run([compiler, "--version"]).stdout.splitlines()[0]


def measure(compiler, args, suite=GRADIENT):
    tag = tag_of(compiler)
    bdir = os.path.join(ROOT, "build", suite.build_prefix + tag)
    say("== %s: configuring %s" % (compiler, os.path.relpath(bdir, ROOT)))
    log, skipped = configure(compiler, bdir, args.workloads, args.compile_timeout, suite)
    helps = run(["cmake", "--build", bdir, "--target", "help"]).stdout
    targets = [t for t in (suite.exe_prefix + i for i in args.implementations)
               if re.search(r"\b%s\b" % t, helps)]
    if os.path.exists(log):
        os.remove(log)
    say("== %s: building %s (every TU timed)" % (compiler, ", ".join(targets)))
    p = run(["cmake", "--build", bdir, "--clean-first", "-j", str(args.jobs), "--target"] + targets
            + ["--", "-k"])
    with open(os.path.join(bdir, "build.log"), "w") as f:
        f.write(p.stdout)

    tus = {}
    with open(log) as f:
        for line in f:
            r = json.loads(line)
            m = re.search(suite.tu_pattern, r["object"])
            if m:
                tus[m.group(1)] = r
    gdir = os.path.join(bdir, "tests", "benchmarks", suite.name)
    result = {"compiler": compiler, "version": version_of(compiler), "tus": tus,
              "skipped": skipped, "checks": {}, "instructions": {}, "wall_ns": {}, "missing": [],
              "partial": {}}
    exes = {}
    for impl in args.implementations:
        exe = os.path.join(gdir, suite.exe_prefix + impl)
        if (suite.exe_prefix + impl) not in targets:
            if not any(s.startswith(impl + " ") for s in skipped):
                result["missing"].append(impl)
            continue
        if not os.path.exists(exe):
            left_out = link_partial(gdir, impl, suite)
            if left_out is None:
                result["missing"].append(impl)
                continue
            result["partial"][impl] = left_out
            say("   linked %s%s without %s" % (suite.exe_prefix, impl, ", ".join(left_out)))
        exes[impl] = exe

    jobs = []
    for impl, exe in exes.items():
        c = run([exe, "--check"])
        result["checks"][impl] = {"ok": c.returncode == 0, "output": c.stdout}
        if c.returncode != 0:
            say("   check failed for %s:\n%s" % (impl, c.stdout))
        for line in run([exe, "--list"]).stdout.splitlines():
            workload, implementation, kind, _n, symbol = line.split()
            if implementation == impl:
                jobs.append((exe, symbol, "%s/%s/%s" % (workload, implementation, kind)))
    say("== %s: counting instructions of %d functions under callgrind" % (compiler, len(jobs)))
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        counted = pool.map(lambda j: (j[2], instructions(j[0], j[1], suite.repeats)), jobs)
        result["instructions"] = dict(counted)
    if not args.no_wall:
        say("== %s: wall times (Google Benchmark)" % compiler)
        for impl, exe in exes.items():
            result["wall_ns"].update(wall_times(exe, args.min_time))
    return result


# --- rendering ----------------------------------------------------------------------------------
def fmt_count(x):
    return "%.0f" % x if x >= 100 else ("%.1f" % x if x >= 10 else "%.2f" % x)


def fmt_ratio(r):
    return ("%.2f" % r if r < 10 else "%.0f" % r) + "×"


def tu_failed(res, tu_id):
    r = res["tus"].get(tu_id)
    return r is not None and r["status"] != 0


def cell(res, table, workload, impl, kind=VG, relative_to="hand"):
    key = "%s/%s/%s" % (workload, impl, kind)
    v = res[table].get(key)
    if v is None:
        tu = workload + "_" + impl + ("_value" if kind == "value" else "")
        return "does not compile" if tu_failed(res, tu) else "–"
    text = fmt_count(v)
    ref = res[table].get("%s/%s/%s" % (workload, relative_to, VG))
    if ref and impl != relative_to:
        text += " (%s)" % fmt_ratio(v / ref)
    return text


def present(results, impls, workloads):
    """The implementations and workloads that any compiler measured or tried to compile."""
    seen_i, seen_w = set(), set()
    for res in results:
        for tu in res["tus"]:
            for w in workloads:
                for i in impls:
                    if tu in (w + "_" + i, w + "_" + i + "_value"):
                        seen_i.add(i)
                        seen_w.add(w)
    return [i for i in impls if i in seen_i], [w for w in workloads if w in seen_w]


def table(header, rows, numeric=True):
    """A markdown table; numeric columns (all but the first) are right-aligned."""
    align = ["---"] + ["--:" if numeric else "---"] * (len(header) - 1)
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows]
    return "\n".join(out)


def para(text):
    return textwrap.fill(text, width=100, break_long_words=False, break_on_hyphens=False) + "\n"


def not_measured(results, suite=GRADIENT):
    """Notes on what is missing: skipped peers, failed checks, TUs that do not compile (grouped by
    their first error, so that one missing API is one line)."""
    notes = []
    for res in results:
        c = res["compiler"]
        notes += ["%s: skipped %s." % (c, s) for s in res["skipped"]]
        notes += ["%s: `%s%s` was not built." % (c, suite.exe_prefix, i) for i in res["missing"]]
        notes += ["%s: `%s%s` was linked without the TUs that do not compile." % (c, suite.exe_prefix, i)
                  for i in res.get("partial", {})]
        for i, check in res["checks"].items():
            if not check["ok"]:
                bad = [l for l in check["output"].splitlines() if not l.endswith(" ok")]
                notes.append("%s: `%s%s --check` failed: %s" % (c, suite.exe_prefix, i, "; ".join(bad)[:400]))
        by_error = {}
        for tu, r in sorted(res["tus"].items()):
            if r["status"] != 0:
                error = r["error"].replace(ROOT + "/", "").replace("`", "'")[:200]
                by_error.setdefault(error, []).append(tu)
        for error, tus in by_error.items():
            notes.append("%s: %s do%s not compile: `%s`" % (
                c, ", ".join("`%s`" % t for t in tus), "es" if len(tus) == 1 else "", error))
    return notes


def render_markdown(data, svg_name):
    results = data["results"]
    impls, workloads = present(results, IMPLEMENTATIONS, WORKLOADS)
    md = ["# Performance: value and gradient\n",
          "<!-- Generated by tools/benchmark_report.py; edit the script, not this file. -->\n"]
    md.append(para(
        "What one value+gradient costs with ctdiff, next to the same gradient written by hand, three "
        "forward-mode automatic differentiation libraries and central differences (issue 8, "
        "\"Gradients at hand-written speed\"). Regenerate everything here with "
        "`tools/benchmark_report.py` (about 5 minutes on 2 cores; `--help` for its filters)."))
    md.append(para("Measured %s on %s (%d cores); %s." % (
        data["date"], data["cpu"], data["cores"],
        "; ".join("%s: %s" % (r["compiler"], r["version"]) for r in results))))
    md.append("## Workloads\n")
    md.append(table(["workload", "f", "measured at"], [
        ["W1 lecture, n=2", "(2·x1 + 3·x2)² + 3", "(1, 3): f = 124, ∇f = (44, 66)"],
        ["W2 Rosenbrock, n=2, 10, 50", "Σ_{i<n−1} 100·(x_{i+1} − x_i²)² + (1 − x_i)²",
         "x_i = −1.2 (i even), 1 (i odd)"],
        ["W3 logistic neuron, n=9", "log(1 + exp(−y·(w·x + b))), ∇ in (w, b); x_k = 0.1·(k+1) − 0.4, y = 1",
         "w_k = 0.3 − 0.07·k, b = 0.1"],
        ["W4 elementary, n=2", "sin(xy) + exp(x/y) − log(1 + x²) + √(x² + y²) + tanh(x − y)", "(0.7, 1.3)"],
    ], numeric=False))
    md.append("")
    md.append("## Implementations\n")
    md.append(table(["implementation", "how", "source"], [
        ["hand-written", "reverse mode by hand, shared subexpressions computed once", "`w*_hand.cpp`"],
        ["ctdiff", "`ctdiff::value_and_gradient(f)(x...)`; W2's sum is a `ctdiff::loop_sum`, which runs as a loop "
                   "(the same lambda given to `ctdiff::sum` compiles in 2.3 s / 315 MB at n = 50: "
                   "[compile_growth.md](compile_growth.md))", "`w*_ctdiff.cpp`"],
        ["Eigen AutoDiff", "`Eigen::AutoDiffScalar<Eigen::Matrix<double, n, 1>>`: forward, n partials per operation", "`eigen.cpp`"],
        ["ceres::Jet", "`ceres::Jet<double, n>`: forward, n partials per operation", "`jet.cpp`"],
        ["Boost autodiff", "`fvar<double, 1>`: n forward passes, one seeded variable each", "`boost.cpp`"],
        ["central diff.", "2n + 1 evaluations of f, h = cbrt(ε)·max(1, |x_i|)", "`fd.cpp`"],
    ], numeric=False))
    md.append("")
    md.append(para(
        "The sources are in [`tests/benchmarks/gradient/`](../tests/benchmarks/gradient/); the peers "
        "differentiate `generic.hpp`, the workloads written once for any number type. Each (workload, "
        "implementation) is one translation unit, compiled with `-O2 -std=c++20`, that defines one "
        "`extern \"C\" double f(double const* x, double* g)`; the driver calls it through a pointer, so "
        "every implementation pays the same call, reads x from memory and writes the gradient to it. "
        "ctdiff's TUs write it as a user with that interface would, "
        "`return value_and_gradient(f)(std::span<double const, n>(x, n), std::span<double, n>(g, n));`: x "
        "read in place, each partial stored as it is computed, f returned; they include the headers they use "
        "(`gradient.hpp`, `loop_sum.hpp`, ...), not `<ctdiff/ctdiff.hpp>`, which would add about 0.35 s (g++) "
        "and 0.4 s (clang++ 16) to each TU's compile time ([header_cost.md](header_cost.md))."))
    md.append(para(
        "Instructions are counted by callgrind inside that function and its callees (libm's `exp`, "
        "`sin`, ...), as (Ir(%d calls) − Ir(%d calls)) / %d: neither the benchmark framework nor one-time "
        "costs are included, and the counts are exactly reproducible. Times are Google Benchmark's CPU "
        "time per call, medians of 3 repetitions; they vary by some percent from run to run, more on a "
        "shared machine. Compile times are the user CPU seconds of compiling the TU, peak memory the "
        "compiler's maximum resident set size, both from `/usr/bin/time`."
        % (REPEATS[1], REPEATS[0], REPEATS[1] - REPEATS[0])))
    md.append("![Instructions per value+gradient, relative to hand-written code](%s)\n" % svg_name)

    def per_compiler(title, intro, make_table):
        md.append("## %s\n" % title)
        if intro:
            md.append(para(intro))
        for res in results:
            md.append("**%s**\n" % res["compiler"])
            md.append(make_table(res))
            md.append("")

    per_compiler("Instructions per value+gradient",
                 "In parentheses: the ratio to hand-written code with the same compiler.",
                 lambda res: table(["workload"] + [IMPLEMENTATION_NAMES[i] for i in impls],
                                   [[WORKLOAD_NAMES[w]] + [cell(res, "instructions", w, i) for i in impls]
                                    for w in workloads]))

    pair = [i for i in ("hand", "ctdiff") if i in impls]

    def against_value(res):
        header, rows = ["workload"], []
        for i in pair:
            header += ["%s: f" % IMPLEMENTATION_NAMES[i], "f and ∇f", "ratio"]
        for w in workloads:
            row = [WORKLOAD_NAMES[w]]
            for i in pair:
                f = res["instructions"].get("%s/%s/value" % (w, i))
                fg = res["instructions"].get("%s/%s/%s" % (w, i, VG))
                row += [cell(res, "instructions", w, i, "value", relative_to=None),
                        cell(res, "instructions", w, i, VG, relative_to=None),
                        fmt_ratio(fg / f) if f and fg else "–"]
            rows.append(row)
        return table(header, rows)

    per_compiler("Value and gradient against the value alone",
                 "Instructions. Reverse mode promises the whole gradient for a small constant times the "
                 "cost of f; the goal for ctdiff is at most 3×. \"f\" is the same source compiled with "
                 "`CTDIFF_BENCH_VALUE_ONLY` (for ctdiff: `f(x...)`).", against_value)

    if any(res["wall_ns"] for res in results):
        per_compiler("Time per value+gradient, ns", "CPU time; in parentheses the ratio to hand-written code.",
                     lambda res: table(["workload"] + [IMPLEMENTATION_NAMES[i] for i in impls],
                                       [[WORKLOAD_NAMES[w]] + [cell(res, "wall_ns", w, i) for i in impls]
                                        for w in workloads]))

    columns = [(i, False) for i in impls] + [(i, True) for i in pair]

    def compile_costs(res):
        rows = []
        for w in workloads:
            row = [WORKLOAD_NAMES[w]]
            for i, value_only in columns:
                r = res["tus"].get(w + "_" + i + ("_value" if value_only else ""))
                if r is None:
                    row.append("–")
                elif r["status"] != 0:
                    row.append("timeout" if r["status"] == "timeout" else "does not compile")
                else:
                    row.append("%.2f s, %.0f MB" % (r["user"], r["rss_kb"] / 1024))
            rows.append(row)
        return table(["workload"] + [IMPLEMENTATION_NAMES[i] + (": f only" if v else "") for i, v in columns], rows)

    per_compiler("Compile time and peak memory per translation unit",
                 "User CPU seconds and peak resident memory of compiling one TU. The \"f only\" columns "
                 "are the value-alone TUs: the difference to the value+gradient TU is what "
                 "differentiating costs the compiler.", compile_costs)

    # The Hessian tables and the compile-cost curves come from their own scripts, which take longer
    # than this one; tools/hessian_report.py also puts its part in place itself (HESSIAN_BEGIN).
    docs = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "docs")
    hessian = os.path.join(docs, "performance_hessian.md")
    if os.path.exists(hessian):
        with open(hessian) as f:
            md.append(HESSIAN_BEGIN + "\n" + f.read().rstrip() + "\n" + HESSIAN_END + "\n")
    growth = os.path.join(docs, "compile_growth.md")
    if os.path.exists(growth):
        md.append("## Compile cost as derivatives and functions grow\n")
        with open(growth) as f:
            md.append(f.read().rstrip() + "\n")

    md.append("## Compile cost of each header\n")
    md.append("What a TU pays for including one public header alone, and for issue 9's polynomial Hessian, is "
              "in [header_cost.md](header_cost.md), generated by `tools/header_cost.py`. A TU instantiates "
              "the derivative rules of the functions it differentiates and nothing else.\n")

    notes = not_measured(results)
    if notes:
        md.append("## Not measured\n")
        md += ["- " + n for n in notes]
        md.append("")
    return "\n".join(md).rstrip() + "\n"


def render_svg(data, impls=None, workloads=None, kind=VG, what="value+gradient", workload_names=None,
               implementation_names=None, colors=None):
    """Grouped bars of instructions relative to hand-written, log scale, one panel per compiler.
    The defaults draw this script's value+gradient; tools/hessian_report.py draws its Hessians."""
    results = data["results"]
    if impls is None:
        impls, workloads = present(results, IMPLEMENTATIONS, WORKLOADS)
    workload_names = workload_names or WORKLOAD_NAMES
    implementation_names = implementation_names or IMPLEMENTATION_NAMES
    colors = colors or COLORS
    others = [i for i in impls if i != "hand"]
    ratios = [res["instructions"][k] / res["instructions"]["%s/hand/%s" % (k.split("/")[0], kind)]
              for res in results for k in res["instructions"]
              if k.endswith("/" + kind) and k.split("/")[1] in others
              and "%s/hand/%s" % (k.split("/")[0], kind) in res["instructions"]]
    steps = [f * 10.0 ** e for e in range(-3, 6) for f in (1, 3)]  # the axis ends at a 1 or a 3
    lo = max(t for t in steps if t <= min(ratios + [1.0]) * 0.9)
    hi = min(t for t in steps if t >= max(ratios + [3.0]) * 1.1)
    width, left, right, top, panel_h, gap = 960, 60, 20, 50, 260, 60
    height = top + len(results) * (panel_h + gap) + 20
    group_w = (width - left - right) / max(1, len(workloads))
    bar_w = min(28.0, (group_w - 16) / max(1, len(others)))

    def y(v, y0):
        return y0 + panel_h * (1 - (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)))

    s = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
         'font-family="sans-serif" font-size="11">' % (width, height, width, height),
         '<rect width="100%" height="100%" fill="white"/>',
         '<text x="%d" y="20" font-size="14" font-weight="bold">Instructions per %s, '
         'relative to hand-written code (log scale; 1 = hand-written)</text>' % (left, what)]
    lx = left
    for i in others:  # legend
        s.append('<rect x="%d" y="30" width="10" height="10" fill="%s"/>' % (lx, colors[i]))
        s.append('<text x="%d" y="39">%s</text>' % (lx + 14, implementation_names[i]))
        lx += 30 + 7 * len(implementation_names[i])
    for p, res in enumerate(results):
        y0 = top + 20 + p * (panel_h + gap)
        s.append('<text x="%d" y="%d" font-weight="bold">%s</text>' % (left, y0 - 6, res["compiler"]))
        for t in (t for t in steps if lo <= t <= hi):  # grid: 1 and 3 in every decade
            yy = y(t, y0)
            s.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="%s"/>' % (
                left, width - right, yy, yy, "#444" if t == 1 else "#ddd"))
            s.append('<text x="%d" y="%.1f" text-anchor="end">%g</text>' % (left - 4, yy + 4, t))
        for g, w in enumerate(workloads):
            gx = left + g * group_w + (group_w - bar_w * len(others)) / 2
            ref = res["instructions"].get("%s/hand/%s" % (w, kind))
            for b, i in enumerate(others):
                v = res["instructions"].get("%s/%s/%s" % (w, i, kind))
                x = gx + b * bar_w
                if v is None or not ref:
                    s.append('<text x="%.1f" y="%.1f" font-size="8" text-anchor="middle" fill="#999">'
                             'n/a</text>' % (x + bar_w / 2, y(1, y0) - 3))
                    continue
                r = v / ref
                y1, y2 = sorted((y(1, y0), y(r, y0)))
                s.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s">'
                         '<title>%s, %s: %.0f instructions, %.2f× hand-written</title></rect>' % (
                             x + 1, y1, bar_w - 2, max(1.0, y2 - y1), colors[i], workload_names[w],
                             implementation_names[i], v, r))
                s.append('<text x="%.1f" y="%.1f" font-size="8" text-anchor="middle">%s</text>' % (
                    x + bar_w / 2, (y1 - 3) if r >= 1 else (y2 + 9), ("%.1f" % r) if r < 10 else "%.0f" % r))
            s.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>' % (
                left + (g + 0.5) * group_w, y0 + panel_h + 16, workload_names[w]))
    s.append("</svg>")
    return "\n".join(s) + "\n"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"model name\s*:\s*(.*)", f.read())
        return m.group(1).strip() if m else "unknown CPU"
    except OSError:
        return "unknown CPU"


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--timed-compile":
        # Invoked by CMake as the compiler launcher: <log> <timeout> -- <compiler> <args>...
        sys.exit(timed_compile(sys.argv[2], int(sys.argv[3]), sys.argv[5:]))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--compilers", default="g++,clang++-16")
    ap.add_argument("--workloads", default=",".join(WORKLOADS))
    ap.add_argument("--implementations", default=",".join(IMPLEMENTATIONS))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel compilations and callgrind runs")
    ap.add_argument("--min-time", type=float, default=0.1, help="Google Benchmark seconds per repetition")
    ap.add_argument("--no-wall", action="store_true", help="skip the Google Benchmark wall times")
    ap.add_argument("--compile-timeout", type=int, default=600, help="seconds per TU before giving up")
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "performance.md"))
    ap.add_argument("--results", default=os.path.join(ROOT, "build", "benchmark-report.json"))
    ap.add_argument("--render-only", action="store_true", help="rewrite the documents from --results")
    args = ap.parse_args()
    args.workloads = [w for w in args.workloads.split(",") if w]
    args.implementations = [i for i in args.implementations.split(",") if i]
    if "hand" not in args.implementations:
        args.implementations.insert(0, "hand")  # every ratio is to hand-written code
    for w in args.workloads:
        if w not in WORKLOADS:
            sys.exit("unknown workload %s; choose from %s" % (w, ", ".join(WORKLOADS)))
    for i in args.implementations:
        if i not in IMPLEMENTATIONS:
            sys.exit("unknown implementation %s; choose from %s" % (i, ", ".join(IMPLEMENTATIONS)))

    if args.render_only:
        with open(args.results) as f:
            data = json.load(f)
    else:
        for tool in ["cmake", "valgrind", "/usr/bin/time"]:
            if not shutil.which(tool):
                sys.exit("%s is needed" % tool)
        data = {"date": datetime.date.today().isoformat(), "cpu": cpu_model(), "cores": os.cpu_count(),
                "results": [measure(c, args) for c in args.compilers.split(",") if c]}
        os.makedirs(os.path.dirname(args.results), exist_ok=True)
        with open(args.results, "w") as f:
            json.dump(data, f, indent=1)
    svg_path = os.path.splitext(args.out)[0] + "_ratios.svg"
    with open(args.out, "w") as f:
        f.write(render_markdown(data, os.path.basename(svg_path)))
    with open(svg_path, "w") as f:
        f.write(render_svg(data))
    say("wrote %s and %s" % (os.path.relpath(args.out, ROOT), os.path.relpath(svg_path, ROOT)))


if __name__ == "__main__":
    main()
