// The light headers are enough to differentiate a polynomial, and they stay light: this TU
// includes neither functions.hpp nor the constexpr math layer (issue 9's polynomial, whose
// Hessian is computed as the gradients of its first partials). No operators.hpp: the operators
// come with the variables (var.hpp), as a user of these headers expects.
#include <ctdiff/gradient.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/sum.hpp>

#include <catch2/catch.hpp>

#include <array>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto z = var<2, "z">;
// p = x^2 y + 3xyz - 2z^3 + x y^2 z + 5x + 7yz + x^4 - y^2 z^2 + 11xz + 13
constexpr auto p = pow<2>(x) * y + 3 * x * y * z - 2 * pow<3>(z) + x * pow<2>(y) * z + 5 * x + 7 * y * z +
                   pow<4>(x) - pow<2>(y) * pow<2>(z) + 11 * x * z + 13;

// Found by argument-dependent lookup only if some header declared ctdiff::sin.
template <class E>
concept has_sin = requires(E e) { sin(e); };
}  // namespace

TEST_CASE("the light headers differentiate a polynomial twice without the elementary functions", "[headers]") {
    STATIC_REQUIRE(!has_sin<decltype(x)>);
    STATIC_REQUIRE(p(1.0, 2.0, 3.0) == 2 + 18 - 54 + 12 + 5 + 42 + 1 - 36 + 33 + 13);
    STATIC_REQUIRE(gradient(d(p, x))(1.0, 2.0, 3.0) == std::array{16.0, 23.0, 21.0});  // 2y + 12x^2, ...
    STATIC_REQUIRE(gradient(d(p, y))(1.0, 2.0, 3.0) == std::array{23.0, -12.0, -10.0});
    STATIC_REQUIRE(gradient(d(p, z))(1.0, 2.0, 3.0) == std::array{21.0, -10.0, -44.0});
    STATIC_REQUIRE(d(p, x, y)(1.0, 2.0, 3.0) == 23.0);
}

TEST_CASE("the light headers bring the operators with the variables", "[headers]") {
    // Rosenbrock's terms, as a user of gradient.hpp, sum.hpp and pow<N> writes them
    constexpr auto f = sum<0, 2>([](auto i) { return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>); });
    STATIC_REQUIRE(f(1.0, 1.0, 1.0) == 0.0);
    STATIC_REQUIRE(gradient(f)(0.0, 0.0, 0.0) == std::array{-2.0, -2.0, 0.0});
    STATIC_REQUIRE((-x / 2 + y * 1.5)(2.0, 2.0) == 2.0);
}
