// The one function of a ctdiff TU, written once for every workload: w*_ctdiff.cpp and
// poly_ctdiff.cpp define n and the expression f, then include this file, which defines
// CTDIFF_BENCH_SYMBOL for the TU's kind (bench.hpp) and registers it:
//   hessian          ctdiff::hessian(f)(x), its n rows copied to h
//   sparse_hessian   ctdiff::sparse_hessian(f)(x).values copied to h; its static pattern registered
//   hvp              ctdiff::hessian_vector_product(f)(x, v) copied to hv
//   value            f(x)
// The copies are what every implementation pays: the result must reach memory.
#ifndef CTDIFF_BENCH_HESSIAN_CTDIFF_ENTRY_HPP
#define CTDIFF_BENCH_HESSIAN_CTDIFF_ENTRY_HPP

#include "bench.hpp"

#include <ctdiff/ctdiff.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>

namespace {
std::array<double, n> load(double const* x) {
    std::array<double, n> a;
    std::copy_n(x, n, a.begin());
    return a;
}
}  // namespace

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
    std::copy(s.values.begin(), s.values.end(), h);
}
CTDIFF_BENCH_REGISTER_SPARSE(&structure);
#elif defined(CTDIFF_BENCH_HVP)
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double const* v, double* hv) {
    auto const r = ctdiff::hessian_vector_product(f)(load(x), load(v));
    std::copy(r.begin(), r.end(), hv);
}
CTDIFF_BENCH_REGISTER;
#else
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    auto const m = ctdiff::hessian(f)(load(x));
    static_assert(sizeof m == n * n * sizeof(double));  // the rows back to back
    // One copy while it is small: a loop over P's three rows costs 20 instructions, 40% of the
    // hand-written Hessian. Row by row above 2 KB, because glibc's memcpy of more than a few KB
    // is rep movsb, which callgrind counts byte by byte.
    if constexpr (sizeof m <= 2048) std::memcpy(h, &m, sizeof m);
    else
        for (std::size_t i = 0; i < n; ++i) std::memcpy(h + i * n, m[i].data(), sizeof m[i]);
}
CTDIFF_BENCH_REGISTER;
#endif

#endif
