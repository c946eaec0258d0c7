// gradient.hpp: gradient, value_and_gradient and jacobian against hand-derived gradients,
// finite differences and mpmath references (tools/make_gradient_reference.py), at compile time
// and at run time.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <span>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;

constexpr bool close(double a, double b, double rtol = 1e-14) {
    double const d = a - b;
    double const m = b < 0 ? -b : b;
    return (d < 0 ? -d : d) <= rtol * (m > 1 ? m : 1);
}

// Rosenbrock in n variables by ctdiff::sum, and its gradient by hand.
template <std::size_t N>
constexpr auto rosenbrock = sum<0, N - 1>([](auto i) {
    return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>);
});
template <std::size_t N>
constexpr std::array<double, N> rosenbrock_gradient(std::array<double, N> const& p) {
    std::array<double, N> g{};
    for (std::size_t i = 0; i + 1 < N; ++i) {
        double const t = p[i + 1] - p[i] * p[i];
        g[i] += -400 * p[i] * t - 2 * (1 - p[i]);
        g[i + 1] += 200 * t;
    }
    return g;
}
template <std::size_t N>
constexpr std::array<double, N> ramp(double start, double step) {
    std::array<double, N> p{};
    for (std::size_t i = 0; i != N; ++i) p[i] = start + step * static_cast<double>(i);
    return p;
}
}  // namespace

TEST_CASE("the lecture: one forward and one backward sweep give f and its gradient", "[gradient]") {
    STATIC_REQUIRE(gradient(lecture)(1.0, 3.0) == std::array{44.0, 66.0});
    constexpr auto vg = value_and_gradient(lecture)(1.0, 3.0);
    STATIC_REQUIRE(vg.value == 124.0);
    STATIC_REQUIRE(vg.gradient == std::array{44.0, 66.0});
    auto [v, g] = value_and_gradient(lecture)(std::array{1.0, 3.0});
    REQUIRE(v == 124.0);
    REQUIRE(g[0] == 44.0);
    REQUIRE(g[1] == 66.0);
    STATIC_REQUIRE(std::is_same_v<decltype(gradient(lecture)(1.0f, 3.0f)), std::array<float, 2>>);
    STATIC_REQUIRE(gradient(lecture)(1, 3) == std::array{44.0, 66.0});  // integers evaluate as double
}

TEST_CASE("a point may be a std::span over the caller's coordinates, read in place", "[gradient]") {
    double const point[] = {1.0, 3.0};  // a solver's double const* x
    auto [v, g] = value_and_gradient(lecture)(std::span<double const, 2>(point, 2));
    REQUIRE(v == 124.0);
    REQUIRE(g == std::array{44.0, 66.0});
    // and written into the caller's storage: f, then the gradient
    double out[3] = {};
    value_and_gradient(lecture)(std::span<double const, 2>(point, 2), std::span<double, 3>(out, 3));
    REQUIRE(out[0] == 124.0);
    REQUIRE(out[1] == 44.0);
    REQUIRE(out[2] == 66.0);
    // Rosenbrock-50 from a span equals the same point as an array
    auto const q = ramp<50>(-1.2, 0.05);
    REQUIRE(gradient(rosenbrock<50>)(std::span<double const, 50>(q)) == gradient(rosenbrock<50>)(q));
    // integers evaluate as double, a mutable span is a point too, and all of it while compiling
    STATIC_REQUIRE([] {
        int coordinates[] = {1, 3};
        return gradient(lecture)(std::span<int, 2>(coordinates)) == std::array{44.0, 66.0};
    }());
    STATIC_REQUIRE([] {
        double const p[] = {1.0, 3.0};
        std::array<double, 4> h{};
        hessian(lecture)(std::span<double const, 2>(p), std::span<double, 4>(h));
        return h == std::array{8.0, 12.0, 12.0, 18.0};
    }());
    // a point with more coordinates than variables is fine, as for arrays
    double const longer[] = {1.0, 3.0, 7.0};
    REQUIRE(gradient(lecture)(std::span<double const, 3>(longer, 3)) == std::array{44.0, 66.0});
}

TEST_CASE("a result that starts with f returns f and writes the rest into an out one shorter", "[gradient]") {
    // an optimiser's double f(double const* x, double* g)
    double const point[] = {1.0, 3.0};
    double g[2] = {};
    double const v = value_and_gradient(lecture)(std::span<double const, 2>(point, 2), std::span<double, 2>(g, 2));
    REQUIRE(v == 124.0);
    REQUIRE(g[0] == 44.0);
    REQUIRE(g[1] == 66.0);
    // Rosenbrock-50: the same numbers as the returned pair
    auto const q = ramp<50>(-1.2, 0.05);
    std::array<double, 50> into{};
    double const f50 = value_and_gradient(rosenbrock<50>)(q, std::span<double, 50>(into));
    auto const [v50, g50] = value_and_gradient(rosenbrock<50>)(q);
    REQUIRE(f50 == v50);
    REQUIRE(into == g50);
    // value_gradient_hessian: f returned, then the gradient and the Hessian row by row
    STATIC_REQUIRE([] {
        std::array<double, 6> out{};
        double const f = value_gradient_hessian(lecture)(std::array{1, 3}, std::span<double, 6>(out));
        return f == 124.0 && out == std::array{44.0, 66.0, 8.0, 12.0, 12.0, 18.0};
    }());
}

