// W2, Rosenbrock, by hand: the value, and the value with the gradient. Term i,
// 100*t^2 + u^2 with t = x_{i+1} - x_i^2 and u = 1 - x_i, contributes 200t to df/dx_{i+1} and
// -400*t*x_i - 2u to df/dx_i: one pass, each partial written once it is complete. Shared by
// w2_hand.cpp and the Hessian benchmark (its value alone, its central differences).
#ifndef CTDIFF_BENCH_GRADIENT_W2_HAND_HPP
#define CTDIFF_BENCH_GRADIENT_W2_HAND_HPP

#include <cstddef>

namespace ctdiff_bench::hand {

template <std::size_t N>
inline double rosenbrock(double const* x) {
    static_assert(N >= 2);
    double f = 0;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        double const t = x[i + 1] - x[i] * x[i];
        double const u = 1 - x[i];
        f += 100 * t * t + u * u;
    }
    return f;
}

template <std::size_t N>
inline double rosenbrock(double const* x, double* g) {
    static_assert(N >= 2);
    double f = 0;
    double carried = 0;  // the contribution of term i-1 to df/dx_i
    for (std::size_t i = 0; i + 1 < N; ++i) {
        double const t = x[i + 1] - x[i] * x[i];
        double const u = 1 - x[i];
        f += 100 * t * t + u * u;
        g[i] = carried - 400 * t * x[i] - 2 * u;
        carried = 200 * t;
    }
    g[N - 1] = carried;
    return f;
}

}  // namespace ctdiff_bench::hand

#endif
