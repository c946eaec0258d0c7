#include <ctdiff/ctdiff.hpp>
#include <ctdiff/shape.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstddef>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;

constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;

// u_0 = x, u_{k+1} = sin(u_k)*cos(u_k): the tree doubles at each level, the graph grows by a few nodes.
template <int N>
constexpr auto chain() {
    if constexpr (N == 0) return x;
    else {
        constexpr auto u = chain<N - 1>();
        return sin(u) * cos(u);
    }
}

template <class E>
using type = std::remove_cvref_t<E>;
}  // namespace

TEST_CASE("leaves are one node of depth 1", "[shape]") {
    STATIC_REQUIRE(node_count_v<decltype(x)> == 1);
    STATIC_REQUIRE(depth_v<decltype(x)> == 1);
    STATIC_REQUIRE(node_count_v<decltype(c<3>)> == 1);
    STATIC_REQUIRE(node_count_v<decltype(constant(2.5))> == 1);
    STATIC_REQUIRE(graph_size_v<decltype(x)> == 1);
}

TEST_CASE("a call is one node with its arguments; the function tag is not counted", "[shape]") {
    STATIC_REQUIRE(node_count_v<decltype(sin(x))> == 2);
    STATIC_REQUIRE(depth_v<decltype(sin(x))> == 2);
    STATIC_REQUIRE(node_count_v<decltype(pow<3>(x))> == 2);
    STATIC_REQUIRE(node_count_v<decltype(atan2(x, y))> == 3);
    STATIC_REQUIRE(node_count_v<decltype(-x)> == 2);
}

TEST_CASE("the lecture's f and its derivative", "[shape]") {
    // (2*x1 + 3*x2)^2 + 3: +, ^2, +, *, 2, x1, *, 3, x2, 3
    STATIC_REQUIRE(node_count_v<decltype(lecture)> == 10);
    STATIC_REQUIRE(depth_v<decltype(lecture)> == 5);
    STATIC_REQUIRE(variables_v<decltype(lecture)> == std::array<std::size_t, 2>{0, 1});
    STATIC_REQUIRE(uses_v<decltype(lecture), 0>);
    STATIC_REQUIRE(uses_v<decltype(lecture), 1>);
    STATIC_REQUIRE(!uses_v<decltype(lecture), 2>);
    // every number is a node of its own, so nothing is shared: the graph has the tree's 10 nodes
    STATIC_REQUIRE(graph_size_v<decltype(lecture)> == 10);

    // 4*(2*x1 + 3*x2), counted as it prints; its graph adds 2 (the integer), 2*2 and the product
    // to the 7 nodes of 2*x1 + 3*x2 it reuses
    using df = type<decltype(d(lecture, x1))>;
    STATIC_REQUIRE(node_count_v<df> == 9);
    STATIC_REQUIRE(depth_v<df> == 4);
    STATIC_REQUIRE(graph_size_v<df> == 10);
    STATIC_REQUIRE(variables_v<df> == std::array<std::size_t, 2>{0, 1});
}

TEST_CASE("variables are listed once, ascending, whatever the order of use", "[shape]") {
    constexpr auto z = var<4, "z">;
    STATIC_REQUIRE(variables_v<decltype(z * y + x * z)> == std::array<std::size_t, 3>{0, 1, 4});
    STATIC_REQUIRE(variables_v<decltype(c<2>)>.empty());
    // d(x*y, x) = y: the derivative no longer uses x
    STATIC_REQUIRE(variables_v<decltype(d(x * y, x))> == std::array<std::size_t, 1>{1});
    STATIC_REQUIRE(variables_v<decltype(d(sin(x) * y, x))> == std::array<std::size_t, 2>{0, 1});
}

TEST_CASE("a deep chain: the tree explodes, the graph stays linear", "[shape]") {
    using f5 = type<decltype(chain<5>())>;
    using f8 = type<decltype(chain<8>())>;
    STATIC_REQUIRE(node_count_v<f5> == 125);
    STATIC_REQUIRE(node_count_v<f8> == 1021);
    STATIC_REQUIRE(depth_v<f8> == 17);
    STATIC_REQUIRE(graph_size_v<f5> == 16);
    STATIC_REQUIRE(graph_size_v<f8> == 25);  // 3 nodes a level: sin, cos, *

    // The derivative written out is bigger still; on the graph it adds nodes to f's.
    using d5 = type<decltype(d(chain<5>(), x))>;
    using d8 = type<decltype(d(chain<8>(), x))>;
    STATIC_REQUIRE(node_count_v<d5> == 1091);
    STATIC_REQUIRE(node_count_v<d8> == 14851);
    STATIC_REQUIRE(graph_size_v<d5> == 38);
    STATIC_REQUIRE(graph_size_v<d8> == 62);
}
