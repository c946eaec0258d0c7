#ifndef CTDIFF_DETAIL_REAL_FUNCTIONS_HPP
#define CTDIFF_DETAIL_REAL_FUNCTIONS_HPP

// The real functions ctdiff::complex<T> is built from, in one place: ctdiff::math, which is <cmath>
// at run time and constexpr in constant expressions, so complex steps work in static_assert.

#include <ctdiff/math.hpp>

#include <concepts>

namespace ctdiff::detail::real {

template <std::floating_point T> constexpr T abs(T x) noexcept { return x < T(0) ? -x : x; }
using math::atan2;
using math::cos;
using math::cosh;
using math::exp;
using math::hypot;
using math::log;
using math::log1p;
using math::sin;
using math::sinh;
using math::sqrt;

} // namespace ctdiff::detail::real

#endif
