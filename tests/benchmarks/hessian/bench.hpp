// The contract between one measured translation unit and the driver (driver.cpp) of the Hessian
// benchmark; the gradient benchmark's (../gradient/bench.hpp) with other kinds of function.
//
// Every TU defines exactly one function, of one kind chosen by CMake:
//   hessian         extern "C" void   CTDIFF_BENCH_SYMBOL(double const* x, double* h);
//                   h = the n*n Hessian, row-major (the default)
//   sparse_hessian  extern "C" void   CTDIFF_BENCH_SYMBOL(double const* x, double* h);
//                   h = its structural non-zeros, in the order of the registered pattern
//                   (CTDIFF_BENCH_SPARSE)
//   hvp             extern "C" void   CTDIFF_BENCH_SYMBOL(double const* x, double const* v, double* hv);
//                   hv = H*v (CTDIFF_BENCH_HVP)
//   value           extern "C" double CTDIFF_BENCH_SYMBOL(double const* x);   f alone (CTDIFF_BENCH_VALUE_ONLY)
// and registers it with the driver. As in the gradient benchmark, extern "C" gives a plain
// symbol, ctdiff_hessian_<id>, that callgrind's --toggle-collect can name; the driver calls it
// through a pointer, so every implementation pays the same call and writes every entry it
// computes to memory, where nothing can optimise it away.
//
// CMake (hessian/CMakeLists.txt) sets, per TU: CTDIFF_BENCH_ID (w2_n10_ctdiff_sparse),
// CTDIFF_BENCH_WORKLOAD (w2_n10), CTDIFF_BENCH_IMPL (ctdiff), CTDIFF_BENCH_N (number of
// variables), the kind, and for the peers CTDIFF_BENCH_F: the function template of
// ../gradient/generic.hpp, or for central differences the hand-written gradient.
#ifndef CTDIFF_BENCH_HESSIAN_BENCH_HPP
#define CTDIFF_BENCH_HESSIAN_BENCH_HPP

#include <cstddef>

// driver.cpp defines CTDIFF_BENCH_DRIVER: it needs the declarations, not a workload.
#if !defined(CTDIFF_BENCH_DRIVER) && (!defined(CTDIFF_BENCH_ID) || !defined(CTDIFF_BENCH_WORKLOAD) || !defined(CTDIFF_BENCH_IMPL) || \
    !defined(CTDIFF_BENCH_N))
#error "built by tests/benchmarks/hessian/CMakeLists.txt, which defines CTDIFF_BENCH_ID, _WORKLOAD, _IMPL and _N"
#endif

#define CTDIFF_BENCH_CAT_(a, b) a##b
#define CTDIFF_BENCH_CAT(a, b) CTDIFF_BENCH_CAT_(a, b)
#define CTDIFF_BENCH_STR_(a) #a
#define CTDIFF_BENCH_STR(a) CTDIFF_BENCH_STR_(a)

#define CTDIFF_BENCH_SYMBOL CTDIFF_BENCH_CAT(ctdiff_hessian_, CTDIFF_BENCH_ID)

namespace ctdiff_bench::hessian {

using matrix_function = void (*)(double const* x, double* h);
using product_function = void (*)(double const* x, double const* v, double* hv);
using value_function = double (*)(double const* x);

// The structural non-zeros (rows[k], columns[k]) of a sparse_hessian, k < nonzeros.
struct pattern {
    std::size_t nonzeros;
    std::size_t const* rows;
    std::size_t const* columns;
};

// Defined in driver.cpp; called during static initialisation, so they must not depend on other
// globals being constructed first. A matrix_function with a pattern is a sparse_hessian.
bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       matrix_function f, pattern const* sparse = nullptr) noexcept;
bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       product_function f) noexcept;
bool register_function(char const* workload, char const* implementation, char const* symbol, int n,
                       value_function f) noexcept;

}  // namespace ctdiff_bench::hessian

#define CTDIFF_BENCH_REGISTER_WITH(...)                                                              \
    [[maybe_unused]] static bool const ctdiff_bench_registered = ::ctdiff_bench::hessian::register_function( \
        CTDIFF_BENCH_STR(CTDIFF_BENCH_WORKLOAD), CTDIFF_BENCH_STR(CTDIFF_BENCH_IMPL),                \
        CTDIFF_BENCH_STR(CTDIFF_BENCH_SYMBOL), CTDIFF_BENCH_N, &CTDIFF_BENCH_SYMBOL __VA_OPT__(, ) __VA_ARGS__)

// CTDIFF_BENCH_REGISTER, or CTDIFF_BENCH_REGISTER_SPARSE(&pattern) for a sparse_hessian; after
// the definition of CTDIFF_BENCH_SYMBOL.
#define CTDIFF_BENCH_REGISTER CTDIFF_BENCH_REGISTER_WITH()
#define CTDIFF_BENCH_REGISTER_SPARSE(pattern) CTDIFF_BENCH_REGISTER_WITH(pattern)

#endif
