#include <ctdiff/ctdiff.hpp>
#include <ctdiff/explain.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;

constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
}  // namespace

TEST_CASE("the lecture: constant rule on 3, chain rule on (.)^2, linearity on 2*x1 + 3*x2", "[explain]") {
    auto const steps = explain(lecture, x1);
    REQUIRE(to_string(steps) ==
            "d/dx1[(2*x1 + 3*x2)^2 + 3]\n"
            "1. constant rule on 3: (u + c)' = u'\n"
            "   d/dx1[(2*x1 + 3*x2)^2 + 3] = d/dx1[(2*x1 + 3*x2)^2]\n"
            "2. chain rule on (2*x1 + 3*x2)^2: (u^2)' = 2*u*u'\n"
            "   d/dx1[(2*x1 + 3*x2)^2] = 2*(2*x1 + 3*x2)*d/dx1[2*x1 + 3*x2]\n"
            "3. linearity on 2*x1 + 3*x2: (a*u + b*v)' = a*u' + b*v'\n"
            "   d/dx1[2*x1 + 3*x2] = 2*1 + 3*0 = 2\n"
            "result: 2*(2*x1 + 3*x2)*2 = 4*(2*x1 + 3*x2)\n");

    REQUIRE(steps.size() == 3);
    STATIC_REQUIRE(std::tuple_size_v<decltype(steps.steps)> == 5);  // room for one per inner node: +, ^2, +, *, *
    REQUIRE(steps[0].rule == "constant rule");
    REQUIRE(steps[0].on == "3");
    REQUIRE(steps[0].node == "(2*x1 + 3*x2)^2 + 3");
    REQUIRE(steps[1].rule == "chain rule");
    REQUIRE(steps[1].result == "4*(2*x1 + 3*x2)");
    REQUIRE(steps[2].rule == "linearity");
    REQUIRE(steps[2].closed);
    REQUIRE(steps.unsimplified == "2*(2*x1 + 3*x2)*2");
    REQUIRE(steps.result == to_string(d(lecture, x1)));
}

TEST_CASE("the lecture by x2", "[explain]") {
    REQUIRE(to_string(explain(lecture, x2)) ==
            "d/dx2[(2*x1 + 3*x2)^2 + 3]\n"
            "1. constant rule on 3: (u + c)' = u'\n"
            "   d/dx2[(2*x1 + 3*x2)^2 + 3] = d/dx2[(2*x1 + 3*x2)^2]\n"
            "2. chain rule on (2*x1 + 3*x2)^2: (u^2)' = 2*u*u'\n"
            "   d/dx2[(2*x1 + 3*x2)^2] = 2*(2*x1 + 3*x2)*d/dx2[2*x1 + 3*x2]\n"
            "3. linearity on 2*x1 + 3*x2: (a*u + b*v)' = a*u' + b*v'\n"
            "   d/dx2[2*x1 + 3*x2] = 2*0 + 3*1 = 3\n"
            "result: 2*(2*x1 + 3*x2)*3 = 6*(2*x1 + 3*x2)\n");
}

TEST_CASE("product rule, with the derivative of sin from functions.hpp", "[explain]") {
    REQUIRE(to_string(explain(x * sin(x), x)) ==
            "d/dx[x*sin(x)]\n"
            "1. product rule on x*sin(x): (u*v)' = u'*v + u*v'\n"
            "   d/dx[x*sin(x)] = 1*sin(x) + x*d/dx[sin(x)]\n"
            "2. derivative of sin on sin(x): (sin(x))' = cos(x)\n"
            "   d/dx[sin(x)] = cos(x)\n"
            "result: 1*sin(x) + x*cos(x) = sin(x) + x*cos(x)\n");
}

TEST_CASE("quotient rule", "[explain]") {
    REQUIRE(to_string(explain(sin(x) / (x + 1), x)) ==
            "d/dx[sin(x)/(x + 1)]\n"
            "1. quotient rule on sin(x)/(x + 1): (u/v)' = (u'*v - u*v')/v^2\n"
            "   d/dx[sin(x)/(x + 1)] = (d/dx[sin(x)]*(x + 1) - sin(x)*d/dx[x + 1])/(x + 1)^2\n"
            "2. derivative of sin on sin(x): (sin(x))' = cos(x)\n"
            "   d/dx[sin(x)] = cos(x)\n"
            "3. constant rule on 1: (u + c)' = u'\n"
            "   d/dx[x + 1] = 1\n"
            "result: (cos(x)*(x + 1) - sin(x)*1)/(x + 1)^2 = cos(x)/(x + 1) - sin(x)/(x + 1)^2\n");
}

