// A static_assert that claims a structural zero where there is none must not compile: x*y has
// d2/dxdy = 1, so H[0][1] of its pattern is true and the claim fails.
#include <ctdiff/ctdiff.hpp>

constexpr auto x = ctdiff::var<0, "x">;
constexpr auto y = ctdiff::var<1, "y">;
constexpr auto f = x * y + ctdiff::exp(x);
using F = std::remove_cvref_t<decltype(f)>;

#ifdef CTDIFF_MISUSE
static_assert(!ctdiff::hessian_pattern<F>(0, 1), "H[0][1] of x*y + exp(x) is claimed a structural zero");
#else
static_assert(!ctdiff::hessian_pattern<F>(1, 1), "H[1][1] of x*y + exp(x) is a structural zero");
static_assert(ctdiff::hessian_pattern<F>(0, 1) && ctdiff::hessian_pattern<F>(0, 0));
#endif

int main() { return 0; }
