#ifndef CTDIFF_MATH_SQRT_HPP
#define CTDIFF_MATH_SQRT_HPP

// sqrt, cbrt, hypot: <cmath> at run time, correctly rounded constexpr evaluation otherwise.

#include <cmath>
#include <concepts>
#include <limits>
#include <type_traits>

#include <ctdiff/math/detail/exact_sqrt.hpp>

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

} // namespace ctdiff::math

#endif
