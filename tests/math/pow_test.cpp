// Accuracy and special values of ctdiff/math/pow.hpp: pow.
#include <ctdiff/math/pow.hpp>

#include "../data/math/pow.hpp"
#include "accuracy.hpp"

namespace {

namespace data = ctdiff_test::math_data;
CTDIFF_MATH_TEST_FUNCTION(pow);

}  // namespace

TEST_CASE("pow: compile-time accuracy and special values", "[math][pow]") {
  ctdiff_test::check_function<pow_fn, data::pow_float, data::pow_double, data::pow_long_double>();
  STATIC_REQUIRE(ctdiff::math::pow(2.0, 10.0) == 1024.0);
  STATIC_REQUIRE(ctdiff::math::pow(-2.0, 3.0) == -8.0);
  STATIC_REQUIRE(ctdiff::math::pow(4.0, 0.5) == 2.0);
  STATIC_REQUIRE(ctdiff::math::pow(2, 0.5f) == 0x1.6a09e667f3bcdp+0);  // mixed arguments promote
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::pow(2, 0.5f)), double>);
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::pow(2.0f, 0.5f)), float>);
}
