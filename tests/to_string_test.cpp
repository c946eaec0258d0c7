#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <sstream>
#include <string>
#include <string_view>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto z = var<2, "z">;
}  // namespace

TEST_CASE("the seed prints as written", "[to_string]") {
    constexpr auto x1 = var<0, "x1">;
    constexpr auto x2 = var<1, "x2">;
    REQUIRE(to_string(pow<2>(2 * x1 + 3 * x2) + 3) == "(2*x1 + 3*x2)^2 + 3");
}

TEST_CASE("parentheses only where the tree needs them", "[to_string]") {
    REQUIRE(to_string(x + y * z) == "x + y*z");
    REQUIRE(to_string((x + y) * z) == "(x + y)*z");
    REQUIRE(to_string(x - (y - z)) == "x - (y - z)");
    REQUIRE(to_string((x - y) - z) == "x - y - z");
    REQUIRE(to_string(x / (y * z)) == "x/(y*z)");
    REQUIRE(to_string(x * y / z) == "x*y/z");
    REQUIRE(to_string(pow<2>(x * y)) == "(x*y)^2");
    REQUIRE(to_string(pow<2>(-x)) == "(-x)^2");
    REQUIRE(to_string(-pow<2>(x)) == "-x^2");
    REQUIRE(to_string(-(x + y)) == "-(x + y)");
    REQUIRE(to_string(pow(x, y + 1)) == "x^(y + 1)");
    REQUIRE(to_string(pow<-1>(x + y)) == "(x + y)^(-1)");
    REQUIRE(to_string(sin(x + y) * cos(z)) == "sin(x + y)*cos(z)");
}

TEST_CASE("numbers print in their shortest exact form", "[to_string]") {
    REQUIRE(to_string(2.5 * x) == "2.5*x");
    REQUIRE(to_string(0.1 + x) == "0.1 + x");
    REQUIRE(to_string(x * 2.0) == "2*x");
    REQUIRE(to_string(constant(-3) * x) == "-3*x");
    REQUIRE(to_string(x + constant(-3)) == "x + (-3)");
    REQUIRE(to_string(c<-3> * x) == "-3*x");
    REQUIRE(to_string(constant(1.5f)) == "1.5");
    REQUIRE(to_string(x + constant(-3) * y) == "x + (-3*y)");
    REQUIRE(to_string(x * constant(-0.5)) == "-0.5*x");
}

TEST_CASE("every function prints by its name", "[to_string]") {
    REQUIRE(to_string(sqrt(x)) == "sqrt(x)");
    REQUIRE(to_string(cbrt(x)) == "cbrt(x)");
    REQUIRE(to_string(exp(x)) == "exp(x)");
    REQUIRE(to_string(exp2(x)) == "exp2(x)");
    REQUIRE(to_string(expm1(x)) == "expm1(x)");
    REQUIRE(to_string(log(x)) == "log(x)");
    REQUIRE(to_string(log2(x)) == "log2(x)");
    REQUIRE(to_string(log10(x)) == "log10(x)");
    REQUIRE(to_string(log1p(x)) == "log1p(x)");
    REQUIRE(to_string(sin(x)) == "sin(x)");
    REQUIRE(to_string(cos(x)) == "cos(x)");
    REQUIRE(to_string(tan(x)) == "tan(x)");
    REQUIRE(to_string(asin(x)) == "asin(x)");
    REQUIRE(to_string(acos(x)) == "acos(x)");
    REQUIRE(to_string(atan(x)) == "atan(x)");
    REQUIRE(to_string(atan2(y, x)) == "atan2(y, x)");
    REQUIRE(to_string(hypot(x, y)) == "hypot(x, y)");
    REQUIRE(to_string(sinh(x)) == "sinh(x)");
    REQUIRE(to_string(cosh(x)) == "cosh(x)");
    REQUIRE(to_string(tanh(x)) == "tanh(x)");
    REQUIRE(to_string(asinh(x)) == "asinh(x)");
    REQUIRE(to_string(acosh(x)) == "acosh(x)");
    REQUIRE(to_string(atanh(x)) == "atanh(x)");
    REQUIRE(to_string(erf(x)) == "erf(x)");
    REQUIRE(to_string(erfc(x)) == "erfc(x)");
    REQUIRE(to_string(sigmoid(x)) == "sigmoid(x)");
    REQUIRE(to_string(softplus(x)) == "softplus(x)");
    REQUIRE(to_string(sign(x)) == "sign(x)");
    REQUIRE(to_string(abs(x - y)) == "abs(x - y)");
    REQUIRE(to_string(atan2(2.5, x + y)) == "atan2(2.5, x + y)");
}

