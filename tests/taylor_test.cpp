// taylor.hpp: taylor<N>(f, x) and derivatives<N>(f, x) against hand-derived series, against
// d(f, x, ..., x), and the depth-8 expression against mpmath
// (tools/make_taylor_reference.py), at compile time and at run time.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include "data/taylor_reference.hpp"

#include <array>
#include <cstddef>
#include <type_traits>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto deep = cosh(atan(cos(sqrt(tanh(log1p(exp(sin(x + y) * y) + y) * y) + y) * y) + y) * y);

constexpr double magnitude(double v) { return v < 0 ? -v : v; }
constexpr bool close(double a, double b, double rtol) {
    return magnitude(a - b) <= rtol * (magnitude(b) > 1 ? magnitude(b) : 1);
}
constexpr bool relatively_close(double a, double b, double rtol) { return magnitude(a - b) <= rtol * magnitude(b); }
template <std::size_t N>
constexpr bool all_close(std::array<double, N> const& a, std::array<double, N> const& b, double rtol = 1e-15) {
    for (std::size_t k = 0; k != N; ++k)
        if (!close(a[k], b[k], rtol)) return false;
    return true;
}

// The nodes of a program, and d(f, x, ..., x) as a k-fold derivative
template <class Program>
constexpr std::size_t nodes = Program::graph_type::value.size();
// Whether a derivative's graph runs another program than its own (derivative.hpp)
template <class E>
constexpr bool runs_another_program = requires { typename leaf_t<E>::graph_type::program; };
template <std::size_t K, class F, class X>
constexpr auto nth(F const& f, X const& v) {
    if constexpr (K == 0) return f;
    else return nth<K - 1>(d(f, v), v);
}
}  // namespace

TEST_CASE("polynomials: the coefficients are the polynomial's, exactly", "[taylor]") {
    // 3x^3 - 2x + 5 around 2: 25 + 34 t + 18 t^2 + 3 t^3
    constexpr auto p = 3 * pow<3>(x) - 2 * x + 5;
    STATIC_REQUIRE(taylor<5>(p, x)(2.0) == std::array{25.0, 34.0, 18.0, 3.0, 0.0, 0.0});
    STATIC_REQUIRE(derivatives<4>(p, x)(2.0) == std::array{25.0, 34.0, 36.0, 18.0, 0.0});
    // (x + y)^2 along y, x held: x^2 + 2xy + y^2 around (1, 3)
    STATIC_REQUIRE(taylor<3>(pow<2>(x + y), y)(1.0, 3.0) == std::array{16.0, 8.0, 1.0, 0.0});
    // a variable and a constant alone
    STATIC_REQUIRE(taylor<3>(x, x)(2.0) == std::array{2.0, 1.0, 0.0, 0.0});
    STATIC_REQUIRE(taylor<2>(c<3>, x)(2.0) == std::array{3.0, 0.0, 0.0});
    STATIC_REQUIRE(taylor<0>(exp(x), x)(0.0) == std::array{1.0});
    // x*y*y along x is linear
    STATIC_REQUIRE(taylor<2>(x * y * y, x)(5.0, 3.0) == std::array{45.0, 9.0, 0.0});
}

TEST_CASE("x^k at 0: one coefficient, no division by x", "[taylor]") {
    STATIC_REQUIRE(taylor<7>(pow<5>(x), x)(0.0) == std::array{0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0});
    STATIC_REQUIRE(taylor<4>(pow<2>(x), x)(0.0) == std::array{0.0, 0.0, 1.0, 0.0, 0.0});
    STATIC_REQUIRE(derivatives<7>(pow<6>(x), x)(0.0)[6] == 720.0);
    // x^3 around 2: 8 + 12 t + 6 t^2 + t^3
    STATIC_REQUIRE(taylor<4>(pow<3>(x), x)(2.0) == std::array{8.0, 12.0, 6.0, 1.0, 0.0});
    // x^-1 around 2: sum (-1)^k t^k / 2^(k+1)
    STATIC_REQUIRE(taylor<4>(pow<-1>(x), x)(2.0) == std::array{0.5, -0.25, 0.125, -0.0625, 0.03125});
}

TEST_CASE("the geometric series: 1/(1 - x)", "[taylor]") {
    STATIC_REQUIRE(taylor<6>(1 / (1 - x), x)(0.0) == std::array{1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0});
    // around 1/2: 1/(1 - x)^(k+1) = 2^(k+1)
    STATIC_REQUIRE(taylor<6>(1 / (1 - x), x)(0.5) == std::array{2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0});
}

TEST_CASE("exp and sin: 1/k! and the alternating odd terms", "[taylor]") {
    constexpr std::array<double, 8> exp_series{1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040};
    STATIC_REQUIRE(all_close(taylor<7>(exp(x), x)(0.0), exp_series));
    // exp(2x): 2^k / k!
    STATIC_REQUIRE(all_close(taylor<4>(exp(2 * x), x)(0.0), std::array{1.0, 2.0, 2.0, 4.0 / 3, 2.0 / 3}));
    STATIC_REQUIRE(all_close(taylor<7>(sin(x), x)(0.0),
                             std::array{0.0, 1.0, 0.0, -1.0 / 6, 0.0, 1.0 / 120, 0.0, -1.0 / 5040}));
    STATIC_REQUIRE(all_close(derivatives<8>(sin(x), x)(0.0), std::array{0.0, 1.0, 0.0, -1.0, 0.0, 1.0, 0.0, -1.0, 0.0}));
    REQUIRE(derivatives<8>(cos(x), x)(0.0)[8] == Approx(1.0).epsilon(1e-15));
}

