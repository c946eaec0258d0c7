// Eigen's nested AutoDiffScalar, the usual way to get a Hessian from it: the outer number's
// value and partials are themselves AutoDiffScalars over the same n variables, so one forward
// pass carries the value, n first partials (inner values) and n*n second partials (inner
// partials of the outer partials). Every operation works on all (n + 1)^2 numbers, whatever the
// sparsity of H: for Rosenbrock-50 that is 2,601 doubles per intermediate. Fixed sizes, as in the
// gradient benchmark: no heap.
#include "bench.hpp"
#include "../gradient/generic.hpp"

#include <Eigen/Core>  // unsupported/Eigen/AutoDiff does not include it itself
#include <unsupported/Eigen/AutoDiff>

#include <array>
#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
using inner = Eigen::AutoDiffScalar<Eigen::Matrix<double, n, 1>>;
using outer = Eigen::AutoDiffScalar<Eigen::Matrix<inner, n, 1>>;
}  // namespace

extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    std::array<outer, n> a;
    for (std::size_t i = 0; i < n; ++i) {
        a[i].value() = inner(x[i], n, i);  // x_i, with d x_i / d x_j = [i == j]
        for (std::size_t j = 0; j < n; ++j) a[i].derivatives()[j] = inner(i == j ? 1.0 : 0.0);  // no 2nd partials
    }
    outer const r = ctdiff_bench::generic::CTDIFF_BENCH_F(a);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) h[i * n + j] = r.derivatives()[i].derivatives()[j];
}
CTDIFF_BENCH_REGISTER;
