#include <ctdiff/check.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/pow.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <span>
#include <string>

using namespace ctdiff;

namespace {
constexpr auto seed = [](auto x1, auto x2) {
    auto const t = 2 * x1 + 3 * x2;
    return t * t + 3;
};
constexpr auto seed_gradient = [](double x1, double x2) {
    double const t = 2 * x1 + 3 * x2;
    return std::array{4 * t, 6 * t};
};
constexpr auto wrong_gradient = [](double x1, double x2) { // d/dx2 should be 6t
    double const t = 2 * x1 + 3 * x2;
    return std::array{4 * t, 5 * t};
};
} // namespace

TEST_CASE("check_gradient passes the lecture gradient at compile time", "[check]") {
    STATIC_REQUIRE(check_gradient(seed, seed_gradient, std::array{1.0, 3.0}));
    STATIC_REQUIRE(check_gradient(seed, seed_gradient, std::array{1.0, 3.0}, scheme::forward));
    STATIC_REQUIRE(check_gradient(seed, seed_gradient, std::array{1.0, 3.0}, scheme::complex_step));
    constexpr auto report = check_gradient(seed, seed_gradient, std::array{1.0, 3.0});
    STATIC_REQUIRE(report[0].analytic == 44.0);
    STATIC_REQUIRE(report[1].analytic == 66.0);
    STATIC_REQUIRE(report.evaluations == 4);
    STATIC_REQUIRE(report.scheme == scheme_id::central);
    REQUIRE(report[0].estimate == Approx(44.0).epsilon(1e-9));
    REQUIRE(report[1].step == default_step(scheme_id::central, 3.0));
    STATIC_REQUIRE(report.atol == 1e-5);
    STATIC_REQUIRE(report.rtol == 1e-3);
}

TEST_CASE("a wrong component is pinpointed", "[check]") {
    constexpr auto report = check_gradient(seed, wrong_gradient, std::array{1.0, 3.0});
    STATIC_REQUIRE(!report.passed());
    STATIC_REQUIRE(report.failures() == 1);
    STATIC_REQUIRE(report[0].passed);
    STATIC_REQUIRE(!report[1].passed);
    STATIC_REQUIRE(report[1].analytic == 55.0);
    REQUIRE(report[1].estimate == Approx(66.0));
    REQUIRE(report[1].abs_error == Approx(11.0));
    REQUIRE(report[1].rel_error == Approx(1.0 / 6));
    REQUIRE_FALSE(static_cast<bool>(report)); // at run time, a plain false
    std::string const table = to_string(report);
    CHECK(table.find("FAILED, 1 of 2 entries") != std::string::npos);
    CHECK(table.find("          1                 55                 66") != std::string::npos);
}

TEST_CASE("tolerances are gradcheck's and settable", "[check]") {
    // a relative error of 1e-4 passes rtol 1e-3, fails rtol 1e-5
    constexpr auto slightly_off = [](double x1, double x2) {
        double const t = 2 * x1 + 3 * x2;
        return std::array{4 * t * (1 + 1e-4), 6 * t};
    };
    constexpr std::array x{1.0, 3.0};
    STATIC_REQUIRE(check_gradient(seed, slightly_off, x).passed());
    STATIC_REQUIRE(!check_gradient(seed, slightly_off, x, {.rtol = 1e-5}).passed());
    STATIC_REQUIRE(!check_gradient(seed, slightly_off, x, scheme::central4, {.atol = 0, .rtol = 1e-6}).passed());
    // a user step is used (made representable)
    constexpr auto with_step = check_gradient(seed, seed_gradient, x, scheme::central, {.step = 0.25});
    STATIC_REQUIRE(with_step[0].step == 0.25);
    STATIC_REQUIRE(with_step[0].estimate == 44.0);
}

TEST_CASE("gradients written to a span, functions of 10 variables", "[check]") {
    constexpr auto f = [](std::array<double, 10> const& x) {
        double s = 0;
        for (std::size_t i = 0; i < 10; ++i) s += double(i + 1) * x[i] * x[i] * x[i];
        return s;
    };
    constexpr auto grad = [](std::array<double, 10> const& x, std::span<double, 10> out) {
        for (std::size_t i = 0; i < 10; ++i) out[i] = 3 * double(i + 1) * x[i] * x[i];
    };
    constexpr std::array<double, 10> x{0.5, -1, 1.5, -2, 2.5, -3, 3.5, -4, 4.5, -5};
    STATIC_REQUIRE(check_gradient(f, grad, x));
    STATIC_REQUIRE(check_gradient(f, grad, x, scheme::central6));
    STATIC_REQUIRE(check_gradient(f, grad, x, scheme::forward).evaluations == 11);
}

