// pow<2>(3.0): pow<N> builds an expression, so its argument must be one.
#include <ctdiff/ctdiff.hpp>

int main() {
#ifdef CTDIFF_MISUSE
    return static_cast<int>(ctdiff::pow<2>(3.0)());
#else
    return static_cast<int>(ctdiff::pow<2>(ctdiff::constant(3.0))()) - 9;
#endif
}
