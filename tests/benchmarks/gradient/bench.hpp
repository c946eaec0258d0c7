// The contract between one measured translation unit and the driver (driver.cpp).
//
// Every TU of the gradient benchmark defines exactly one function,
//     extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g);   // value; g = gradient
// or, built with CTDIFF_BENCH_VALUE_ONLY,
//     extern "C" double CTDIFF_BENCH_SYMBOL(double const* x);              // value alone
// and registers it with the driver. extern "C" gives a plain symbol, ctdiff_bench_<id>, that
// callgrind's --toggle-collect can name; the driver calls it through a pointer, so it is never
// inlined into the loop that measures it. Every implementation pays the same call and reads x
// and writes g through the same pointers.
//
// CMake (gradient/CMakeLists.txt) sets, per TU: CTDIFF_BENCH_ID (w2_n10_hand), CTDIFF_BENCH_WORKLOAD
// (w2_n10), CTDIFF_BENCH_IMPL (hand), CTDIFF_BENCH_N (number of variables) and, for the
// generic peers, CTDIFF_BENCH_F (the function template in generic.hpp).
#ifndef CTDIFF_BENCH_GRADIENT_BENCH_HPP
#define CTDIFF_BENCH_GRADIENT_BENCH_HPP

// driver.cpp defines CTDIFF_BENCH_DRIVER: it needs the declarations, not a workload.
#if !defined(CTDIFF_BENCH_DRIVER) && (!defined(CTDIFF_BENCH_ID) || !defined(CTDIFF_BENCH_WORKLOAD) || !defined(CTDIFF_BENCH_IMPL) || \
    !defined(CTDIFF_BENCH_N))
#error "built by tests/benchmarks/gradient/CMakeLists.txt, which defines CTDIFF_BENCH_ID, _WORKLOAD, _IMPL and _N"
#endif

#define CTDIFF_BENCH_CAT_(a, b) a##b
#define CTDIFF_BENCH_CAT(a, b) CTDIFF_BENCH_CAT_(a, b)
#define CTDIFF_BENCH_STR_(a) #a
#define CTDIFF_BENCH_STR(a) CTDIFF_BENCH_STR_(a)

#define CTDIFF_BENCH_SYMBOL CTDIFF_BENCH_CAT(ctdiff_bench_, CTDIFF_BENCH_ID)

namespace ctdiff_bench {

using gradient_function = double (*)(double const* x, double* g);
using value_function = double (*)(double const* x);

// Defined in driver.cpp; called during static initialisation, so they must not depend on other
// globals being constructed first.
bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       gradient_function f) noexcept;
bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       value_function f) noexcept;

}  // namespace ctdiff_bench

// CTDIFF_BENCH_REGISTER; after the definition of CTDIFF_BENCH_SYMBOL.
#define CTDIFF_BENCH_REGISTER                                                                       \
    [[maybe_unused]] static bool const ctdiff_bench_registered = ::ctdiff_bench::register_function( \
        CTDIFF_BENCH_STR(CTDIFF_BENCH_WORKLOAD), CTDIFF_BENCH_STR(CTDIFF_BENCH_IMPL),               \
        CTDIFF_BENCH_STR(CTDIFF_BENCH_SYMBOL), CTDIFF_BENCH_N, &CTDIFF_BENCH_SYMBOL)

#endif
