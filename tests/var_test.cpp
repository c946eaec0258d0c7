#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

using namespace ctdiff;

TEST_CASE("a variable is its argument position", "[var]") {
    STATIC_REQUIRE(var<0>(7.0) == 7.0);
    STATIC_REQUIRE(var<2>(7.0, 8.0, 9.0) == 9.0);
    STATIC_REQUIRE(index_of<decltype(var<5, "t">)> == 5);
}

TEST_CASE("names default to x<position> and are only for printing", "[var]") {
    REQUIRE(to_string(var<0>) == "x0");
    REQUIRE(to_string(var<1>) == "x1");
    REQUIRE(to_string(var<12>) == "x12");
    REQUIRE(to_string(var<0, "alpha">) == "alpha");
}

TEST_CASE("variables are identified by position, not by name", "[var]") {
    constexpr auto x = var<0, "x">;
    constexpr auto f = x * x;
    STATIC_REQUIRE(d(f, var<0>)(3.0) == 6.0);
    STATIC_REQUIRE(d(f, var<0, "other">)(3.0) == 6.0);
    STATIC_REQUIRE(is_zero_v<decltype(d(f, var<1>))>);
}
