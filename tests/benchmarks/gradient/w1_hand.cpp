// W1 by hand: f = s^2 + 3 with s = 2*x1 + 3*x2; df/ds = 2s, so the gradient is (4s, 6s).
#include "bench.hpp"

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) {
    double const s = 2 * x[0] + 3 * x[1];
    return s * s + 3;
}
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    double const s = 2 * x[0] + 3 * x[1];
    double const ds = 2 * s;  // the adjoint of s
    g[0] = 2 * ds;
    g[1] = 3 * ds;
    return s * s + 3;
}
#endif
CTDIFF_BENCH_REGISTER;
