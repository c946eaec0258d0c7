#include <ctdiff/derivative.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/pow.hpp>
#include <ctdiff/to_latex.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <string>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;
}  // namespace

TEST_CASE("the lecture in LaTeX", "[to_latex]") {
    STATIC_REQUIRE(to_latex(lecture) == "\\left(2 x_{1} + 3 x_{2}\\right)^{2} + 3");
    STATIC_REQUIRE(to_latex(d(lecture, x1)) == "4 \\left(2 x_{1} + 3 x_{2}\\right)");
    STATIC_REQUIRE(to_latex_equation("f", d(lecture, x1), x1) ==
                   "\\frac{\\partial f}{\\partial x_{1}} = 4 \\left(2 x_{1} + 3 x_{2}\\right)");
    STATIC_REQUIRE(to_latex_equation("f", d(lecture, x1, x2), x1, x2) ==
                   "\\frac{\\partial^{2} f}{\\partial x_{1} \\partial x_{2}} = 12");
    STATIC_REQUIRE(to_latex_equation("f", d(lecture, x2, x2), x2, x2) ==
                   "\\frac{\\partial^{2} f}{\\partial x_{2}^{2}} = 18");
    STATIC_REQUIRE(to_latex_equation("f", lecture) == "f = \\left(2 x_{1} + 3 x_{2}\\right)^{2} + 3");
    STATIC_REQUIRE(to_latex_equation("\\phi", 2.5 * x) == "\\phi = 2.5 x");
}

TEST_CASE("every function in LaTeX", "[to_latex]") {
    REQUIRE(to_latex(sqrt(x)) == "\\sqrt{x}");
    REQUIRE(to_latex(cbrt(x)) == "\\sqrt[3]{x}");
    REQUIRE(to_latex(exp(x)) == "\\exp\\left(x\\right)");
    REQUIRE(to_latex(exp2(x)) == "2^{x}");
    REQUIRE(to_latex(expm1(x)) == "\\operatorname{expm1}\\left(x\\right)");
    REQUIRE(to_latex(log(x)) == "\\ln\\left(x\\right)");
    REQUIRE(to_latex(log2(x)) == "\\log_{2}\\left(x\\right)");
    REQUIRE(to_latex(log10(x)) == "\\log_{10}\\left(x\\right)");
    REQUIRE(to_latex(log1p(x)) == "\\operatorname{log1p}\\left(x\\right)");
    REQUIRE(to_latex(sin(x)) == "\\sin\\left(x\\right)");
    REQUIRE(to_latex(cos(x)) == "\\cos\\left(x\\right)");
    REQUIRE(to_latex(tan(x)) == "\\tan\\left(x\\right)");
    REQUIRE(to_latex(asin(x)) == "\\arcsin\\left(x\\right)");
    REQUIRE(to_latex(acos(x)) == "\\arccos\\left(x\\right)");
    REQUIRE(to_latex(atan(x)) == "\\arctan\\left(x\\right)");
    REQUIRE(to_latex(atan2(y, x)) == "\\operatorname{atan2}\\left(y, x\\right)");
    REQUIRE(to_latex(hypot(x, y)) == "\\operatorname{hypot}\\left(x, y\\right)");
    REQUIRE(to_latex(sinh(x)) == "\\sinh\\left(x\\right)");
    REQUIRE(to_latex(cosh(x)) == "\\cosh\\left(x\\right)");
    REQUIRE(to_latex(tanh(x)) == "\\tanh\\left(x\\right)");
    REQUIRE(to_latex(asinh(x)) == "\\operatorname{arsinh}\\left(x\\right)");
    REQUIRE(to_latex(acosh(x)) == "\\operatorname{arcosh}\\left(x\\right)");
    REQUIRE(to_latex(atanh(x)) == "\\operatorname{artanh}\\left(x\\right)");
    REQUIRE(to_latex(erf(x)) == "\\operatorname{erf}\\left(x\\right)");
    REQUIRE(to_latex(erfc(x)) == "\\operatorname{erfc}\\left(x\\right)");
    REQUIRE(to_latex(sigmoid(x)) == "\\operatorname{sigmoid}\\left(x\\right)");
    REQUIRE(to_latex(softplus(x)) == "\\operatorname{softplus}\\left(x\\right)");
    REQUIRE(to_latex(sign(x)) == "\\operatorname{sgn}\\left(x\\right)");
    REQUIRE(to_latex(abs(x - y)) == "\\left|x - y\\right|");
    REQUIRE(to_latex(sqrt(x / y)) == "\\sqrt{\\frac{x}{y}}");  // no parentheses inside delimiters
}

