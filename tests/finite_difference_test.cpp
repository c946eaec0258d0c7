#include <ctdiff/finite_difference.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>

using namespace ctdiff;

namespace {
// Polynomials with dyadic coefficients at dyadic points and steps: every operation is exact, so
// the truncation error of each stencil is known exactly.
constexpr auto cube = [](auto x) { return x * x * x; };
constexpr auto power5 = [](auto x) { return x * x * x * x * x; };
constexpr auto power7 = [](auto x) { return x * x * x * x * x * x * x; };
constexpr auto seed = [](auto x1, auto x2) {
    auto const t = 2 * x1 + 3 * x2;
    return t * t + 3;
};
} // namespace

TEST_CASE("each scheme is exact where theory says so", "[finite_difference]") {
    constexpr std::array x{1.0, 3.0};
    // linear in the step direction: one-sided differences are exact
    constexpr auto plane = [](auto x1, auto x2) { return 5 * x1 - 2 * x2 + 1; };
    STATIC_REQUIRE(finite_difference(plane, x, 0, scheme::forward, 0.25) == 5.0);
    STATIC_REQUIRE(finite_difference(plane, x, 1, scheme::backward, 0.25) == -2.0);
    // quadratic: central is exact (the lecture: 44 and 66)
    STATIC_REQUIRE(finite_difference(seed, x, 0, scheme::central, 0.25) == 44.0);
    STATIC_REQUIRE(finite_difference(seed, x, 1, scheme::central, 0.25) == 66.0);
    // degree 4 / 6 polynomials: 4th / 6th order stencils and Richardson are exact
    constexpr auto quartic = [](auto t) { return t * t * t * t; };
    constexpr auto sextic = [](auto t) { return t * t * t * t * t * t; };
    STATIC_REQUIRE(finite_difference(quartic, 1.0, scheme::central4, 0.25) == 4.0);
    STATIC_REQUIRE(finite_difference(sextic, 1.0, scheme::central6, 0.25) == 6.0);
    STATIC_REQUIRE(finite_difference(sextic, 1.0, scheme::richardson, 0.25) == 6.0);
    // complex step on a polynomial: exact at any step
    STATIC_REQUIRE(finite_difference(seed, x, 0, scheme::complex_step) == 44.0);
    STATIC_REQUIRE(finite_difference(power7, 1.0, scheme::complex_step) == 7.0);
}

TEST_CASE("truncation error shrinks as h^order", "[finite_difference]") {
    // Halving h divides the error by 2^order; exact because the arithmetic is exact.
    constexpr auto error = [](auto f, auto s, double h, double exact) { return finite_difference(f, 1.0, s, h) - exact; };
    constexpr auto square = [](auto x) { return x * x; }; // one-sided: D(h) = 2 +- h
    STATIC_REQUIRE(error(square, scheme::forward, 0.25, 2.0) == 2 * error(square, scheme::forward, 0.125, 2.0));
    STATIC_REQUIRE(error(square, scheme::backward, 0.25, 2.0) == 2 * error(square, scheme::backward, 0.125, 2.0));
    STATIC_REQUIRE(error(square, scheme::forward, 0.25, 2.0) == 0.25);
    STATIC_REQUIRE(error(cube, scheme::central, 0.25, 3.0) == 4 * error(cube, scheme::central, 0.125, 3.0));
    STATIC_REQUIRE(error(cube, scheme::central, 0.25, 3.0) == 0.0625); // D(h) = 3 + h^2
    STATIC_REQUIRE(error(power5, scheme::central4, 0.25, 5.0) == 16 * error(power5, scheme::central4, 0.125, 5.0));
    STATIC_REQUIRE(error(power7, scheme::central6, 0.25, 7.0) == 64 * error(power7, scheme::central6, 0.125, 7.0));
    // Richardson on a degree 8 polynomial: error = c h^6 exactly (the h^8 term is not there).
    constexpr auto power8 = [](auto t) { return t * t * t * t * t * t * t * t; };
    REQUIRE(error(power8, scheme::richardson, 0.25, 8.0) ==
            Approx(64 * error(power8, scheme::richardson, 0.125, 8.0)).epsilon(1e-12));
    STATIC_REQUIRE(error(power8, scheme::richardson, 0.25, 8.0) != 0.0);
}

TEST_CASE("default steps follow eps^(1/(order+1)) * max(|x|, 1), made representable", "[finite_difference]") {
    constexpr double eps = std::numeric_limits<double>::epsilon();
    REQUIRE(default_step(scheme_id::forward, 1.0) == Approx(std::sqrt(eps)).epsilon(1e-12));
    // rounding x + h to a double moves h by up to ulp(x) / h, ~4e-11 relative here
    REQUIRE(default_step(scheme_id::central, 1.0) == Approx(std::cbrt(eps)).epsilon(1e-10));
    REQUIRE(default_step(scheme_id::central4, 0.5) == Approx(std::pow(eps, 1.0 / 5)).epsilon(1e-12));
    REQUIRE(default_step(scheme_id::central6, -1000.0) == Approx(1000 * std::pow(eps, 1.0 / 7)).epsilon(1e-12));
    STATIC_REQUIRE(default_step(scheme_id::complex_step, 2.0) == 2 * eps);
    // x + h is exactly representable: (x + h) - x == h
    constexpr double x = 0.1;
    constexpr double h = default_step(scheme_id::central, x);
    STATIC_REQUIRE((x + h) - x == h);
    STATIC_REQUIRE(representable_step(0.1, 1e-5) != 1e-5); // 0.1 + 1e-5 rounds
    STATIC_REQUIRE((0.1 + representable_step(0.1, 1e-5)) - 0.1 == representable_step(0.1, 1e-5));
    // float gets its own, larger steps
    STATIC_REQUIRE(default_step(scheme_id::central, 1.0f) > 1e-3f);
}

