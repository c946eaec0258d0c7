// Rosenbrock's function in 50 variables, written once with an index sum that stays a loop, and
// its whole gradient by one reverse sweep of that loop's body; checked against the gradient
// written by hand, while compiling.
#include <ctdiff/ctdiff.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <span>

using ctdiff::pow;
using ctdiff::var;

constexpr std::size_t n = 50;

// f(x) = sum over i < n-1 of 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2. loop_sum builds the term once,
// with i standing for the loop's index, and f and its gradient run as loops over i: the compile
// time does not depend on n. (ctdiff::sum, with the same lambda, builds the 49 terms one by one,
// for terms that differ with i; this TU then compiles in about 2 s instead of 0.5 s.)
constexpr auto rosenbrock = ctdiff::loop_sum<0, n - 1>([](auto i) {
    return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>);
});

// The classic start point: -1.2, 1, -1.2, 1, ...
constexpr std::array<double, n> start = [] {
    std::array<double, n> x{};
    for (std::size_t i = 0; i != n; ++i) x[i] = i % 2 == 0 ? -1.2 : 1.0;
    return x;
}();

constexpr auto at_start = ctdiff::value_and_gradient(rosenbrock)(start);
// By hand: x_0 = -1.2, x_1 = 1: df/dx0 = -400 x0 (x1 - x0^2) - 2 (1 - x0) = -215.6
static_assert(at_start.gradient[0] > -215.6 - 1e-12 && at_start.gradient[0] < -215.6 + 1e-12);
static_assert(at_start.value > 12221 - 1e-9 && at_start.value < 12221 + 1e-9);  // 25 terms of 24.2, 24 of 484

// The callback an optimiser asks for (L-BFGS and its kin): x read where the optimiser keeps it,
// the gradient written into its g, f returned. Nothing is copied.
double objective(double const* x, double* g) {
    return ctdiff::value_and_gradient(rosenbrock)(std::span<double const, n>(x, n), std::span<double, n>(g, n));
}

int main() {
    auto x = start;
    std::printf("Rosenbrock, n = %zu, at (-1.2, 1, -1.2, 1, ...): f = %g, df/dx0 = %g, df/dx1 = %g\n", n,
                at_start.value, at_start.gradient[0], at_start.gradient[1]);
    std::array<double, n> g0{};
    double const f0 = objective(start.data(), g0.data());
    std::printf("  the same by objective(x, g): f = %g, g[0] = %g, g[49] = %g (by hand 200 (1 - 1.2^2))\n", f0, g0[0],
                g0[n - 1]);
    // Gradient descent with a fixed step: slow on this valley, but every step is one value and
    // gradient, at the cost of a few evaluations of f.
    double const step = 1e-4;
    for (int k = 0; k <= 20000; ++k) {
        auto const [f, g] = ctdiff::value_and_gradient(rosenbrock)(x);
        if (k % 5000 == 0) {
            double norm = 0;
            for (double gi : g) norm += gi * gi;
            std::printf("  step %5d: f = %.6f, |grad f| = %.6f\n", k, f, std::sqrt(norm));
        }
        for (std::size_t i = 0; i != n; ++i) x[i] -= step * g[i];
    }
}
