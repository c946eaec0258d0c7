// Eigen's forward-mode AutoDiffScalar with a fixed-size derivative vector: every operation
// carries all n partials along, so the cost grows with n times the number of operations.
#include "bench.hpp"
#include "generic.hpp"

#include <Eigen/Core>  // unsupported/Eigen/AutoDiff does not include it itself
#include <unsupported/Eigen/AutoDiff>

#include <array>
#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
using number = Eigen::AutoDiffScalar<Eigen::Matrix<double, n, 1>>;
}  // namespace

extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    std::array<number, n> a;
    for (std::size_t i = 0; i < n; ++i) a[i] = number(x[i], n, i);  // value, n partials, seed i
    number const r = ctdiff_bench::generic::CTDIFF_BENCH_F(a);
    for (std::size_t i = 0; i < n; ++i) g[i] = r.derivatives()[i];
    return r.value();
}
CTDIFF_BENCH_REGISTER;
