#ifndef CTDIFF_MATH_SQRT_HPP
#define CTDIFF_MATH_SQRT_HPP

// sqrt, cbrt, hypot: <cmath> at run time, correctly rounded constexpr evaluation otherwise.

#include <cmath>
#include <concepts>
#include <type_traits>

#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exact_sqrt.hpp>
#include <ctdiff/math/detail/fp.hpp>

namespace ctdiff::math {

namespace detail {

// sqrt(-0) = -0 and sqrt(x < 0) = -NaN, as glibc on x86-64 (the sign of its default NaN).
template <class T>
constexpr T sqrt_constexpr(T x) noexcept
{
    if (isnan(x) || x == 0 || x == fp_traits<T>::infinity) {
        return x;
    }
    if (x < 0) {
        return nan_with_sign<T>(true);
    }
    return sqrt_positive(x);
}

// cbrt |x| = cbrt(m) 2^k with m = |x| 2^-3k in [1, 8): Newton in W to ~1 ulp, then one
// correction y - (y^3 - m) / (3 y^2) with y^3 - m in double-word, rounded once to T.
template <class T>
constexpr T cbrt_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (isnan(x) || isinf(x) || x == 0) {
        return x;
    }
    const W a = fabs(static_cast<W>(x));
    const int e = ilogb_finite(a);
    const int k = e >= 0 ? e / 3 : -((2 - e) / 3); // floor(e / 3)
    const W m = detail::ldexp(a, -3 * k);
    W y = W(0.6) + W(0.4) * m - W(0.0275) * m * m; // within 15% on [1, 8)
    for (int i = 0; i < 6; ++i) {
        y = (W(2) * y + m / (y * y)) / W(3);
    }
    const dd<W> cube = two_prod(y, y) * y;
    const W correction = (cube - m).hi / (W(3) * y * y);
    const dd<W> root = fast_two_sum(y, -correction);
    return round_scaled<T>(x < 0 ? -root : root, k);
}

// hypot = 2^e sqrt(a'^2 + b'^2) with a' = max |x|,|y| scaled into [1, 2): the sum of the exact
// squares in double-word, its double-word root, one rounding (also right for subnormal results).
template <class T>
constexpr T hypot_constexpr(T x, T y) noexcept
{
    using W = working_t<T>;
    if (isinf(x) || isinf(y)) {
        return fp_traits<T>::infinity; // even when the other argument is NaN (C Annex F)
    }
    if (isnan(x) || isnan(y)) {
        return isnan(x) ? x : y;
    }
    W a = fabs(static_cast<W>(x));
    W b = fabs(static_cast<W>(y));
    if (a < b) {
        const W t = a;
        a = b;
        b = t;
    }
    if (b == 0) {
        return static_cast<T>(a);
    }
    const int e = ilogb_finite(a);
    if (e - ilogb_finite(b) > fp_traits<W>::digits + 1) {
        return static_cast<T>(a); // b^2 / 2a is below a quarter ulp of a
    }
    const W as = detail::ldexp(a, -e);
    const W bs = detail::ldexp(b, -e);
    const dd<W> sum = two_prod(as, as) + two_prod(bs, bs);
    return round_scaled<T>(detail::sqrt(sum), e);
}

} // namespace detail

template <std::floating_point T>
constexpr T sqrt(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::sqrt_constexpr(x);
    }
    return std::sqrt(x);
}

template <std::integral I>
constexpr double sqrt(I x) noexcept
{
    return math::sqrt(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T cbrt(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::cbrt_constexpr(x);
    }
    return std::cbrt(x);
}

template <std::integral I>
constexpr double cbrt(I x) noexcept
{
    return math::cbrt(static_cast<double>(x));
}

// Mixed arguments are promoted like <cmath> (integers to double).
template <class A, class B>
    requires std::is_arithmetic_v<A> && std::is_arithmetic_v<B>
constexpr detail::promoted_t<A, B> hypot(A x, B y) noexcept
{
    using T = detail::promoted_t<A, B>;
    if (std::is_constant_evaluated()) {
        return detail::hypot_constexpr(static_cast<T>(x), static_cast<T>(y));
    }
    return std::hypot(static_cast<T>(x), static_cast<T>(y));
}

} // namespace ctdiff::math

#endif
