// The expressions whose C source to_c_generate writes and to_c_compiled_test compares with
// ctdiff's own evaluation: one list, so the generator and the test cannot disagree.
#ifndef CTDIFF_TESTS_TO_C_CASES_HPP
#define CTDIFF_TESTS_TO_C_CASES_HPP

#include <ctdiff/ctdiff.hpp>

namespace to_c_cases {

using namespace ctdiff;

inline constexpr auto x1 = var<0, "x1">;
inline constexpr auto x2 = var<1, "x2">;
inline constexpr auto x = var<0, "x">;
inline constexpr auto y = var<1, "y">;

// the lecture
inline constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;

// workload W3 of the benchmarks
inline constexpr auto w3 = sin(x * y) + exp(x / y) - log(1 + x * x) + sqrt(x * x + y * y) + tanh(x - y);

// every function of functions.hpp and pow.hpp, for 0 < x, y < 1; x - y takes both signs
inline constexpr auto every_function =
    sqrt(x) + cbrt(y) + exp(x) + log(y) + exp2(x) + expm1(y) + log2(x) + log10(y) + log1p(x) + sin(x) + cos(y) +
    tan(x) + asin(y) + acos(x) + atan(y) + atan2(x, y) + hypot(x, y) + sinh(x) + cosh(y) + tanh(x) + asinh(y) +
    acosh(1 + x) + atanh(y) + erf(x) + erfc(y) + sigmoid(x - y) + softplus(y - x) + sign(x - y) + abs(x - y) +
    pow(x, y) + pow<3>(y) + pow<-2>(x) + pow<7>(x) + pow<-6>(y) + sigmoid(y - 3 * x) + softplus(3 * x - y);

// run-time numbers that need round-trip printing, and integer numbers that C must not divide as ints
inline constexpr auto numbers =
    2.5 * x + 0.1 * y + constant(1e-300) * x * y + x / 3.0 + constant(2) / constant(3) * y + 1.0 / 7 * x * x;

// a loop_sum, whose gradient programs are written as loops: Rosenbrock in 5 variables, and a term
// reaching back (x[i - 1]) with a variable it does not read in the middle of its window
inline constexpr auto rosenbrock = loop_sum<0, 4>([](auto i) {
    return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>);
});
inline constexpr auto reaching_back = loop_sum<1, 4>([](auto i) { return 2.5 * var<i - 1> * exp(var<i + 1>); });

}  // namespace to_c_cases

#endif
