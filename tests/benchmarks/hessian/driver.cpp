// The driver of the Hessian benchmark: one executable per implementation (bench_hessian_<impl>)
// links this file, the implementation's TUs and the hand-written ones, the reference for --check.
// Its own implementation is the one that is not "hand" (in bench_hessian_hand: "hand").
//
//   bench_hessian_<impl> [Google Benchmark flags]   time of its own implementation's functions
//   bench_hessian_<impl> --list                     workload, implementation, kind, n, symbol
//   bench_hessian_<impl> --check                    every function against the hand-written Hessian
//   bench_hessian_<impl> --repeat <symbol> <K>      K calls of one function, nothing else
//
// As in the gradient benchmark (../gradient/driver.cpp), --repeat is for callgrind's
// --toggle-collect, and tools/hessian_report.py divides the difference of two K.
#define CTDIFF_BENCH_DRIVER
#include "bench.hpp"
#include "../gradient/workloads.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <tuple>
#include <vector>

namespace ctdiff_bench::hessian {
namespace {

struct entry {
    std::string workload, implementation, symbol;
    int n;
    matrix_function matrix;  // exactly one of matrix, product and value is set
    pattern const* sparse;   // with matrix: a sparse_hessian
    product_function product;
    value_function value;

    std::string kind() const {
        return matrix ? (sparse ? "sparse_hessian" : "hessian") : product ? "hvp" : "value";
    }
    std::size_t size() const { return sparse ? sparse->nonzeros : static_cast<std::size_t>(n) * n; }
};

// Constructed on first use: registration runs during static initialisation, in any TU order.
std::vector<entry>& registry() {
    static std::vector<entry> entries;
    return entries;
}

std::vector<double> point_of(entry const& e) {
    std::vector<double> x(static_cast<std::size_t>(e.n));
    for (int i = 0; i < e.n; ++i) x[static_cast<std::size_t>(i)] = point(e.workload.c_str(), i);
    return x;
}

std::vector<double> direction_of(entry const& e) {
    std::vector<double> v(static_cast<std::size_t>(e.n));
    for (int i = 0; i < e.n; ++i) v[static_cast<std::size_t>(i)] = direction(i);
    return v;
}

// One call of whatever kind; out has room for n*n doubles.
double call(entry const& e, double const* x, double const* v, double* out) {
    if (e.matrix) e.matrix(x, out);
    else if (e.product) e.product(x, v, out);
    else return e.value(x);
    return out[0];
}

void run_benchmark(benchmark::State& state, entry const* e) {
    std::vector<double> x = point_of(*e);
    std::vector<double> const v = direction_of(*e);
    std::vector<double> out(x.size() * x.size());
    for (auto _ : state) {
        benchmark::DoNotOptimize(x.data());
        double const r = call(*e, x.data(), v.data(), out.data());
        benchmark::DoNotOptimize(r);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
}

entry const* find(std::string const& workload, char const* implementation, char const* kind) {
    for (entry const& r : registry())
        if (r.workload == workload && r.implementation == implementation && r.kind() == kind) return &r;
    return nullptr;
}

double rel(double a, double b) { return std::abs(a - b) / std::max(1.0, std::abs(b)); }

// The largest relative error of e against the hand-written dense Hessian href (and, for a value,
// the hand-written value). A sparse pattern must list each entry once, row by row, and leave out
// only entries that are zero.
double error_of(entry const& e, std::vector<double> const& x, std::vector<double> const& href, bool& ok) {
    std::size_t const n = x.size();
    std::vector<double> const v = direction_of(e);
    std::vector<double> out(n * n);
    double err = 0;
    if (e.kind() == "hessian") {
        call(e, x.data(), v.data(), out.data());
        for (std::size_t k = 0; k < n * n; ++k) err = std::max(err, rel(out[k], href[k]));
    } else if (e.kind() == "sparse_hessian") {
        call(e, x.data(), v.data(), out.data());
        std::vector<bool> listed(n * n);
        for (std::size_t k = 0; k < e.sparse->nonzeros; ++k) {
            std::size_t const i = e.sparse->rows[k], j = e.sparse->columns[k];
            bool const in_order = k == 0 || std::tie(e.sparse->rows[k - 1], e.sparse->columns[k - 1]) < std::tie(i, j);
            if (i >= n || j >= n || !in_order) {
                std::printf("    pattern entry %zu, (%zu, %zu), is out of range or out of order\n", k, i, j);
                ok = false;
                return err;
            }
            listed[i * n + j] = true;
            err = std::max(err, rel(out[k], href[i * n + j]));
        }
        for (std::size_t k = 0; k < n * n; ++k)
            if (!listed[k] && href[k] != 0) {
                std::printf("    H(%zu, %zu) = %g is not in the pattern\n", k / n, k % n, href[k]);
                ok = false;
            }
    } else if (e.kind() == "hvp") {
        call(e, x.data(), v.data(), out.data());
        for (std::size_t i = 0; i < n; ++i) {
            double hv = 0;
            for (std::size_t j = 0; j < n; ++j) hv += href[i * n + j] * v[j];
            err = std::max(err, rel(out[i], hv));
        }
    } else {
        entry const* ref = find(e.workload, "hand", "value");
        if (!ref) {
            std::printf("    no hand-written value\n");
            ok = false;
            return err;
        }
        err = rel(e.value(x.data()), ref->value(x.data()));
    }
    return err;
}

// Agreement with the hand-written Hessian at the measurement point: to 1e-9 relative for
// automatic differentiation (rounding differs in the last bits), to 1e-5 for central differences
// of the gradient, whose error is O(h^2) + O(eps/h) with h ~ cbrt(eps). The hand-written Hessian
// itself must be symmetric; central differences of the hand-written gradient check it.
int check() {
    int failures = 0;
    for (entry const& e : registry()) {
        entry const* ref = find(e.workload, "hand", "hessian");
        if (!ref) {
            std::printf("%-8s %-7s %-15s no hand-written Hessian\n", e.workload.c_str(), e.implementation.c_str(),
                        e.kind().c_str());
            ++failures;
            continue;
        }
        std::vector<double> const x = point_of(e);
        std::size_t const n = x.size();
        std::vector<double> href(n * n);
        ref->matrix(x.data(), href.data());
        bool ok = true;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < i; ++j) ok = ok && href[i * n + j] == href[j * n + i];
        if (!ok) std::printf("    the hand-written Hessian of %s is not symmetric\n", e.workload.c_str());
        double const err = error_of(e, x, href, ok);
        double const tol = e.implementation == "fd" ? 1e-5 : 1e-9;
        ok = ok && err <= tol;
        std::string const listed = e.sparse ? "  " + std::to_string(e.sparse->nonzeros) + " entries" : "";
        std::printf("%-8s %-7s %-15s max rel error %.2e%s  %s\n", e.workload.c_str(), e.implementation.c_str(),
                    e.kind().c_str(), err, listed.c_str(), ok ? "ok" : "FAILED");
        failures += ok ? 0 : 1;
    }
    return failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

int repeat(char const* symbol, long k) {
    for (entry const& e : registry()) {
        if (e.symbol != symbol) continue;
        std::vector<double> const x = point_of(e);
        std::vector<double> const v = direction_of(e);
        std::vector<double> out(x.size() * x.size());
        double volatile sink = 0;
        for (long i = 0; i < k; ++i) sink = call(e, x.data(), v.data(), out.data());
        (void)sink;
        return EXIT_SUCCESS;
    }
    std::fprintf(stderr, "no function named %s; see --list\n", symbol);
    return EXIT_FAILURE;
}

}  // namespace

bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       matrix_function f, pattern const* sparse) noexcept {
    registry().push_back({workload, implementation, symbol, n, f, sparse, nullptr, nullptr});
    return true;
}

bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       product_function f) noexcept {
    registry().push_back({workload, implementation, symbol, n, nullptr, nullptr, f, nullptr});
    return true;
}

bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       value_function f) noexcept {
    registry().push_back({workload, implementation, symbol, n, nullptr, nullptr, nullptr, f});
    return true;
}

}  // namespace ctdiff_bench::hessian

int main(int argc, char** argv) {
    using namespace ctdiff_bench::hessian;
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
