// The rules of derivative.hpp against hand-derived values, each at three or more points.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <array>
#include <cmath>
#include <type_traits>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto z = var<2, "z">;
constexpr auto f = pow<2>(2 * x1 + 3 * x2) + 3;  // the lecture's function

// Relative tolerance of run-time comparisons: a few roundings of double arithmetic.
constexpr double tol = 1e-13;

constexpr std::array<std::array<double, 3>, 4> points{{
    {1.0, 3.0, -2.0}, {-0.5, 2.0, 0.25}, {2.5, -1.5, 3.0}, {0.0, 0.75, 1.0}}};
}  // namespace

TEST_CASE("the seed: value, gradient and Hessian, exactly", "[derivative]") {
    STATIC_REQUIRE(f(1.0, 3.0) == 124.0);
    STATIC_REQUIRE(d(f, x1)(1.0, 3.0) == 44.0);
    STATIC_REQUIRE(d(f, x2)(1.0, 3.0) == 66.0);
    STATIC_REQUIRE(d(f, x1, x1)(1.0, 3.0) == 8.0);
    STATIC_REQUIRE(d(f, x1, x2)(1.0, 3.0) == 12.0);
    STATIC_REQUIRE(d(f, x2, x1)(1.0, 3.0) == 12.0);
    STATIC_REQUIRE(d(f, x2, x2)(1.0, 3.0) == 18.0);
    STATIC_REQUIRE(is_zero_v<decltype(d(f, x1, x2, x1))>);  // a quadratic has no third derivative
}

TEST_CASE("the seed derivatives are simplified", "[derivative]") {
    REQUIRE(to_string(d(f, x1)) == "4*(2*x1 + 3*x2)");
    REQUIRE(to_string(d(f, x2)) == "6*(2*x1 + 3*x2)");
    REQUIRE(to_string(d(f, x1, x1)) == "8");
    REQUIRE(to_string(d(f, x1, x2)) == "12");
    REQUIRE(to_string(d(f, x2, x2)) == "18");
}

TEST_CASE("constant and variable rules", "[derivative]") {
    STATIC_REQUIRE(is_zero_v<decltype(d(c<3>, x))>);            // c' = 0
    STATIC_REQUIRE(is_zero_v<decltype(d(constant(2.5), x))>);
    STATIC_REQUIRE(is_one_v<decltype(d(x, x))>);                // x' = 1
    STATIC_REQUIRE(is_zero_v<decltype(d(y, x))>);               // y' = 0
}

TEST_CASE("zero propagates through the type", "[derivative]") {
    STATIC_REQUIRE(is_zero_v<decltype(d(pow<2>(x), x, x, x))>);
    STATIC_REQUIRE(is_zero_v<decltype(d(pow<4>(x) * y, x, x, x, x, x))>);
    STATIC_REQUIRE(is_zero_v<decltype(d(sin(x) * exp(x), y))>);
    STATIC_REQUIRE(same_type<decltype(d(pow<2>(x), x, x)), decltype(c<2>)>);
}

TEST_CASE("linearity, negation, sums and differences", "[derivative]") {
    constexpr auto g = 3 * x - 2 * y + 5 - (-x);  // g_x = 4, g_y = -2
    for (auto const& p : points) {
        REQUIRE(d(g, x)(p[0], p[1]) == 4.0);
        REQUIRE(d(g, y)(p[0], p[1]) == -2.0);
        REQUIRE(d(-g, y)(p[0], p[1]) == 2.0);
    }
}

TEST_CASE("product rule", "[derivative]") {
    constexpr auto g = x * y * z;  // g_x = yz, g_xy = z, g_xyz = 1
    constexpr auto h = (x + 1) * (x - 2);  // h' = 2x - 1
    for (auto const& p : points) {
        auto [a, b, c] = p;
        REQUIRE(d(g, x)(a, b, c) == Approx(b * c).epsilon(tol));
        REQUIRE(d(g, x, y)(a, b, c) == Approx(c).epsilon(tol));
        REQUIRE(d(g, x, y, z)(a, b, c) == 1.0);
        REQUIRE(d(h, x)(a) == Approx(2 * a - 1).epsilon(tol));
    }
}

TEST_CASE("quotient rule", "[derivative]") {
    constexpr auto g = x / y;          // g_x = 1/y, g_y = -x/y^2, g_yy = 2x/y^3
    constexpr auto h = (x + 1) / (x * x + 1);
    for (auto const& p : points) {
        auto [a, b, c] = p;
        REQUIRE(d(g, x)(a, b) == Approx(1 / b).epsilon(1e-15));
        REQUIRE(d(g, y)(a, b) == Approx(-a / (b * b)).epsilon(1e-15));
        REQUIRE(d(g, y, y)(a, b) == Approx(2 * a / (b * b * b)).epsilon(1e-15));
        REQUIRE(d(h, x)(a) == Approx((1 - 2 * a - a * a) / ((a * a + 1) * (a * a + 1))).epsilon(1e-14));
        (void)c;
    }
    REQUIRE(to_string(d(x / 4.0, x)) == "0.25");
    REQUIRE(to_string(d(x / y, x)) == "1/y");
}

