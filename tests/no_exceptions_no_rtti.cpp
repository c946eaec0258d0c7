// Built with -fno-exceptions -fno-rtti: every part of ctdiff a program uses must compile so.
#include <ctdiff/ctdiff.hpp>

#include <cstdio>

int main() {
    constexpr auto x = ctdiff::var<0, "x">;
    constexpr auto y = ctdiff::var<1, "y">;
    auto const f = ctdiff::pow<2>(2 * x + 3 * y) + ctdiff::sin(x) * ctdiff::exp(y) / ctdiff::log(x + 2);
    auto const df = ctdiff::d(f, x, y);
    std::printf("%s\n%.17g\n", ctdiff::to_string(df).c_str(), df(1.0, 3.0));
    return f(1.0, 3.0) > 0 ? 0 : 1;
}
