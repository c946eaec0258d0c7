// f uses x1 and x2 but is called with one argument: the error names the variable with no argument.
#include <ctdiff/ctdiff.hpp>

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;

int main() {
#ifdef CTDIFF_MISUSE
    return static_cast<int>(f(1.0));
#else
    return static_cast<int>(f(1.0, 3.0)) - 124;
#endif
}