TEST_CASE("a chain through two functions", "[explain]") {
    REQUIRE(to_string(explain(exp(sin(x)), x)) ==
            "d/dx[exp(sin(x))]\n"
            "1. chain rule on exp(sin(x)): (exp(u))' = exp(u)*u'\n"
            "   d/dx[exp(sin(x))] = exp(sin(x))*d/dx[sin(x)]\n"
            "2. derivative of sin on sin(x): (sin(x))' = cos(x)\n"
            "   d/dx[sin(x)] = cos(x)\n"
            "result: exp(sin(x))*cos(x)\n");
}

TEST_CASE("pow(u, v) with both depending on x: the chain rule of two arguments", "[explain]") {
    REQUIRE(to_string(explain(pow(x, sin(x)), x)) ==
            "d/dx[x^sin(x)]\n"
            "1. chain rule on x^sin(x): (u^v)' = v*u^(v - 1)*u' + log(u)*u^v*v'\n"
            "   d/dx[x^sin(x)] = sin(x)*x^(sin(x) - 1)*1 + log(x)*x^sin(x)*d/dx[sin(x)]\n"
            "2. derivative of sin on sin(x): (sin(x))' = cos(x)\n"
            "   d/dx[sin(x)] = cos(x)\n"
            "result: sin(x)*x^(sin(x) - 1)*1 + log(x)*x^sin(x)*cos(x) = "
            "sin(x)*x^(sin(x) - 1) + log(x)*x^sin(x)*cos(x)\n");
}

TEST_CASE("leaves: a variable other than x is 0, x is 1, a constant is 0", "[explain]") {
    REQUIRE(to_string(explain(y, x)) ==
            "d/dx[y]\n"
            "1. variable rule on y: (y)' = 0, y is not x\n"
            "   d/dx[y] = 0\n"
            "result: 0\n");
    REQUIRE(to_string(explain(x, x)) ==
            "d/dx[x]\n"
            "1. variable rule on x: (x)' = 1\n"
            "   d/dx[x] = 1\n"
            "result: 1\n");
    REQUIRE(to_string(explain(c<3>, x)) ==
            "d/dx[3]\n"
            "1. constant rule on 3: (c)' = 0\n"
            "   d/dx[3] = 0\n"
            "result: 0\n");
}

TEST_CASE("negation, and a minus sign that stays visible before simplifying", "[explain]") {
    REQUIRE(to_string(explain(-cos(x), x)) ==
            "d/dx[-cos(x)]\n"
            "1. linearity on -cos(x): (-u)' = -u'\n"
            "   d/dx[-cos(x)] = -d/dx[cos(x)]\n"
            "2. derivative of cos on cos(x): (cos(x))' = -sin(x)\n"
            "   d/dx[cos(x)] = -sin(x)\n"
            "result: -(-sin(x)) = sin(x)\n");
}

TEST_CASE("a run-time constant", "[explain]") {
    REQUIRE(to_string(explain(2.5 * x, x)) ==
            "d/dx[2.5*x]\n"
            "1. constant multiple rule on 2.5*x: (c*u)' = c*u'\n"
            "   d/dx[2.5*x] = 2.5*1 = 2.5\n"
            "result: 2.5*1 = 2.5\n");
}

TEST_CASE("power rule, a product with another variable, a difference", "[explain]") {
    REQUIRE(to_string(explain(pow<3>(x) - 2 * y * x, x)) ==
            "d/dx[x^3 - 2*(y*x)]\n"
            "1. linearity on x^3 - 2*(y*x): (u - b*v)' = u' - b*v'\n"
            "   d/dx[x^3 - 2*(y*x)] = d/dx[x^3] - 2*d/dx[y*x]\n"
            "2. power rule on x^3: (x^3)' = 3*x^2\n"
            "   d/dx[x^3] = 3*x^2\n"
            "3. product rule on y*x: (u*v)' = u'*v + u*v'\n"
            "   d/dx[y*x] = 0*x + y*1 = y\n"
            "result: 3*x^2 - 2*y\n");
}

TEST_CASE("a function of two arguments with one constant in x, and a constant divisor", "[explain]") {
    REQUIRE(to_string(explain(x / 4.0 + atan2(y, x), x)) ==
            "d/dx[x/4 + atan2(y, x)]\n"
            "1. linearity on x/4 + atan2(y, x): (u + v)' = u' + v'\n"
            "   d/dx[x/4 + atan2(y, x)] = d/dx[x/4] + d/dx[atan2(y, x)]\n"
            "2. constant multiple rule on x/4: (u/c)' = u'/c\n"
            "   d/dx[x/4] = 1/4 = 0.25\n"
            "3. chain rule on atan2(y, x): (atan2(u, v))' = v/(u^2 + v^2)*u' + (-u/(u^2 + v^2)*v')\n"
            "   d/dx[atan2(y, x)] = x/(y^2 + x^2)*0 + (-y/(y^2 + x^2)*1) = -y/(y^2 + x^2)\n"
            "result: 0.25 + (x/(y^2 + x^2)*0 + (-y/(y^2 + x^2)*1)) = 0.25 - y/(y^2 + x^2)\n");
}