TEST_CASE("a gradient agrees with d(f, x_i) and with central differences", "[gradient]") {
    constexpr auto f = sin(x * y) + exp(x / y) - log(1 + x * x) + sqrt(x * x + y * y) + tanh(x - y);
    // mpmath: tools/make_gradient_reference.py
    constexpr auto vg = value_and_gradient(f)(1.5, 0.75);
    STATIC_REQUIRE(close(vg.value, 9.424868632200228864451135));
    STATIC_REQUIRE(close(vg.gradient[0], 10.74339326237752416303461));
    STATIC_REQUIRE(close(vg.gradient[1], -19.20675703473177482784415));
    for (double a : {0.3, 1.1, 2.5})
        for (double b : {0.4, 0.9, 1.7}) {
            auto const g = gradient(f)(a, b);
            REQUIRE(g[0] == Approx(d(f, x)(a, b)).epsilon(1e-14));
            REQUIRE(g[1] == Approx(d(f, y)(a, b)).epsilon(1e-14));
            REQUIRE(check(f, a, b).passed());
        }
}

TEST_CASE("Rosenbrock in 50 variables, written with sum, against the hand-written gradient", "[gradient]") {
    constexpr auto program = value_and_gradient(rosenbrock<50>);
    constexpr auto p = ramp<50>(-1.2, 0.05);
    constexpr auto r = program(p);
    constexpr auto h = rosenbrock_gradient(p);
    STATIC_REQUIRE(close(r.gradient[0], h[0]) && close(r.gradient[25], h[25]) && close(r.gradient[49], h[49]));
    for (double start : {-1.5, 0.0, 0.5, 1.0}) {
        auto const q = ramp<50>(start, 0.03);
        auto const [v, grad] = program(q);
        double value = 0;
        for (std::size_t i = 0; i + 1 < 50; ++i)
            value += 100 * (q[i + 1] - q[i] * q[i]) * (q[i + 1] - q[i] * q[i]) + (1 - q[i]) * (1 - q[i]);
        REQUIRE(v == Approx(value).epsilon(1e-14));
        auto const hand = rosenbrock_gradient(q);
        for (std::size_t i = 0; i != 50; ++i) REQUIRE(grad[i] == Approx(hand[i]).epsilon(1e-13).margin(1e-12));
    }
}

TEST_CASE("variables a function does not use have a structurally zero partial", "[gradient]") {
    constexpr auto f = x * x + c<0> * var<2>;  // c<0>*u is 0: f uses x only, arity_v is 1
    STATIC_REQUIRE(arity_v<decltype(f)> == 1);
    constexpr auto g = x * x + var<2>;  // y is position 1, unused
    STATIC_REQUIRE(gradient(g)(2.0, 7.0, 5.0) == std::array{4.0, 0.0, 1.0});
}

TEST_CASE("run-time numbers stay in the object, not in the type", "[gradient]") {
    double const a = 2.5;  // not a constant expression
    auto const f = a * pow<2>(x) + y / a;
    auto const [v, g] = value_and_gradient(f)(2.0, 5.0);
    REQUIRE(v == 2.5 * 4 + 5.0 / 2.5);
    REQUIRE(g[0] == 2 * 2.5 * 2.0);
    REQUIRE(g[1] == Approx(1 / 2.5).epsilon(1e-16));
}

TEST_CASE("jacobian: reverse sweeps for few outputs, forward sweeps for many", "[gradient]") {
    // two outputs of three variables: reverse
    constexpr auto z = var<2, "z">;
    constexpr auto J = jacobian(x * y * z, sin(x) + z)(1.0, 2.0, 3.0);
    STATIC_REQUIRE(J[0] == std::array{6.0, 3.0, 2.0});
    STATIC_REQUIRE(close(J[1][0], 0.54030230586813971740093660744297660));
    STATIC_REQUIRE(J[1][1] == 0.0 && J[1][2] == 1.0);
    // three outputs of one variable: forward
    constexpr auto K = jacobian(x * x, exp(x), 3 * x)(std::array{0.5});
    STATIC_REQUIRE(K[0][0] == 1.0 && K[2][0] == 3.0);
    STATIC_REQUIRE(close(K[1][0], 1.6487212707001281468486507878141635));
}

TEST_CASE("the gradient program prints like the lecture's backward pass", "[gradient]") {
    REQUIRE(to_string(value_and_gradient(lecture)) ==
            "forward sweep\n"
            "  v0 = 2*x1;\n"
            "  v1 = 3*x2;\n"
            "  v2 = v0 + v1;\n"
            "  v3 = v2^2;\n"
            "  v4 = v3 + 3;\n"
            "backward sweep\n"
            "  v5 = 3*2;\n"
            "  dx2 = v5*v2;\n"
            "  v6 = 2*2;\n"
            "  dx1 = v6*v2;\n"
            "result\n"
            "  f = v4;\n"
            "  df/dx1 = dx1;\n"
            "  df/dx2 = dx2;\n");
}

TEST_CASE("negative numbers in the program are parenthesised", "[gradient]") {
    constexpr auto u = var<0, "x">;
    constexpr auto v = var<1, "y">;
    REQUIRE(to_string(gradient(-1.0 * u * v - 0.5 * exp(-u))) ==
            "forward sweep\n"
            "  v0 = -x;\n"
            "  v1 = exp(v0);\n"
            "backward sweep\n"
            "  dv1 = (-1)*0.5;\n"
            "  v2 = -dv1;\n"
            "  v3 = v2*v1;\n"
            "  v4 = (-1)*y;\n"
            "  dx = v3 + v4;\n"
            "  dy = (-1)*x;\n"
            "result\n"
            "  df/dx = dx;\n"
            "  df/dy = dy;\n");
}
