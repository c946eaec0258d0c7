// Central differences of the value function: 2n + 1 evaluations of f in double, with the step
// h = cbrt(eps) * max(1, |x_i|) that balances truncation (h^2) against rounding (eps/h).
#include "bench.hpp"
#include "generic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
constexpr double cbrt_eps = 6.055454452393343e-06;  // cbrt(2^-52); std::cbrt is not constexpr
}  // namespace

extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    std::array<double, n> a;
    std::copy_n(x, n, a.begin());
    for (std::size_t i = 0; i < n; ++i) {
        double const xi = a[i];
        double const h = cbrt_eps * std::max(1.0, std::abs(xi));
        a[i] = xi + h;
        double const up = ctdiff_bench::generic::CTDIFF_BENCH_F(a);
        a[i] = xi - h;
        double const down = ctdiff_bench::generic::CTDIFF_BENCH_F(a);
        a[i] = xi;
        // The steps actually taken, after rounding x_i +- h, divide the difference.
        g[i] = (up - down) / ((xi + h) - (xi - h));
    }
    return ctdiff_bench::generic::CTDIFF_BENCH_F(a);
}
CTDIFF_BENCH_REGISTER;
