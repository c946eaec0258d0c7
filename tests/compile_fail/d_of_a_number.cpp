// d(2.5, x): only ctdiff expressions can be differentiated.
#include <ctdiff/ctdiff.hpp>

constexpr auto x = ctdiff::var<0, "x">;

int main() {
#ifdef CTDIFF_MISUSE
    return static_cast<int>(ctdiff::d(2.5, x)(1.0));
#else
    return static_cast<int>(ctdiff::d(ctdiff::constant(2.5), x)(1.0));
#endif
}
