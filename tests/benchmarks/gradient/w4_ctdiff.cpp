// W4 with ctdiff: the formula as written; sin, exp, log, sqrt, tanh are found by ADL.
#include "bench.hpp"

// the headers it uses, not <ctdiff/ctdiff.hpp>: its printers and checks would cost
// this TU about 0.35 s (README, "lighter include")
#include <ctdiff/functions.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/operators.hpp>

#include <span>

namespace {
constexpr auto x = ctdiff::var<0, "x">;
constexpr auto y = ctdiff::var<1, "y">;
constexpr auto f = sin(x * y) + exp(x / y) - log(1 + x * x) + sqrt(x * x + y * y) + tanh(x - y);
}  // namespace

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* p) { return f(p[0], p[1]); }
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* p, double* g) {
    // x read and g written in place; f returned
    return ctdiff::value_and_gradient(f)(std::span<double const, 2>(p, 2), std::span<double, 2>(g, 2));
}
#endif
CTDIFF_BENCH_REGISTER;
