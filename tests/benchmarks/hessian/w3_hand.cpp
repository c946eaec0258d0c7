// W3, one logistic neuron, its Hessian by hand. f depends on the variables only through
// z = w.x + b = a.(w, b) with a = (x_0, ..., x_7, 1), so H = f''(z) a a^T with
// f''(z) = y^2 e/(1 + e)^2, e = exp(-y z): one exp, then each entry is f''(z) times the constant
// a_i a_j, the outer product taken while compiling. Mirroring the upper triangle would save 36
// multiplications but keep clang++ from unrolling the loop (482 instead of 242 instructions);
// unrolled, the 81 products are straight-line code on both compilers.
#include "bench.hpp"
#include "../gradient/w3_hand.hpp"

#include <array>
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
// a a^T, row by row
constexpr std::array<double, n * n> outer = [] {
    auto a = [](int k) { return k < neuron_inputs ? neuron_x[k] : 1.0; };
    std::array<double, n * n> m{};
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) m[i * n + j] = a(i) * a(j);
    return m;
}();
}  // namespace

extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    double const e = std::exp(-neuron_y * ctdiff_bench::hand::neuron_weighted_sum(x));
    double const p = 1 + e;
    double const c = neuron_y * neuron_y * e / (p * p);  // f''(z)
#pragma GCC unroll 81
    for (int k = 0; k < n * n; ++k) h[k] = c * outer[k];
}
#endif
CTDIFF_BENCH_REGISTER;
