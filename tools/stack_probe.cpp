// How much stack each derivative of issue 8's depth-8 expression needs, against f's own
// evaluation (docs/stack.md; run by tools/stack_report.py). Each case runs in its own noinline
// function; the stack below main's frame is painted with a pattern first, and the deepest byte
// the call overwrote is its peak stack: its frames, the libm functions' and the return addresses,
// everything the evaluation needs. Every function runs once before the measurement, so the
// dynamic linker's first resolution of a libm symbol (kilobytes of stack) is not counted.
#include <ctdiff/ctdiff.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace ctdiff;

namespace {

constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto f = cosh(atan(cos(sqrt(tanh(log1p(exp(sin(x + y) * y) + y) * y) + y) * y) + y) * y);

template <class R>
double total(R const& r) {
    if constexpr (requires { r.hessian; }) return r.value + total(r.gradient) + total(r.hessian);
    else if constexpr (requires { r[0][0]; }) {
        double s = 0;
        for (auto const& row : r) s += total(row);
        return s;
    } else if constexpr (requires { r[0]; }) {
        double s = 0;
        for (double v : r) s += v;
        return s;
    } else if constexpr (requires { std::get<0>(r); }) return total(std::get<0>(r)) + total(std::get<1>(r));
    else return r;
}

#define CASE(name, ...) \
    [[gnu::noinline]] double name(double a, double b) { return total(__VA_ARGS__); }
CASE(f_alone, f(a, b))
CASE(d_x, d(f, x)(a, b))
CASE(d_xy, d(f, x, y)(a, b))
CASE(d_xxyx, d(f, x, x, y, x)(a, b))
CASE(d_x4, d(f, x, x, x, x)(a, b))
CASE(d_x6, d(f, x, x, x, x, x, x)(a, b))
CASE(derivatives_6, derivatives<6>(f, x)(a, b))
CASE(gradient_f, gradient(f)(a, b))
CASE(hessian_f, hessian(f)(a, b))
CASE(value_gradient_hessian_f, value_gradient_hessian(f)(a, b))
#undef CASE

struct entry {
    char const* name;
    double (*run)(double, double);
};
constexpr entry cases[] = {
    {"f", f_alone},
    {"d(f, x)", d_x},
    {"d(f, x, y)", d_xy},
    {"d(f, x, x, y, x)", d_xxyx},
    {"d(f, x, x, x, x)", d_x4},
    {"d(f, x, x, x, x, x, x)", d_x6},
    {"derivatives<6>(f, x)", derivatives_6},
    {"gradient(f)", gradient_f},
    {"hessian(f)", hessian_f},
    {"value_gradient_hessian(f)", value_gradient_hessian_f},
};

constexpr std::size_t painted = 64 * 1024;

// Fills `painted` bytes below the caller's stack pointer with 0xA5: low is the lowest address,
// top the caller's stack pointer before the call (x86-64: above paint's frame pointer are the
// saved frame pointer and the return address), where the next call's stack starts too.
[[gnu::noinline]] void paint(std::uintptr_t& low, std::uintptr_t& top) {
    volatile unsigned char area[painted];
    for (std::size_t i = 0; i != painted; ++i) area[i] = 0xA5;
    low = reinterpret_cast<std::uintptr_t>(&area[0]);
    top = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) + 2 * sizeof(void*);
}

// How many bytes below `top` a call overwrote: its return address and everything below.
[[gnu::noinline]] std::size_t reached(std::uintptr_t low, std::uintptr_t top) {
    auto const* p = reinterpret_cast<unsigned char const volatile*>(low);
    std::size_t i = 0;
    while (low + i < top && p[i] == 0xA5) ++i;
    return top - (low + i);
}

}  // namespace

int main(int argc, char**) {
    double volatile a = 0.3 * argc, b = 0.2;
    for (entry const& e : cases) (void)e.run(a, b);
    for (entry const& e : cases) {
        std::uintptr_t low = 0, top = 0;
        paint(low, top);
        double const value = e.run(a, b);
        std::printf("%s\t%zu\t%.17g\n", e.name, reached(low, top), value);
    }
}
