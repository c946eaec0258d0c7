// Gradient descent on Rosenbrock's banana valley, f(x, y) = 100 (y - x^2)^2 + (1 - x)^2, with
// value_and_gradient: one call runs f's forward sweep and its backward sweep together and returns
// f and the whole gradient. Twice: with a fixed step, and with a backtracking line search that
// picks each step so that f falls enough (Armijo's condition). The minimum is f(1, 1) = 0. Both
// need thousands of steps along the curved valley floor; Newton's method with the Hessian
// (newton_rosenbrock.cpp) needs tens.
#include <ctdiff/derivative.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#include <array>
#include <cmath>
#include <cstdio>

constexpr auto x = ctdiff::var<0, "x">;
constexpr auto y = ctdiff::var<1, "y">;
constexpr auto f = 100 * ctdiff::pow<2>(y - ctdiff::pow<2>(x)) + ctdiff::pow<2>(1 - x);
constexpr auto f_and_grad = ctdiff::value_and_gradient(f);

using point = std::array<double, 2>;
constexpr point start{-1.2, 1.0};  // the classic start, on the far side of the valley

// By hand at the start: df/dx = -400 x (y - x^2) - 2 (1 - x) = -215.6, df/dy = 200 (y - x^2) = -88.
static_assert(f_and_grad(start).value > 24.2 - 1e-12 && f_and_grad(start).value < 24.2 + 1e-12);
static_assert(f_and_grad(start).gradient[0] > -215.6 - 1e-12 && f_and_grad(start).gradient[0] < -215.6 + 1e-12);
static_assert(f_and_grad(start).gradient[1] > -88 - 1e-12 && f_and_grad(start).gradient[1] < -88 + 1e-12);
static_assert(f_and_grad(1.0, 1.0).value == 0 && f_and_grad(1.0, 1.0).gradient == point{0, 0});

double norm(point const& g) { return std::sqrt(g[0] * g[0] + g[1] * g[1]); }

void report(int k, point const& p, double value, point const& g) {
    std::printf("  step %5d: (x, y) = (%9.6f, %9.6f), f = %.6e, |grad f| = %.3e\n", k, p[0], p[1], value, norm(g));
}

int main() {
    std::printf("f(x, y) = %s\n", ctdiff::to_string(f).c_str());
    std::printf("df/dx = %s\ndf/dy = %s\n\n", ctdiff::to_string(ctdiff::d(f, x)).c_str(),
                ctdiff::to_string(ctdiff::d(f, y)).c_str());

    // 1. A fixed step. Larger than about 2/(largest curvature) it diverges; this one is safe, and
    // slow: the valley floor is nearly flat along its length.
    {
        std::printf("Fixed step 0.001:\n");
        point p = start;
        for (int k = 0; k <= 20000; ++k) {
            auto const [value, g] = f_and_grad(p);
            if (k % 4000 == 0) report(k, p, value, g);
            p = {p[0] - 0.001 * g[0], p[1] - 0.001 * g[1]};
        }
    }

    // 2. Backtracking: try step t, halve it until f(p - t g) <= f(p) - t/2 |g|^2, then let the next
    // step start from twice the accepted one. Each trial costs one evaluation of f, not of the
    // gradient.
    {
        std::printf("\nBacktracking line search:\n");
        point p = start;
        double t = 1;
        int evaluations = 0;
        for (int k = 0;; ++k) {
            auto const [value, g] = f_and_grad(p);
            double const g2 = g[0] * g[0] + g[1] * g[1];
            if (k % 2000 == 0 || g2 < 1e-16) report(k, p, value, g);
            if (g2 < 1e-16) {
                std::printf("  |grad f| < 1e-8 after %d steps and %d trial evaluations of f\n", k, evaluations);
                break;
            }
            for (;; t /= 2) {
                point const trial{p[0] - t * g[0], p[1] - t * g[1]};
                ++evaluations;
                if (f(trial) <= value - t / 2 * g2) {
                    p = trial;
                    break;
                }
            }
            t *= 2;
        }
    }
}
