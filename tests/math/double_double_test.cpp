// ctdiff/math/detail/double_double.hpp: exactness of the error-free transformations, accuracy
// of the double-word operations and single rounding (ties, subnormals) of round_scaled.
#include <ctdiff/math/detail/double_double.hpp>

#include <catch2/catch.hpp>

#include <cmath>

namespace {

namespace d = ctdiff::math::detail;

template <class T>
constexpr bool arithmetic_cases()
{
    using W = d::working_t<T>;
    using tr = d::fp_traits<T>;
    // sqrt(2)^2 and (1/3)*3 to about 2^-100.
    d::dd<W> s = d::sqrt(d::to_dd(W(2)));
    d::dd<W> sq = s * s;
    constexpr W tiny = d::fp_traits<W>::digits > 53 ? W(1e-36) : W(1e-30);
    bool ok = d::round_to<T>(sq) == 2 && d::fabs((sq.hi - 2) + sq.lo) < tiny;
    d::dd<W> third = W(1) / d::to_dd(W(3));
    d::dd<W> one = third * W(3);
    ok = ok && d::fabs((one.hi - 1) + one.lo) < tiny;
    // Error-free: a + b and a * b are exactly hi + lo.
    d::dd<W> p = d::two_prod(W(1) + d::pow2<W>(-40), W(1) - d::pow2<W>(-40));
    ok = ok && p.hi == 1 && p.lo == -d::pow2<W>(-80);
    d::dd<W> t = d::two_sum(W(1), d::pow2<W>(-80));
    ok = ok && t.hi == 1 && t.lo == d::pow2<W>(-80);
    ok = ok && d::round_to<T>(d::two_sum(W(1), d::pow2<W>(-30))) ==
                   (tr::digits < 31 ? T(1) : T(1) + d::pow2<T>(-30));
    return ok;
}

// A double value exactly halfway between two floats is decided by lo, or by evenness if lo == 0.
constexpr bool float_ties()
{
    double m = 1.0 + 0x1p-24; // between 1 (even) and 1 + 2^-23
    double m2 = 1.0 + 3 * 0x1p-24; // between 1 + 2^-23 and 1 + 2^-22 (even)
    return d::round_to<float>(d::dd<double>{m, 0.0}) == 1.0f &&
           d::round_to<float>(d::dd<double>{m, 0x1p-80}) == 1.0f + 0x1p-23f &&
           d::round_to<float>(d::dd<double>{m, -0x1p-80}) == 1.0f &&
           d::round_to<float>(d::dd<double>{m2, 0.0}) == 1.0f + 0x1p-22f &&
           d::round_to<float>(d::dd<double>{m2, -0x1p-80}) == 1.0f + 0x1p-23f &&
           d::round_scaled<float>(d::dd<double>{1.5, 0.0}, -149) == 0x1p-148f &&
           d::round_scaled<float>(d::dd<double>{1.5, -0x1p-60}, -149) == 0x1p-149f &&
           d::round_scaled<float>(d::dd<double>{0.5, 0x1p-60}, -149) == 0x1p-149f &&
           d::round_scaled<float>(d::dd<double>{0.5, -0x1p-60}, -149) == 0.0f &&
           d::signbit(d::round_scaled<float>(d::dd<double>{-0.5, 0x1p-60}, -149)) &&
           d::round_scaled<float>(d::dd<double>{1.5, 0.0}, 200) == d::fp_traits<float>::infinity;
}

// Subnormal results of the working type itself: hi alone would round twice.
constexpr bool subnormal_ties()
{
    return d::round_scaled<double>(d::dd<double>{1.5, 0.0}, -1074) == 0x1p-1073 &&
           d::round_scaled<double>(d::dd<double>{1.5, -0x1p-60}, -1074) == 0x1p-1074 &&
           d::round_scaled<double>(d::dd<double>{0.5, 0x1p-60}, -1074) == 0x1p-1074 &&
           d::round_scaled<double>(d::dd<double>{0.5, -0x1p-60}, -1074) == 0.0 &&
           d::round_scaled<double>(d::dd<double>{1.0 + 0x1p-52, 0x1p-60}, -1070) == 0x1p-1070 &&
           d::round_scaled<double>(d::dd<double>{1.5 + 0x1p-52, 0}, -1073) == 0x3p-1074 &&
           d::round_scaled<long double>(d::dd<long double>{1.5L, -0x1p-70L}, -16445) == 0x1p-16445L &&
           d::round_scaled<long double>(d::dd<long double>{1.5L, 0x1p-70L}, -16445) == 0x1p-16444L;
}

}  // namespace

TEST_CASE("double_double: exact transformations and operations at compile time", "[math][dd]") {
  STATIC_REQUIRE(arithmetic_cases<float>());
  STATIC_REQUIRE(arithmetic_cases<double>());
  STATIC_REQUIRE(arithmetic_cases<long double>());
}

TEST_CASE("double_double: round_scaled rounds once, ties to even", "[math][dd]") {
  STATIC_REQUIRE(float_ties());
  STATIC_REQUIRE(subnormal_ties());
}

TEST_CASE("double_double: sqrt of every double rounds like std::sqrt", "[math][dd]") {
  int bad = 0;
  for (int i = 1; i < 4000; ++i) {
    double x = std::ldexp(1.0 + i * 0.000977, i % 600 - 300);
    bad += d::round_to<double>(d::sqrt(d::to_dd(x))) != std::sqrt(x);
    float xf = std::ldexp(1.0f + static_cast<float>(i) * 0.000977f, i % 250 - 140); // subnormals too
    bad += d::round_to<float>(d::sqrt(d::to_dd(static_cast<double>(xf)))) != std::sqrt(xf);
  }
  CHECK(bad == 0);
}
