// W2, Rosenbrock, with ctdiff: the gradient benchmark's expression (../gradient/w2_ctdiff.cpp);
// ctdiff_entry.hpp makes it the TU's kind of Hessian.
#include <ctdiff/ctdiff.hpp>

#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
static_assert(n >= 2);

constexpr auto f = ctdiff::loop_sum<0, n - 1>([](auto i) {
    return 100 * ctdiff::pow<2>(ctdiff::var<i + 1> - ctdiff::pow<2>(ctdiff::var<i>)) +
           ctdiff::pow<2>(1 - ctdiff::var<i>);
});
}  // namespace

#include "ctdiff_entry.hpp"
