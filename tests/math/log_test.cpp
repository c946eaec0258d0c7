// Accuracy and special values of ctdiff/math/log.hpp: log, log2, log10, log1p.
#include <ctdiff/math/log.hpp>

#include "../data/math/log.hpp"
#include "../data/math/log2.hpp"
#include "../data/math/log10.hpp"
#include "../data/math/log1p.hpp"
#include "accuracy.hpp"

namespace {

namespace data = ctdiff_test::math_data;
CTDIFF_MATH_TEST_FUNCTION(log);
CTDIFF_MATH_TEST_FUNCTION(log2);
CTDIFF_MATH_TEST_FUNCTION(log10);
CTDIFF_MATH_TEST_FUNCTION(log1p);

}  // namespace

TEST_CASE("log: compile-time accuracy and special values", "[math][log]") {
  ctdiff_test::check_function<log_fn, data::log_float, data::log_double, data::log_long_double>();
  STATIC_REQUIRE(ctdiff::math::log(1.0) == 0.0);
  STATIC_REQUIRE(ctdiff::math::log(2) == 0x1.62e42fefa39efp-1);  // integers behave like <cmath>
  STATIC_REQUIRE(std::is_same_v<decltype(ctdiff::math::log(2)), double>);
}

TEST_CASE("log2: compile-time accuracy and special values", "[math][log2]") {
  ctdiff_test::check_function<log2_fn, data::log2_float, data::log2_double, data::log2_long_double>();
  STATIC_REQUIRE(ctdiff::math::log2(0x1p-1074) == -1074.0);
  STATIC_REQUIRE(ctdiff::math::log2(1024) == 10.0);
}

TEST_CASE("log10: compile-time accuracy and special values", "[math][log10]") {
  ctdiff_test::check_function<log10_fn, data::log10_float, data::log10_double, data::log10_long_double>();
  STATIC_REQUIRE(ctdiff::math::log10(1e22) == 22.0);
  STATIC_REQUIRE(ctdiff::math::log10(1000.0f) == 3.0f);
}

TEST_CASE("log1p: compile-time accuracy and special values", "[math][log1p]") {
  ctdiff_test::check_function<log1p_fn, data::log1p_float, data::log1p_double, data::log1p_long_double>();
  STATIC_REQUIRE(ctdiff::math::log1p(0x1p-60) == 0x1p-60);
  STATIC_REQUIRE(ctdiff::math::log1p(-1.0) == -std::numeric_limits<double>::infinity());
}
