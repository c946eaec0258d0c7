// Accuracy and special values of ctdiff/math/erf.hpp: erf, erfc.
#include <ctdiff/math/erf.hpp>

#include "../data/math/erf.hpp"
#include "../data/math/erfc.hpp"
#include "accuracy.hpp"

namespace {

namespace data = ctdiff_test::math_data;
CTDIFF_MATH_TEST_FUNCTION(erf);
CTDIFF_MATH_TEST_FUNCTION(erfc);

}  // namespace

TEST_CASE("erf: compile-time accuracy and special values", "[math][erf]") {
  ctdiff_test::check_function<erf_fn, data::erf_float, data::erf_double, data::erf_long_double>();
  STATIC_REQUIRE(ctdiff::math::erf(0.5) == 0x1.0a7ef5c18edd2p-1);
  STATIC_REQUIRE(ctdiff::math::erf(1) == 0x1.af767a741088bp-1);  // integers behave like <cmath>
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::erf(1)), double>);
}

TEST_CASE("erfc: compile-time accuracy and special values", "[math][erfc]") {
  ctdiff_test::check_function<erfc_fn, data::erfc_float, data::erfc_double, data::erfc_long_double>();
  STATIC_REQUIRE(ctdiff::math::erfc(0.5) == 0x1.eb02147ce245cp-2);
  STATIC_REQUIRE(ctdiff::math::erfc(30.0) == 0.0);
}
