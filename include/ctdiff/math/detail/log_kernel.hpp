// Double-word logarithm kernels shared by log, log2, log10, log1p, pow and the inverse
// hyperbolic functions.
//
// x = 2^e m with m in [1 - 1/128, 2 - 1/128), c = 1 + j/64 the table point nearest to m,
// ln x = e ln2 + ln c + 2 atanh(s), s = (m - c)/(m + c), |s| <= 2^-8.
// Relative error about 2^-100 for W = double and 2^-122 for W = long double; near x = 1 the
// result keeps its full relative accuracy (e = 0, c = 1, ln x = 2 atanh(s)).
#ifndef CTDIFF_MATH_DETAIL_LOG_KERNEL_HPP
#define CTDIFF_MATH_DETAIL_LOG_KERNEL_HPP

#include <concepts>

#include <ctdiff/math/detail/dd_polynomial.hpp>
#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exp_log_tables.hpp>
#include <ctdiff/math/detail/fp.hpp>

namespace ctdiff::math::detail {

// 2 atanh(s) = ln((1 + s)/(1 - s)) for |s| <= 2^-8.
template <std::floating_point W>
constexpr dd<W> two_atanh_small(dd<W> s) noexcept
{
    using tables = exp_log_tables<W>;
    constexpr int terms = static_cast<int>(sizeof(tables::atanh_coeffs) / sizeof(tables::atanh_coeffs[0]));
    // Terms s^(2k) with k >= dd_terms are below 2^-(digits+10): plain W suffices for them.
    constexpr int dd_terms = fp_traits<W>::digits > 53 ? 5 : 4;
    dd<W> p = mixed_horner(tables::atanh_coeffs, terms, dd_terms, s * s);
    return (s * p) * W(2);
}

// ln x = e ln2 + rest; keeping e apart lets log2 and log10 scale only the rest.
template <std::floating_point W>
struct log_parts {
    int e;
    dd<W> rest;
};

// ln x split as above, for a double-word x with x.hi > 0 finite.
template <std::floating_point W>
constexpr log_parts<W> log_kernel_parts(dd<W> x) noexcept
{
    using tables = exp_log_tables<W>;
    int e = ilogb_finite(x.hi);
    dd<W> m{};
    if (x.hi >= fp_traits<W>::min_normal && e < fp_traits<W>::max_exponent - 1) {
        W scale = pow2<W>(-e); // normal, or subnormal with a normal product: exact either way
        m = {x.hi * scale, x.lo * scale};
    } else {
        m = to_dd(ldexp(x.hi, -e)); // a subnormal hi has lo == 0; the top binade needs two steps
        m.lo = ldexp(x.lo, -e);
    }
    if (m.hi >= W(2) - W(1) / 128) {
        m = {m.hi * W(0.5), m.lo * W(0.5)};
        ++e;
    }
    W jw = round_even((m.hi - 1) * 64); // both steps exact
    int j = static_cast<int>(jw);
    W c = 1 + jw / 64;
    dd<W> s = (m - c) / (m + c);
    dd<W> rest = dd<W>{tables::log_c[j][0], tables::log_c[j][1]} + two_atanh_small(s);
    return {e, rest};
}

// ln x for a double-word x with x.hi > 0 finite.
template <std::floating_point W>
constexpr dd<W> log_kernel(dd<W> x) noexcept
{
    using tables = exp_log_tables<W>;
    log_parts<W> p = log_kernel_parts(x);
    if (p.e == 0) return p.rest;
    W ew = static_cast<W>(p.e);
    dd<W> eln2 = two_prod(ew, tables::ln2[0]) + ew * tables::ln2[1];
    return eln2 + p.rest;
}

// ln(1 + x) for a double-word x with x.hi > -1 finite, accurate also for tiny x.
template <std::floating_point W>
constexpr dd<W> log1p_kernel(dd<W> x) noexcept
{
    if (fabs(x.hi) < W(1) / 128) {
        // 1 + x would drop the low bits of a tiny x: use ln(1 + x) = 2 atanh(x / (2 + x)).
        return two_atanh_small(x / (x + W(2)));
    }
    return log_kernel(x + W(1));
}

} // namespace ctdiff::math::detail

#endif
