// f(1.0, "3"): the arguments must have a common type to evaluate in.
#include <ctdiff/ctdiff.hpp>

constexpr auto x = ctdiff::var<0, "x">;
constexpr auto y = ctdiff::var<1, "y">;

int main() {
#ifdef CTDIFF_MISUSE
    return static_cast<int>((x * y)(1.0, "3"));
#else
    return static_cast<int>((x * y)(1.0, 3)) - 3;
#endif
}
