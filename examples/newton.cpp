// Newton's method with d(f, x). A root of f is found by x <- x - f(x) / f'(x); a minimum of f is
// a root of f', found by x <- x - f'(x) / f''(x). ctdiff gives f' = d(f, x) and f'' = d(f, x, x)
// as expressions, so the iteration is an ordinary constexpr function: it runs while compiling,
// static_assert checks where it converged, and main only prints the iterates it computed.
#include <ctdiff/derivative.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#include <array>
#include <cstddef>
#include <cstdio>
#include <string>

constexpr auto x = ctdiff::var<0, "x">;

// The iterates of Newton's method for g(x) = 0, given g and its derivative dg (both expressions
// or any callables). It stops when a step would move x by at most a few units in its last place
// (near the root, rounding alone makes the last digit hop back and forth), or after max_steps.
constexpr std::size_t max_steps = 20;
struct iterates {
    std::array<double, max_steps + 1> x{};  // x_0 .. x_steps
    std::array<double, max_steps + 1> g{};  // g(x_k), the residual
    std::size_t steps = 0;
    constexpr double root() const { return x[steps]; }
};

constexpr double abs(double v) { return v < 0 ? -v : v; }

template <class G, class DG>
constexpr iterates newton(G const& g, DG const& dg, double x0) {
    iterates it;
    it.x[0] = x0;
    it.g[0] = g(x0);
    while (it.steps != max_steps) {
        double const xk = it.x[it.steps];
        double const next = xk - g(xk) / dg(xk);
        if (abs(next - xk) <= 0x1p-50 * abs(xk)) break;  // converged to the last digits
        ++it.steps;
        it.x[it.steps] = next;
        it.g[it.steps] = g(next);
    }
    return it;
}

// 1. sqrt(2) as the root of x^2 - 2, from x_0 = 1: the number of correct digits doubles each step.
constexpr auto square = ctdiff::pow<2>(x) - 2;
constexpr iterates sqrt2 = newton(square, ctdiff::d(square, x), 1.0);
static_assert(abs(sqrt2.root() - 1.41421356237309504880) < 3e-16);  // one ulp at most
static_assert(sqrt2.steps == 5);

// 2. A transcendental equation, cos(x) = x, as the root of cos(x) - x (the Dottie number).
constexpr auto fixed_point = ctdiff::cos(x) - x;
constexpr iterates dottie = newton(fixed_point, ctdiff::d(fixed_point, x), 1.0);
static_assert(dottie.root() > 0.7390851332151606 && dottie.root() < 0.7390851332151608);
static_assert(abs(dottie.g[dottie.steps]) < 1e-15);

// 3. Minimisation: the can of volume 1 with the least tin. Radius r, height h = 1/(pi r^2), so
// its surface is A(r) = 2 pi r^2 + 2/r, smallest where A'(r) = 0. Newton on A' needs A'' too:
// ctdiff differentiates twice.
constexpr double pi = 3.141592653589793;
constexpr auto r = ctdiff::var<0, "r">;
constexpr auto area = 2 * pi * ctdiff::pow<2>(r) + 2 / r;
constexpr auto darea = ctdiff::d(area, r);
constexpr auto d2area = ctdiff::d(area, r, r);
constexpr iterates can = newton(darea, d2area, 1.0);
static_assert(abs(can.root() - 0.5419260701392891) < 1e-15);  // (1/(2 pi))^(1/3)
static_assert(d2area(can.root()) > 0);                        // a minimum, not a maximum
constexpr double height = 1 / (pi * can.root() * can.root());
static_assert(abs(height - 2 * can.root()) < 1e-14);  // the best can is as tall as it is wide

void print(char const* title, char const* x_name, iterates const& it) {
    std::printf("%s\n", title);
    for (std::size_t k = 0; k <= it.steps; ++k)
        std::printf("  %s_%zu = %.15f   residual %10.3e\n", x_name, k, it.x[k], it.g[k]);
    std::printf("  converged after %zu steps\n\n", it.steps);
}

int main() {
    std::printf("g(x) = %s, g'(x) = %s\n", ctdiff::to_string(square).c_str(),
                ctdiff::to_string(ctdiff::d(square, x)).c_str());
    print("Newton's method for g(x) = 0 from x_0 = 1 (the root is sqrt(2)):", "x", sqrt2);

    std::printf("g(x) = %s, g'(x) = %s\n", ctdiff::to_string(fixed_point).c_str(),
                ctdiff::to_string(ctdiff::d(fixed_point, x)).c_str());
    print("Newton's method for cos(x) = x from x_0 = 1:", "x", dottie);

    std::printf("A(r) = %s\nA'(r) = %s\nA''(r) = %s\n", ctdiff::to_string(area).c_str(),
                ctdiff::to_string(darea).c_str(), ctdiff::to_string(d2area).c_str());
    print("Newton's method for A'(r) = 0 from r_0 = 1 (the can of volume 1 with the least surface):", "r", can);
    constexpr double least = area(can.root());
    std::printf("radius %.6f, height %.6f, surface %.6f\n", can.root(), height, least);
}