TEST_CASE("check_jacobian, and the Hessian as the Jacobian of the gradient", "[check]") {
    constexpr auto f = [](auto a, auto b) { return std::array{a * b, a + b * b}; };
    constexpr auto jac = [](double a, double b) {
        return std::array{std::array{b, a}, std::array{1.0, 2 * b}};
    };
    constexpr auto bad_jac = [](double a, double b) {
        return std::array{std::array{b, a}, std::array{1.0, b}};
    };
    constexpr std::array x{2.0, 5.0};
    STATIC_REQUIRE(check_jacobian(f, jac, x));
    constexpr auto report = check_jacobian(f, bad_jac, x);
    STATIC_REQUIRE(report.failures() == 1);
    STATIC_REQUIRE(!report(1, 1).passed);
    STATIC_REQUIRE(report(1, 1).row == 1);
    STATIC_REQUIRE(report(1, 1).column == 1);
    CHECK(to_string(report).find("(1, 1)") != std::string::npos);
    // Hessian of the seed: [[8, 12], [12, 18]], checked as the Jacobian of the gradient
    constexpr auto hessian = [](double, double) { return std::array{std::array{8.0, 12.0}, std::array{12.0, 18.0}}; };
    constexpr auto gradient = [](auto x1, auto x2) {
        auto const t = 2 * x1 + 3 * x2;
        return std::array{4 * t, 6 * t};
    };
    STATIC_REQUIRE(check_jacobian(gradient, hessian, x));
}

TEST_CASE("sweeps over points", "[check]") {
    constexpr std::array points{std::array{1.0, 3.0}, std::array{0.0, 0.0}, std::array{-2.0, 0.5}};
    STATIC_REQUIRE(check_gradient(seed, seed_gradient, points));
    constexpr auto sweep = check_gradient(seed, wrong_gradient, points);
    STATIC_REQUIRE(sweep.failures() == 2); // at (0, 0) the wrong gradient is right: both are 0
    STATIC_REQUIRE(sweep.points[1].passed());
    CHECK(to_string(sweep).find("point 2:") != std::string::npos);
}

TEST_CASE("transcendental functions checked at run time", "[check]") {
    auto const f = [](auto x, auto y) {
        using std::exp, std::sin, std::log;
        return exp(x) * sin(y) + log(x * y);
    };
    auto const grad = [](double x, double y) {
        return std::array{std::exp(x) * std::sin(y) + 1 / x, std::exp(x) * std::cos(y) + 1 / y};
    };
    std::array const x{0.7, 1.3};
    CHECK(check_gradient(f, grad, x));
    CHECK(check_gradient(f, grad, x, scheme::complex_step, {.atol = 0, .rtol = 1e-14}));
    CHECK(check_gradient(f, grad, x, scheme::richardson, {.atol = 0, .rtol = 1e-10}));
}

// ---- ctdiff expressions ----

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto seed_expression = pow<2>(2 * x1 + 3 * x2) + 3;
} // namespace

TEST_CASE("check(f, 1.0, 3.0) on the lecture's expression, at compile time", "[check][expression]") {
    STATIC_REQUIRE(seed_expression(1.0, 3.0) == 124.0);
    STATIC_REQUIRE(check(seed_expression, 1.0, 3.0));
    constexpr auto report = check(seed_expression, 1.0, 3.0);
    STATIC_REQUIRE(report[0].analytic == 44.0);
    STATIC_REQUIRE(report[1].analytic == 66.0);
    STATIC_REQUIRE(check(seed_expression, 1, 3)); // integers are checked as double
    // expressions evaluate on ctdiff::complex: the complex step is exact here
    STATIC_REQUIRE(check(seed_expression, std::array{1.0, 3.0}, scheme::complex_step, {.atol = 0, .rtol = 0}));
    // more coordinates than variables: the extra partial derivatives are 0
    STATIC_REQUIRE(check(seed_expression, 1.0, 3.0, 5.0)[2].analytic == 0.0);
    // the lecture's numbers: f(1.01, 3), f(0.99, 3) and their symmetric difference
    REQUIRE(seed_expression(1.01, 3.0) == Approx(124.4404).epsilon(1e-14));
    REQUIRE(seed_expression(0.99, 3.0) == Approx(123.5604).epsilon(1e-14));
    REQUIRE(finite_difference(seed_expression, std::array{1.0, 3.0}, 0, scheme::central, 0.01) == Approx(44.0).epsilon(1e-12));
}

