#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <type_traits>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto f = pow<2>(2 * x1 + 3 * x2) + 3;
}  // namespace

TEST_CASE("the seed evaluates in constant expressions", "[evaluate]") {
    STATIC_REQUIRE(f(1.0, 3.0) == 124.0);
    STATIC_REQUIRE(f(0.0, 0.0) == 3.0);
    STATIC_REQUIRE(f(-1.5, 1.0) == 3.0);
    STATIC_REQUIRE(f(1.0f, 3.0f) == 124.0f);
}

TEST_CASE("the result is the common type of the arguments", "[evaluate]") {
    STATIC_REQUIRE(same_type<decltype(f(1.0, 3.0)), double>);
    STATIC_REQUIRE(same_type<decltype(f(1.0f, 3.0f)), float>);
    STATIC_REQUIRE(same_type<decltype(f(1.0L, 3.0L)), long double>);
    STATIC_REQUIRE(same_type<decltype(f(1.0f, 3.0)), double>);
    // Integers evaluate in double, as <cmath> does: x/2 at 1 is 0.5, not 0.
    STATIC_REQUIRE(same_type<decltype(f(1, 3)), double>);
    STATIC_REQUIRE((x1 / 2)(1) == 0.5);
    // A run-time constant is converted to the evaluation type, so float stays float.
    STATIC_REQUIRE(same_type<decltype((2.5 * x1)(1.0f)), float>);
}

TEST_CASE("extra arguments are ignored; one std::array may hold them all", "[evaluate]") {
    STATIC_REQUIRE(f(1.0, 3.0, 99.0) == 124.0);
    STATIC_REQUIRE(f(std::array{1.0, 3.0}) == 124.0);
    STATIC_REQUIRE(f(std::array{1.0f, 3.0f, 5.0f}) == 124.0f);
    STATIC_REQUIRE(f(std::array{1, 3}) == 124.0);
    double const point[2] = {1.0, 3.0};
    REQUIRE(f(point[0], point[1]) == 124.0);
}

namespace {
constexpr double seed_point[] = {1.0, 3.0, 99.0};
constexpr int integer_point[] = {1, 3};
}  // namespace

TEST_CASE("a std::span of static extent is read where it is", "[evaluate]") {
    // a solver's double const* x, without copying it into an array first
    STATIC_REQUIRE(f(std::span<double const, 2>(seed_point, 2)) == 124.0);
    STATIC_REQUIRE(f(std::span<double const, 3>(seed_point, 3)) == 124.0);
    STATIC_REQUIRE(f(std::span<int const, 2>(integer_point, 2)) == 124.0);  // integers in double
    STATIC_REQUIRE(same_type<decltype(f(std::span<double const, 2>(seed_point, 2))), double>);
    // a derivative and a loop_sum alike
    STATIC_REQUIRE(d(f, x1)(std::span<double const, 2>(seed_point, 2)) == 44.0);
    constexpr auto pairs = loop_sum<0, 2>([](auto i) { return var<i> * var<i + 1>; });
    STATIC_REQUIRE(pairs(std::span<double const, 3>(seed_point, 3)) == 300.0);
    double mutable_point[2] = {1.0, 3.0};
    REQUIRE(f(std::span<double, 2>(mutable_point, 2)) == 124.0);
}

TEST_CASE("arity is one more than the largest variable position", "[evaluate]") {
    STATIC_REQUIRE(arity_v<decltype(f)> == 2);
    STATIC_REQUIRE(arity_v<decltype(var<4>)> == 5);
    STATIC_REQUIRE(arity_v<decltype(constant(2.5))> == 0);
    STATIC_REQUIRE(arity_v<decltype(sin(var<2>) * x1)> == 3);
}

TEST_CASE("integer powers evaluate by multiplication, exactly", "[evaluate]") {
    STATIC_REQUIRE(pow<10>(x1)(2.0) == 1024.0);
    STATIC_REQUIRE(pow<-10>(x1)(2.0) == 1.0 / 1024.0);
    STATIC_REQUIRE(pow<3>(x1)(-3.0) == -27.0);
}

TEST_CASE("evaluation follows IEEE arithmetic at run time", "[evaluate]") {
    double const inf = std::numeric_limits<double>::infinity();
    REQUIRE((1 / x1)(0.0) == inf);
    REQUIRE((1 / x1)(-0.0) == -inf);
    REQUIRE(std::isnan(log(x1)(-1.0)));
    REQUIRE(std::isnan((0.0 * x1)(inf)));        // a run-time 0 is an IEEE zero
    STATIC_REQUIRE(is_zero_v<decltype(x1 - x1)>); // but x - x is symbolically 0, even at inf
}
