// W2, Rosenbrock, by hand. Term i, 100*t^2 + u^2 with t = x_{i+1} - x_i^2 and u = 1 - x_i,
// contributes 200t to df/dx_{i+1} and -400*t*x_i - 2u to df/dx_i: one pass, each partial
// written once it is complete.
#include "bench.hpp"

#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
static_assert(n >= 2);
}  // namespace

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) {
    double f = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        double const t = x[i + 1] - x[i] * x[i];
        double const u = 1 - x[i];
        f += 100 * t * t + u * u;
    }
    return f;
}
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    double f = 0;
    double carried = 0;  // the contribution of term i-1 to df/dx_i
    for (std::size_t i = 0; i + 1 < n; ++i) {
        double const t = x[i + 1] - x[i] * x[i];
        double const u = 1 - x[i];
        f += 100 * t * t + u * u;
        g[i] = carried - 400 * t * x[i] - 2 * u;
        carried = 200 * t;
    }
    g[n - 1] = carried;
    return f;
}
#endif
CTDIFF_BENCH_REGISTER;
