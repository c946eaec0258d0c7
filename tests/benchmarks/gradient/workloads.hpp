// The data of the workloads: the fixed training example of W3 and the point every
// implementation is measured at. No includes, so that including it costs a TU nothing.
//
//   W1  (2*x1 + 3*x2)^2 + 3                                   n = 2, at (1, 3): 124, (44, 66)
//   W2  sum_{i<n-1} 100*(x_{i+1} - x_i^2)^2 + (1 - x_i)^2     n = 2, 10, 50 (Rosenbrock)
//   W3  log(1 + exp(-y*(w.x + b))), gradient in (w, b)         n = 9 (one logistic neuron)
//   W4  sin(x*y) + exp(x/y) - log(1 + x*x) + sqrt(x*x + y*y) + tanh(x - y)     n = 2
//   P   x^2 y + 3xyz - 2z^3 + x y^2 z + 5x + 7yz + x^4 - y^2 z^2 + 11xz + 13    n = 3
//       (the Hessian benchmark's polynomial, ../hessian/)
#ifndef CTDIFF_BENCH_GRADIENT_WORKLOADS_HPP
#define CTDIFF_BENCH_GRADIENT_WORKLOADS_HPP

namespace ctdiff_bench {

// W3: the input x_k = 0.1*(k + 1) - 0.4 and its label y. The variables are the weights w_0..w_7
// (positions 0..7) and the bias b (position 8).
inline constexpr int neuron_inputs = 8;
inline constexpr double neuron_x[neuron_inputs] = {-0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4};
inline constexpr double neuron_y = 1.0;

// The measurement point of each workload, coordinate i of n.
constexpr double point(char const workload, int i) {
    switch (workload) {
    case '1': return i == 0 ? 1.0 : 3.0;                     // the lecture's (1, 3)
    case '2': return i % 2 == 0 ? -1.2 : 1.0;                // Rosenbrock's classic start, repeated
    case '3': return i < neuron_inputs ? 0.3 - 0.07 * i : 0.1;  // weights, then the bias
    default: return i == 0 ? 0.7 : 1.3;                      // W4 at (x, y) = (0.7, 1.3)
    }
}

// P at (x, y, z) = (0.7, 1.3, -0.4).
inline constexpr double polynomial_point[3] = {0.7, 1.3, -0.4};

// The same by the workload's name (w2_n10, w3, poly, ...).
constexpr double point(char const* workload, int i) {
    return workload[0] == 'p' ? polynomial_point[i] : point(workload[1], i);
}

// The direction v of the Hessian benchmark's products H*v: v_i = (-1)^i (1 + i/10), so that no
// two coordinates are equal and a transposed or shifted product shows.
constexpr double direction(int i) { return (i % 2 == 0 ? 1.0 : -1.0) * (1.0 + 0.1 * i); }

}  // namespace ctdiff_bench

#endif
