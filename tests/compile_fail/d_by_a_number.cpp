// d(f, 3): the second argument of d must be a variable.
#include <ctdiff/ctdiff.hpp>

constexpr auto x = ctdiff::var<0, "x">;
constexpr auto f = ctdiff::pow<2>(x);

int main() {
#ifdef CTDIFF_MISUSE
    return static_cast<int>(ctdiff::d(f, 3)(1.0));
#else
    return static_cast<int>(ctdiff::d(f, x)(1.0)) - 2;
#endif
}
