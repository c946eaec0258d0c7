// W4, its Hessian by hand, term by term (s = sin(xy), c = cos(xy), q = x/y, k = exp(q)/y^2,
// a = 1 + x^2, r = sqrt(x^2 + y^2), t = tanh(x - y), d = 2t(1 - t^2)):
//   H_xx = -y^2 s + k         + 2(x^2 - 1)/a^2 + y^2/r^3 - d
//   H_xy = c - xy s - k(1 + q)                 - xy/r^3  + d
//   H_yy = -x^2 s + k q(q + 2)                 + x^2/r^3 - d
// Five libm calls (sin and cos of one argument, exp, sqrt, tanh), no log: the Hessian of
// -log(1 + x^2) is rational. H_xy is computed once and stored twice.
#include "bench.hpp"
#include "../gradient/w4_hand.hpp"

#include <cmath>

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* p) { return ctdiff_bench::hand::elementary(p); }
#else
extern "C" void CTDIFF_BENCH_SYMBOL(double const* p, double* h) {
    double const x = p[0];
    double const y = p[1];
    double const xx = x * x;
    double const yy = y * y;
    double const xy = x * y;
    double const s = std::sin(xy);
    double const c = std::cos(xy);
    double const q = x / y;
    double const k = std::exp(q) / yy;
    double const a = 1 + xx;
    double const rr = xx + yy;
    double const inv_r3 = 1 / (rr * std::sqrt(rr));
    double const t = std::tanh(x - y);
    double const d = 2 * t * (1 - t * t);
    double const hxy = c - xy * s - k * (1 + q) - xy * inv_r3 + d;
    h[0] = -yy * s + k + 2 * (xx - 1) / (a * a) + yy * inv_r3 - d;
    h[1] = hxy;
    h[2] = hxy;
    h[3] = -xx * s + k * q * (q + 2) + xx * inv_r3 - d;
}
#endif
CTDIFF_BENCH_REGISTER;
