#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <type_traits>

using namespace ctdiff;
using namespace ctdiff::literals;

TEST_CASE("c<K> carries its integer in the type", "[constant]") {
    STATIC_REQUIRE(integer_value<decltype(c<7>)> == 7);
    STATIC_REQUIRE(integer_value<decltype(c<-3>)> == -3);
    STATIC_REQUIRE(same_type<decltype(3_c), decltype(c<3>)>);
    STATIC_REQUIRE(same_type<decltype(1'000_c), decltype(c<1000>)>);
    STATIC_REQUIRE(c<7>() == 7.0);
}

TEST_CASE("constant(v) holds a run-time number and is a function on its own", "[constant]") {
    STATIC_REQUIRE(constant(2.5)() == 2.5);
    STATIC_REQUIRE(constant(2.5)(10.0, 20.0) == 2.5);
    double const v = 0.125;
    REQUIRE(constant(v)(1.0) == 0.125);
    STATIC_REQUIRE(same_type<decltype(constant(2.5f)(1.0f)), float>);
}

TEST_CASE("zero and one are recognised in the type", "[constant]") {
    STATIC_REQUIRE(is_zero_v<decltype(c<0>)>);
    STATIC_REQUIRE(is_zero_v<decltype(zero)>);
    STATIC_REQUIRE(!is_zero_v<decltype(c<1>)>);
    STATIC_REQUIRE(!is_zero_v<decltype(constant(0.0))>);  // a run-time zero is not in the type
    STATIC_REQUIRE(is_one_v<decltype(one)>);
    STATIC_REQUIRE(!is_one_v<decltype(var<0>)>);
}

TEST_CASE("the derivative of any constant is the type-level zero", "[constant]") {
    STATIC_REQUIRE(is_zero_v<decltype(d(c<5>, var<0>))>);
    STATIC_REQUIRE(is_zero_v<decltype(d(constant(2.5), var<0>))>);
}