TEST_CASE("derivatives<N> agrees with d(f, x, ..., x) at low orders", "[taylor]") {
    // every node kind: numbers, negation, quotient, negative power, one- and two-argument calls
    constexpr auto f = -atan2(x, y) * exp(x * y) / (1 + x * x) + pow(x, y) + log(x) * pow<-2>(x + y) + 2.5 * sqrt(x);
    constexpr auto all = derivatives<4>(f, x)(1.25, 0.75);
    STATIC_REQUIRE(close(all[0], f(1.25, 0.75), 1e-15));
    STATIC_REQUIRE(close(all[1], nth<1>(f, x)(1.25, 0.75), 1e-14));
    STATIC_REQUIRE(close(all[2], nth<2>(f, x)(1.25, 0.75), 1e-13));
    STATIC_REQUIRE(close(all[3], nth<3>(f, x)(1.25, 0.75), 1e-13));
    STATIC_REQUIRE(close(all[4], nth<4>(f, x)(1.25, 0.75), 1e-12));
    constexpr auto along_y = derivatives<3>(f, y)(1.25, 0.75);
    STATIC_REQUIRE(close(along_y[3], nth<3>(f, y)(1.25, 0.75), 1e-13));
    auto const at_run_time = derivatives<4>(f, x)(std::array{1.25, 0.75});
    for (std::size_t k = 0; k != 5; ++k) REQUIRE(at_run_time[k] == Approx(all[k]).epsilon(1e-15));
    // both arguments of a two-argument function moving, and u^v with both depending on x
    constexpr auto g = hypot(x, sin(x) * y) + pow(x, x);
    constexpr auto gs = derivatives<3>(g, x)(1.5, 0.75);
    STATIC_REQUIRE(close(gs[2], nth<2>(g, x)(1.5, 0.75), 1e-13));
    STATIC_REQUIRE(close(gs[3], nth<3>(g, x)(1.5, 0.75), 1e-13));
    // taylor is derivatives / k!
    constexpr auto t = taylor<4>(f, x)(1.25, 0.75);
    STATIC_REQUIRE(close(t[4] * 24, all[4], 1e-14));
}

TEST_CASE("a derivative's own series, and run-time numbers", "[taylor]") {
    constexpr auto f = sin(x * y) + constant(0.5) * pow<2>(x);
    constexpr auto df = d(f, x);
    constexpr auto of_df = derivatives<3>(df, x)(0.3, 2.0);
    constexpr auto of_f = derivatives<4>(f, x)(0.3, 2.0);
    for (std::size_t k = 0; k != 4; ++k) REQUIRE(of_df[k] == Approx(of_f[k + 1]).epsilon(1e-14));
    STATIC_REQUIRE(close(of_df[3], of_f[4], 1e-14));
    // a variable f does not contain gives f's value and zeros
    STATIC_REQUIRE(taylor<3>(pow<2>(x), y)(2.0, 5.0) == std::array{4.0, 0.0, 0.0, 0.0});
}

TEST_CASE("the result type follows the arguments, as for gradient", "[taylor]") {
    STATIC_REQUIRE(std::is_same_v<decltype(taylor<3>(exp(x), x)(1.0f)), std::array<float, 4>>);
    STATIC_REQUIRE(std::is_same_v<decltype(derivatives<2>(exp(x), x)(1)), std::array<double, 3>>);
    STATIC_REQUIRE(taylor<2>(pow<2>(x), x)(3) == std::array{9.0, 6.0, 1.0});
}

TEST_CASE("the depth-8 expression: every derivative to order 8 against mpmath", "[taylor]") {
    constexpr auto dx = derivatives<8>(deep, x)(0.3, 0.2);
    constexpr auto dy = derivatives<8>(deep, y)(0.3, 0.2);
    STATIC_REQUIRE(relatively_close(dx[6], taylor_reference::deep_dx[6], 1e-9));
    STATIC_REQUIRE(relatively_close(dy[6], taylor_reference::deep_dy[6], 1e-9));
    for (std::size_t k = 0; k != 9; ++k) {
        CAPTURE(k);
        REQUIRE(relatively_close(dx[k], taylor_reference::deep_dx[k], 1e-12));
        REQUIRE(relatively_close(dy[k], taylor_reference::deep_dy[k], 1e-12));
    }
    // at run time too
    double volatile a = 0.3, b = 0.2;
    auto const run = derivatives<6>(deep, x)(a, b);
    REQUIRE(relatively_close(run[6], taylor_reference::deep_dx[6], 1e-9));
}

