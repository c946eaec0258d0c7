// Derivatives whose cost grows with f, not with copies of it: the depth-8 expression,
// whose 4th mixed derivative took 118 s / 3.3 GB on g++ 12 and was rejected by clang++ 16 as
// tree copies, against mpmath (tools/make_gradient_reference.py).
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto f = cosh(atan(cos(sqrt(tanh(log1p(exp(sin(x + y) * y) + y) * y) + y) * y) + y) * y);

constexpr bool close(double a, double b, double rtol) {
    double const d = a - b;
    return (d < 0 ? -d : d) <= rtol * (b < 0 ? -b : b);
}
}  // namespace

TEST_CASE("the 4th mixed derivative of a depth-8 expression compiles and is right", "[derivative]") {
    constexpr auto g = d(f, x, x, y, x);
    STATIC_REQUIRE(close(g(0.3, 0.2), 0.0001585842948795005147414661, 1e-12));
    REQUIRE(g(0.3, 0.2) == Approx(0.0001585842948795005147414661).epsilon(1e-12));
    constexpr auto grad = gradient(f)(0.3, 0.2);
    STATIC_REQUIRE(close(grad[0], -0.000004722225080336012457345737, 1e-12));
    STATIC_REQUIRE(close(grad[1], 0.1660900066746791030529408, 1e-12));
}

TEST_CASE("a derivative of a derivative shares the first one's graph", "[derivative]") {
    constexpr auto g = d(f, x);
    STATIC_REQUIRE(std::is_same_v<std::remove_cvref_t<decltype(d(g, y))>, std::remove_cvref_t<decltype(d(f, x, y))>>);
    // d(f, x) composed into a new expression is imported, not copied
    constexpr auto h = g * y + 1;
    REQUIRE(d(h, y)(0.3, 0.2) == Approx(d(f, x, y)(0.3, 0.2) * 0.2 + g(0.3, 0.2)).epsilon(1e-13));
}
