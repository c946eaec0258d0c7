#include <ctdiff/ctdiff.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/drop_front.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/is_empty.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/unpack.hpp>
#include <boost/yap/algorithm.hpp>  // yap::left, yap::right, yap::value: ctdiff includes only YAP's declarations
#include <catch2/catch.hpp>

#include "support.hpp"

#include <string>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
}  // namespace

TEST_CASE("concepts classify expressions and their leaves", "[expr]") {
    STATIC_REQUIRE(Expression<decltype(x)>);
    STATIC_REQUIRE(Expression<decltype(x + y) const&>);
    STATIC_REQUIRE(!Expression<double>);
    STATIC_REQUIRE(!Expression<std::string>);

    STATIC_REQUIRE(Variable<decltype(x)>);
    STATIC_REQUIRE(!Variable<decltype(2 * x)>);
    STATIC_REQUIRE(!Variable<decltype(c<2>)>);

    STATIC_REQUIRE(IntegerConstant<decltype(c<2>)>);
    STATIC_REQUIRE(Constant<decltype(c<2>)>);
    STATIC_REQUIRE(Constant<decltype(constant(2.5))>);
    STATIC_REQUIRE(!IntegerConstant<decltype(constant(2.5))>);
    STATIC_REQUIRE(!Constant<decltype(x)>);

    STATIC_REQUIRE(Terminal<decltype(x)>);
    STATIC_REQUIRE(!Terminal<decltype(x + y)>);
    STATIC_REQUIRE(node_of_kind<decltype(x + y), expr_kind::plus>);
    STATIC_REQUIRE(node_of_kind<decltype(x * y), expr_kind::multiplies>);
    STATIC_REQUIRE(node_of_kind<decltype(sin(x)), expr_kind::call>);
}

TEST_CASE("nodes hold their children by value, so expressions are literal values", "[expr]") {
    // Built at function scope from local constexpr expressions: YAP's default operators would
    // store references here and this would not be a constant expression.
    constexpr auto u = 2 * x;
    constexpr auto v = u * y + u;
    STATIC_REQUIRE(v(1.5, 2.0) == 9.0);
    STATIC_REQUIRE(std::is_trivially_copyable_v<decltype(v)>);
}

TEST_CASE("value and child give YAP's view of a node", "[expr]") {
    constexpr auto e = 2.5 * y;
    STATIC_REQUIRE(value(child<0>(e)) == 2.5);
    STATIC_REQUIRE(leaf_t<decltype(child<1>(e))>::index == 1);
    STATIC_REQUIRE(leaf_t<decltype(child<1>(e))>::name() == "y");
}

TEST_CASE("ctdiff expressions are Boost.YAP expressions", "[expr]") {
    constexpr auto e = x * 2.5 + y;
    STATIC_REQUIRE(yap::is_expr<decltype(e)>::value);
    STATIC_REQUIRE(yap::value(yap::left(yap::left(e))) == 2.5);  // k*u keeps the number on the left
    STATIC_REQUIRE(leaf_t<decltype(yap::right(e))>::index == 1);
    STATIC_REQUIRE(yap::is_expr<decltype(e) const&>::value);
    STATIC_REQUIRE(!yap::is_expr<double>::value);
    STATIC_REQUIRE(yap::value(yap::get(yap::left(e), hana::llong_c<0>)) == 2.5);
}

TEST_CASE("a node's children are a Boost.Hana sequence", "[expr]") {
    constexpr auto e = sin(x) * 2.5 + y;
    STATIC_REQUIRE(decltype(hana::length(e.elements))::value == 2);
    STATIC_REQUIRE(decltype(hana::length(child<1>(child<0>(e)).elements))::value == 2);  // sin and x
    STATIC_REQUIRE(value(hana::at_c<0>(hana::at_c<0>(e.elements).elements)) == 2.5);
    STATIC_REQUIRE(leaf_t<decltype(hana::at_c<1>(e.elements))>::index == 1);
    STATIC_REQUIRE(hana::unpack(e.elements, [](auto const&... c) { return sizeof...(c); }) == 2);
    STATIC_REQUIRE(!decltype(hana::is_empty(e.elements))::value);
    STATIC_REQUIRE(decltype(hana::length(hana::drop_front(child<1>(child<0>(e)).elements)))::value == 1);
    int leaves = 0;
    hana::for_each(e.elements, [&](auto const&) { ++leaves; });
    REQUIRE(leaves == 2);
}
