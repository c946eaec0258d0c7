// to_c: the C source of an expression and of its derivative programs, as exact strings. That
// the source compiles and computes ctdiff's numbers is to_c/compiled_test.cpp's part.
#include <ctdiff/ctdiff.hpp>
#include <ctdiff/to_c.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;
constexpr auto x = var<0, "x">;
}  // namespace

TEST_CASE("to_c: the lecture's f, one assignment per node", "[to_c]") {
    REQUIRE(to_c(lecture, "f") ==
            "double f(double x1, double x2) {\n"
            "    double const v0 = 2*x1;\n"
            "    double const v1 = 3*x2;\n"
            "    double const v2 = v0 + v1;\n"
            "    double const v3 = v2*v2;\n"
            "    double const v4 = v3 + 3;\n"
            "    return v4;\n"
            "}\n");
}

TEST_CASE("to_c: the lecture's gradient program, named like to_string's", "[to_c]") {
    REQUIRE(to_c(gradient(lecture), "grad_f") ==
            "void grad_f(double x1, double x2, double out[2]) {\n"
            "    /* forward sweep */\n"
            "    double const v0 = 2*x1;\n"
            "    double const v1 = 3*x2;\n"
            "    double const v2 = v0 + v1;\n"
            "    /* backward sweep */\n"
            "    double const v3 = 3.0*2.0;\n"
            "    double const dx2 = v3*v2;\n"
            "    double const v4 = 2.0*2.0;\n"
            "    double const dx1 = v4*v2;\n"
            "    out[0] = dx1;  /* df/dx1 */\n"
            "    out[1] = dx2;  /* df/dx2 */\n"
            "}\n");
    // the default name follows the callable; out[] is in the order program(x, std::span out) writes
    REQUIRE(to_c(value_and_gradient(lecture)) ==
            "void f_value_and_gradient(double x1, double x2, double out[3]) {\n"
            "    /* forward sweep */\n"
            "    double const v0 = 2*x1;\n"
            "    double const v1 = 3*x2;\n"
            "    double const v2 = v0 + v1;\n"
            "    double const v3 = v2*v2;\n"
            "    double const v4 = v3 + 3;\n"
            "    /* backward sweep */\n"
            "    double const v5 = 3.0*2.0;\n"
            "    double const dx2 = v5*v2;\n"
            "    double const v6 = 2.0*2.0;\n"
            "    double const dx1 = v6*v2;\n"
            "    out[0] = v4;  /* f */\n"
            "    out[1] = dx1;  /* df/dx1 */\n"
            "    out[2] = dx2;  /* df/dx2 */\n"
            "}\n");
}

TEST_CASE("to_c: a derivative is written from its graph", "[to_c]") {
    REQUIRE(to_c(d(lecture, x1), "df_dx1") ==
            "double df_dx1(double x1, double x2) {\n"
            "    double const v0 = 2*x1;\n"
            "    double const v1 = 3*x2;\n"
            "    double const v2 = v0 + v1;\n"
            "    double const v3 = 2.0*2.0;\n"
            "    double const v4 = v3*v2;\n"
            "    return v4;\n"
            "}\n");
}

