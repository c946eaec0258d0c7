#ifndef CTDIFF_MATH_DETAIL_ATAN_KERNEL_HPP
#define CTDIFF_MATH_DETAIL_ATAN_KERNEL_HPP

// atan of a ratio num/den of double-word numbers, for asin, acos, atan and atan2. The table
// step atan t = atan c + atan((t - c) / (1 + t c)) with c = k/16 leaves |u| <= 1/32, where
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

// atan(num / den) in [0, pi/2] for num, den >= 0, not both zero (magnitudes well inside the
// range). With the quotient t below 1 (else pi/2 - atan(den / num)) and c = k/16 nearest to t,
// atan t = atan c + atan u with u = (num - c den) / (den + c num): a single double-word division.
template <class W>
constexpr dd<W> atan_ratio(dd<W> num, dd<W> den) noexcept
{
    using tab = trig_tables<W>;
    const bool swapped = num.hi > den.hi;
    if (swapped) {
        const dd<W> t = num;
        num = den;
        den = t;
    }
    const W k = round_even(W(16) * num.hi / den.hi);
    const W c = k / W(16);
    const dd<W> u = k == 0 ? num / den : (num - den * c) / (den + num * c);
    const dd<W> z = u * u;
    const dd<W> s = mixed_horner(tab::atan_coeffs, atan_terms<W>::terms, atan_terms<W>::dd_terms, z);
    dd<W> r = u + (u * z) * s;
    if (k != 0) {
        r = table_pair(tab::atan_table[static_cast<int>(k)]) + r;
    }
    return swapped ? table_pair(tab::pi_2) - r : r;
}

} // namespace ctdiff::math::detail

#endif
