// W4 by hand: the forward pass keeps what the partials reuse (cos(xy), exp(x/y), 1 + x^2,
// 1/r with r = sqrt(x^2 + y^2), tanh(x - y)); four divisions in all.
//   df/dx = y cos(xy) + exp(x/y)/y       - 2x/(1 + x^2) + x/r + (1 - tanh^2(x - y))
//   df/dy = x cos(xy) - exp(x/y) x/y^2                  + y/r - (1 - tanh^2(x - y))
// Shared by w4_hand.cpp and the Hessian benchmark.
#ifndef CTDIFF_BENCH_GRADIENT_W4_HAND_HPP
#define CTDIFF_BENCH_GRADIENT_W4_HAND_HPP

#include <cmath>

namespace ctdiff_bench::hand {

inline double elementary(double const* p) {
    double const x = p[0];
    double const y = p[1];
    return std::sin(x * y) + std::exp(x / y) - std::log(1 + x * x) + std::sqrt(x * x + y * y) +
           std::tanh(x - y);
}

inline double elementary(double const* p, double* g) {
    double const x = p[0];
    double const y = p[1];
    double const xy = x * y;
    double const q = x / y;
    double const e = std::exp(q);
    double const a = 1 + x * x;
    double const r = std::sqrt(x * x + y * y);
    double const t = std::tanh(x - y);
    double const c = std::cos(xy);
    double const e_y = e / y;        // d exp(x/y)/dx; times -q it is d exp(x/y)/dy
    double const inv_r = 1 / r;
    double const dt = 1 - t * t;     // tanh' from tanh itself
    g[0] = y * c + e_y - 2 * x / a + x * inv_r + dt;
    g[1] = x * c - e_y * q + y * inv_r - dt;
    return std::sin(xy) + e - std::log(a) + r + t;
}

}  // namespace ctdiff_bench::hand

#endif