TEST_CASE("to_c: every operation and its C spelling", "[to_c]") {
    // -u, u - v, u / v
    REQUIRE(to_c(-x1 - x1 / x2, "g") ==
            "double g(double x1, double x2) {\n"
            "    double const v0 = -x1;\n"
            "    double const v1 = x1/x2;\n"
            "    double const v2 = v0 - v1;\n"
            "    return v2;\n"
            "}\n");
    // integer powers as detail::power computes them, pow() past 4
    REQUIRE(to_c(pow<3>(x) + pow<4>(x) + pow<-1>(x) + pow<-3>(x) + pow<5>(x), "p") ==
            "double p(double x) {\n"
            "    double const v0 = x*(x*x);\n"
            "    double const v1 = (x*x)*(x*x);\n"
            "    double const v2 = v0 + v1;\n"
            "    double const v3 = 1/x;\n"
            "    double const v4 = v2 + v3;\n"
            "    double const v5 = 1/(x*(x*x));\n"
            "    double const v6 = v4 + v5;\n"
            "    double const v7 = pow(x, 5);\n"
            "    double const v8 = v6 + v7;\n"
            "    return v8;\n"
            "}\n");
    // <math.h> names, two-argument functions, and the four functions it lacks written out
    REQUIRE(to_c(atan2(x1, x2) * pow(x1, x2) + abs(x1) + sign(x1) + sigmoid(x1) + softplus(x1), "h") ==
            "double h(double x1, double x2) {\n"
            "    double const v0 = atan2(x1, x2);\n"
            "    double const v1 = pow(x1, x2);\n"
            "    double const v2 = v0*v1;\n"
            "    double const v3 = fabs(x1);\n"
            "    double const v4 = v2 + v3;\n"
            "    double const v5 = x1 > 0 ? 1.0 : x1 < 0 ? -1.0 : 0.0;\n"
            "    double const v6 = v4 + v5;\n"
            "    double const v7 = x1 >= 0 ? 1/(1 + exp(-x1)) : exp(x1)/(1 + exp(x1));\n"
            "    double const v8 = v6 + v7;\n"
            "    double const v9 = (x1 > 0 ? x1 : 0) + log1p(exp(x1 > 0 ? -x1 : x1));\n"
            "    double const v10 = v8 + v9;\n"
            "    return v10;\n"
            "}\n");
}

TEST_CASE("to_c: numbers", "[to_c]") {
    // run-time numbers round-trip; negative ones are parenthesised; an int never meets an int
    REQUIRE(to_c(0.1 * x - constant(-2.5) / x + constant(2) / constant(3) + c<3> * x, "n") ==
            "double n(double x) {\n"
            "    double const v0 = 0.1*x;\n"
            "    double const v1 = (-2.5)/x;\n"
            "    double const v2 = v0 - v1;\n"
            "    double const v3 = 2.0/3.0;\n"
            "    double const v4 = v2 + v3;\n"
            "    double const v5 = 3*x;\n"
            "    double const v6 = v4 + v5;\n"
            "    return v6;\n"
            "}\n");
    // literals of the scalar type, so they round as static_cast<T> does
    REQUIRE(to_c(0.1 * x + 1, "n", "float") ==
            "float n(float x) {\n"
            "    float const v0 = 0.1f*x;\n"
            "    float const v1 = v0 + 1.0f;\n"
            "    return v1;\n"
            "}\n");
    REQUIRE(to_c(constant(0.1L) * x / c<2>, "n", "long double") ==  // (k*w)/v -> k*(w/v)
            "long double n(long double x) {\n"
            "    long double const v0 = x/2;\n"
            "    long double const v1 = 0.1L*v0;\n"
            "    return v1;\n"
            "}\n");
    // a leaf as the result; no parameters is (void), as C wants
    REQUIRE(to_c(x, "k") == "double k(double x) {\n    return x;\n}\n");
    REQUIRE(to_c(c<3>, "k") == "double k(void) {\n    return 3.0;\n}\n");
}

TEST_CASE("to_c: parameters", "[to_c]") {
    // a variable the function does not read is still a parameter, cast to void (H v of x*x is 2 v)
    REQUIRE(to_c(x2 * x2, "q") ==
            "double q(double x0, double x2) {\n"
            "    (void)x0;\n"
            "    double const v0 = x2*x2;\n"
            "    return v0;\n"
            "}\n");
    // names C cannot take are rewritten: v[0] (hessian_vector_product's direction) is v_0, a
    // variable called exp or out gets a trailing _
    REQUIRE(to_c(hessian_vector_product(x * x)) ==
            "void f_hessian_vector_product(double x, double v_0, double out[1]) {\n"
            "    (void)x;\n"
            "    /* backward sweep */\n"
            "    double const v0 = 2*v_0;\n"
            "    out[0] = v0;  /* (H v)[0] */\n"
            "}\n");
    REQUIRE(to_c(var<0, "exp">* var<1, "out">, "r") ==
            "double r(double exp_, double out_) {\n"
            "    double const v0 = exp_*out_;\n"
            "    return v0;\n"
            "}\n");
}

