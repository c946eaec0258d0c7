#ifndef CTDIFF_MATH_DETAIL_SIN_COS_KERNEL_HPP
#define CTDIFF_MATH_DETAIL_SIN_COS_KERNEL_HPP

// sin and cos of a reduced argument |r| <= ~pi/4 in double-word arithmetic (Taylor series; the
// term counts keep the truncation below 2^-106 relative for double, 2^-130 for x87 long double).

#include <ctdiff/math/detail/dd_polynomial.hpp>
#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/fp.hpp>
#include <ctdiff/math/detail/trig_tables.hpp>

namespace ctdiff::math::detail {

// How many series terms each working type needs, and how many of them must be double-word.
template <class W>
struct sin_cos_terms {
    static_assert(fp_traits<W>::digits == 53 || fp_traits<W>::digits == 64,
                  "ctdiff::math trigonometry supports IEEE double and x87 long double working types");
    static constexpr bool wide = fp_traits<W>::digits == 64;
    static constexpr int sin_terms = wide ? 16 : 14;
    static constexpr int sin_dd = wide ? 9 : 7;
    static constexpr int cos_terms = wide ? 17 : 14;
    static constexpr int cos_dd = wide ? 9 : 8;
};

// sin r = r + r^3 S(r^2), given z = r^2 (tan needs it for both kernels)
template <class W>
constexpr dd<W> sin_kernel(dd<W> r, dd<W> z) noexcept
{
    using n = sin_cos_terms<W>;
    const dd<W> s = mixed_horner(trig_tables<W>::sin_coeffs, n::sin_terms, n::sin_dd, z);
    return r + (r * z) * s;
}

// cos r = 1 + r^2 C(r^2), given z = r^2
template <class W>
constexpr dd<W> cos_kernel(dd<W> z) noexcept
{
    using n = sin_cos_terms<W>;
    const dd<W> c = mixed_horner(trig_tables<W>::cos_coeffs, n::cos_terms, n::cos_dd, z);
    return W(1) + z * c;
}

} // namespace ctdiff::math::detail

#endif
