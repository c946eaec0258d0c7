// The driver of the gradient benchmark: one executable per implementation (bench_gradient_<impl>)
// links this file, the implementation's TUs and the hand-written ones, the reference for --check.
// Its own implementation is the one that is not "hand" (in bench_gradient_hand: "hand").
//
//   bench_gradient_<impl> [Google Benchmark flags]   time of its own implementation's functions
//   bench_gradient_<impl> --list                     workload, implementation, kind, n, symbol
//   bench_gradient_<impl> --check                    every function against the hand-written one
//   bench_gradient_<impl> --repeat <symbol> <K>      K calls of one function, nothing else
//
// --repeat is for callgrind: with --toggle-collect=<symbol> only the instructions inside the
// function (and what it calls, such as exp) are counted. tools/benchmark_report.py runs it for two
// K and divides the difference, so one-time costs (lazy binding of libm) cancel out.
#define CTDIFF_BENCH_DRIVER
#include "bench.hpp"
#include "workloads.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <tuple>
#include <vector>

namespace ctdiff_bench {
namespace {

struct entry {
    std::string workload, implementation, symbol;
    int n;
    gradient_function gradient;  // exactly one of gradient and value is set
    value_function value;

    std::string kind() const { return gradient ? "value_and_gradient" : "value"; }
};

// Constructed on first use: registration runs during static initialisation, in any TU order.
std::vector<entry>& registry() {
    static std::vector<entry> entries;
    return entries;
}

std::vector<double> point_of(entry const& e) {
    std::vector<double> x(static_cast<std::size_t>(e.n));
    for (int i = 0; i < e.n; ++i) x[static_cast<std::size_t>(i)] = point(e.workload[1], i);
    return x;
}

double call(entry const& e, double const* x, double* g) { return e.gradient ? e.gradient(x, g) : e.value(x); }

void run_benchmark(benchmark::State& state, entry const* e) {
    std::vector<double> x = point_of(*e);
    std::vector<double> g(x.size());
    for (auto _ : state) {
        benchmark::DoNotOptimize(x.data());
        double const v = call(*e, x.data(), g.data());
        benchmark::DoNotOptimize(v);
        benchmark::DoNotOptimize(g.data());
        benchmark::ClobberMemory();
    }
}

entry const* find_reference(entry const& e) {
    for (entry const& r : registry())
        if (r.workload == e.workload && r.implementation == "hand" && r.gradient) return &r;
    return nullptr;
}

// Agreement with the hand-written gradient: to rounding for automatic differentiation, to the
// O(h^2) + O(eps/h) ~ 1e-10 relative error of central differences for "fd".
int check() {
    int failures = 0;
    for (entry const& e : registry()) {
        entry const* ref = find_reference(e);
        if (!ref) {
            std::printf("%-8s %-7s %-18s no hand-written reference\n", e.workload.c_str(),
                        e.implementation.c_str(), e.kind().c_str());
            ++failures;
            continue;
        }
        std::vector<double> const x = point_of(e);
        std::vector<double> g(x.size()), gr(x.size());
        double const v = call(e, x.data(), g.data());
        double const vr = ref->gradient(x.data(), gr.data());
        double const tol = e.implementation == "fd" ? 1e-6 : 1e-12;
        auto rel = [](double a, double b) { return std::abs(a - b) / std::max(1.0, std::abs(b)); };
        double err = rel(v, vr);
        if (e.gradient)
            for (std::size_t i = 0; i < g.size(); ++i) err = std::max(err, rel(g[i], gr[i]));
        bool ok = err <= tol;
        if (e.workload == "w1" && e.gradient)  // the lecture's numbers
            ok = ok && std::abs(v - 124) <= 1e-12 && std::abs(g[0] - 44) <= tol * 44 && std::abs(g[1] - 66) <= tol * 66;
        std::printf("%-8s %-7s %-18s max rel error %.2e  %s\n", e.workload.c_str(), e.implementation.c_str(),
                    e.kind().c_str(), err, ok ? "ok" : "FAILED");
        failures += ok ? 0 : 1;
    }
    return failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

int repeat(char const* symbol, long k) {
    for (entry const& e : registry()) {
        if (e.symbol != symbol) continue;
        std::vector<double> const x = point_of(e);
        std::vector<double> g(x.size());
        double volatile sink = 0;
        for (long i = 0; i < k; ++i) sink = call(e, x.data(), g.data());
        (void)sink;
        return EXIT_SUCCESS;
    }
    std::fprintf(stderr, "no function named %s; see --list\n", symbol);
    return EXIT_FAILURE;
}

}  // namespace

bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       gradient_function f) noexcept {
    registry().push_back({workload, implementation, symbol, n, f, nullptr});
    return true;
}

bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       value_function f) noexcept {
    registry().push_back({workload, implementation, symbol, n, nullptr, f});
    return true;
}

}  // namespace ctdiff_bench

int main(int argc, char** argv) {
    using namespace ctdiff_bench;
    std::sort(registry().begin(), registry().end(), [](entry const& a, entry const& b) {
        return std::tie(a.workload, a.implementation, a.symbol) < std::tie(b.workload, b.implementation, b.symbol);
    });
    if (argc == 2 && std::strcmp(argv[1], "--list") == 0) {
        for (entry const& e : registry())
            std::printf("%s %s %s %d %s\n", e.workload.c_str(), e.implementation.c_str(), e.kind().c_str(), e.n,
                        e.symbol.c_str());
        return EXIT_SUCCESS;
    }
    if (argc == 2 && std::strcmp(argv[1], "--check") == 0) return check();
    if (argc == 4 && std::strcmp(argv[1], "--repeat") == 0) return repeat(argv[2], std::atol(argv[3]));

    std::string own = "hand";
    for (entry const& e : registry())
        if (e.implementation != "hand") own = e.implementation;
    for (entry const& e : registry())
        if (e.implementation == own)
            benchmark::RegisterBenchmark((e.workload + "/" + e.implementation + "/" + e.kind()).c_str(),
                                         run_benchmark, &e);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return EXIT_SUCCESS;
}
