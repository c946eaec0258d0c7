// W3, one logistic neuron, with ctdiff: the gradient benchmark's expression
// (../gradient/w3_ctdiff.cpp); ctdiff_entry.hpp makes it the TU's kind of Hessian.
#include "../gradient/workloads.hpp"

#include <ctdiff/ctdiff.hpp>

#include <cstddef>

namespace {
using ctdiff_bench::neuron_inputs;
using ctdiff_bench::neuron_x;
using ctdiff_bench::neuron_y;
constexpr std::size_t n = CTDIFF_BENCH_N;
static_assert(n == neuron_inputs + 1);

constexpr auto z = ctdiff::sum<0, neuron_inputs>([](auto k) { return neuron_x[k] * ctdiff::var<k>; }) +
                   ctdiff::var<neuron_inputs, "b">;
constexpr auto f = log(1 + exp(-neuron_y * z));
}  // namespace

#include "ctdiff_entry.hpp"
