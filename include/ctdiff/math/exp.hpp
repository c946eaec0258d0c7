#ifndef CTDIFF_MATH_EXP_HPP
#define CTDIFF_MATH_EXP_HPP

// exp, exp2, expm1: <cmath> at run time; in constant expressions a double-word evaluation
// (detail/exp_kernel.hpp) rounded once to T, so results are correctly rounded but for
// cases closer than ~2^-100 relative to a rounding boundary.

#include <cmath>
#include <concepts>
#include <type_traits>

#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exp_kernel.hpp>
#include <ctdiff/math/detail/exp_log_tables.hpp>
#include <ctdiff/math/detail/fp.hpp>

namespace ctdiff::math {
namespace detail {

// Inputs this small round e^x to 1 and e^x - 1 to x.
template <std::floating_point T>
constexpr bool exp_is_trivial(T x) noexcept
{
    return fabs(x) < pow2<T>(-fp_traits<T>::digits - 1);
}

template <std::floating_point T>
constexpr T exp_constexpr(T x) noexcept
{
    using tr = fp_traits<T>;
    using W = working_t<T>;
    if (isnan(x) || x == tr::infinity) return x;
    if (x == -tr::infinity) return T(0);
    if (x > T(tr::max_exponent) * ln2_above<T>) return tr::infinity;
    if (x < T(tr::min_exponent - tr::digits - 1) * ln2_above<T>) return T(0);
    if (exp_is_trivial(x)) return T(1);
    scaled_dd<W> e = exp_kernel(to_dd(static_cast<W>(x)));
    return round_scaled<T>(e.m, e.e);
}

template <std::floating_point T>
constexpr T exp2_constexpr(T x) noexcept
{
    using tr = fp_traits<T>;
    using W = working_t<T>;
    using tables = exp_log_tables<W>;
    if (isnan(x) || x == tr::infinity) return x;
    if (x == -tr::infinity) return T(0);
    if (x >= T(tr::max_exponent)) return tr::infinity;
    if (x < T(tr::min_exponent - tr::digits - 1)) return T(0);
    if (exp_is_trivial(x)) return T(1);
    // x = k/64 + f exactly, |f| <= 1/128; then 2^f = e^(f ln2) with f ln2 in double-word.
    W xw = static_cast<W>(x);
    W kw = round_even(xw * 64);
    W f = xw - kw / 64;
    dd<W> r = two_prod(f, tables::ln2[0]) + f * tables::ln2[1];
    scaled_dd<W> e = exp_reduced(r, static_cast<int>(kw));
    return round_scaled<T>(e.m, e.e);
}

template <std::floating_point T>
constexpr T expm1_constexpr(T x) noexcept
{
    using tr = fp_traits<T>;
    using W = working_t<T>;
    if (isnan(x) || x == tr::infinity || x == 0) return x;
    if (x > T(tr::max_exponent) * ln2_above<T>) return tr::infinity;
    // e^x below 2^-(digits+3): x = -inf included, e^x - 1 rounds to -1.
    if (x < -T(tr::digits + 3) * ln2_above<T>) return T(-1);
    if (exp_is_trivial(x)) return x;
    int k = 0;
    dd<W> r = reduce_ln2_64(to_dd(static_cast<W>(x)), &k);
    if (k == 0) return round_to<T>(expm1_reduced(r));
    // e^x - 1 = (m - 2^-e) 2^e: 2^-e is exact and m is near 1, so nothing cancels badly.
    scaled_dd<W> e = exp_reduced(r, k);
    return round_scaled<T>(e.m - pow2<W>(-e.e), e.e);
}

} // namespace detail

template <std::floating_point T>
constexpr T exp(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::exp_constexpr(x);
    }
    return std::exp(x);
}

template <std::integral I>
constexpr double exp(I x) noexcept
{
    return math::exp(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T exp2(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::exp2_constexpr(x);
    }
    return std::exp2(x);
}

template <std::integral I>
constexpr double exp2(I x) noexcept
{
    return math::exp2(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T expm1(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::expm1_constexpr(x);
    }
    return std::expm1(x);
}

template <std::integral I>
constexpr double expm1(I x) noexcept
{
    return math::expm1(static_cast<double>(x));
}

} // namespace ctdiff::math

#endif
