// Double-word exponential kernels shared by exp, exp2, expm1, pow and the hyperbolic functions.
//
// x = k ln2/64 + r with |r| <= ln2/128 (Cody-Waite with three pieces of ln2/64, exact products),
// e^x = 2^(k div 64) * 2^((k mod 64)/64) * (1 + expm1(r)), expm1(r) = r + r^2 q(r) by a Taylor
// series. Relative error about 2^-100 for W = double and 2^-122 for W = long double.
#ifndef CTDIFF_MATH_DETAIL_EXP_KERNEL_HPP
#define CTDIFF_MATH_DETAIL_EXP_KERNEL_HPP

#include <concepts>

#include <ctdiff/math/detail/dd_polynomial.hpp>
#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exp_log_tables.hpp>
#include <ctdiff/math/detail/fp.hpp>

namespace ctdiff::math::detail {

// ln 2 rounded up a little: e^x overflows for x > max_exponent * ln2_above and underflows to 0
// for x < (min_exponent - digits - 1) * ln2_above; in between the final rounding decides.
template <std::floating_point T>
inline constexpr T ln2_above = T(0.6932);

// The value m * 2^e; keeps results beyond the range of W representable.
template <std::floating_point W>
struct scaled_dd {
    dd<W> m;
    int e;
};

// expm1(r) for |r| <= ln2/128 (and tiny r), with full accuracy relative to r; with
// relative_to_one, only relative to 1 (enough for e^r = 1 + expm1(r), one dd step cheaper).
template <std::floating_point W>
constexpr dd<W> expm1_reduced(dd<W> r, bool relative_to_one = false) noexcept
{
    using tables = exp_log_tables<W>;
    constexpr int terms = static_cast<int>(sizeof(tables::exp_coeffs) / sizeof(tables::exp_coeffs[0]));
    // Terms from r^(dd_terms + 2) on are below 2^-(digits+4) of r (of 1 with one dd term
    // less): plain W suffices for them.
    constexpr int dd_terms = fp_traits<W>::digits > 53 ? 6 : 5;
    dd<W> q = mixed_horner(tables::exp_coeffs, terms, relative_to_one ? dd_terms - 1 : dd_terms, r);
    return r + (r * r) * q;
}

// e^(r + k ln2/64) for |r| <= ln2/128, as a scaled double word with m in [0.7, 2.1].
template <std::floating_point W>
constexpr scaled_dd<W> exp_reduced(dd<W> r, int k) noexcept
{
    using tables = exp_log_tables<W>;
    int j = k & 63; // k mod 64, also for negative k
    int i = (k - j) / 64;
    dd<W> t{tables::exp2_j[j][0], tables::exp2_j[j][1]};
    dd<W> em1 = expm1_reduced(r, true);
    return {t + t * em1, i};
}

// Splits x (|x.hi| < 2^21 ln2/64, about 22,700) into k ln2/64 + r with |r| <= ln2/128.
template <std::floating_point W>
constexpr dd<W> reduce_ln2_64(dd<W> x, int* k) noexcept
{
    using tables = exp_log_tables<W>;
    W kw = round_even(x.hi * tables::inv_ln2_64);
    *k = static_cast<int>(kw);
    // kw * ln2_64_parts[0] is exact (the piece has 21 trailing zero bits) and close to x.hi,
    // so the first subtraction is exact too (Sterbenz).
    W head = x.hi - kw * tables::ln2_64_parts[0];
    dd<W> r = two_sum(head, x.lo);
    r = r - two_prod(kw, tables::ln2_64_parts[1]);
    return r - kw * tables::ln2_64_parts[2];
}

// e^x for a double-word x with |x.hi| < 22,000 (callers handle overflow and underflow first).
template <std::floating_point W>
constexpr scaled_dd<W> exp_kernel(dd<W> x) noexcept
{
    int k = 0;
    dd<W> r = reduce_ln2_64(x, &k);
    return exp_reduced(r, k);
}

// e^x - 1 for a double-word x with |x.hi| <= (max_exponent - 2) ln2 (no overflow of W).
template <std::floating_point W>
constexpr dd<W> expm1_kernel(dd<W> x) noexcept
{
    int k = 0;
    dd<W> r = reduce_ln2_64(x, &k);
    if (k == 0) return expm1_reduced(r);
    scaled_dd<W> e = exp_reduced(r, k);
    // (m - 2^-e) 2^e: m is near 1 and 2^-e exact, so no precision is lost before the scaling.
    return ldexp(e.m - pow2<W>(-e.e), e.e);
}

} // namespace ctdiff::math::detail

#endif
