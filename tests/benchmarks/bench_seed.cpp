// The seed's derivative against the same formula written by hand: they should cost the same.
#include <ctdiff/ctdiff.hpp>

#include <benchmark/benchmark.h>

namespace {

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;
constexpr auto df_dx1 = ctdiff::d(f, x1);

void derivative_ctdiff(benchmark::State& state) {
    double a = 1.0, b = 3.0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(a);
        benchmark::DoNotOptimize(b);
        benchmark::DoNotOptimize(df_dx1(a, b));
    }
}
BENCHMARK(derivative_ctdiff);

void derivative_by_hand(benchmark::State& state) {
    double a = 1.0, b = 3.0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(a);
        benchmark::DoNotOptimize(b);
        benchmark::DoNotOptimize(4 * (2 * a + 3 * b));
    }
}
BENCHMARK(derivative_by_hand);

}  // namespace

BENCHMARK_MAIN();
