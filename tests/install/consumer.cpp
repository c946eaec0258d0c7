#include <ctdiff/ctdiff.hpp>

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;
static_assert(ctdiff::d(f, x1)(1.0, 3.0) == 44.0);

int main() { return f(1.0, 3.0) == 124.0 ? 0 : 1; }
