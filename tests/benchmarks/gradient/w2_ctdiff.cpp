// W2, Rosenbrock, with ctdiff: ctdiff::loop_sum<0, n - 1> keeps the sum a loop. Its term is built
// once, i standing for the loop's index, and f and its gradient run as loops over i; ctdiff::sum,
// given the same lambda, would unroll it into n - 1 terms (docs/design.md, "Sums that stay loops").
#include "bench.hpp"

// the headers it uses, not <ctdiff/ctdiff.hpp>: its printers and checks would cost
// this TU about 0.35 s (README, "lighter include")
#include <ctdiff/gradient.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/loop_sum.hpp>
#include <ctdiff/operators.hpp>

#include <cstddef>
#include <span>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
static_assert(n >= 2);

constexpr auto f = ctdiff::loop_sum<0, n - 1>([](auto i) {
    return 100 * ctdiff::pow<2>(ctdiff::var<i + 1> - ctdiff::pow<2>(ctdiff::var<i>)) +
           ctdiff::pow<2>(1 - ctdiff::var<i>);
});
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
