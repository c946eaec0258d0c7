// derivatives<N>(2.0, x): the function must be a ctdiff expression, not a number.
#include <ctdiff/ctdiff.hpp>

constexpr auto x = ctdiff::var<0, "x">;

int main() {
#ifdef CTDIFF_MISUSE
    return static_cast<int>(ctdiff::derivatives<2>(2.0, x)(1.0)[0]);
#else
    return static_cast<int>(ctdiff::derivatives<2>(ctdiff::pow<2>(x), x)(1.0)[2]) - 2;
#endif
}
