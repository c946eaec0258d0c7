#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <cmath>
#include <type_traits>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
}  // namespace

TEST_CASE("pow<N> for positive, zero and negative N", "[pow]") {
    STATIC_REQUIRE(pow<2>(x)(3.0) == 9.0);
    STATIC_REQUIRE(pow<5>(x)(2.0) == 32.0);
    STATIC_REQUIRE(pow<-1>(x)(4.0) == 0.25);
    STATIC_REQUIRE(pow<-3>(x)(2.0) == 0.125);
    STATIC_REQUIRE(same_type<decltype(pow<0>(x)), decltype(one)>);
    STATIC_REQUIRE(same_type<decltype(pow<1>(x)), decltype(x)>);
    STATIC_REQUIRE(same_type<decltype(pow(x, c<3>)), decltype(pow<3>(x))>);
}

TEST_CASE("power rule: (u^N)' = N u^(N-1) u'", "[pow]") {
    // N = 3, -2 at three points each, against hand-derived values
    for (double v : {0.5, 1.5, -2.0}) {
        REQUIRE(d(pow<3>(x), x)(v) == Approx(3 * v * v).epsilon(1e-15));
        REQUIRE(d(pow<-2>(x), x)(v) == Approx(-2 / (v * v * v)).epsilon(1e-15));
        REQUIRE(d(pow<3>(2 * x + 1), x)(v) == Approx(6 * (2 * v + 1) * (2 * v + 1)).epsilon(1e-15));
    }
    REQUIRE(to_string(d(pow<3>(x), x)) == "3*x^2");
    REQUIRE(to_string(d(pow<-2>(x), x)) == "-2*x^(-3)");
    STATIC_REQUIRE(d(pow<-1>(x), x)(2.0) == -0.25);
}

TEST_CASE("general power: (u^v)' = v u^(v-1) u' + ln(u) u^v v'", "[pow]") {
    auto const f = pow(x, y);
    for (auto [a, b] : {std::pair{1.5, 2.5}, {2.0, -0.5}, {0.75, 3.0}}) {
        REQUIRE(f(a, b) == Approx(std::pow(a, b)).epsilon(1e-15));
        REQUIRE(d(f, x)(a, b) == Approx(b * std::pow(a, b - 1)).epsilon(1e-14));
        REQUIRE(d(f, y)(a, b) == Approx(std::log(a) * std::pow(a, b)).epsilon(1e-14));
        // number on either side
        REQUIRE(d(pow(2.0, x), x)(a) == Approx(std::log(2.0) * std::pow(2.0, a)).epsilon(1e-14));
        REQUIRE(d(pow(x, 2.5), x)(a) == Approx(2.5 * std::pow(a, 1.5)).epsilon(1e-14));
    }
    REQUIRE(to_string(d(pow(x, 2.5), x)) == "2.5*x^1.5");
    REQUIRE(to_string(d(pow(x, y), y)) == "log(x)*x^y");
}
