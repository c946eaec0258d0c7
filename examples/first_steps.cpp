// First steps: write a function, evaluate it, differentiate it, print both.
#include <ctdiff/ctdiff.hpp>

#include <cstdio>

constexpr auto x1 = ctdiff::var<0, "x1">;      // variable = argument position 0, named "x1"
constexpr auto x2 = ctdiff::var<1, "x2">;      // the name is optional: var<1> prints as "x1"
constexpr auto f  = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;

static_assert(f(1.0, 3.0) == 124.0);                 // positional, constexpr evaluation
static_assert(ctdiff::d(f, x1)(1.0, 3.0) == 44.0);   // the derivative is an expression again
static_assert(ctdiff::d(f, x2)(1.0, 3.0) == 66.0);
static_assert(ctdiff::d(f, x1, x2)(1.0, 3.0) == 12.0);   // d/dx2 of d/dx1: any order, any mix

// Functions, general powers and constants mix freely; integer constants c<K> fold in the type.
constexpr auto x = ctdiff::var<0, "x">;
constexpr auto y = ctdiff::var<1, "y">;
auto const g = ctdiff::sin(x * y) + ctdiff::pow(x, y) / ctdiff::c<2> - ctdiff::log(1 + x * x);

int main() {
    std::printf("f        = %s\n", ctdiff::to_string(f).c_str());
    std::printf("df/dx1   = %s\n", ctdiff::to_string(ctdiff::d(f, x1)).c_str());
    std::printf("d2f/dx1dx2 = %s\n", ctdiff::to_string(ctdiff::d(f, x1, x2)).c_str());
    std::printf("g        = %s\n", ctdiff::to_string(g).c_str());
    std::printf("dg/dx    = %s\n", ctdiff::to_string(ctdiff::d(g, x)).c_str());
    std::printf("dg/dy    = %s\n", ctdiff::to_string(ctdiff::d(g, y)).c_str());
    std::printf("g(1.5, 0.75) = %.6f, dg/dx(1.5, 0.75) = %.6f\n", g(1.5, 0.75), ctdiff::d(g, x)(1.5, 0.75));
    std::printf("in float: %.6f\n", static_cast<double>(g(1.5f, 0.75f)));
}
