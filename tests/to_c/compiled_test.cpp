// The C source to_c wrote for cases.hpp (generated.inc, written at build time by to_c_generate),
// compiled here by the same compiler and compared with ctdiff's evaluation at several points.
// Each step of the source computes what run.hpp computes, in the same order, so the numbers
// agree to rounding of the libm calls at most: 1e-14 relative is asked.
#include "cases.hpp"

#include <catch2/catch.hpp>

#include <math.h>

#include <array>
#include <cmath>
#include <cstddef>
#include <span>
#include <type_traits>

namespace generated {
#include "generated.inc"
}  // namespace generated

namespace {

using namespace to_c_cases;

template <class T>
bool close(T a, T b, T tolerance = T(1e-14)) {
    return std::abs(a - b) <= tolerance * std::abs(b);
}

constexpr std::array<std::array<double, 2>, 4> lecture_points{{{1.0, 3.0}, {-0.5, 2.25}, {1e-3, -7.0}, {0.0, 0.0}}};
constexpr std::array<std::array<double, 2>, 4> w3_points{{{0.7, 1.3}, {-1.2, 0.4}, {2.5, -3.1}, {1.0, 1.0}}};
// x > y, x < y and x == y: both branches of sigmoid and softplus, and sign's zero
constexpr std::array<std::array<double, 2>, 4> unit_points{{{0.3, 0.6}, {0.7, 0.2}, {0.45, 0.45}, {0.9, 0.1}}};

template <class F, class P>
void require_value(F const& f, P const& points, double (*c)(double, double)) {
    for (auto const& p : points) {
        INFO("at (" << p[0] << ", " << p[1] << ")");
        REQUIRE(close(c(p[0], p[1]), f(p[0], p[1])));
    }
}

// a program of S outputs against out[] of the generated function
template <std::size_t S, class Reference, class P, class C>
void require_outputs(Reference const& reference, P const& points, C const& c) {
    for (auto const& p : points) {
        std::array<double, S> expected{}, got{};
        reference(p, expected);
        c(p, got);
        for (std::size_t k = 0; k != S; ++k) {
            INFO("output " << k << " at (" << p[0] << ", " << p[1] << ")");
            REQUIRE(close(got[k], expected[k]));
        }
    }
}

// out[] in the order program(x, std::span out) writes it
template <class Program, std::size_t S>
auto written_by(Program const& program, std::integral_constant<std::size_t, S>) {
    return [program](std::array<double, 2> const& p, std::array<double, S>& out) {
        program(p, std::span<double, S>(out));
    };
}
template <std::size_t S>
auto generated_program(void (*c)(double, double, double*)) {
    return [c](std::array<double, 2> const& p, std::array<double, S>& out) { c(p[0], p[1], out.data()); };
}

}  // namespace

TEST_CASE("to_c: the lecture, its derivative, gradient and Hessian", "[to_c]") {
    require_value(lecture, lecture_points, generated::lecture);
    require_value(d(lecture, x1), lecture_points, generated::lecture_dx1);
    require_outputs<2>(written_by(gradient(lecture), std::integral_constant<std::size_t, 2>{}), lecture_points,
                       generated_program<2>(generated::lecture_gradient));
    require_outputs<3>(written_by(value_and_gradient(lecture), std::integral_constant<std::size_t, 3>{}),
                       lecture_points, generated_program<3>(generated::lecture_value_and_gradient));
    require_outputs<4>(written_by(hessian(lecture), std::integral_constant<std::size_t, 4>{}), lecture_points,
                       generated_program<4>(generated::lecture_hessian));
    // and the numbers of the lecture itself
    double g[2];
    generated::lecture_gradient(1.0, 3.0, g);
    REQUIRE(generated::lecture(1.0, 3.0) == 124.0);
    REQUIRE((g[0] == 44.0 && g[1] == 66.0));
}

TEST_CASE("to_c: float source computes in float", "[to_c]") {
    for (auto const& p : lecture_points) {
        float const u = static_cast<float>(p[0]), v = static_cast<float>(p[1]);
        REQUIRE(close(generated::lecture_float(u, v), lecture(u, v), 1e-6f));
        float g[2];
        generated::lecture_gradient_float(u, v, g);
        auto const expected = gradient(lecture)(u, v);
        REQUIRE((close(g[0], expected[0], 1e-6f) && close(g[1], expected[1], 1e-6f)));
    }
}