TEST_CASE("an expression's report names its rows as the expression names its variables", "[check][expression]") {
    constexpr auto report = check(seed_expression, 1.0, 3.0);
    STATIC_REQUIRE(report.variable_name(0) == "x1");
    STATIC_REQUIRE(report.variable_name(1) == "x2");
    std::string const table = to_string(report);
    CHECK(table.find("\n         x1                 44                 44") != std::string::npos);
    CHECK(table.find("\n         x2                 66                 66") != std::string::npos);
    // a coordinate the expression does not use keeps its position; default names are x0, x1, ...
    CHECK(to_string(check(seed_expression, 1.0, 3.0, 5.0)).find("\n          2                  0") != std::string::npos);
    CHECK(to_string(check(pow<2>(var<0>) + var<1>, 1.0, 3.0)).find("\n         x0                  2") != std::string::npos);
    // a derivative keeps the names of the function it came from, and so does the Hessian
    CHECK(to_string(check(d(seed_expression, x1), 1.0, 3.0)).find("\n         x2                 12") != std::string::npos);
    CHECK(to_string(check_hessian(seed_expression, std::array{1.0, 3.0})).find("\n   (x1, x2)                 12") != std::string::npos);
    // hand-written functions have no names: positions, from 0
    STATIC_REQUIRE(check_gradient(seed, seed_gradient, std::array{1.0, 3.0}).variable_name(0).empty());
}

TEST_CASE("second order: check_hessian, sweeps", "[check][expression]") {
    STATIC_REQUIRE(check_hessian(seed_expression, std::array{1.0, 3.0}));
    constexpr auto hessian = check_hessian(seed_expression, std::array{1.0, 3.0});
    STATIC_REQUIRE(hessian(0, 1).analytic == 12.0);
    STATIC_REQUIRE(hessian(1, 1).analytic == 18.0);
    STATIC_REQUIRE(hessian.evaluations == 8);
    STATIC_REQUIRE(check(seed_expression, std::array{std::array{1.0, 3.0}, std::array{-1.0, 0.5}}));
}

TEST_CASE("transcendental expressions at run time", "[check][expression]") {
    auto const g = sin(x1) * exp(x2) + log(x1 * x2) + atan(x1 / x2);
    CHECK(check(g, 0.7, 1.3));
    CHECK(check(g, std::array{0.7, 1.3}, scheme::complex_step, {.atol = 0, .rtol = 1e-14}));
    CHECK(check(g, std::array{0.7, 1.3}, scheme::richardson, {.atol = 0, .rtol = 1e-10}));
    CHECK(check_hessian(g, std::array{0.7, 1.3}));
}

TEST_CASE("transcendental expressions at compile time", "[check][expression]") {
    // Through the constexpr math layer: values, derivatives and the complex step all fold.
    constexpr auto g = sin(x1) * exp(x2) + log(x1 * x2) + atan(x1 / x2);
    STATIC_REQUIRE(check(g, 0.7, 1.3));
    STATIC_REQUIRE(check(g, std::array{0.7, 1.3}, scheme::complex_step, {.atol = 0, .rtol = 1e-14}));
    STATIC_REQUIRE(check(g, std::array{0.7, 1.3}, scheme::richardson, {.atol = 0, .rtol = 1e-10}));
    STATIC_REQUIRE(check_hessian(g, std::array{0.7, 1.3}));
    constexpr auto h = tanh(x1 - x2) + sqrt(x1 * x1 + x2 * x2) + cosh(x1) / (1 + sinh(x2) * sinh(x2));
    STATIC_REQUIRE(check(h, 1.5, 0.75));
    STATIC_REQUIRE(check(h, std::array{1.5, 0.75}, scheme::central4, {.atol = 0, .rtol = 1e-9}));
}
