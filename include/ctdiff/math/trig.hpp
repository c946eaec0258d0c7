#ifndef CTDIFF_MATH_TRIG_HPP
#define CTDIFF_MATH_TRIG_HPP

// sin, cos, tan: <cmath> at run time; in constant evaluation, argument reduction that is accurate
// for every finite argument and double-word kernels, rounded once to T (correctly rounded except,
// rarely, within ~2^-100 relative of a rounding boundary).

#include <cmath>
#include <concepts>
#include <type_traits>

#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/fp.hpp>
#include <ctdiff/math/detail/sin_cos_kernel.hpp>
#include <ctdiff/math/detail/trig_reduction.hpp>

namespace ctdiff::math {

namespace detail {

enum class trig_function { sin, cos, tan };

// Below 2^-(digits/2 + 1) of the working type, sin x and tan x round to x and cos x to 1.
template <class W>
inline constexpr W trig_tiny = pow2<W>(-(fp_traits<W>::digits / 2 + 1));

template <trig_function F, class T>
constexpr T trig_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (isnan(x)) {
        return x;
    }
    if (isinf(x)) {
        return nan_with_sign<T>(true); // glibc's sin/cos/tan(+-inf) is the x86 default NaN
    }
    if (fabs(static_cast<W>(x)) < trig_tiny<W>) {
        return F == trig_function::cos ? T(1) : x;
    }
    const reduced_angle<W> a = reduce_pio2(static_cast<W>(x));
    const dd<W> z = a.r * a.r;
    dd<W> v{};
    if constexpr (F == trig_function::tan) {
        const dd<W> s = sin_kernel(a.r, z);
        const dd<W> c = cos_kernel(z);
        v = (a.quadrant & 1u) ? -(c / s) : s / c;
    } else {
        // sin(r + q pi/2) and cos(r + q pi/2) cycle through sin r, cos r, -sin r, -cos r.
        const unsigned phase = (a.quadrant + (F == trig_function::cos ? 1u : 0u)) & 3u;
        v = (phase & 1u) ? cos_kernel(z) : sin_kernel(a.r, z);
        if (phase >= 2u) {
            v = -v;
        }
    }
    return round_to<T>(v);
}

} // namespace detail

template <std::floating_point T>
constexpr T sin(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::trig_constexpr<detail::trig_function::sin>(x);
    }
    return std::sin(x);
}

template <std::floating_point T>
constexpr T cos(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::trig_constexpr<detail::trig_function::cos>(x);
    }
    return std::cos(x);
}

template <std::floating_point T>
constexpr T tan(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::trig_constexpr<detail::trig_function::tan>(x);
    }
    return std::tan(x);
}

template <std::integral I>
constexpr double sin(I x) noexcept { return math::sin(static_cast<double>(x)); }

template <std::integral I>
constexpr double cos(I x) noexcept { return math::cos(static_cast<double>(x)); }

template <std::integral I>
constexpr double tan(I x) noexcept { return math::tan(static_cast<double>(x)); }

} // namespace ctdiff::math

#endif
