#ifndef CTDIFF_MATH_LOG_HPP
#define CTDIFF_MATH_LOG_HPP

// log, log2, log10, log1p: <cmath> at run time; in constant expressions a double-word
// evaluation (detail/log_kernel.hpp) rounded once to T. Exact cases (log(1), log2 of powers of
// two, log10 of powers of ten) come out exact.

#include <cmath>
#include <concepts>
#include <type_traits>

#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exp_log_tables.hpp>
#include <ctdiff/math/detail/fp.hpp>
#include <ctdiff/math/detail/log_kernel.hpp>

namespace ctdiff::math {
namespace detail {

// Special values shared by log, log2 and log10; false when x needs the kernel. The sign of the
// NaN for x < 0 follows glibc on x86-64: the SSE default NaN (negative) for float and double
// log/log2, a positive NaN for log10 and for the x87 long double log/log2.
template <std::floating_point T>
constexpr bool log_special(T x, bool negative_nan, T* result) noexcept
{
    using tr = fp_traits<T>;
    if (isnan(x) || x == tr::infinity) {
        *result = x;
    } else if (x < 0) {
        *result = nan_with_sign<T>(negative_nan);
    } else if (x == 0) {
        *result = -tr::infinity;
    } else if (x == 1) {
        *result = T(0);
    } else {
        return false;
    }
    return true;
}

template <std::floating_point T>
inline constexpr bool x87_long_double = fp_traits<T>::digits == 64;

template <std::floating_point T>
constexpr T log_constexpr(T x) noexcept
{
    using W = working_t<T>;
    T special{};
    if (log_special(x, !x87_long_double<T>, &special)) return special;
    return round_to<T>(log_kernel(to_dd(static_cast<W>(x))));
}

// log2 x = e + rest / ln 2, with the integer e added exactly.
template <std::floating_point T>
constexpr T log2_constexpr(T x) noexcept
{
    using W = working_t<T>;
    using tables = exp_log_tables<W>;
    T special{};
    if (log_special(x, !x87_long_double<T>, &special)) return special;
    log_parts<W> p = log_kernel_parts(to_dd(static_cast<W>(x)));
    dd<W> scaled = p.rest * dd<W>{tables::inv_ln2[0], tables::inv_ln2[1]};
    return round_to<T>(scaled + static_cast<W>(p.e));
}

// log10 x = e log10(2) + rest / ln 10.
template <std::floating_point T>
constexpr T log10_constexpr(T x) noexcept
{
    using W = working_t<T>;
    using tables = exp_log_tables<W>;
    T special{};
    if (log_special(x, false, &special)) return special;
    log_parts<W> p = log_kernel_parts(to_dd(static_cast<W>(x)));
    dd<W> scaled = p.rest * dd<W>{tables::inv_ln10[0], tables::inv_ln10[1]};
    W ew = static_cast<W>(p.e);
    return round_to<T>(two_prod(ew, tables::log10_2[0]) + ew * tables::log10_2[1] + scaled);
}

template <std::floating_point T>
constexpr T log1p_constexpr(T x) noexcept
{
    using tr = fp_traits<T>;
    using W = working_t<T>;
    if (isnan(x) || x == tr::infinity || x == 0) return x;
    if (x == -1) return -tr::infinity;
    if (x < -1) return nan_with_sign<T>(true);
    // ln(1 + x) = x (1 - x/2 + ...) rounds to x below 2^-(digits+1).
    if (fabs(x) < pow2<T>(-tr::digits - 1)) return x;
    return round_to<T>(log1p_kernel(to_dd(static_cast<W>(x))));
}

} // namespace detail

template <std::floating_point T>
constexpr T log(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::log_constexpr(x);
    }
    return std::log(x);
}

template <std::integral I>
constexpr double log(I x) noexcept
{
    return math::log(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T log2(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::log2_constexpr(x);
    }
    return std::log2(x);
}

template <std::integral I>
constexpr double log2(I x) noexcept
{
    return math::log2(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T log10(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::log10_constexpr(x);
    }
    return std::log10(x);
}

template <std::integral I>
constexpr double log10(I x) noexcept
{
    return math::log10(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T log1p(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::log1p_constexpr(x);
    }
    return std::log1p(x);
}

template <std::integral I>
constexpr double log1p(I x) noexcept
{
    return math::log1p(static_cast<double>(x));
}

} // namespace ctdiff::math

#endif
