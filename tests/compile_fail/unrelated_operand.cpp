// x + "text": an operand that is neither an expression nor a number.
#include <ctdiff/ctdiff.hpp>

#include <string>

constexpr auto x = ctdiff::var<0, "x">;

int main() {
#ifdef CTDIFF_MISUSE
    auto const e = x + std::string("1");
#else
    auto const e = x + 1;
#endif
    return static_cast<int>(e(1.0)) - 2;
}
