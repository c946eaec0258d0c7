#ifndef CTDIFF_MATH_DETAIL_DD_POLYNOMIAL_HPP
#define CTDIFF_MATH_DETAIL_DD_POLYNOMIAL_HPP

// Horner evaluation of a series with double-word coefficients {hi, lo}, for the trigonometric
// kernels. The high-order terms are tiny, so they are summed in plain W arithmetic; only the
// first `dd_terms` coefficients, whose terms exceed ~2^-digits of the result, pay for dd.

#include <cstddef>

#include <ctdiff/math/detail/double_double.hpp>

namespace ctdiff::math::detail {

// sum over k < terms of c[k] z^k, with terms >= dd_terms >= 1.
template <class W, std::size_t N>
constexpr dd<W> mixed_horner(const W (&c)[N][2], int terms, int dd_terms, dd<W> z) noexcept
{
    W tail = c[terms - 1][0];
    for (int k = terms - 2; k >= dd_terms; --k) {
        tail = tail * z.hi + c[k][0];
    }
    dd<W> acc = dd<W>{c[dd_terms - 1][0], c[dd_terms - 1][1]};
    if (terms > dd_terms) {
        acc = acc + tail * z.hi;
    }
    for (int k = dd_terms - 2; k >= 0; --k) {
        acc = acc * z + dd<W>{c[k][0], c[k][1]};
    }
    return acc;
}

} // namespace ctdiff::math::detail

#endif
