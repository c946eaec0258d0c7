// W3, one logistic neuron, with ctdiff: the weights are var<0>..var<7>, the bias var<8>; the
// training example (x, y) is data, so it enters the expression as numbers.
#include "bench.hpp"
#include "workloads.hpp"

// the headers it uses, not <ctdiff/ctdiff.hpp>: its printers and checks would cost
// this TU about 0.35 s (README, "lighter include")
#include <ctdiff/functions.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/sum.hpp>

#include <array>
#include <span>

namespace {
using ctdiff_bench::neuron_inputs;
using ctdiff_bench::neuron_x;
using ctdiff_bench::neuron_y;
constexpr int n = CTDIFF_BENCH_N;
static_assert(n == neuron_inputs + 1);

constexpr auto z = ctdiff::sum<0, neuron_inputs>([](auto k) { return neuron_x[k] * ctdiff::var<k>; }) +
                   ctdiff::var<neuron_inputs, "b">;
constexpr auto f = log(1 + exp(-neuron_y * z));
}  // namespace

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) {
    return f(std::span<double const, n>(x, n));  // x read in place
}
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    // x read and g written in place; f returned
    return ctdiff::value_and_gradient(f)(std::span<double const, n>(x, n), std::span<double, n>(g, n));
}
#endif
CTDIFF_BENCH_REGISTER;
