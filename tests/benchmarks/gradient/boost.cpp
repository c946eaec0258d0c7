// Boost.Math's autodiff: fvar<double, 1> is a dual number (value, one derivative). Seeding all n
// variables at once (make_ftuple with order 1 each) would nest n fvar levels and compute all
// 2^n mixed partials, so the gradient takes n forward passes, one seeded variable each.
#include "bench.hpp"
#include "generic.hpp"

#include <boost/math/differentiation/autodiff.hpp>

#include <array>
#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
using number = boost::math::differentiation::autodiff_fvar<double, 1>;  // fvar<double, 1>
}  // namespace

extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    std::array<number, n> a;
    for (std::size_t i = 0; i < n; ++i) a[i] = number(x[i]);  // a constant: derivative 0
    double value = 0;
    for (std::size_t j = 0; j < n; ++j) {
        a[j] = boost::math::differentiation::make_fvar<double, 1>(x[j]);
        number const r = ctdiff_bench::generic::CTDIFF_BENCH_F(a);
        value = r.derivative(0);
        g[j] = r.derivative(1);
        a[j] = number(x[j]);
    }
    return value;
}
CTDIFF_BENCH_REGISTER;
