// The one function of a ctdiff TU, written once for every workload: w*_ctdiff.cpp and
// poly_ctdiff.cpp define n and the expression f, then include this file, which defines
// CTDIFF_BENCH_SYMBOL for the TU's kind (bench.hpp) and registers it:
//   hessian          ctdiff::hessian(f)(x, span of h): written row by row into h
//   sparse_hessian   ctdiff::sparse_hessian(f)(x, span of h): the non-zeros; its static pattern registered
//   hvp              ctdiff::hessian_vector_product(f)(x, v, span of hv)
//   value            f(x)
// The stores are what every implementation pays: the result must reach memory. ctdiff writes
// into the caller's storage, as a solver's callback would, each entry as soon as it is computed.
#ifndef CTDIFF_BENCH_HESSIAN_CTDIFF_ENTRY_HPP
#define CTDIFF_BENCH_HESSIAN_CTDIFF_ENTRY_HPP

#include "bench.hpp"

#include <ctdiff/ctdiff.hpp>

#include <array>
#include <cstddef>
#include <span>

namespace {
// x (or v) as the std::array H*v takes, element by element like the stores below; f and the
// other programs read x in place through a span
[[maybe_unused]] std::array<double, n> load(double const* x) {
    std::array<double, n> a;
#pragma GCC unroll 65534
    for (std::size_t i = 0; i < n; ++i) a[i] = x[i];
    return a;
}
}  // namespace

#if defined(CTDIFF_BENCH_VALUE_ONLY)
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) { return f(std::span<double const, n>(x, n)); }
CTDIFF_BENCH_REGISTER;
#elif defined(CTDIFF_BENCH_SPARSE)
namespace {
using sparse_result = decltype(ctdiff::sparse_hessian(f)(std::array<double, n>{}));
constexpr ctdiff_bench::hessian::pattern structure{sparse_result::nonzeros, sparse_result::rows.data(),
                                                   sparse_result::columns.data()};
}  // namespace
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    ctdiff::sparse_hessian(f)(std::span<double const, n>(x, n), std::span<double, sparse_result::nonzeros>(h, sparse_result::nonzeros));
}
CTDIFF_BENCH_REGISTER_SPARSE(&structure);
#elif defined(CTDIFF_BENCH_HVP)
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double const* v, double* hv) {
    ctdiff::hessian_vector_product(f)(load(x), load(v), std::span<double, n>(hv, n));
}
CTDIFF_BENCH_REGISTER;
#else
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    ctdiff::hessian(f)(std::span<double const, n>(x, n), std::span<double, n * n>(h, n * n));  // row by row
}
CTDIFF_BENCH_REGISTER;
#endif

#endif