TEST_CASE("a derivative is explained as the tree it prints as", "[explain]") {
    auto const steps = explain(d(x * sin(x), x), x);
    REQUIRE(steps.size() == 4);
    REQUIRE(steps[0].node == "sin(x) + x*cos(x)");
    REQUIRE(steps[2].rule == "product rule");
    REQUIRE(steps.result == to_string(d(x * sin(x), x, x)));
}

TEST_CASE("every step's result is d of its node", "[explain]") {
    auto const f = exp(x * y) / (1 + pow<2>(x));
    auto const steps = explain(f, x);
    REQUIRE(steps[0].result == to_string(d(f, x)));
    REQUIRE(steps.result == to_string(d(f, x)));
    for (auto const& s : steps) REQUIRE(!s.result.empty());
}

TEST_CASE("the lecture in LaTeX: an align* block, one line per step", "[explain][latex]") {
    auto const steps = explain(lecture, x1);
    REQUIRE(to_latex(steps) ==
            "\\begin{align*}\n"
            "\\frac{\\partial}{\\partial x_{1}}\\left[\\left(2 x_{1} + 3 x_{2}\\right)^{2} + 3\\right] &= \\frac{\\partial}{\\partial x_{1}}\\left[\\left(2 x_{1} + 3 x_{2}\\right)^{2}\\right] && \\text{1. constant rule on } 3\\text{: } (u + c)' = u' \\\\\n"
            "\\frac{\\partial}{\\partial x_{1}}\\left[\\left(2 x_{1} + 3 x_{2}\\right)^{2}\\right] &= 2 \\left(2 x_{1} + 3 x_{2}\\right) \\frac{\\partial}{\\partial x_{1}}\\left[2 x_{1} + 3 x_{2}\\right] && \\text{2. chain rule on } \\left(2 x_{1} + 3 x_{2}\\right)^{2}\\text{: } \\left(u^{2}\\right)' = 2 u u' \\\\\n"
            "\\frac{\\partial}{\\partial x_{1}}\\left[2 x_{1} + 3 x_{2}\\right] &= 2 \\cdot 1 + 3 \\cdot 0 = 2 && \\text{3. linearity on } 2 x_{1} + 3 x_{2}\\text{: } (a u + b v)' = a u' + b v' \\\\\n"
            "\\frac{\\partial}{\\partial x_{1}}\\left[\\left(2 x_{1} + 3 x_{2}\\right)^{2} + 3\\right] &= 2 \\left(2 x_{1} + 3 x_{2}\\right) \\cdot 2 \\\\\n"
            " &= 4 \\left(2 x_{1} + 3 x_{2}\\right)\n"
            "\\end{align*}\n");
    REQUIRE(steps[1].tex.formula == "\\left(u^{2}\\right)' = 2 u u'");
    REQUIRE(steps.tex.result == std::string(to_latex(d(lecture, x1)).view()));
    REQUIRE(steps.tex.result == "4 \\left(2 x_{1} + 3 x_{2}\\right)");
}

TEST_CASE("LaTeX: quotients are fractions, derivatives partial, braces balanced", "[explain][latex]") {
    auto const steps = explain(sin(x) / (x + 1), x);
    REQUIRE(steps[0].tex.formula == "\\left(\\frac{u}{v}\\right)' = \\frac{u' v - u v'}{v^{2}}");
    REQUIRE(steps.tex.result == "\\frac{\\cos\\left(x\\right)}{x + 1} - \\frac{\\sin\\left(x\\right)}{\\left(x + 1\\right)^{2}}");
    REQUIRE(explain(y, x)[0].tex.formula == "\\left(y\\right)' = 0 \\quad (y \\neq x)");
    for (std::string const& tex : {to_latex(steps), to_latex(explain(pow(x, sin(x)) + sqrt(y * x), x)), to_latex(explain(-cos(x), x))}) {
        int depth = 0;
        for (char ch : tex) {
            depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
            REQUIRE(depth >= 0);
        }
        REQUIRE(depth == 0);
        REQUIRE(tex.find("\\partial") != std::string::npos);
        REQUIRE(tex.find('\x01') == std::string::npos);  // every hole filled
        REQUIRE(tex.find("mathit") == std::string::npos);
    }
}
