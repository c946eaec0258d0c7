// Central differences of the hand-written gradient (../gradient/w*_hand.hpp): column i of H is
// (g(x + h e_i) - g(x - h e_i)) / 2h, 2n gradient evaluations, with the step
// h = cbrt(eps) * max(1, |x_i|) of the gradient benchmark's central differences; the two
// estimates of each off-diagonal entry are averaged, so H comes out symmetric.
#include "bench.hpp"
#include "../gradient/poly_hand.hpp"
#include "../gradient/w2_hand.hpp"
#include "../gradient/w3_hand.hpp"
#include "../gradient/w4_hand.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
constexpr double cbrt_eps = 6.055454452393343e-06;  // cbrt(2^-52); std::cbrt is not constexpr
}  // namespace

extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    using namespace ctdiff_bench::hand;
    std::array<double, n> a;
    std::array<double, n> up, down;
    std::copy_n(x, n, a.begin());
    for (std::size_t i = 0; i < n; ++i) {
        double const xi = a[i];
        double const step = cbrt_eps * std::max(1.0, std::abs(xi));
        a[i] = xi + step;
        CTDIFF_BENCH_F(a.data(), up.data());
        a[i] = xi - step;
        CTDIFF_BENCH_F(a.data(), down.data());
        a[i] = xi;
        // The steps actually taken, after rounding x_i +- h, divide the difference.
        double const width = (xi + step) - (xi - step);
        for (std::size_t j = 0; j < n; ++j) h[j * n + i] = (up[j] - down[j]) / width;  // d g_j / d x_i
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) h[i * n + j] = h[j * n + i] = (h[i * n + j] + h[j * n + i]) / 2;
}
CTDIFF_BENCH_REGISTER;
