// sum.hpp and vars<N>: index sums build the same functions as terms typed by hand.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace ctdiff;

TEST_CASE("sum over an index range", "[sum]") {
    constexpr auto x = vars<4>;
    constexpr auto s = sum<0, 4>([x](auto i) { return (i + 1) * x[i]; });  // x0 + 2x1 + 3x2 + 4x3
    STATIC_REQUIRE(arity_v<decltype(s)> == 4);
    STATIC_REQUIRE(s(1.0, 1.0, 1.0, 1.0) == 10.0);
    STATIC_REQUIRE(gradient(s)(0.0, 0.0, 0.0, 0.0) == std::array{1.0, 2.0, 3.0, 4.0});
    STATIC_REQUIRE(sum<3>([](auto i) { return var<i>; })(1.0, 2.0, 4.0) == 7.0);
    STATIC_REQUIRE(is_zero_v<decltype(sum<2, 2>([](auto i) { return var<i>; }))>);  // empty range
    REQUIRE(to_string(sum<3>([](auto i) { return pow<2>(var<i>); })) == "x0^2 + (x1^2 + x2^2)");
}

TEST_CASE("vars<N>: indexed and bound one by one", "[sum]") {
    constexpr auto x = vars<3>;
    STATIC_REQUIRE(same_type<decltype(x[std::integral_constant<std::size_t, 2>{}]), decltype(var<2>)>);
    auto [a, b, c] = vars<3>;
    STATIC_REQUIRE(same_type<decltype(b), decltype(var<1>)>);
    REQUIRE((a * b + c)(2.0, 3.0, 4.0) == 10.0);
    STATIC_REQUIRE(decltype(x)::size() == 3);
}
