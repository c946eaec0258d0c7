#ifndef CTDIFF_DETAIL_REAL_FUNCTIONS_HPP
#define CTDIFF_DETAIL_REAL_FUNCTIONS_HPP

// The real functions ctdiff::complex<T> is built from, in one place, so the switch from <cmath>
// to the constexpr math layer (ctdiff::math, issue 4) is a change of this file only.
// Until then these are constant expressions on g++ (it folds the <cmath> builtins) but not on clang.

#include <cmath>
#include <concepts>

namespace ctdiff::detail::real {

template <std::floating_point T> constexpr T abs(T x) noexcept { return x < T(0) ? -x : x; }
template <std::floating_point T> constexpr T sqrt(T x) noexcept { return std::sqrt(x); }
template <std::floating_point T> constexpr T hypot(T x, T y) noexcept { return std::hypot(x, y); }
template <std::floating_point T> constexpr T exp(T x) noexcept { return std::exp(x); }
template <std::floating_point T> constexpr T log(T x) noexcept { return std::log(x); }
template <std::floating_point T> constexpr T log1p(T x) noexcept { return std::log1p(x); }
template <std::floating_point T> constexpr T sin(T x) noexcept { return std::sin(x); }
template <std::floating_point T> constexpr T cos(T x) noexcept { return std::cos(x); }
template <std::floating_point T> constexpr T atan2(T y, T x) noexcept { return std::atan2(y, x); }
template <std::floating_point T> constexpr T sinh(T x) noexcept { return std::sinh(x); }
template <std::floating_point T> constexpr T cosh(T x) noexcept { return std::cosh(x); }

} // namespace ctdiff::detail::real

#endif
