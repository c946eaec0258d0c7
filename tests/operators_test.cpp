#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
}  // namespace

TEST_CASE("operators between expressions", "[operators]") {
    STATIC_REQUIRE((x + y)(2.0, 3.0) == 5.0);
    STATIC_REQUIRE((x - y)(2.0, 3.0) == -1.0);
    STATIC_REQUIRE((x * y)(2.0, 3.0) == 6.0);
    STATIC_REQUIRE((x / y)(3.0, 2.0) == 1.5);
    STATIC_REQUIRE((-x)(2.0) == -2.0);
    STATIC_REQUIRE((+x)(2.0) == 2.0);
}

TEST_CASE("operators between an expression and a number on either side", "[operators]") {
    STATIC_REQUIRE((2 * x)(1.5) == 3.0);
    STATIC_REQUIRE((x * 2)(1.5) == 3.0);
    STATIC_REQUIRE((x / 3.5)(7.0) == 2.0);
    STATIC_REQUIRE((7.0 / x)(3.5) == 2.0);
    STATIC_REQUIRE((1 - x)(0.25) == 0.75);
    STATIC_REQUIRE((x - 1)(0.25) == -0.75);
    STATIC_REQUIRE((1 + x)(0.25) == 1.25);
    STATIC_REQUIRE((x + 1u)(0.25) == 1.25);
    STATIC_REQUIRE((x * 2.5f)(2.0f) == 5.0f);
}

TEST_CASE("operators are only for expressions and numbers", "[operators]") {
    struct not_a_number {};
    STATIC_REQUIRE(!detail::operands<double, double>);         // plain numbers stay plain
    STATIC_REQUIRE(!detail::operands<decltype(x), not_a_number>);
    STATIC_REQUIRE(!detail::operands<decltype(x), bool>);
    STATIC_REQUIRE(detail::operands<decltype(x), int>);
    STATIC_REQUIRE(detail::operands<long double, decltype(x)>);
}

TEST_CASE("numbers in products are gathered in front", "[operators]") {
    REQUIRE(to_string((2 * x) * 2) == "4*x");
    REQUIRE(to_string(2 * (3 * x)) == "6*x");
    REQUIRE(to_string((2 * x) * (3 * y)) == "6*(x*y)");
    STATIC_REQUIRE(((2 * x) * (3 * y))(1.0, 2.0) == 12.0);
}
