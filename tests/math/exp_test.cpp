// Accuracy and special values of ctdiff/math/exp.hpp: exp, exp2, expm1.
#include <ctdiff/math/exp.hpp>

#include "../data/math/exp.hpp"
#include "../data/math/exp2.hpp"
#include "../data/math/expm1.hpp"
#include "accuracy.hpp"

namespace {

namespace data = ctdiff_test::math_data;
CTDIFF_MATH_TEST_FUNCTION(exp);
CTDIFF_MATH_TEST_FUNCTION(exp2);
CTDIFF_MATH_TEST_FUNCTION(expm1);

}  // namespace

TEST_CASE("exp: compile-time accuracy and special values", "[math][exp]") {
  ctdiff_test::check_function<exp_fn, data::exp_float, data::exp_double, data::exp_long_double>();
  STATIC_REQUIRE(ctdiff::math::exp(0.0) == 1.0);
  STATIC_REQUIRE(ctdiff::math::exp(1) == 0x1.5bf0a8b145769p+1);  // integers behave like <cmath>
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::exp(1)), double>);
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::exp(1.0f)), float>);
}

TEST_CASE("exp2: compile-time accuracy and special values", "[math][exp2]") {
  ctdiff_test::check_function<exp2_fn, data::exp2_float, data::exp2_double, data::exp2_long_double>();
  STATIC_REQUIRE(ctdiff::math::exp2(10.0) == 1024.0);
  STATIC_REQUIRE(ctdiff::math::exp2(-1074) == 0x1p-1074);
}

TEST_CASE("expm1: compile-time accuracy and special values", "[math][expm1]") {
  ctdiff_test::check_function<expm1_fn, data::expm1_float, data::expm1_double, data::expm1_long_double>();
  STATIC_REQUIRE(ctdiff::math::expm1(0x1p-60) == 0x1p-60);
  STATIC_REQUIRE(ctdiff::math::expm1(-800.0) == -1.0);
}