TEST_CASE("every operator, power and leaf in LaTeX", "[to_latex]") {
    REQUIRE(to_latex(x) == "x");
    REQUIRE(to_latex(var<3>) == "x_{3}");
    REQUIRE(to_latex(var<0, "x12">) == "x_{12}");
    REQUIRE(to_latex(var<0, "x_1">) == "x_{1}");
    REQUIRE(to_latex(var<0, "alpha">) == "\\alpha");
    REQUIRE(to_latex(var<0, "Omega2">) == "\\Omega_{2}");
    REQUIRE(to_latex(var<0, "rate">) == "\\mathit{rate}");
    REQUIRE(to_latex(var<0, "learning_rate">) == "\\mathit{learning\\_rate}");
    REQUIRE(to_latex(c<7>) == "7");
    REQUIRE(to_latex(c<-7>) == "-7");
    REQUIRE(to_latex(constant(2.5)) == "2.5");
    REQUIRE(to_latex(constant(-2.5)) == "-2.5");
    REQUIRE(to_latex(constant(1e-7)) == "10^{-7}");
    REQUIRE(to_latex(constant(-1e-7)) == "-10^{-7}");
    REQUIRE(to_latex(constant(2.5e21)) == "2.5 \\cdot 10^{21}");
    REQUIRE(to_latex(constant(1.5e-300)) == "1.5 \\cdot 10^{-300}");
    REQUIRE(to_latex(constant(std::numeric_limits<double>::infinity())) == "\\infty");
    REQUIRE(to_latex(constant(-std::numeric_limits<double>::infinity())) == "-\\infty");
    REQUIRE(to_latex(constant(std::numeric_limits<double>::quiet_NaN())) == "\\mathrm{NaN}");
    REQUIRE(to_latex(-x) == "-x");
    REQUIRE(to_latex(-(x + y)) == "-\\left(x + y\\right)");
    REQUIRE(to_latex(x + y) == "x + y");
    REQUIRE(to_latex(x - (y - x)) == "x - \\left(y - x\\right)");
    REQUIRE(to_latex(x * y) == "x y");
    REQUIRE(to_latex(2.5 * x) == "2.5 x");
    REQUIRE(to_latex(x * (x + y)) == "x \\left(x + y\\right)");
    REQUIRE(to_latex(x + constant(-3) * y) == "x + \\left(-3 y\\right)");
    REQUIRE(to_latex(x / y) == "\\frac{x}{y}");
    REQUIRE(to_latex((x + y) / (x - y)) == "\\frac{x + y}{x - y}");
    REQUIRE(to_latex(2 * (x / y)) == "2 \\frac{x}{y}");
    REQUIRE(to_latex(pow<3>(x)) == "x^{3}");
    REQUIRE(to_latex(pow<-1>(x + y)) == "\\left(x + y\\right)^{-1}");
    REQUIRE(to_latex(pow<2>(x / y)) == "\\left(\\frac{x}{y}\\right)^{2}");
    REQUIRE(to_latex(pow<2>(x1)) == "x_{1}^{2}");
    REQUIRE(to_latex(pow(x, y + 1)) == "x^{y + 1}");
    REQUIRE(to_latex(pow(x, 2.5)) == "x^{2.5}");
    REQUIRE(to_latex(pow<2>(constant(1e-7) + x)) == "\\left(10^{-7} + x\\right)^{2}");
    REQUIRE(to_latex(pow<2>(exp2(x))) == "\\left(2^{x}\\right)^{2}");
    REQUIRE(to_latex(pow<2>(sin(x))) == "\\sin\\left(x\\right)^{2}");
}

TEST_CASE("a product writes \\cdot only before a digit", "[to_latex]") {
    REQUIRE(to_latex(x * exp2(y)) == "x \\cdot 2^{y}");
    REQUIRE(to_latex(exp2(y) * x) == "2^{y} x");
    REQUIRE(to_latex(3 * exp2(y)) == "3 \\cdot 2^{y}");
    REQUIRE(to_latex(sin(x) * cos(y)) == "\\sin\\left(x\\right) \\cos\\left(y\\right)");
    REQUIRE(to_latex(x * var<2, "2nd">) == "x \\mathit{2nd}");
    REQUIRE(to_latex(x * var<2, "12">) == "x \\cdot 12");  // a name of digits prints as it is
    REQUIRE(to_latex(d(lecture, x1) * x2) == "4 \\left(2 x_{1} + 3 x_{2}\\right) x_{2}");
}

TEST_CASE("derivatives in LaTeX print their simplified tree", "[to_latex]") {
    REQUIRE(to_latex(d(sin(pow<2>(x)), x)) == "2 \\left(\\cos\\left(x^{2}\\right) x\\right)");
    REQUIRE(to_latex(d(log(x), x)) == "\\frac{1}{x}");
    REQUIRE(to_latex(d(pow<-2>(x), x)) == "-2 x^{-3}");
    REQUIRE(to_latex(d(x / y, y)) == to_latex(d(x / y, y)));
    std::string const s = to_latex(d(pow(x, y), y));
    REQUIRE(s == "\\ln\\left(x\\right) x^{y}");
}
