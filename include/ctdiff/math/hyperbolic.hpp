#ifndef CTDIFF_MATH_HYPERBOLIC_HPP
#define CTDIFF_MATH_HYPERBOLIC_HPP

// sinh, cosh, tanh, asinh, acosh, atanh: <cmath> at run time; in constant expressions the
// double-word exp/log kernels (detail/exp_kernel.hpp, detail/log_kernel.hpp) with formulas
// that never cancel, rounded once to T.

#include <cmath>
#include <concepts>
#include <type_traits>

#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exp_kernel.hpp>
#include <ctdiff/math/detail/exp_log_tables.hpp>
#include <ctdiff/math/detail/fp.hpp>
#include <ctdiff/math/detail/log_kernel.hpp>

namespace ctdiff::math {
namespace detail {

// Below this magnitude x^2 is under 2^-(digits+2): sinh, tanh, asinh, atanh round to x and
// cosh to 1.
template <std::floating_point T>
constexpr bool hyperbolic_is_tiny(T a) noexcept
{
    return a < pow2<T>(-(fp_traits<T>::digits / 2) - 2);
}

// NaN, zeros and tiny arguments: sinh, tanh, asinh and atanh return x itself.
template <std::floating_point T>
constexpr bool returns_argument(T x) noexcept
{
    return isnan(x) || hyperbolic_is_tiny(fabs(x));
}

// Beyond this magnitude e^a / 2 overflows T (the bound is a little above the threshold; in
// between the final rounding decides).
template <std::floating_point T>
constexpr bool hyperbolic_overflows(T a) noexcept
{
    return a > T(fp_traits<T>::max_exponent + 1) * ln2_above<T>;
}

// Beyond this magnitude e^-a is below 2^-(2 digits + 4) of e^a: sinh a = cosh a = e^a / 2
// within the working precision.
template <std::floating_point W>
inline constexpr W exp_dominates = W(fp_traits<W>::digits + 2) * ln2_above<W>;

// ln(2a) for a > 2^digits(W), where asinh a and acosh a equal it to working precision.
template <std::floating_point W>
constexpr dd<W> log_twice(W a) noexcept
{
    using tables = exp_log_tables<W>;
    return log_kernel(to_dd(a)) + dd<W>{tables::ln2[0], tables::ln2[1]};
}

// sinh a = (E + E / (E + 1)) / 2 with E = e^a - 1: no cancellation for small a.
template <std::floating_point T>
constexpr T sinh_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (returns_argument(x) || isinf(x)) return x;
    T a = fabs(x);
    if (hyperbolic_overflows(a)) return copysign(fp_traits<T>::infinity, x);
    T r{};
    if (static_cast<W>(a) > exp_dominates<W>) {
        scaled_dd<W> e = exp_kernel(to_dd(static_cast<W>(a)));
        r = round_scaled<T>(e.m, e.e - 1);
    } else {
        dd<W> em1 = expm1_kernel(to_dd(static_cast<W>(a)));
        r = round_to<T>((em1 + em1 / (em1 + W(1))) * W(0.5));
    }
    return signbit(x) ? -r : r;
}

// cosh a = (v + 1/v) / 2 with v = e^a: a sum of positive terms.
template <std::floating_point T>
constexpr T cosh_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (isnan(x)) return x;
    T a = fabs(x);
    if (isinf(a) || hyperbolic_overflows(a)) return fp_traits<T>::infinity;
    if (hyperbolic_is_tiny(a)) return T(1);
    scaled_dd<W> e = exp_kernel(to_dd(static_cast<W>(a)));
    if (static_cast<W>(a) > exp_dominates<W>) return round_scaled<T>(e.m, e.e - 1);
    dd<W> v = ldexp(e.m, e.e);
    return round_to<T>((v + W(1) / v) * W(0.5));
}

// tanh a = E / (E + 2) with E = e^(2a) - 1.
template <std::floating_point T>
constexpr T tanh_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (returns_argument(x)) return x;
    T a = fabs(x);
    // 1 - tanh a = 2 / (e^(2a) + 1) is below half an ulp of 1 here.
    if (a > T(fp_traits<T>::digits + 3) * T(0.35)) return copysign(T(1), x);
    dd<W> em1 = expm1_kernel(to_dd(W(2) * static_cast<W>(a)));
    T r = round_to<T>(em1 / (em1 + W(2)));
    return signbit(x) ? -r : r;
}

// asinh a = log1p(a + a^2 / (1 + sqrt(1 + a^2))): exact a^2, no cancellation.
template <std::floating_point T>
constexpr T asinh_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (returns_argument(x) || isinf(x)) return x;
    W aw = static_cast<W>(fabs(x));
    T r{};
    if (aw > pow2<W>(fp_traits<W>::digits)) {
        r = round_to<T>(log_twice(aw));
    } else {
        dd<W> a2 = two_prod(aw, aw);
        dd<W> t = aw + a2 / (sqrt(a2 + W(1)) + W(1));
        r = round_to<T>(log1p_kernel(t));
    }
    return signbit(x) ? -r : r;
}

// acosh x = log1p(d + sqrt(d (d + 2))) with d = x - 1 exact: accurate near 1.
template <std::floating_point T>
constexpr T acosh_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (isnan(x) || x == fp_traits<T>::infinity) return x;
    if (x < 1) return nan_with_sign<T>(true); // glibc: the negative default NaN
    if (x == 1) return T(0);
    W xw = static_cast<W>(x);
    if (xw > pow2<W>(fp_traits<W>::digits)) return round_to<T>(log_twice(xw));
    dd<W> d = two_sum(xw, W(-1));
    dd<W> t = d + sqrt(d * (d + W(2)));
    return round_to<T>(log1p_kernel(t));
}

// atanh a = log1p(2a / (1 - a)) / 2 with 1 - a exact.
template <std::floating_point T>
constexpr T atanh_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (returns_argument(x)) return x;
    T a = fabs(x);
    if (a > 1) return nan_with_sign<T>(true); // glibc: the negative default NaN
    if (a == 1) return copysign(fp_traits<T>::infinity, x);
    W aw = static_cast<W>(a);
    dd<W> q = (W(2) * aw) / two_sum(W(1), -aw);
    T r = round_to<T>(log1p_kernel(q) * W(0.5));
    return signbit(x) ? -r : r;
}

} // namespace detail

template <std::floating_point T>
constexpr T sinh(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::sinh_constexpr(x);
    }
    return std::sinh(x);
}

template <std::integral I>
constexpr double sinh(I x) noexcept
{
    return math::sinh(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T cosh(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::cosh_constexpr(x);
    }
    return std::cosh(x);
}

template <std::integral I>
constexpr double cosh(I x) noexcept
{
    return math::cosh(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T tanh(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::tanh_constexpr(x);
    }
    return std::tanh(x);
}

template <std::integral I>
constexpr double tanh(I x) noexcept
{
    return math::tanh(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T asinh(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::asinh_constexpr(x);
    }
    return std::asinh(x);
}

template <std::integral I>
constexpr double asinh(I x) noexcept
{
    return math::asinh(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T acosh(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::acosh_constexpr(x);
    }
    return std::acosh(x);
}

template <std::integral I>
constexpr double acosh(I x) noexcept
{
    return math::acosh(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T atanh(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::atanh_constexpr(x);
    }
    return std::atanh(x);
}

template <std::integral I>
constexpr double atanh(I x) noexcept
{
    return math::atanh(static_cast<double>(x));
}

} // namespace ctdiff::math

#endif
