// W1 with ctdiff: the lecture's function as written in the README.
#include "bench.hpp"

// the headers it uses, not <ctdiff/ctdiff.hpp>: its printers and checks would cost
// this TU about 0.35 s (README, "lighter include")
#include <ctdiff/gradient.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/operators.hpp>

#include <span>

namespace {
constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;
}  // namespace

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) { return f(x[0], x[1]); }
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    // x read and g written in place; f returned
    return ctdiff::value_and_gradient(f)(std::span<double const, 2>(x, 2), std::span<double, 2>(g, 2));
}
#endif
CTDIFF_BENCH_REGISTER;
