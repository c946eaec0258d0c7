// A check of an expression that fails (here: a tolerance no finite difference meets): the failing
// static_assert must name the variable as the expression names it, x2, not only its position 1.
#include <ctdiff/check.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/operators.hpp>

#include <array>

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = x1 + ctdiff::exp(10 * x2);
#ifdef CTDIFF_MISUSE
constexpr ctdiff::check_options<double> options{.atol = 0, .rtol = 1e-12}; // forward differences are not that good
#else
constexpr ctdiff::check_options<double> options{};
#endif
static_assert(ctdiff::check(f, std::array{1.0, 1.0}, ctdiff::scheme::forward, options));

int main() {}
