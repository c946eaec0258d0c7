// ceres::Jet<double, n>: forward mode with the n partials in a fixed-size Eigen vector, as Ceres'
// AutoDiffCostFunction uses it. Only the header is needed, not the solver library.
#include "bench.hpp"
#include "generic.hpp"

#include <ceres/jet.h>

#include <array>
#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
using number = ceres::Jet<double, n>;
}  // namespace

extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    std::array<number, n> a;
    for (std::size_t i = 0; i < n; ++i) a[i] = number(x[i], static_cast<int>(i));  // seed i
    number const r = ctdiff_bench::generic::CTDIFF_BENCH_F(a);
    for (std::size_t i = 0; i < n; ++i) g[i] = r.v[static_cast<int>(i)];
    return r.a;
}
CTDIFF_BENCH_REGISTER;
