// Prints, from ctdiff's own finite differences, the data behind docs/checking.md:
//   fd_error_csv steps     -> CSV "function,scheme,h,error": relative error of df/dx against h
//   fd_error_csv defaults  -> CSV "function,scheme,default_h,error" at each scheme's default step
// tools/plot_fd_error.py turns the first into docs/fd_error.svg.
#include <ctdiff/finite_difference.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace {

using ctdiff::scheme_id;

struct test_function {
    char const* name;
    double x;
    double exact;
    double (*real)(double);
    ctdiff::complex<double> (*on_complex)(ctdiff::complex<double>);
};

// Each function once, generic over the scalar, so both real and complex-step paths use it.
template <class T> T seed(T x) { auto t = 2 * x + 3 * 3.0; return t * t + 3; } // d/dx1 at (1, 3)
template <class T> T exp_sin(T x) { using std::exp, std::sin; return exp(x) * sin(x); }
template <class T> T log_quadratic(T x) { using std::log; return log(1 + x * x); }
template <class T> T rational(T x) { return 1 / (1 + x * x * x * x); }
template <class T> T sqrt_atan(T x) { using std::sqrt, std::atan; return sqrt(x) * atan(x); }

std::array<test_function, 5> const functions{{
    {"seed (2x1+3x2)^2+3 d/dx1 at (1 3)", 1.0, 44.0, seed<double>, seed<ctdiff::complex<double>>},
    {"exp(x)sin(x) at 0.7", 0.7, std::exp(0.7) * (std::sin(0.7) + std::cos(0.7)), exp_sin<double>,
     exp_sin<ctdiff::complex<double>>},
    {"log(1+x^2) at 2", 2.0, 0.8, log_quadratic<double>, log_quadratic<ctdiff::complex<double>>},
    {"1/(1+x^4) at 1.3", 1.3, -4 * 1.3 * 1.3 * 1.3 / ((1 + std::pow(1.3, 4)) * (1 + std::pow(1.3, 4))),
     rational<double>, rational<ctdiff::complex<double>>},
    {"sqrt(x)atan(x) at 0.5", 0.5, std::atan(0.5) / (2 * std::sqrt(0.5)) + std::sqrt(0.5) / 1.25, sqrt_atan<double>,
     sqrt_atan<ctdiff::complex<double>>},
}};

template <class S>
double relative_error(test_function const& f, S s, double h) {
    double estimate = 0;
    if constexpr (S::id == scheme_id::complex_step)
        estimate = ctdiff::finite_difference(f.on_complex, f.x, s, h);
    else
        estimate = ctdiff::finite_difference(f.real, f.x, s, h);
    return std::abs(estimate - f.exact) / std::abs(f.exact);
}

template <class S>
void print_steps(test_function const& f, S s) {
    for (int tenth = -160; tenth <= -10; ++tenth) {
        double const h = std::pow(10.0, tenth / 10.0);
        std::printf("%s,%s,%.6e,%.6e\n", f.name, ctdiff::name(S::id).data(), h, relative_error(f, s, h));
    }
}

template <class S>
void print_default(test_function const& f, S s) {
    std::printf("%s,%s,%.6e,%.3e\n", f.name, ctdiff::name(S::id).data(), ctdiff::default_step(S::id, f.x),
                relative_error(f, s, 0.0));
}

} // namespace

int main(int argc, char** argv) {
    namespace scheme = ctdiff::scheme;
    bool const steps = argc > 1 && std::strcmp(argv[1], "steps") == 0;
    std::puts(steps ? "function,scheme,h,error" : "function,scheme,default_h,error");
    for (auto const& f : functions) {
        if (steps) {
            if (&f != &functions[0] && &f != &functions[1]) continue; // the plot shows seed and exp*sin
            print_steps(f, scheme::forward);
            print_steps(f, scheme::central);
            print_steps(f, scheme::central4);
            print_steps(f, scheme::complex_step);
        } else {
            print_default(f, scheme::forward);
            print_default(f, scheme::backward);
            print_default(f, scheme::central);
            print_default(f, scheme::central4);
            print_default(f, scheme::central6);
            print_default(f, scheme::richardson);
            print_default(f, scheme::complex_step);
        }
    }
}