TEST_CASE("the program grows with the square of the order, not exponentially", "[taylor]") {
    // f has 18 nodes; order N costs O(N^2) nodes per node of f
    using order4 = decltype(derivatives<4>(deep, x));
    using order8 = decltype(derivatives<8>(deep, x));
    STATIC_REQUIRE(nodes<order8> < 4 * nodes<order4>);
    STATIC_REQUIRE(nodes<order8> < 81 * 18);
}

TEST_CASE("d(f, x, ..., x) runs the smaller of the sweeps' program and the Taylor recurrences'", "[taylor]") {
    // the 6th derivative of the depth-8 expression: 1,358 nodes by six forward sweeps, 708 by
    // the recurrences; d keeps the sweeps' graph (it prints it, and differentiates it again)
    using sixth = leaf_t<decltype(d(deep, x, x, x, x, x, x))>::graph_type;
    STATIC_REQUIRE(runs_another_program<decltype(d(deep, x, x, x, x, x, x))>);
    STATIC_REQUIRE(sixth::program::value.size() < sixth::value.size());
    constexpr double value = d(deep, x, x, x, x, x, x)(0.3, 0.2);
    STATIC_REQUIRE(relatively_close(value, taylor_reference::deep_dx[6], 1e-9));
    // against the sweeps themselves: nested d's run the sweeps' own program
    STATIC_REQUIRE(runs_another_program<decltype(d(deep, x, x, x, x))>);  // (332 nodes against 339)
    STATIC_REQUIRE(relatively_close(d(deep, x, x, x, x)(0.3, 0.2), nth<4>(deep, x)(0.3, 0.2), 1e-12));
    // second derivatives, and a polynomial whose sweeps fold to 6*y, keep the sweeps' program
    STATIC_REQUIRE(!runs_another_program<decltype(d(deep, x, x))>);
    constexpr auto cubic = d(pow<3>(x) * y, x, x, x);
    STATIC_REQUIRE(!runs_another_program<decltype(cubic)>);
    STATIC_REQUIRE(cubic(5.0, 2.0) == 12.0);
    // at run time too
    double volatile a = 0.3, b = 0.2;
    REQUIRE(relatively_close(d(deep, x, x, x, x, x, x)(a, b), taylor_reference::deep_dx[6], 1e-9));
}

TEST_CASE("the Taylor programs run in float, double and long double", "[taylor]") {
    // run time only: g++ keeps float and double values in place with an asm (run.hpp), which
    // long double's x87 registers do not take
    float volatile fa = 0.3f, fb = 0.2f;
    double volatile a = 0.3, b = 0.2;
    long double volatile la = 0.3L, lb = 0.2L;
    double const reference = taylor_reference::deep_dx[6];
    REQUIRE(relatively_close(static_cast<double>(d(deep, x, x, x, x, x, x)(fa, fb)), reference, 1e-4));
    REQUIRE(relatively_close(d(deep, x, x, x, x, x, x)(a, b), reference, 1e-9));
    REQUIRE(relatively_close(static_cast<double>(d(deep, x, x, x, x, x, x)(la, lb)), reference, 1e-9));
    REQUIRE(relatively_close(static_cast<double>(derivatives<6>(deep, x)(la, lb)[6]), reference, 1e-9));
}

TEST_CASE("a mixed derivative runs the Taylor recurrences along its most repeated variable", "[taylor]") {
    // d(f, x, x, y, x): four sweeps make 623 nodes; the 3rd derivative along x of d(f, y), 365
    using mixed = leaf_t<decltype(d(deep, x, x, y, x))>::graph_type;
    STATIC_REQUIRE(runs_another_program<decltype(d(deep, x, x, y, x))>);
    STATIC_REQUIRE(mixed::program::value.size() < mixed::value.size());
    // against the sweeps' own program (nested d's) and mpmath (derivative_scale_test.cpp)
    constexpr double sweeps = d(d(deep, x, x), y, x)(0.3, 0.2);
    STATIC_REQUIRE(!runs_another_program<decltype(d(d(deep, x, x), y, x))>);
    STATIC_REQUIRE(relatively_close(d(deep, x, x, y, x)(0.3, 0.2), sweeps, 1e-13));
    STATIC_REQUIRE(relatively_close(sweeps, 0.0001585842948795005147414661, 1e-12));
    // wherever the repeated variable stands, and when it is y
    STATIC_REQUIRE(relatively_close(d(deep, y, x, x, x)(0.3, 0.2), sweeps, 1e-13));
    STATIC_REQUIRE(runs_another_program<decltype(d(deep, y, x, y, y))>);
    STATIC_REQUIRE(relatively_close(d(deep, y, x, y, y)(0.3, 0.2), d(d(deep, x, y), y, y)(0.3, 0.2), 1e-13));
    // a polynomial's sweeps fold, and keep their program
    constexpr auto folded = d(pow<3>(x) * pow<2>(y), x, y, x, x);
    STATIC_REQUIRE(!runs_another_program<decltype(folded)>);
    STATIC_REQUIRE(folded(5.0, 2.0) == 24.0);
    double volatile a = 0.3, b = 0.2;
    REQUIRE(relatively_close(d(deep, x, x, y, x)(a, b), sweeps, 1e-13));
}
