// Boost.Math's autodiff, the Hessian as its documentation computes mixed partials: make_ftuple
// seeds two variables, each to order 1, in the nested fvar<fvar<double, 1>, 1> (4 coefficients:
// f, f_i, f_j, f_ij), and derivative(1, 1) is d2f/dx_i dx_j. One forward pass per entry of the
// upper triangle: n(n+1)/2 passes, 1,275 for Rosenbrock-50, each over all of f. A diagonal entry
// seeds x_i with both infinitesimals, x_i + e1 + e2, so one number type serves every pass.
// Seeding all n variables at once (make_ftuple with n orders) would nest n levels and carry 2^n
// coefficients.
#include "bench.hpp"
#include "../gradient/generic.hpp"

#include <boost/math/differentiation/autodiff.hpp>

#include <array>
#include <cstddef>
#include <tuple>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
namespace ad = boost::math::differentiation;
using number = ad::autodiff_fvar<double, 1, 1>;  // fvar<fvar<double, 1>, 1>
}  // namespace

extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    std::array<number, n> a;
    for (std::size_t i = 0; i < n; ++i) a[i] = number(x[i]);  // constants: no derivatives
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i; j < n; ++j) {
            auto const [u, w] = ad::make_ftuple<double, 1, 1>(x[i], x[j]);
            if (i == j) {
                a[i] = u + w - x[i];
            } else {
                a[i] = u;
                a[j] = w;
            }
            number const r = ctdiff_bench::generic::CTDIFF_BENCH_F(a);
            double const hij = r.derivative(1, 1);
            h[i * n + j] = hij;
            h[j * n + i] = hij;
            a[i] = number(x[i]);
            a[j] = number(x[j]);
        }
}
CTDIFF_BENCH_REGISTER;
