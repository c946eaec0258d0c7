// P by hand, its value and its gradient, each monomial's partials collected by variable:
//   P   = x^2 y + 3xyz - 2z^3 + x y^2 z + 5x + 7yz + x^4 - y^2 z^2 + 11xz + 13
//   P_x = 2xy + 3yz + y^2 z + 5 + 4x^3 + 11z
//   P_y = x^2 + 3xz + 2xyz + 7z - 2y z^2
//   P_z = 3xy - 6z^2 + x y^2 + 7y - 2y^2 z + 11x
// Only the Hessian benchmark measures P; it lives beside the other workloads' hand-written code.
#ifndef CTDIFF_BENCH_GRADIENT_POLY_HAND_HPP
#define CTDIFF_BENCH_GRADIENT_POLY_HAND_HPP

namespace ctdiff_bench::hand {

inline double polynomial(double const* p) {
    double const x = p[0];
    double const y = p[1];
    double const z = p[2];
    double const xx = x * x;
    double const yz = y * z;
    return xx * y + 3 * x * yz - 2 * z * z * z + x * y * yz + 5 * x + 7 * yz + xx * xx - yz * yz + 11 * x * z + 13;
}

inline double polynomial(double const* p, double* g) {
    double const x = p[0];
    double const y = p[1];
    double const z = p[2];
    double const xx = x * x;
    double const xy = x * y;
    double const yz = y * z;
    double const zz = z * z;
    g[0] = 2 * xy + 3 * yz + y * yz + 5 + 4 * xx * x + 11 * z;
    g[1] = xx + 3 * x * z + 2 * xy * z + 7 * z - 2 * yz * z;
    g[2] = 3 * xy - 6 * zz + xy * y + 7 * y - 2 * y * yz + 11 * x;
    return xx * y + 3 * xy * z - 2 * zz * z + xy * yz + 5 * x + 7 * yz + xx * xx - yz * yz + 11 * x * z + 13;
}

}  // namespace ctdiff_bench::hand

#endif
