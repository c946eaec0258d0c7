// P, its Hessian by hand (the gradient is in ../gradient/poly_hand.hpp):
//   H_xx = 2y + 12x^2      H_xy = 2x + 3z + 2yz     H_xz = 3y + y^2 + 11
//   H_yy = 2xz - 2z^2      H_yz = 3x + 2xy + 7 - 4yz
//   H_zz = -12z - 2y^2
// Six distinct entries, each computed once; the lower triangle repeats the upper one.
#include "bench.hpp"
#include "../gradient/poly_hand.hpp"

static_assert(CTDIFF_BENCH_N == 3);

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* p) { return ctdiff_bench::hand::polynomial(p); }
#else
extern "C" void CTDIFF_BENCH_SYMBOL(double const* p, double* h) {
    double const x = p[0];
    double const y = p[1];
    double const z = p[2];
    double const yz = y * z;
    double const hxy = 2 * x + 3 * z + 2 * yz;
    double const hxz = 3 * y + y * y + 11;
    double const hyz = 3 * x + 2 * x * y + 7 - 4 * yz;
    h[0] = 2 * y + 12 * x * x;
    h[1] = hxy;
    h[2] = hxz;
    h[3] = hxy;
    h[4] = 2 * x * z - 2 * z * z;
    h[5] = hyz;
    h[6] = hxz;
    h[7] = hyz;
    h[8] = -12 * z - 2 * y * y;
}
#endif
CTDIFF_BENCH_REGISTER;