TEST_CASE("round-off: too small a step ruins differences but not the complex step", "[finite_difference]") {
    auto const f = [](auto t) {
        using std::exp, std::sin;
        return exp(t) * sin(t);
    };
    double const x = 0.7, exact = std::exp(x) * (std::sin(x) + std::cos(x));
    double const tiny = 1e-13;
    CHECK(std::abs(finite_difference(f, x, scheme::central, tiny) - exact) > 1e-5);
    CHECK(std::abs(finite_difference(f, x, scheme::forward, tiny) - exact) > 1e-5);
    CHECK(std::abs(finite_difference(f, x, scheme::complex_step, 1e-200) - exact) <= 4e-16 * exact);
    // at the default steps
    CHECK(std::abs(finite_difference(f, x, scheme::forward) - exact) < 1e-7);
    CHECK(std::abs(finite_difference(f, x, scheme::central) - exact) < 1e-10);
    CHECK(std::abs(finite_difference(f, x, scheme::central4) - exact) < 1e-12);
    CHECK(std::abs(finite_difference(f, x, scheme::central6) - exact) < 1e-12);
    CHECK(std::abs(finite_difference(f, x, scheme::richardson) - exact) < 1e-12);
    CHECK(std::abs(finite_difference(f, x, scheme::complex_step) - exact) < 1e-15);
}

TEST_CASE("gradients of up to 10 variables, Jacobians", "[finite_difference]") {
    // f(x) = sum (i+1) x_i^2, grad_i = 2 (i+1) x_i
    constexpr auto f = [](auto const& x) {
        auto sum = x[0] * 0;
        for (std::size_t i = 0; i < x.size(); ++i) sum += static_cast<double>(i + 1) * x[i] * x[i];
        return sum;
    };
    constexpr std::array<double, 10> x{1, -2, 3, -4, 5, -6, 7, -8, 9, -10};
    constexpr auto g = finite_difference_gradient(f, x, scheme::central, 0.5);
    constexpr auto gc = finite_difference_gradient(f, x, scheme::complex_step);
    for (std::size_t i = 0; i < 10; ++i) {
        REQUIRE(g[i] == 2.0 * double(i + 1) * x[i]);
        REQUIRE(gc[i] == 2.0 * double(i + 1) * x[i]);
    }
    // R^2 -> R^3, Jacobian rows are outputs
    constexpr auto v = [](auto a, auto b) { return std::array{a * b, a + b, a * a}; };
    constexpr auto j = finite_difference_jacobian(v, std::array{2.0, 5.0}, scheme::central, 0.25);
    STATIC_REQUIRE(j[0][0] == 5.0);
    STATIC_REQUIRE(j[0][1] == 2.0);
    STATIC_REQUIRE(j[1][0] == 1.0);
    STATIC_REQUIRE(j[1][1] == 1.0);
    STATIC_REQUIRE(j[2][0] == 4.0);
    STATIC_REQUIRE(j[2][1] == 0.0);
    // one component of a vector-valued f
    STATIC_REQUIRE(finite_difference(v, std::array{2.0, 5.0}, 1, scheme::central, 0.25)[0] == 2.0);
}

TEST_CASE("evaluations per gradient are what evaluations() says", "[finite_difference]") {
    int calls = 0;
    auto const counted = [&calls](auto const& x) {
        ++calls;
        auto s = x[0];
        for (std::size_t i = 1; i < x.size(); ++i) s += x[i] * x[i];
        return s;
    };
    auto const count = [&](auto s, auto const& x) {
        calls = 0;
        (void)finite_difference_gradient(counted, x, s);
        return static_cast<std::size_t>(calls);
    };
    for (auto const& x : {std::array<double, 2>{1.0, 3.0}}) {
        CHECK(count(scheme::forward, x) == evaluations(scheme_id::forward, 2));
        CHECK(count(scheme::backward, x) == 3);
        CHECK(count(scheme::central, x) == 4);
        CHECK(count(scheme::central4, x) == 8);
        CHECK(count(scheme::central6, x) == 12);
        CHECK(count(scheme::richardson, x) == 12);
        CHECK(count(scheme::complex_step, x) == 2);
    }
    std::array<double, 100> x100{};
    CHECK(count(scheme::forward, x100) == 101);
    CHECK(count(scheme::central, x100) == 200);
    STATIC_REQUIRE(evaluations(scheme_id::forward, 100) == 101);
}

TEST_CASE("callables: coordinates or std::array; names and orders", "[finite_difference]") {
    constexpr auto on_array = [](std::array<double, 2> const& p) { return p[0] * p[1]; };
    STATIC_REQUIRE(finite_difference(on_array, std::array{3.0, 4.0}, 0, scheme::central, 0.5) == 4.0);
    STATIC_REQUIRE(order(scheme_id::central6) == 6);
    STATIC_REQUIRE(name(scheme_id::richardson) == "richardson");
    STATIC_REQUIRE(Scheme<decltype(scheme::central4)>);
    STATIC_REQUIRE(!Scheme<double>);
}
