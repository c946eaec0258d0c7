// The one function of a ctdiff TU, written once for every workload: w*_ctdiff.cpp and
// poly_ctdiff.cpp define n and the expression f, then include this file, which defines
// CTDIFF_BENCH_SYMBOL for the TU's kind (bench.hpp) and registers it:
//   hessian          ctdiff::hessian(f)(x), stored to h row by row
//   sparse_hessian   ctdiff::sparse_hessian(f)(x).values stored to h; its static pattern registered
//   hvp              ctdiff::hessian_vector_product(f)(x, v) stored to hv
//   value            f(x)
// The stores are what every implementation pays: the result must reach memory.
#ifndef CTDIFF_BENCH_HESSIAN_CTDIFF_ENTRY_HPP
#define CTDIFF_BENCH_HESSIAN_CTDIFF_ENTRY_HPP

#include "bench.hpp"

#include <ctdiff/ctdiff.hpp>

#include <array>
#include <cstddef>

namespace {
// x (or v) as the std::array ctdiff takes, element by element like the stores below.
std::array<double, n> load(double const* x) {
    std::array<double, n> a;
#pragma GCC unroll 65534
    for (std::size_t i = 0; i < n; ++i) a[i] = x[i];
    return a;
}
}  // namespace

// Each result is stored element by element, the loops unrolled: then the compilers store every
// entry from the register it was computed in. A memcpy or std::copy of the returned array goes
// through a copy of it on the stack instead and, with g++, a rep movsq that callgrind counts
// once per element (g++ 12, W2 n = 10: 326 instead of 213 instructions).
#if defined(CTDIFF_BENCH_VALUE_ONLY)
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) { return f(load(x)); }
CTDIFF_BENCH_REGISTER;
#elif defined(CTDIFF_BENCH_SPARSE)
namespace {
using sparse_result = decltype(ctdiff::sparse_hessian(f)(std::array<double, n>{}));
constexpr ctdiff_bench::hessian::pattern structure{sparse_result::nonzeros, sparse_result::rows.data(),
                                                   sparse_result::columns.data()};
}  // namespace
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    auto const s = ctdiff::sparse_hessian(f)(load(x));
#pragma GCC unroll 65534
    for (std::size_t k = 0; k < sparse_result::nonzeros; ++k) h[k] = s.values[k];
}
CTDIFF_BENCH_REGISTER_SPARSE(&structure);
#elif defined(CTDIFF_BENCH_HVP)
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double const* v, double* hv) {
    auto const r = ctdiff::hessian_vector_product(f)(load(x), load(v));
#pragma GCC unroll 65534
    for (std::size_t i = 0; i < n; ++i) hv[i] = r[i];
}
CTDIFF_BENCH_REGISTER;
#else
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    auto const m = ctdiff::hessian(f)(load(x));
#pragma GCC unroll 65534
    for (std::size_t i = 0; i < n; ++i)
#pragma GCC unroll 65534
        for (std::size_t j = 0; j < n; ++j) h[i * n + j] = m[i][j];
}
CTDIFF_BENCH_REGISTER;
#endif

#endif
