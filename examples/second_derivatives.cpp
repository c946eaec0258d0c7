// The lecture's f, differentiated twice: its Hessian, everything in one program, H v without H,
// the sparsity pattern, and the program ctdiff runs for the Hessian (docs/hessians.md).
#include <ctdiff/ctdiff.hpp>

#include <array>
#include <cstdio>

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;

// f = (2 x1 + 3 x2)^2 + 3: H = 2 (2, 3)^T (2, 3), the same everywhere
static_assert(ctdiff::hessian(f)(1.0, 3.0) == std::array{std::array{8.0, 12.0}, std::array{12.0, 18.0}});
static_assert(ctdiff::check_hessian(f, std::array{1.0, 3.0}));

constexpr auto y = ctdiff::var<2, "y">;
constexpr auto g = x1 * x2 + ctdiff::sin(y);  // x1 and x2 interact; y only with itself

int main() {
    auto [v, grad, h] = ctdiff::value_gradient_hessian(f)(1.0, 3.0);
    std::printf("f(1, 3) = %g, gradient (%g, %g), Hessian [[%g, %g], [%g, %g]]\n", v, grad[0], grad[1], h[0][0],
                h[0][1], h[1][0], h[1][1]);
    auto const hv = ctdiff::hessian_vector_product(f)(std::array{1.0, 3.0}, std::array{1.0, 0.0});
    std::printf("H (1, 0) = (%g, %g)\n", hv[0], hv[1]);
    std::printf("\nthe Hessian pattern of x1*x2 + sin(y):\n%s",
                ctdiff::to_string(ctdiff::hessian_pattern<std::remove_cvref_t<decltype(g)>>).c_str());
    auto const s = ctdiff::sparse_hessian(g)(1.0, 2.0, 0.5);
    for (std::size_t k = 0; k != s.nonzeros; ++k)
        std::printf("  H[%zu][%zu] = %g\n", s.rows[k], s.columns[k], s.values[k]);
    std::printf("\nthe program of hessian(f):\n%s", ctdiff::to_string(ctdiff::hessian(f)).c_str());
}