// The graph takes a run-time number out of a difference when both terms carry that one number
// (k*w - k*z -> k*(w - z), (k*w)/v -> k*(w/v)): the second derivative is 0.25 times one difference.
TEST_CASE("a constant factor comes out of a second derivative once", "[derivative]") {
    constexpr auto g = log(1 + exp(0.5 * x));  // g'' = 0.25 e/(1 + e)^2, e = exp(0.5 x)
    REQUIRE(to_string(d(g, x, x)) == "0.25*(exp(0.5*x)/(1 + exp(0.5*x)) - exp(0.5*x)^2/(1 + exp(0.5*x))^2)");
    for (auto const& p : points) {
        double const e = std::exp(0.5 * p[0]);
        REQUIRE(d(g, x, x)(p[0]) == Approx(0.25 * e / ((1 + e) * (1 + e))).epsilon(tol));
    }
}

// A number negated while differentiating keeps its sign visible to a sum (u - (-k)*w -> u + k*w):
// (2/x)'' = -(-(2*2x))/x^4 taken as 4*(x/x^4), added, not '2 - (-4*(x/x^4))'.
TEST_CASE("a negated factor of a derivative is added, not subtracted", "[derivative]") {
    constexpr auto g = x * x + 2 / x;  // g'' = 2 + 4/x^3
    REQUIRE(to_string(d(g, x, x)) == "2 + 4*(x/x^4)");
    for (auto const& p : points)
        if (p[0] != 0.0) REQUIRE(d(g, x, x)(p[0]) == Approx(2 + 4 / (p[0] * p[0] * p[0])).epsilon(tol));
}

TEST_CASE("polynomials: derivatives of orders 1 to 4, pure and mixed", "[derivative]") {
    // p = x^4 y - 3 x^2 y^3 + 2 y^4 + x - 7
    constexpr auto p = pow<4>(x) * y - 3 * pow<2>(x) * pow<3>(y) + 2 * pow<4>(y) + x - 7;
    for (auto const& pt : points) {
        double const a = pt[0], b = pt[1];
        double const a2 = a * a, b2 = b * b;
        REQUIRE(p(a, b) == Approx(a2 * a2 * b - 3 * a2 * b2 * b + 2 * b2 * b2 + a - 7).epsilon(tol));
        REQUIRE(d(p, x)(a, b) == Approx(4 * a2 * a * b - 6 * a * b2 * b + 1).epsilon(tol));
        REQUIRE(d(p, y)(a, b) == Approx(a2 * a2 - 9 * a2 * b2 + 8 * b2 * b).epsilon(tol));
        REQUIRE(d(p, x, x)(a, b) == Approx(12 * a2 * b - 6 * b2 * b).epsilon(tol));
        REQUIRE(d(p, x, y)(a, b) == Approx(4 * a2 * a - 18 * a * b2).epsilon(tol));
        REQUIRE(d(p, y, x)(a, b) == Approx(4 * a2 * a - 18 * a * b2).epsilon(tol));
        REQUIRE(d(p, y, y)(a, b) == Approx(-18 * a2 * b + 24 * b2).epsilon(tol));
        REQUIRE(d(p, x, x, x)(a, b) == Approx(24 * a * b).epsilon(tol));
        REQUIRE(d(p, x, x, y)(a, b) == Approx(12 * a2 - 18 * b2).epsilon(tol));
        REQUIRE(d(p, x, y, y)(a, b) == Approx(-36 * a * b).epsilon(tol));
        REQUIRE(d(p, y, y, y)(a, b) == Approx(-18 * a2 + 48 * b).epsilon(tol));
        REQUIRE(d(p, x, x, x, x)(a, b) == Approx(24 * b).epsilon(tol));
        REQUIRE(d(p, x, x, x, y)(a, b) == Approx(24 * a).epsilon(tol));
        REQUIRE(d(p, x, x, y, y)(a, b) == Approx(-36 * b).epsilon(tol));
        REQUIRE(d(p, y, x, y, x)(a, b) == Approx(-36 * b).epsilon(tol));
        REQUIRE(d(p, y, y, y, y)(a, b) == 48.0);
    }
    STATIC_REQUIRE(d(p, x, x, x, x)(1.0, 2.0) == 48.0);
    STATIC_REQUIRE(is_zero_v<decltype(d(p, y, y, y, y, y))>);
}

TEST_CASE("derivatives are expressions of the same kind", "[derivative]") {
    constexpr auto g = d(f, x1);
    STATIC_REQUIRE(Expression<decltype(g)>);
    STATIC_REQUIRE(d(g, x2)(0.0, 0.0) == 12.0);
    STATIC_REQUIRE(same_type<decltype(d(g, x2)), decltype(d(f, x1, x2))>);
    STATIC_REQUIRE(same_type<decltype(d(f, x1)(1.0f, 3.0f)), float>);
}
