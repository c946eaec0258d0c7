// Any order in one variable: taylor<N>(f, x) gives f's Taylor coefficients f^(k)/k! along x,
// derivatives<N>(f, x) the derivatives f, f', ..., f^(N), both by one program.
#include <ctdiff/ctdiff.hpp>

#include <array>
#include <cstdio>

constexpr auto x = ctdiff::var<0, "x">;
constexpr auto y = ctdiff::var<1, "y">;

// 1/(1 - x) = 1 + x + x^2 + ...
static_assert(ctdiff::taylor<5>(1 / (1 - x), x)(0.0) == std::array{1.0, 1.0, 1.0, 1.0, 1.0, 1.0});
// x^3 = 8 + 12 t + 6 t^2 + t^3 around 2; its derivatives there are 8, 12, 12 and 6
static_assert(ctdiff::taylor<3>(ctdiff::pow<3>(x), x)(2.0) == std::array{8.0, 12.0, 6.0, 1.0});
static_assert(ctdiff::derivatives<3>(ctdiff::pow<3>(x), x)(2.0) == std::array{8.0, 12.0, 12.0, 6.0});

int main() {
    // y e^(sin x) around x = 0, y = 2 held: 2 (1 + t + t^2/2 - t^4/8 - t^5/15 - t^6/240 + ...)
    constexpr auto f = y * ctdiff::exp(ctdiff::sin(x));
    auto const c = ctdiff::taylor<6>(f, x)(0.0, 2.0);
    auto const d = ctdiff::derivatives<6>(f, x)(0.0, 2.0);
    for (std::size_t k = 0; k != c.size(); ++k)  // + 0.0 prints -0 as 0
        std::printf("k = %zu: f^(k)/k! = %9.6f, f^(k) = %5.1f\n", k, c[k] + 0.0, d[k] + 0.0);
}
