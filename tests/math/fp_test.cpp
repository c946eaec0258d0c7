// ctdiff/math/detail/fp.hpp: bit-level helpers, at compile time for the fixed cases and at run
// time (same code, same IEEE arithmetic) against <cmath> over many random arguments.
#include <ctdiff/math/detail/fp.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace {

namespace d = ctdiff::math::detail;

template <class T>
constexpr bool fixed_cases()
{
    using tr = d::fp_traits<T>;
    int e = 0;
    bool ok = d::frexp(T(12), &e) == T(0.75) && e == 4;
    ok = ok && d::frexp(tr::denorm_min, &e) == T(0.5) && e == tr::min_exponent - tr::digits + 1;
    ok = ok && d::ldexp(T(0.75), 4) == 12 && d::ldexp(tr::min_normal, -3) == tr::min_normal / 8;
    // 1.5 * denorm_min is a tie: to even, 2 * denorm_min; 0.5 * denorm_min ties down to +0.
    ok = ok && d::ldexp(T(1.5), tr::min_exponent - tr::digits) == tr::denorm_min * 2;
    ok = ok && d::ldexp(T(0.5), tr::min_exponent - tr::digits) == 0;
    ok = ok && d::ldexp(T(1), 5 * tr::max_exponent) == tr::infinity;
    ok = ok && d::signbit(-T(0)) && !d::signbit(T(0)) && d::signbit(-tr::quiet_nan);
    ok = ok && d::signbit(d::ldexp(-tr::denorm_min, -3));
    ok = ok && d::nextafter(T(1), T(2)) - 1 == d::pow2<T>(1 - tr::digits);
    ok = ok && d::nextafter(T(1), T(0)) == 1 - d::pow2<T>(-tr::digits);
    ok = ok && d::nextafter(tr::max, tr::infinity) == tr::infinity;
    ok = ok && d::nextafter(-T(0), T(1)) == tr::denorm_min;
    ok = ok && d::isnan(d::nextafter(tr::quiet_nan, T(1)));
    ok = ok && d::ilogb_finite(tr::denorm_min) == tr::min_exponent - tr::digits;
    ok = ok && d::ilogb_finite(tr::max) == tr::max_exponent - 1;
    ok = ok && d::is_odd_integer(T(-3)) && !d::is_odd_integer(T(4)) && !d::is_odd_integer(T(2.5));
    ok = ok && !d::is_odd_integer(d::pow2<T>(tr::digits) + 2) && !d::is_integer(tr::infinity);
    ok = ok && d::round_even(T(2.5)) == 2 && d::round_even(T(-3.5)) == -4 && d::signbit(d::round_even(T(-0.25)));
    ok = ok && d::trunc(T(-2.75)) == -2 && d::trunc(T(2.75)) == 2;
    return ok;
}

template <class T>
bool same(T a, T b)
{
    return std::isnan(a) ? std::isnan(b) : a == b && std::signbit(a) == std::signbit(b);
}

// Random values with random exponents over the whole range, subnormals included.
template <class T>
T random_value(std::mt19937_64& g)
{
    using L = std::numeric_limits<T>;
    std::uniform_real_distribution<double> mantissa(0.5, 1);
    std::uniform_int_distribution<int> exponent(L::min_exponent - L::digits - 2, L::max_exponent + 1);
    T x = std::ldexp(static_cast<T>(mantissa(g)) + static_cast<T>(mantissa(g)) * T(1e-17), exponent(g));
    return (g() & 1) ? -x : x;
}

template <class T>
int mismatches_against_cmath()
{
    std::mt19937_64 g(2024);
    int bad = 0;
    for (int i = 0; i < 20000; ++i) {
        T x = random_value<T>(g);
        T y = random_value<T>(g);
        int n = static_cast<int>(g() % 300) - 150;
        if (i % 7 == 0) n = static_cast<int>(g() % 40000) - 20000;
        int e1 = 0;
        int e2 = 0;
        bad += !same(d::frexp(x, &e1), std::frexp(x, &e2)) || e1 != e2;
        bad += !same(d::ldexp(x, n), std::ldexp(x, n));
        bad += !same(d::nextafter(x, y), std::nextafter(x, y));
        T z = x * T(1e-3);
        if (std::fabs(z) < T(1e30)) {
            bad += !same(d::round_even(z), std::nearbyint(z));
            bad += !same(d::trunc(z), std::trunc(z));
        }
        bad += d::signbit(x) != std::signbit(x);
    }
    return bad;
}

}  // namespace

TEST_CASE("fp: classification, scaling and neighbours at compile time", "[math][fp]") {
  STATIC_REQUIRE(fixed_cases<float>());
  STATIC_REQUIRE(fixed_cases<double>());
  STATIC_REQUIRE(fixed_cases<long double>());
  STATIC_REQUIRE(std::is_same_v<d::promoted_t<int, float>, double>);
  STATIC_REQUIRE(std::is_same_v<d::promoted_t<float, float>, float>);
  STATIC_REQUIRE(std::is_same_v<d::promoted_t<long double, int>, long double>);
}

TEST_CASE("fp: frexp, ldexp, nextafter, rounding agree with <cmath>", "[math][fp]") {
  CHECK(mismatches_against_cmath<float>() == 0);
  CHECK(mismatches_against_cmath<double>() == 0);
  CHECK(mismatches_against_cmath<long double>() == 0);
}
