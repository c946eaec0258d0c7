// taylor<N>(f, 3): the second argument of taylor must be a variable.
#include <ctdiff/ctdiff.hpp>

constexpr auto x = ctdiff::var<0, "x">;
constexpr auto f = ctdiff::pow<2>(x);

int main() {
#ifdef CTDIFF_MISUSE
    return static_cast<int>(ctdiff::taylor<2>(f, 3)(1.0)[2]);
#else
    return static_cast<int>(ctdiff::taylor<2>(f, x)(1.0)[2]) - 1;
#endif
}
