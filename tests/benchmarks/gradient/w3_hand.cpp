// W3, one logistic neuron, by hand: z = w.x + b, s = -y*z, f = log(1 + e) with e = exp(s).
// df/ds = e/(1 + e) reuses e, so the backward pass needs no second exp; df/dw_k = df/dz * x_k
// and df/db = df/dz.
#include "bench.hpp"
#include "workloads.hpp"

#include <cmath>

namespace {
using ctdiff_bench::neuron_inputs;
using ctdiff_bench::neuron_x;
using ctdiff_bench::neuron_y;
static_assert(CTDIFF_BENCH_N == neuron_inputs + 1);

double weighted_sum(double const* x) {
    double z = x[neuron_inputs];
    for (int k = 0; k < neuron_inputs; ++k) z += neuron_x[k] * x[k];
    return z;
}
}  // namespace

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) {
    return std::log(1 + std::exp(-neuron_y * weighted_sum(x)));
}
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    double const e = std::exp(-neuron_y * weighted_sum(x));
    double const p = 1 + e;
    double const dz = -neuron_y * (e / p);  // df/dz = df/ds * ds/dz
    for (int k = 0; k < neuron_inputs; ++k) g[k] = dz * neuron_x[k];
    g[neuron_inputs] = dz;
    return std::log(p);
}
#endif
CTDIFF_BENCH_REGISTER;
