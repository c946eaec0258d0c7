// Accuracy and special values of ctdiff/math/trig.hpp: sin, cos, tan.
#include <ctdiff/math/trig.hpp>

#include "../data/math/sin.hpp"
#include "../data/math/cos.hpp"
#include "../data/math/tan.hpp"
#include "accuracy.hpp"

namespace {

namespace data = ctdiff_test::math_data;
CTDIFF_MATH_TEST_FUNCTION(sin);
CTDIFF_MATH_TEST_FUNCTION(cos);
CTDIFF_MATH_TEST_FUNCTION(tan);

}  // namespace

TEST_CASE("sin: compile-time accuracy and special values", "[math][sin]") {
  ctdiff_test::check_function<sin_fn, data::sin_float, data::sin_double, data::sin_long_double>();
  STATIC_REQUIRE(ctdiff::math::sin(0x1p-30) == 0x1p-30);
  STATIC_REQUIRE(ctdiff::math::sin(1) == 0x1.aed548f090ceep-1);  // integers behave like <cmath>
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::sin(1)), double>);
  // The hardest double for argument reduction (closest to a multiple of pi/2).
  STATIC_REQUIRE(ctdiff::math::sin(0x1.6ac5b262ca1ffp+849) == 1.0);
}

TEST_CASE("cos: compile-time accuracy and special values", "[math][cos]") {
  ctdiff_test::check_function<cos_fn, data::cos_float, data::cos_double, data::cos_long_double>();
  STATIC_REQUIRE(ctdiff::math::cos(0.0) == 1.0);
  STATIC_REQUIRE(ctdiff::math::cos(0x1.6ac5b262ca1ffp+849) == -0x1.14ae72e6ba22fp-61);  // glibc at run time: ...227p-61
}

TEST_CASE("tan: compile-time accuracy and special values", "[math][tan]") {
  ctdiff_test::check_function<tan_fn, data::tan_float, data::tan_double, data::tan_long_double>();
  STATIC_REQUIRE(ctdiff::math::tan(-0.0) == 0.0);
  STATIC_REQUIRE(ctdiff::math::tan(1.0f) == 0x1.8eb246p+0f);
}

TEST_CASE("sin/cos/tan: Payne-Hanek reduction at the top of each type's range", "[math][trig]") {
  STATIC_REQUIRE(ctdiff::math::sin(1e22) == -0x1.b453ab76bf397p-1);
  STATIC_REQUIRE(ctdiff::math::sin(0x1.fffffffffffffp+1023) == 0x1.452fc98b34e97p-8);
  STATIC_REQUIRE(ctdiff::math::cos(0x1.fffffep+127f) == 0x1.b4bf2cp-1f);
  STATIC_REQUIRE(ctdiff::math::tan(0xf.fffffffffffffffp+16380L) == -0xfde654994ce86fdbp-61L);
}