TEST_CASE("every operator, power and leaf", "[to_string]") {
    REQUIRE(to_string(x) == "x");
    REQUIRE(to_string(var<3>) == "x3");
    REQUIRE(to_string(c<7>) == "7");
    REQUIRE(to_string(c<-7>) == "-7");
    REQUIRE(to_string(constant(2.5)) == "2.5");
    REQUIRE(to_string(constant(-2.5)) == "-2.5");
    REQUIRE(to_string(constant(42)) == "42");
    REQUIRE(to_string(-x) == "-x");
    REQUIRE(to_string(x + y) == "x + y");
    REQUIRE(to_string(x - y) == "x - y");
    REQUIRE(to_string(x * y) == "x*y");
    REQUIRE(to_string(x / y) == "x/y");
    REQUIRE(to_string(pow<3>(x)) == "x^3");
    REQUIRE(to_string(pow(x, y)) == "x^y");
    REQUIRE(to_string(pow(x, 2.5)) == "x^2.5");
    REQUIRE(to_string(pow(2.5, x)) == "2.5^x");
    REQUIRE(to_string(pow(x, -y)) == "x^(-y)");
    REQUIRE(to_string(pow<2>(sin(x))) == "sin(x)^2");
    REQUIRE(to_string(pow<2>(pow<3>(x))) == "x^6");  // folded by simplify.hpp
    REQUIRE(to_string(pow<2>(pow(x, y))) == "(x^y)^2");
}

TEST_CASE("numbers print as std::to_chars does, sign and all", "[to_string]") {
    REQUIRE(to_string(constant(1e21)) == "1e+21");
    REQUIRE(to_string(constant(1e-7)) == "1e-07");
    REQUIRE(to_string(constant(100000.0)) == "1e+05");
    REQUIRE(to_string(constant(0.001)) == "0.001");
    REQUIRE(to_string(constant(-0.0)) == "-0");
    REQUIRE(to_string(x + constant(-0.0)) == "x + (-0)");  // negative zero prints a minus: parenthesised
    REQUIRE(to_string(constant(9223372036854775808.0)) == "9223372036854775808");
    REQUIRE(to_string(constant(std::numeric_limits<double>::infinity())) == "inf");
    REQUIRE(to_string(x * -std::numeric_limits<double>::infinity()) == "-inf*x");
    REQUIRE(to_string(constant(std::numeric_limits<double>::quiet_NaN())) == "nan");
    REQUIRE(to_string(constant(0.1f)) == "0.1");
    REQUIRE(to_string(constant(2.5L)) == "2.5");
    REQUIRE(to_string(constant(-9223372036854775807LL - 1)) == "-9223372036854775808");
}

// --- constant expressions ------------------------------------------------------------------------

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;
}  // namespace

TEST_CASE("to_string is a constant expression", "[to_string]") {
    STATIC_REQUIRE(to_string(lecture) == "(2*x1 + 3*x2)^2 + 3");
    STATIC_REQUIRE(to_string(d(lecture, x1)) == "4*(2*x1 + 3*x2)");
    STATIC_REQUIRE(to_string(d(lecture, x2)) == "6*(2*x1 + 3*x2)");
    STATIC_REQUIRE(to_string(d(lecture, x1, x2)) == "12");
    STATIC_REQUIRE(to_string(2.5 * x) == "2.5*x");
    STATIC_REQUIRE(to_string(0.1 * x) == "0.1*x");
    STATIC_REQUIRE(to_string(x + constant(-3) * y) == "x + (-3*y)");
    STATIC_REQUIRE(to_string(1e-7 * sin(x) + 1e21) == "1e-07*sin(x) + 1e+21");
    STATIC_REQUIRE(to_string(d(pow(x, 2.5), x)) == "2.5*x^1.5");
    STATIC_REQUIRE(to_string(atan2(y, x) / hypot(x, y)) == "atan2(y, x)/hypot(x, y)");
    STATIC_REQUIRE(to_string(constant(0.1f) * x) == "0.1*x");
}

TEST_CASE("the text is pleasant at run time", "[to_string]") {
    auto const t = to_string(d(lecture, x1));
    std::string const s = t;  // implicit conversion
    std::string_view const v = t;
    REQUIRE(s == "4*(2*x1 + 3*x2)");
    REQUIRE(v == "4*(2*x1 + 3*x2)");
    REQUIRE(std::string(t.c_str()) == s);
    REQUIRE(t.view() == s);
    REQUIRE(t.size() == s.size());
    REQUIRE(t.size() <= t.capacity());
    REQUIRE(t == to_string(d(lecture, x1)));
    REQUIRE(std::string_view("4*(2*x1 + 3*x2)") == t);
    std::ostringstream os;
    os << t << " and " << lecture;
    REQUIRE(os.str() == "4*(2*x1 + 3*x2) and (2*x1 + 3*x2)^2 + 3");
    REQUIRE(Catch::Detail::stringify(t) == "4*(2*x1 + 3*x2)");
    REQUIRE(Catch::Detail::stringify(lecture) == "(2*x1 + 3*x2)^2 + 3");
}

TEST_CASE("the capacity is an upper bound from the type", "[to_string]") {
    // each run-time number may take max_chars<double>() = 24 characters and wants parentheses
    STATIC_REQUIRE(decltype(to_string(x))::capacity() == 1);
    STATIC_REQUIRE(decltype(to_string(c<-12>))::capacity() == 3);
    STATIC_REQUIRE(decltype(to_string(x + 2.5 * y))::capacity() == 1 + 3 + 2 + 24 + 1 + 1);
    constexpr auto extreme = x + constant(-2.2250738585072014e-308) * y;
    STATIC_REQUIRE(to_string(extreme) == "x + (-2.2250738585072014e-308*y)");
    STATIC_REQUIRE(to_string(extreme).size() == decltype(to_string(extreme))::capacity());
}
