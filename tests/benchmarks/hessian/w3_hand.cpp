// W3, one logistic neuron, its Hessian by hand. f depends on the variables only through
// z = w.x + b = a.(w, b) with a = (x_0, ..., x_7, 1), so H = f''(z) a a^T with
// f''(z) = y^2 e/(1 + e)^2, e = exp(-y z): one exp, then each entry of the upper triangle is
// one product, mirrored to the lower one.
#include "bench.hpp"
#include "../gradient/w3_hand.hpp"

#include <cmath>

namespace {
using ctdiff_bench::neuron_inputs;
using ctdiff_bench::neuron_x;
using ctdiff_bench::neuron_y;
constexpr int n = CTDIFF_BENCH_N;
static_assert(n == neuron_inputs + 1);
}  // namespace

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) { return ctdiff_bench::hand::neuron(x); }
#else
namespace {
// The coefficients a_k of z in (w, b).
constexpr double a(int k) { return k < neuron_inputs ? neuron_x[k] : 1.0; }
}  // namespace

extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    double const e = std::exp(-neuron_y * ctdiff_bench::hand::neuron_weighted_sum(x));
    double const p = 1 + e;
    double const c = neuron_y * neuron_y * e / (p * p);  // f''(z)
    for (int i = 0; i < n; ++i) {
        double const ca = c * a(i);
        for (int j = i; j < n; ++j) {
            double const hij = ca * a(j);
            h[i * n + j] = hij;
            h[j * n + i] = hij;
        }
    }
}
#endif
CTDIFF_BENCH_REGISTER;
