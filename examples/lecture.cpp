// The lecture on backpropagation, in code: one function, its value, its gradient by the
// differentiation rules, and the same partial derivative by a central finite difference.
//
//   f(x1, x2) = (2 x1 + 3 x2)^2 + 3   at (x1, x2) = (1, 3)
#include <ctdiff/check.hpp>
#include <ctdiff/ctdiff.hpp>

#include <array>
#include <cstdio>

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;

// The rules (constant -> 0, linearity, power, chain) give the partial derivatives as expressions.
constexpr auto df_dx1 = ctdiff::d(f, x1);
constexpr auto df_dx2 = ctdiff::d(f, x2);

// Everything here is a constant expression: the numbers are checked while compiling.
static_assert(f(1.0, 3.0) == 124.0);
static_assert(df_dx1(1.0, 3.0) == 44.0);
static_assert(df_dx2(1.0, 3.0) == 66.0);
static_assert(ctdiff::to_string(df_dx1) == "4*(2*x1 + 3*x2)");  // printing works while compiling too

// The lecture's symmetric difference: half a step h either side of x1, divided by h.
constexpr double h = 2e-2;
constexpr double f_right = f(1.0 + h / 2, 3.0);
constexpr double f_left = f(1.0 - h / 2, 3.0);
constexpr double central = (f_right - f_left) / h;
static_assert(f_right > 124.4403 && f_right < 124.4405);
static_assert(f_left > 123.5603 && f_left < 123.5605);
static_assert(central > 44.0 - 1e-9 && central < 44.0 + 1e-9);

// ctdiff's finite differences: the same symmetric difference (step h/2 either side), and a check
// of every partial derivative of f against them, all at compile time.
constexpr double central_by_ctdiff =
    ctdiff::finite_difference(f, std::array{1.0, 3.0}, 0, ctdiff::scheme::central, h / 2);
static_assert(central_by_ctdiff > 44.0 - 1e-9 && central_by_ctdiff < 44.0 + 1e-9);
static_assert(ctdiff::check(f, 1.0, 3.0));

// Counts how often a function of n variables is evaluated by a finite-difference gradient.
template <std::size_t N, class Scheme>
int evaluations_for_gradient(Scheme scheme) {
    int calls = 0;
    auto const counted = [&calls](std::array<double, N> const& x) {
        ++calls;
        double sum = 0;
        for (double v : x) sum += v * v;
        return sum;
    };
    (void)ctdiff::finite_difference_gradient(counted, std::array<double, N>{}, scheme);
    return calls;
}

int main() {
    std::printf("f(x1, x2) = %s\n", ctdiff::to_string(f).c_str());
    std::printf("f(1, 3) = %g\n\n", f(1.0, 3.0));

    std::printf("By the differentiation rules:\n");
    std::printf("  df/dx1 = %s = %g at (1, 3)\n", ctdiff::to_string(df_dx1).c_str(), df_dx1(1.0, 3.0));
    std::printf("  df/dx2 = %s = %g at (1, 3)\n", ctdiff::to_string(df_dx2).c_str(), df_dx2(1.0, 3.0));
    std::printf("  gradient = (%g, %g)\n\n", df_dx1(1.0, 3.0), df_dx2(1.0, 3.0));

    std::printf("The rules, step by step (ctdiff::explain(f, x1)):\n%s\n",
                ctdiff::to_string(ctdiff::explain(f, x1)).c_str());

    std::printf("By a central difference with h = %g:\n", h);
    std::printf("  f(%g, 3) = %.4f\n", 1.0 + h / 2, f_right);
    std::printf("  f(%g, 3) = %.4f\n", 1.0 - h / 2, f_left);
    std::printf("  (%.4f - %.4f) / %g = %g\n", f_right, f_left, h, central);
    std::printf("  ctdiff::finite_difference(f, {1, 3}, 0, central, h/2) = %g\n\n", central_by_ctdiff);

    std::printf("ctdiff::check(f, 1.0, 3.0), every partial against central differences:\n%s\n",
                ctdiff::to_string(ctdiff::check(f, 1.0, 3.0)).c_str());

    std::printf("Evaluations of f for one gradient of n variables, counted:\n");
    std::printf("  n =   2: forward differences %3d, central %3d\n",
                evaluations_for_gradient<2>(ctdiff::scheme::forward),
                evaluations_for_gradient<2>(ctdiff::scheme::central));
    std::printf("  n = 100: forward differences %3d, central %3d\n",
                evaluations_for_gradient<100>(ctdiff::scheme::forward),
                evaluations_for_gradient<100>(ctdiff::scheme::central));
    std::printf("Backpropagation gets the whole gradient for a small constant times one evaluation;\n"
                "finite differences are for checking it, not for computing it.\n\n");

    // One forward and one backward sweep over the computational graph: the program ctdiff runs.
    constexpr auto backprop = ctdiff::value_and_gradient(f);
    constexpr auto result = backprop(1.0, 3.0);
    static_assert(result.value == 124.0 && result.gradient[0] == 44.0 && result.gradient[1] == 66.0);
    std::printf("ctdiff::value_and_gradient(f)(1, 3) = %g, (%g, %g), by the program\n%s", result.value,
                result.gradient[0], result.gradient[1], ctdiff::to_string(backprop).c_str());
}