TEST_CASE("to_c: Jacobians and Hessians store every entry", "[to_c]") {
    REQUIRE(to_c(hessian(x1 * x1 * x2), "hess") ==
            "void hess(double x1, double x2, double out[4]) {\n"
            "    /* backward sweep */\n"
            "    double const v0 = 2*x1;\n"
            "    double const v1 = 2*x2;\n"
            "    out[0] = v1;  /* d2f/dx1^2 */\n"
            "    out[1] = v0;  /* d2f/dx1dx2 */\n"
            "    out[2] = v0;  /* d2f/dx1dx2 */\n"
            "    out[3] = 0.0;  /* d2f/dx2^2 */\n"
            "}\n");
    REQUIRE(to_c(jacobian(x1 * x2, x2 - x1), "jac") ==
            "void jac(double x1, double x2, double out[4]) {\n"
            "    out[0] = x2;  /* df1/dx1 */\n"
            "    out[1] = x1;  /* df1/dx2 */\n"
            "    out[2] = (-1.0);  /* df2/dx1 */\n"
            "    out[3] = 1.0;  /* df2/dx2 */\n"
            "}\n");
}

TEST_CASE("to_c: the gradient of a constant has no outputs", "[to_c]") {
    REQUIRE(to_c(gradient(c<3> + constant(1.5)), "g0") == "void g0(double* out) {\n    (void)out;\n}\n");
}

TEST_CASE("to_c and to_string(program): no two values share a name", "[to_c]") {
    // the second reverse sweep of a Jacobian reaches x1 again: its adjoint is v7, not a second dx1
    constexpr auto J = jacobian(x1 * x2 * sin(x1), sin(x1) * x1 + x2 * x2);
    REQUIRE(to_string(J) ==
            "forward sweep\n"
            "  v0 = x1*x2;\n"
            "  v1 = sin(x1);\n"
            "  v2 = v1*x1;\n"
            "backward sweep\n"
            "  v3 = cos(x1);\n"
            "  v4 = v0*v3;\n"
            "  v5 = v1*x2;\n"
            "  dx1 = v4 + v5;\n"
            "  dx2 = 2*x2;\n"
            "  v6 = x1*v3;\n"
            "  v7 = v1 + v6;\n"
            "result\n"
            "  df1/dx1 = dx1;\n"
            "  df1/dx2 = v2;\n"
            "  df2/dx1 = v7;\n"
            "  df2/dx2 = dx2;\n");
    REQUIRE(to_c(J, "jac") ==
            "void jac(double x1, double x2, double out[4]) {\n"
            "    /* forward sweep */\n"
            "    double const v0 = x1*x2;\n"
            "    double const v1 = sin(x1);\n"
            "    double const v2 = v1*x1;\n"
            "    /* backward sweep */\n"
            "    double const v3 = cos(x1);\n"
            "    double const v4 = v0*v3;\n"
            "    double const v5 = v1*x2;\n"
            "    double const dx1 = v4 + v5;\n"
            "    double const dx2 = 2*x2;\n"
            "    double const v6 = x1*v3;\n"
            "    double const v7 = v1 + v6;\n"
            "    out[0] = dx1;  /* df1/dx1 */\n"
            "    out[1] = v2;  /* df1/dx2 */\n"
            "    out[2] = v7;  /* df2/dx1 */\n"
            "    out[3] = dx2;  /* df2/dx2 */\n"
            "}\n");
    // a variable called v0 keeps its name; the temporaries skip it
    REQUIRE(to_c(var<0, "v0"> * var<0, "v0"> + 1.5, "w") ==
            "double w(double v0) {\n"
            "    double const v1 = v0*v0;\n"
            "    double const v2 = v1 + 1.5;\n"
            "    return v2;\n"
            "}\n");
}
