#ifndef CTDIFF_MATH_INVERSE_TRIG_HPP
#define CTDIFF_MATH_INVERSE_TRIG_HPP

// asin, acos, atan, atan2: <cmath> at run time; in constant evaluation every one is an atan of a
// double-word ratio (detail/atan_kernel.hpp) placed in its quadrant and rounded once to T.

#include <cmath>
#include <concepts>
#include <type_traits>

#include <ctdiff/math/detail/atan_kernel.hpp>
#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/fp.hpp>
#include <ctdiff/math/detail/trig_tables.hpp>

namespace ctdiff::math {

namespace detail {

// Below 2^-(digits/2 + 1) of the working type, asin x and atan x round to x.
template <class W>
inline constexpr W inverse_trig_tiny = pow2<W>(-(fp_traits<W>::digits / 2 + 1));

// sqrt(1 - a^2) = sqrt((1 - a)(1 + a)) in double-word, 0 <= a <= 1; both factors are exact.
template <class W>
constexpr dd<W> cosine_of_asin(W a) noexcept
{
    return detail::sqrt(two_sum(W(1), -a) * two_sum(W(1), a));
}

template <class T>
constexpr T asin_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (isnan(x)) {
        return x;
    }
    const W a = fabs(static_cast<W>(x));
    if (a > 1) {
        return nan_with_sign<T>(false); // glibc: asin outside [-1, 1] is +NaN
    }
    if (a < inverse_trig_tiny<W>) {
        return x;
    }
    const dd<W> r = atan_ratio(to_dd(a), cosine_of_asin(a));
    return round_to<T>(x < 0 ? -r : r);
}

template <class T>
constexpr T acos_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (isnan(x)) {
        return x;
    }
    const W a = fabs(static_cast<W>(x));
    if (a > 1) {
        return nan_with_sign<T>(false);
    }
    if (x == 1) {
        return T(0);
    }
    const dd<W> r = atan_ratio(cosine_of_asin(a), to_dd(a)); // acos |x|
    return round_to<T>(x < 0 ? table_pair(trig_tables<W>::pi) - r : r);
}

template <class T>
constexpr T atan_constexpr(T x) noexcept
{
    using W = working_t<T>;
    using tab = trig_tables<W>;
    if (isnan(x) || x == 0) {
        return x;
    }
    const W a = fabs(static_cast<W>(x));
    if (a < inverse_trig_tiny<W>) {
        return x;
    }
    dd<W> r{};
    if (a > pow2<W>(fp_traits<W>::digits + 2)) {
        r = table_pair(tab::pi_2); // pi/2 - 1/a, with 1/a far below an ulp (and no overflow)
    } else {
        r = atan_ratio(to_dd(a), to_dd(W(1)));
    }
    return round_to<T>(x < 0 ? -r : r);
}

// Special cases follow C Annex F (glibc): the sign of y carries through, x < 0 or -0 means the
// left half-plane.
template <class T>
constexpr T atan2_constexpr(T y, T x) noexcept
{
    using W = working_t<T>;
    using tab = trig_tables<W>;
    if (isnan(x) || isnan(y)) {
        return isnan(y) ? y : x;
    }
    const bool left = signbit(x);
    const W ay = fabs(static_cast<W>(y));
    const W ax = fabs(static_cast<W>(x));
    dd<W> r{};
    if (ay == 0) {
        if (!left) {
            return y;
        }
        r = table_pair(tab::pi);
    } else if (isinf(ax) && isinf(ay)) {
        r = left ? table_pair(tab::three_pi_4) : table_pair(tab::pi_4);
    } else if (isinf(ax)) {
        if (!left) {
            return copysign(T(0), y);
        }
        r = table_pair(tab::pi);
    } else if (isinf(ay) || ax == 0) {
        r = table_pair(tab::pi_2);
    } else {
        const int ey = ilogb_finite(ay);
        const int ex = ilogb_finite(ax);
        constexpr int far = fp_traits<W>::digits + 8;
        if (ey - ex > far) {
            r = table_pair(tab::pi_2); // pi/2 -+ |x/y|, well below an ulp
        } else if (ex - ey > far && !left) {
            // atan t = t (1 - t^2/3 ...) with t < 2^-61: the quotient, rounded once (a float
            // quotient is formed in double-word so that it is not rounded twice).
            if constexpr (std::is_same_v<T, W>) {
                return y / x;
            } else {
                return round_to<T>(to_dd(static_cast<W>(y)) / static_cast<W>(x));
            }
        } else if (ex - ey > far) {
            r = table_pair(tab::pi);
        } else {
            // Common scaling into range (exact: neither scaled value leaves the normal range).
            const int e = ex > ey ? ex : ey;
            r = atan_ratio(to_dd(detail::ldexp(ay, -e)), to_dd(detail::ldexp(ax, -e)));
            if (left) {
                r = table_pair(tab::pi) - r;
            }
        }
    }
    return round_to<T>(signbit(y) ? -r : r);
}

} // namespace detail

template <std::floating_point T>
constexpr T asin(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::asin_constexpr(x);
    }
    return std::asin(x);
}

template <std::floating_point T>
constexpr T acos(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::acos_constexpr(x);
    }
    return std::acos(x);
}

template <std::floating_point T>
constexpr T atan(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::atan_constexpr(x);
    }
    return std::atan(x);
}

template <std::integral I>
constexpr double asin(I x) noexcept { return math::asin(static_cast<double>(x)); }

template <std::integral I>
constexpr double acos(I x) noexcept { return math::acos(static_cast<double>(x)); }

template <std::integral I>
constexpr double atan(I x) noexcept { return math::atan(static_cast<double>(x)); }

// Mixed arguments are promoted like <cmath> (integers to double).
template <class A, class B>
    requires std::is_arithmetic_v<A> && std::is_arithmetic_v<B>
constexpr detail::promoted_t<A, B> atan2(A y, B x) noexcept
{
    using T = detail::promoted_t<A, B>;
    if (std::is_constant_evaluated()) {
        return detail::atan2_constexpr(static_cast<T>(y), static_cast<T>(x));
    }
    return std::atan2(static_cast<T>(y), static_cast<T>(x));
}

} // namespace ctdiff::math

#endif
