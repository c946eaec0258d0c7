#ifndef CTDIFF_MATH_DETAIL_ATAN_KERNEL_HPP
#define CTDIFF_MATH_DETAIL_ATAN_KERNEL_HPP

// atan of a double-word argument in [0, 1] and of a ratio num/den, for asin, acos, atan, atan2.
// Table step atan t = atan c + atan((t - c) / (1 + t c)) with c = k/16 leaves |u| <= 1/32, where
// the odd series needs 10 terms for 2^-106 (double) and 12 for 2^-130 (x87 long double).

#include <ctdiff/math/detail/dd_polynomial.hpp>
#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/fp.hpp>
#include <ctdiff/math/detail/trig_tables.hpp>

namespace ctdiff::math::detail {

template <class W>
struct atan_terms {
    static_assert(fp_traits<W>::digits == 53 || fp_traits<W>::digits == 64,
                  "ctdiff::math inverse trigonometry supports IEEE double and x87 long double working types");
    static constexpr bool wide = fp_traits<W>::digits == 64;
    static constexpr int terms = wide ? 12 : 10;
    static constexpr int dd_terms = wide ? 6 : 5;
};

template <class W>
constexpr dd<W> table_pair(const W (&v)[2]) noexcept { return {v[0], v[1]}; }

// atan t for 0 <= t <= 1 (a little more is harmless).
template <class W>
constexpr dd<W> atan_kernel(dd<W> t) noexcept
{
    using tab = trig_tables<W>;
    const W k = round_even(t.hi * W(16));
    dd<W> u = t;
    if (k != 0) {
        const W c = k / W(16);
        u = (t - c) / (W(1) + t * c);
    }
    const dd<W> z = u * u;
    const dd<W> s = mixed_horner(tab::atan_coeffs, atan_terms<W>::terms, atan_terms<W>::dd_terms, z);
    const dd<W> series = u + (u * z) * s;
    return k == 0 ? series : table_pair(tab::atan_table[static_cast<int>(k)]) + series;
}

// atan(num / den) in [0, pi/2] for num, den >= 0, not both zero, with the quotient taken the way
// round that stays below 1.
template <class W>
constexpr dd<W> atan_ratio(dd<W> num, dd<W> den) noexcept
{
    if (num.hi <= den.hi) {
        return atan_kernel(num / den);
    }
    return table_pair(trig_tables<W>::pi_2) - atan_kernel(den / num);
}

} // namespace ctdiff::math::detail

#endif
