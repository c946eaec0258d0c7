#ifndef CTDIFF_MATH_POW_HPP
#define CTDIFF_MATH_POW_HPP

// pow: <cmath> at run time; in constant expressions e^(y ln x) with ln x and the product in
// double-word arithmetic and one final rounding. Special cases follow C23 Annex F and glibc.

#include <bit>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <type_traits>

#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exact_sqrt.hpp>
#include <ctdiff/math/detail/exp_kernel.hpp>
#include <ctdiff/math/detail/fp.hpp>
#include <ctdiff/math/detail/log_kernel.hpp>

namespace ctdiff::math {
namespace detail {

// x^n for finite x > 0 and an integer n >= 2 whose power has at most digits + 1 significant
// bits: such a power can lie exactly halfway between two numbers of T, which only exact
// arithmetic can round right (e.g. (2^27 - 1)^2 in double). Returns false for other arguments.
template <std::floating_point T>
constexpr bool pow_exact_integer(T x, T y, T* result) noexcept
{
    constexpr int p = fp_traits<T>::digits;
    using W = working_t<T>;
    if (!(y >= 2 && y <= T(p + 1)) || !is_integer(y)) return false;
    int n = static_cast<int>(y);
    integer_significand s = decompose(x); // x = s.m 2^s.e
    std::uint64_t m = s.m >> std::countr_zero(s.m);
    int e = s.e + std::countr_zero(s.m);
    uint128 power = 1;
    for (int i = 0; i < n; ++i) {
        power *= m;
        if (power >> (p + 1)) return false; // more bits than a tie can have
    }
    // power (< 2^(digits+1)) as an exact double word, then one rounding with the scaling.
    W hi = static_cast<W>(power);
    uint128 hi_int = static_cast<uint128>(hi);
    W lo = hi_int >= power ? -static_cast<W>(hi_int - power) : static_cast<W>(power - hi_int);
    *result = round_scaled<T>(dd<W>{hi, lo}, e * n);
    return true;
}

// x^y for finite x > 0, x != 1, finite y != 0.
template <std::floating_point T>
constexpr T pow_positive(T x, T y) noexcept
{
    using tr = fp_traits<T>;
    using W = working_t<T>;
    // |ln x| >= 2^-(digits+1) for x != 1, so from here |y ln x| exceeds any exponent range.
    bool grows = (x > 1) == (y > 0);
    if (fabs(y) >= pow2<T>(tr::digits + 15)) return grows ? tr::infinity : T(0);
    T exact{};
    if (pow_exact_integer(x, y, &exact)) return exact;
    dd<W> t = log_kernel(to_dd(static_cast<W>(x))) * static_cast<W>(y);
    if (t.hi > W(tr::max_exponent) * ln2_above<W>) return tr::infinity;
    if (t.hi < W(tr::min_exponent - tr::digits - 1) * ln2_above<W>) return T(0);
    scaled_dd<W> e = exp_kernel(t);
    return round_scaled<T>(e.m, e.e);
}

template <std::floating_point T>
constexpr T pow_constexpr(T x, T y) noexcept
{
    using tr = fp_traits<T>;
    if (y == 0 || x == 1) return T(1); // even for a NaN in the other argument
    if (isnan(x) || isnan(y)) {
        // The NaN operand comes back; with two, SSE returns the first and glibc's x87 powl
        // the positive one. glibc's pow/powf flip a negative NaN x for odd integer y
        // (its x*x, negated as for x < 0).
        if (!isnan(x)) return y;
        if (isnan(y)) return fp_traits<T>::digits == 64 && signbit(x) ? y : x;
        return fp_traits<T>::digits <= 53 && signbit(x) && is_odd_integer(y) ? -x : x;
    }
    bool y_odd = is_odd_integer(y);
    if (isinf(y)) {
        T ax = fabs(x);
        if (ax == 1) return T(1);
        return (ax > 1) == (y > 0) ? tr::infinity : T(0);
    }
    if (x == 0) {
        if (y < 0) return y_odd ? copysign(tr::infinity, x) : tr::infinity;
        return y_odd ? x : T(0);
    }
    if (isinf(x)) {
        T r = y > 0 ? tr::infinity : T(0);
        return x < 0 && y_odd ? -r : r;
    }
    if (x < 0) {
        if (!is_integer(y)) return nan_with_sign<T>(true);
        if (x == -1) return y_odd ? T(-1) : T(1);
        T r = pow_positive(-x, y);
        return y_odd ? -r : r;
    }
    return pow_positive(x, y);
}

} // namespace detail

template <std::floating_point T>
constexpr T pow(T x, T y) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::pow_constexpr(x, y);
    }
    return std::pow(x, y);
}

// Mixed arguments are promoted as by <cmath>: integers count as double.
template <class A, class B>
    requires std::is_arithmetic_v<A> && std::is_arithmetic_v<B> &&
             (!std::same_as<A, B> || std::integral<A>)
constexpr detail::promoted_t<A, B> pow(A x, B y) noexcept
{
    using R = detail::promoted_t<A, B>;
    return math::pow(static_cast<R>(x), static_cast<R>(y));
}

} // namespace ctdiff::math

#endif
