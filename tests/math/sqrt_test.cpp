// Accuracy and special values of ctdiff/math/sqrt.hpp: sqrt, cbrt, hypot.
#include <ctdiff/math/sqrt.hpp>

#include "../data/math/cbrt.hpp"
#include "../data/math/hypot.hpp"
#include "../data/math/sqrt.hpp"
#include "accuracy.hpp"

namespace {

namespace data = ctdiff_test::math_data;
CTDIFF_MATH_TEST_FUNCTION(sqrt);
CTDIFF_MATH_TEST_FUNCTION(cbrt);
CTDIFF_MATH_TEST_FUNCTION(hypot);

}  // namespace

TEST_CASE("sqrt: compile-time accuracy and special values", "[math][sqrt]") {
  ctdiff_test::check_accuracy<sqrt_fn, data::sqrt_float, data::sqrt_double, data::sqrt_long_double>();
  ctdiff_test::check_special_values<sqrt_fn>();
  STATIC_REQUIRE(ctdiff::math::sqrt(2.25) == 1.5);
  STATIC_REQUIRE(ctdiff::math::sqrt(16) == 4.0);  // integers behave like <cmath>: double
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::sqrt(16)), double>);
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::sqrt(2.0f)), float>);
}

TEST_CASE("cbrt: compile-time accuracy and special values", "[math][cbrt]") {
  ctdiff_test::check_accuracy<cbrt_fn, data::cbrt_float, data::cbrt_double, data::cbrt_long_double>();
  ctdiff_test::check_special_values<cbrt_fn>();
  STATIC_REQUIRE(ctdiff::math::cbrt(-27.0) == -3.0);
  STATIC_REQUIRE(ctdiff::math::cbrt(8) == 2.0);
}

TEST_CASE("hypot: compile-time accuracy and special values", "[math][hypot]") {
  ctdiff_test::check_accuracy<hypot_fn, data::hypot_float, data::hypot_double, data::hypot_long_double>();
  ctdiff_test::check_special_values<hypot_fn>();
  STATIC_REQUIRE(ctdiff::math::hypot(3.0, 4.0) == 5.0);
  STATIC_REQUIRE(ctdiff::math::hypot(3, 4.0f) == 5.0);  // mixed arguments promote like <cmath>
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::hypot(3, 4.0f)), double>);
}
