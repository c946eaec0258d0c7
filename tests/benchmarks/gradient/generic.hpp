// The workloads once, generic in the number type T, for the implementations that compute with a
// number type: Eigen's AutoDiffScalar, ceres::Jet, Boost.Math's fvar, and double for central
// differences. Literals are double because ceres::Jet's mixed operators deduce T from both
// operands (2 * jet does not compile, 2.0 * jet does). Every intermediate is a named T, never
// auto: Eigen's AutoDiffScalar operations return expression templates that must not outlive
// their operands.
#ifndef CTDIFF_BENCH_GRADIENT_GENERIC_HPP
#define CTDIFF_BENCH_GRADIENT_GENERIC_HPP

#include "workloads.hpp"

#include <array>
#include <cmath>
#include <cstddef>

namespace ctdiff_bench::generic {

// W1: (2*x1 + 3*x2)^2 + 3
template <class T>
T lecture(std::array<T, 2> const& x) {
    T const s = 2.0 * x[0] + 3.0 * x[1];
    return s * s + 3.0;
}

// W2: sum_{i<N-1} 100*(x_{i+1} - x_i^2)^2 + (1 - x_i)^2
template <class T, std::size_t N>
T rosenbrock(std::array<T, N> const& x) {
    auto term = [&x](std::size_t i) -> T {
        T const t = x[i + 1] - x[i] * x[i];
        T const u = 1.0 - x[i];
        return 100.0 * (t * t) + u * u;
    };
    T s = term(0);  // starting from the first term, not T(0), spares the AD types one addition
    for (std::size_t i = 1; i + 1 < N; ++i) s += term(i);
    return s;
}

// W3: log(1 + exp(-y*(w.x + b))) in (w_0..w_7, b)
template <class T>
T neuron(std::array<T, neuron_inputs + 1> const& x) {
    using std::exp;
    using std::log;
    T z = x[neuron_inputs];
    for (int k = 0; k < neuron_inputs; ++k) z += neuron_x[k] * x[k];
    T const s = -neuron_y * z;
    return log(1.0 + exp(s));
}

// W4: sin(x*y) + exp(x/y) - log(1 + x*x) + sqrt(x*x + y*y) + tanh(x - y)
template <class T>
T elementary(std::array<T, 2> const& p) {
    using std::exp;
    using std::log;
    using std::sin;
    using std::sqrt;
    using std::tanh;
    T const& x = p[0];
    T const& y = p[1];
    // As written, x*x twice: common subexpressions are the implementation's business.
    return sin(x * y) + exp(x / y) - log(1.0 + x * x) + sqrt(x * x + y * y) + tanh(x - y);
}

// P: x^2 y + 3xyz - 2z^3 + x y^2 z + 5x + 7yz + x^4 - y^2 z^2 + 11xz + 13, as written.
template <class T>
T polynomial(std::array<T, 3> const& p) {
    T const& x = p[0];
    T const& y = p[1];
    T const& z = p[2];
    return x * x * y + 3.0 * x * y * z - 2.0 * z * z * z + x * y * y * z + 5.0 * x + 7.0 * y * z +
           x * x * x * x - y * y * z * z + 11.0 * x * z + 13.0;
}

}  // namespace ctdiff_bench::generic

#endif