TEST_CASE("to_c: W3, its derivatives and every derivative program", "[to_c]") {
    require_value(w3, w3_points, generated::w3);
    require_value(d(w3, x), w3_points, generated::w3_dx);
    require_value(d(w3, x, y), w3_points, generated::w3_dxdy);
    // (evaluated by the Taylor recurrences' program, which is smaller at this order: to_c writes it)
    require_value(d(w3, x, x, x, x), w3_points, generated::w3_dx4);
    require_outputs<3>(written_by(value_and_gradient(w3), std::integral_constant<std::size_t, 3>{}), w3_points,
                       generated_program<3>(generated::w3_value_and_gradient));
    require_outputs<4>(written_by(jacobian(w3, x * y + exp(y)), std::integral_constant<std::size_t, 4>{}), w3_points,
                       generated_program<4>(generated::w3_jacobian));
    require_outputs<4>(written_by(hessian(w3), std::integral_constant<std::size_t, 4>{}), w3_points,
                       generated_program<4>(generated::w3_hessian));
    require_outputs<7>(written_by(value_gradient_hessian(w3), std::integral_constant<std::size_t, 7>{}), w3_points,
                       generated_program<7>(generated::w3_value_gradient_hessian));
    constexpr std::size_t nonzeros = decltype(sparse_hessian(w3)(1.0, 1.0))::nonzeros;
    require_outputs<nonzeros>(written_by(sparse_hessian(w3), std::integral_constant<std::size_t, nonzeros>{}),
                              w3_points, generated_program<nonzeros>(generated::w3_sparse_hessian));
    // H v, v = (0.25, -2)
    for (auto const& p : w3_points) {
        auto const expected = hessian_vector_product(w3)(p, std::array{0.25, -2.0});
        double got[2];
        generated::w3_hessian_vector_product(p[0], p[1], 0.25, -2.0, got);
        REQUIRE((close(got[0], expected[0]) && close(got[1], expected[1])));
    }
}

TEST_CASE("to_c: every function of functions.hpp and its derivative", "[to_c]") {
    require_value(every_function, unit_points, generated::every_function);
    require_outputs<2>(written_by(gradient(every_function), std::integral_constant<std::size_t, 2>{}), unit_points,
                       generated_program<2>(generated::every_function_gradient));
}

TEST_CASE("to_c: run-time numbers round-trip, integer numbers are not divided as ints", "[to_c]") {
    require_value(numbers, w3_points, generated::numbers);
    require_outputs<2>(written_by(gradient(numbers), std::integral_constant<std::size_t, 2>{}), w3_points,
                       generated_program<2>(generated::numbers_gradient));
}

TEST_CASE("to_c: a loop_sum's gradient programs are loops with ctdiff's numbers", "[to_c]") {
    constexpr std::array<std::array<double, 5>, 3> points{
        {{-1.2, 1.0, -1.2, 1.0, -1.2}, {0.3, -0.7, 1.9, 0.05, -2.5}, {1.0, 1.0, 1.0, 1.0, 1.0}}};
    for (auto const& p : points) {
        std::array<double, 6> expected{}, got{};
        value_and_gradient(rosenbrock)(p, std::span<double, 6>(expected));
        generated::rosenbrock_value_and_gradient(p.data(), got.data());
        for (std::size_t k = 0; k != 6; ++k) REQUIRE(close(got[k], expected[k]));
        std::array<double, 5> gradient_expected{}, gradient_got{};
        gradient(rosenbrock)(p, std::span<double, 5>(gradient_expected));
        generated::rosenbrock_gradient(p.data(), gradient_got.data());
        for (std::size_t k = 0; k != 5; ++k) REQUIRE(close(gradient_got[k], gradient_expected[k]));
        value_and_gradient(reaching_back)(p, std::span<double, 6>(expected));
        generated::reaching_back_value_and_gradient(p.data(), got.data());
        for (std::size_t k = 0; k != 6; ++k) REQUIRE(close(got[k], expected[k]));
    }
}
