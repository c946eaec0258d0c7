// Each elementary function: its value and its derivative (by the rule stated beside it in
// functions.hpp, through the chain rule) against hand-derived closed forms at three points.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr double tol = 1e-14;
}  // namespace

TEST_CASE("values go through <cmath>", "[functions]") {
    for (double v : {0.25, 0.5, 0.75}) {
        REQUIRE(sqrt(x)(v) == std::sqrt(v));
        REQUIRE(exp(x)(v) == std::exp(v));
        REQUIRE(log(x)(v) == std::log(v));
        REQUIRE(sin(x)(v) == std::sin(v));
        REQUIRE(cos(x)(v) == std::cos(v));
        REQUIRE(tan(x)(v) == std::tan(v));
        REQUIRE(asin(x)(v) == std::asin(v));
        REQUIRE(acos(x)(v) == std::acos(v));
        REQUIRE(atan(x)(v) == std::atan(v));
        REQUIRE(sinh(x)(v) == std::sinh(v));
        REQUIRE(cosh(x)(v) == std::cosh(v));
        REQUIRE(tanh(x)(v) == std::tanh(v));
    }
    REQUIRE(sin(x)(0.5f) == std::sin(0.5f));  // float stays float
}

TEST_CASE("derivative rules of the elementary functions", "[functions]") {
    for (double v : {0.25, 0.5, 0.75}) {
        REQUIRE(d(sqrt(x), x)(v) == Approx(0.5 / std::sqrt(v)).epsilon(tol));
        REQUIRE(d(exp(x), x)(v) == Approx(std::exp(v)).epsilon(tol));
        REQUIRE(d(log(x), x)(v) == Approx(1 / v).epsilon(tol));
        REQUIRE(d(sin(x), x)(v) == Approx(std::cos(v)).epsilon(tol));
        REQUIRE(d(cos(x), x)(v) == Approx(-std::sin(v)).epsilon(tol));
        REQUIRE(d(tan(x), x)(v) == Approx(1 + std::tan(v) * std::tan(v)).epsilon(tol));
        REQUIRE(d(asin(x), x)(v) == Approx(1 / std::sqrt(1 - v * v)).epsilon(tol));
        REQUIRE(d(acos(x), x)(v) == Approx(-1 / std::sqrt(1 - v * v)).epsilon(tol));
        REQUIRE(d(atan(x), x)(v) == Approx(1 / (1 + v * v)).epsilon(tol));
        REQUIRE(d(sinh(x), x)(v) == Approx(std::cosh(v)).epsilon(tol));
        REQUIRE(d(cosh(x), x)(v) == Approx(std::sinh(v)).epsilon(tol));
        REQUIRE(d(tanh(x), x)(v) == Approx(1 / (std::cosh(v) * std::cosh(v))).epsilon(tol));
    }
}

TEST_CASE("chain rule through nested functions", "[functions]") {
    auto const f = sin(pow<2>(x));        // f' = 2x cos(x^2)
    auto const g = exp(sin(x));           // g' = cos(x) exp(sin(x))
    auto const h = log(1 + pow<2>(x));    // h' = 2x / (1 + x^2)
    for (double v : {-1.25, 0.5, 2.0}) {
        REQUIRE(d(f, x)(v) == Approx(2 * v * std::cos(v * v)).epsilon(tol));
        REQUIRE(d(g, x)(v) == Approx(std::cos(v) * std::exp(std::sin(v))).epsilon(tol));
        REQUIRE(d(h, x)(v) == Approx(2 * v / (1 + v * v)).epsilon(tol));
        // second derivative of sin(x^2): 2 cos(x^2) - 4 x^2 sin(x^2)
        REQUIRE(d(f, x, x)(v) ==
                Approx(2 * std::cos(v * v) - 4 * v * v * std::sin(v * v)).epsilon(tol));
    }
    REQUIRE(to_string(d(f, x)) == "2*(cos(x^2)*x)");
    REQUIRE(to_string(d(log(x), x)) == "1/x");
    REQUIRE(to_string(d(cos(x), x)) == "-sin(x)");
}
