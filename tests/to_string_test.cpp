#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto z = var<2, "z">;
}  // namespace

TEST_CASE("the seed prints as written", "[to_string]") {
    constexpr auto x1 = var<0, "x1">;
    constexpr auto x2 = var<1, "x2">;
    REQUIRE(to_string(pow<2>(2 * x1 + 3 * x2) + 3) == "(2*x1 + 3*x2)^2 + 3");
}

TEST_CASE("parentheses only where the tree needs them", "[to_string]") {
    REQUIRE(to_string(x + y * z) == "x + y*z");
    REQUIRE(to_string((x + y) * z) == "(x + y)*z");
    REQUIRE(to_string(x - (y - z)) == "x - (y - z)");
    REQUIRE(to_string((x - y) - z) == "x - y - z");
    REQUIRE(to_string(x / (y * z)) == "x/(y*z)");
    REQUIRE(to_string(x * y / z) == "x*y/z");
    REQUIRE(to_string(pow<2>(x * y)) == "(x*y)^2");
    REQUIRE(to_string(pow<2>(-x)) == "(-x)^2");
    REQUIRE(to_string(-pow<2>(x)) == "-x^2");
    REQUIRE(to_string(-(x + y)) == "-(x + y)");
    REQUIRE(to_string(pow(x, y + 1)) == "x^(y + 1)");
    REQUIRE(to_string(pow<-1>(x + y)) == "(x + y)^(-1)");
    REQUIRE(to_string(sin(x + y) * cos(z)) == "sin(x + y)*cos(z)");
}

TEST_CASE("numbers print in their shortest exact form", "[to_string]") {
    REQUIRE(to_string(2.5 * x) == "2.5*x");
    REQUIRE(to_string(0.1 + x) == "0.1 + x");
    REQUIRE(to_string(x * 2.0) == "2*x");
    REQUIRE(to_string(constant(-3) * x) == "-3*x");
    REQUIRE(to_string(x + constant(-3)) == "x + (-3)");
    REQUIRE(to_string(c<-3> * x) == "-3*x");
    REQUIRE(to_string(constant(1.5f)) == "1.5");
    REQUIRE(to_string(x + constant(-3) * y) == "x + (-3*y)");
    REQUIRE(to_string(x * constant(-0.5)) == "-0.5*x");
}
