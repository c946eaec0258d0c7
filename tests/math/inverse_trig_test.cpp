// Accuracy and special values of ctdiff/math/inverse_trig.hpp: asin, acos, atan, atan2.
#include <ctdiff/math/inverse_trig.hpp>

#include "../data/math/asin.hpp"
#include "../data/math/acos.hpp"
#include "../data/math/atan.hpp"
#include "../data/math/atan2.hpp"
#include "accuracy.hpp"

namespace {

namespace data = ctdiff_test::math_data;
CTDIFF_MATH_TEST_FUNCTION(asin);
CTDIFF_MATH_TEST_FUNCTION(acos);
CTDIFF_MATH_TEST_FUNCTION(atan);
CTDIFF_MATH_TEST_FUNCTION(atan2);

}  // namespace

TEST_CASE("asin: compile-time accuracy and special values", "[math][asin]") {
  ctdiff_test::check_function<asin_fn, data::asin_float, data::asin_double, data::asin_long_double>();
  STATIC_REQUIRE(ctdiff::math::asin(1.0) == 0x1.921fb54442d18p+0);
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::asin(0)), double>);
}

TEST_CASE("acos: compile-time accuracy and special values", "[math][acos]") {
  ctdiff_test::check_function<acos_fn, data::acos_float, data::acos_double, data::acos_long_double>();
  STATIC_REQUIRE(ctdiff::math::acos(-1.0) == 0x1.921fb54442d18p+1);
  STATIC_REQUIRE(ctdiff::math::acos(1) == 0.0);
}

TEST_CASE("atan: compile-time accuracy and special values", "[math][atan]") {
  ctdiff_test::check_function<atan_fn, data::atan_float, data::atan_double, data::atan_long_double>();
  STATIC_REQUIRE(ctdiff::math::atan(1.0) == 0x1.921fb54442d18p-1);
}

TEST_CASE("atan2: compile-time accuracy and special values", "[math][atan2]") {
  ctdiff_test::check_function<atan2_fn, data::atan2_float, data::atan2_double, data::atan2_long_double>();
  STATIC_REQUIRE(ctdiff::math::atan2(1.0, -1.0) == 0x1.2d97c7f3321d2p+1);
  STATIC_REQUIRE(ctdiff::math::atan2(1, 1.0f) == 0x1.921fb54442d18p-1);  // mixed arguments promote
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::atan2(1, 1.0f)), double>);
}
