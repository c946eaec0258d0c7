// Accuracy and special values of ctdiff/math/hyperbolic.hpp: sinh, cosh, tanh, asinh, acosh, atanh.
#include <ctdiff/math/hyperbolic.hpp>

#include "../data/math/sinh.hpp"
#include "../data/math/cosh.hpp"
#include "../data/math/tanh.hpp"
#include "../data/math/asinh.hpp"
#include "../data/math/acosh.hpp"
#include "../data/math/atanh.hpp"
#include "accuracy.hpp"

namespace {

namespace data = ctdiff_test::math_data;
CTDIFF_MATH_TEST_FUNCTION(sinh);
CTDIFF_MATH_TEST_FUNCTION(cosh);
CTDIFF_MATH_TEST_FUNCTION(tanh);
CTDIFF_MATH_TEST_FUNCTION(asinh);
CTDIFF_MATH_TEST_FUNCTION(acosh);
CTDIFF_MATH_TEST_FUNCTION(atanh);

}  // namespace

TEST_CASE("sinh: compile-time accuracy and special values", "[math][sinh]") {
  ctdiff_test::check_function<sinh_fn, data::sinh_float, data::sinh_double, data::sinh_long_double>();
  STATIC_REQUIRE(ctdiff::math::sinh(-0.0) == 0.0);
  STATIC_REQUIRE(ctdiff::math::sinh(1) == 0x1.2cd9fc44eb982p+0);  // integers behave like <cmath>
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::sinh(1)), double>);
}

TEST_CASE("cosh: compile-time accuracy and special values", "[math][cosh]") {
  ctdiff_test::check_function<cosh_fn, data::cosh_float, data::cosh_double, data::cosh_long_double>();
  STATIC_REQUIRE(ctdiff::math::cosh(0.0) == 1.0);
  STATIC_REQUIRE(ctdiff::math::cosh(1.0) == 0x1.8b07551d9f55p+0);
}

TEST_CASE("tanh: compile-time accuracy and special values", "[math][tanh]") {
  ctdiff_test::check_function<tanh_fn, data::tanh_float, data::tanh_double, data::tanh_long_double>();
  STATIC_REQUIRE(ctdiff::math::tanh(30.0) == 1.0);
  STATIC_REQUIRE(ctdiff::math::tanh(0.5) == 0x1.d9353d7568af3p-2);
}

TEST_CASE("asinh: compile-time accuracy and special values", "[math][asinh]") {
  ctdiff_test::check_function<asinh_fn, data::asinh_float, data::asinh_double, data::asinh_long_double>();
  STATIC_REQUIRE(ctdiff::math::asinh(1.0) == 0x1.c34366179d427p-1);
}

TEST_CASE("acosh: compile-time accuracy and special values", "[math][acosh]") {
  ctdiff_test::check_function<acosh_fn, data::acosh_float, data::acosh_double, data::acosh_long_double>();
  STATIC_REQUIRE(ctdiff::math::acosh(1.0) == 0.0);
  STATIC_REQUIRE(ctdiff::math::acosh(2) == 0x1.5124271980435p+0);
}

TEST_CASE("atanh: compile-time accuracy and special values", "[math][atanh]") {
  ctdiff_test::check_function<atanh_fn, data::atanh_float, data::atanh_double, data::atanh_long_double>();
  STATIC_REQUIRE(ctdiff::math::atanh(0.5) == 0x1.193ea7aad030bp-1);
  STATIC_REQUIRE(ctdiff::math::atanh(-1.0) == -std::numeric_limits<double>::infinity());
}
