// Newton's method on Rosenbrock's function in 50 variables with its sparse Hessian. ctdiff knows
// while compiling that the Hessian is tridiagonal (3n - 2 of its n^2 entries may be non-zero), so
// sparse_hessian computes only those, into a layout fixed at compile time, and each Newton step
// is one tridiagonal solve: O(n) work, no dense matrix anywhere.
#include <ctdiff/ctdiff.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <string>

using ctdiff::pow;
using ctdiff::var;

template <std::size_t N>
constexpr auto rosenbrock = ctdiff::loop_sum<0, N - 1>([](auto i) {
    return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>);
});

constexpr std::size_t n = 50;
constexpr auto f = rosenbrock<n>;
using F = std::remove_cvref_t<decltype(f)>;

// Facts about the Hessian, checked while compiling.
static_assert(ctdiff::hessian_pattern<F>.bandwidth() == 1, "Rosenbrock's Hessian is tridiagonal");
static_assert(ctdiff::hessian_pattern<F>.nonzeros() == 3 * n - 2);
static_assert(ctdiff::gradient_pattern<F>(0, n - 1));  // f depends on every variable
using layout = decltype(ctdiff::sparse_hessian(f)(std::array<double, n>{}));
static_assert(layout::row_offsets[1] == 2 && layout::row_offsets[n] == 3 * n - 2);

// Solves (H + lambda I) p = -g for the tridiagonal H given in CSR order (sub-, main, super-diagonal
// entries of each row), by the Thomas algorithm. False if a pivot vanishes.
template <class Sparse>
bool newton_step(Sparse const& h, std::array<double, n> const& g, double lambda, std::array<double, n>& p) {
    std::array<double, n> sub{}, diag{}, super{}, rhs{};
    for (std::size_t i = 0; i != n; ++i) {
        for (std::size_t k = Sparse::row_offsets[i]; k != Sparse::row_offsets[i + 1]; ++k) {
            std::size_t const j = Sparse::columns[k];
            (j < i ? sub[i] : j == i ? diag[i] : super[i]) = h.values[k];
        }
        diag[i] += lambda;
        rhs[i] = -g[i];
    }
    for (std::size_t i = 1; i != n; ++i) {  // forward elimination
        if (diag[i - 1] == 0) return false;
        double const m = sub[i] / diag[i - 1];
        diag[i] -= m * super[i - 1];
        rhs[i] -= m * rhs[i - 1];
    }
    if (diag[n - 1] == 0) return false;
    p[n - 1] = rhs[n - 1] / diag[n - 1];
    for (std::size_t i = n - 1; i-- != 0;) p[i] = (rhs[i] - super[i] * p[i + 1]) / diag[i];
    return true;
}

int main() {
    std::printf("The Hessian pattern of Rosenbrock in 8 variables ('x' may be non-zero):\n%s",
                ctdiff::to_string(ctdiff::hessian_pattern<std::remove_cvref_t<decltype(rosenbrock<8>)>>).c_str());
    std::printf("In %zu variables: %zu structural non-zeros of %zu entries.\n\n", n, layout::nonzeros, n * n);

    std::array<double, n> x{};
    for (std::size_t i = 0; i != n; ++i) x[i] = i % 2 == 0 ? -1.2 : 1.0;
    // Damped Newton (Levenberg): shrink the damping after a step that lowers f, grow it otherwise.
    double lambda = 1e-3;
    for (int k = 0; k != 200; ++k) {
        auto const [value, g] = ctdiff::value_and_gradient(f)(x);
        double norm = 0;
        for (double gi : g) norm += gi * gi;
        norm = std::sqrt(norm);
        if (norm < 1e-9) {
            std::printf("  converged after %d Newton steps: |grad f| < 1e-9\n", k);
            break;
        }
        if (k % 10 == 0) std::printf("  step %3d: f = %.6e, |grad f| = %.3e\n", k, value, norm);
        auto const h = ctdiff::sparse_hessian(f)(x);
        for (;;) {
            std::array<double, n> p{}, trial{};
            if (newton_step(h, g, lambda, p)) {
                for (std::size_t i = 0; i != n; ++i) trial[i] = x[i] + p[i];
                if (f(trial) < value) {
                    x = trial;
                    lambda = std::max(lambda / 4, 1e-12);
                    break;
                }
            }
            lambda *= 4;
        }
    }
    std::printf("  x_0 = %.9f, x_%zu = %.9f\n", x[0], n - 1, x[n - 1]);
}
