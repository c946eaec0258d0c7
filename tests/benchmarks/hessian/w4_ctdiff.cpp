// W4 with ctdiff: the formula as written (../gradient/w4_ctdiff.cpp); ctdiff_entry.hpp makes it
// the TU's kind of Hessian.
#include <ctdiff/ctdiff.hpp>

#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
static_assert(n == 2);

constexpr auto x = ctdiff::var<0, "x">;
constexpr auto y = ctdiff::var<1, "y">;
constexpr auto f = sin(x * y) + exp(x / y) - log(1 + x * x) + sqrt(x * x + y * y) + tanh(x - y);
}  // namespace

#include "ctdiff_entry.hpp"
