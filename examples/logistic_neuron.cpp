// Backpropagation through one logistic neuron, the way a lecture does it: the forward sweep
// computes the loss node by node, the backward sweep the loss's derivative by every node, from
// the output back to the weights. ctdiff prints the program it runs for value_and_gradient(L);
// below it the same sweeps by hand with numbers, and both checked against finite differences.
//
// The neuron sees the input (x1, x2) = (1.5, 0.5) with label y = +1 and predicts
// p = sigmoid(z), z = w1 x1 + w2 x2 + b. Its logistic (cross-entropy) loss is
// L = -log(sigmoid(y z)) = log(1 + exp(-y z)), issue 8's benchmark W3 with two inputs; with
// y = +1 it is log(1 + exp(-z)).
#include <ctdiff/check.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/math.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/program.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#include <array>
#include <cstdio>

constexpr auto w1 = ctdiff::var<0, "w1">;
constexpr auto w2 = ctdiff::var<1, "w2">;
constexpr auto b = ctdiff::var<2, "b">;

constexpr double x1 = 1.5, x2 = 0.5;                 // the training input: data, so plain numbers
constexpr auto z = x1 * w1 + x2 * w2 + b;            // the neuron's weighted sum
constexpr auto loss = ctdiff::log(1 + ctdiff::exp(-z));
constexpr auto backprop = ctdiff::value_and_gradient(loss);

constexpr std::array<double, 3> weights{0.5, -0.3, 0.1};  // (w1, w2, b) where we differentiate

// The same two sweeps written by hand. Forward: z, e = exp(-z), L = log(1 + e). Backward, by the
// chain rule from L down: dL/dz = dL/de * de/dz = 1/(1 + e) * (-e); then dL/dw1 = dL/dz * x1,
// dL/dw2 = dL/dz * x2, dL/db = dL/dz. Note -e/(1 + e) = -(1 - sigmoid(z)) = p - 1: the error of
// the prediction, scaled by each input.
struct sweeps {
    double z, e, loss;          // forward
    double dz, dw1, dw2, db;    // backward
};
constexpr sweeps by_hand(double w1_, double w2_, double b_) {
    sweeps s{};
    s.z = x1 * w1_ + x2 * w2_ + b_;
    s.e = ctdiff::math::exp(-s.z);
    s.loss = ctdiff::math::log(1 + s.e);
    s.dz = -s.e / (1 + s.e);
    s.dw1 = s.dz * x1;
    s.dw2 = s.dz * x2;
    s.db = s.dz;
    return s;
}
constexpr sweeps hand = by_hand(weights[0], weights[1], weights[2]);
constexpr auto hand_gradient = [](double w1_, double w2_, double b_) {
    sweeps const s = by_hand(w1_, w2_, b_);
    return std::array{s.dw1, s.dw2, s.db};
};

// ctdiff's program and the hand-written sweeps agree (to the last bit or two), ...
constexpr auto result = backprop(weights);
constexpr bool close(double a, double b_) { return a - b_ < 1e-15 && b_ - a < 1e-15; }
static_assert(close(result.value, hand.loss));
static_assert(close(result.gradient[0], hand.dw1) && close(result.gradient[1], hand.dw2) &&
              close(result.gradient[2], hand.db));
// ... and both agree with central finite differences, checked while compiling.
static_assert(ctdiff::check(loss, weights));                              // ctdiff's gradient
static_assert(ctdiff::check_gradient(loss, hand_gradient, weights));     // the one by hand
// The complex step has no cancellation, so it checks to round-off: tolerances 1e-15 and 1e-14.
static_assert(ctdiff::check(loss, weights, ctdiff::scheme::complex_step, {.atol = 1e-15, .rtol = 1e-14}));

int main() {
    std::printf("L(w1, w2, b) = %s\n\n", ctdiff::to_string(loss).c_str());
    // In the program v3 is z, v5 is e and v7 is L; the backward sweep starts at dv4 = v5/v6, the
    // derivative of L by v4 = -z (log's and exp's rules in one), and dv3 = -dv4 is dL/dz.
    std::printf("The program of ctdiff::value_and_gradient(L):\n%s\n", ctdiff::to_string(backprop).c_str());

    std::printf("The same sweeps with numbers, at (w1, w2, b) = (%g, %g, %g):\n", weights[0], weights[1], weights[2]);
    std::printf("forward\n");
    std::printf("  z      = 1.5*w1 + 0.5*w2 + b = %9.6f\n", hand.z);
    std::printf("  e      = exp(-z)             = %9.6f\n", hand.e);
    std::printf("  L      = log(1 + e)          = %9.6f\n", hand.loss);
    std::printf("backward\n");
    std::printf("  dL/dz  = -e/(1 + e)          = %9.6f  = sigmoid(z) - 1, the prediction %.6f minus the label\n",
                hand.dz, 1 + hand.dz);
    std::printf("  dL/dw1 = dL/dz*1.5           = %9.6f\n", hand.dw1);
    std::printf("  dL/dw2 = dL/dz*0.5           = %9.6f\n", hand.dw2);
    std::printf("  dL/db  = dL/dz               = %9.6f\n", hand.db);
    std::printf("ctdiff's program: L = %.6f, gradient (%.6f, %.6f, %.6f)\n\n", result.value, result.gradient[0],
                result.gradient[1], result.gradient[2]);

    // The compile-time check's numbers, component by component.
    constexpr auto check = ctdiff::check(loss, weights);
    std::printf("Against central differences (checked by static_assert while compiling):\n");
    char const* const names[] = {"w1", "w2", "b"};
    for (std::size_t i = 0; i != 3; ++i)
        std::printf("  dL/d%-2s  analytic %10.7f  finite difference %10.7f  error %.1e  %s\n", names[i],
                    check[i].analytic, check[i].estimate, check[i].abs_error, check[i].passed ? "ok" : "FAILED");
    // The same check again at run time, where the numbers come from the C library.
    std::printf("the same check at run time: %s\n\n", ctdiff::check(loss, weights).passed() ? "passed" : "FAILED");

    // Learning: a few steps of gradient descent on this one example push the prediction to 1.
    std::printf("Gradient descent with learning rate 1:\n");
    std::array<double, 3> w = weights;
    for (int step = 0; step <= 5; ++step) {
        auto const [value, g] = backprop(w);
        std::printf("  step %d: L = %.6f, prediction sigmoid(z) = %.6f\n", step, value,
                    1 / (1 + ctdiff::math::exp(-(x1 * w[0] + x2 * w[1] + w[2]))));
        for (std::size_t i = 0; i != 3; ++i) w[i] -= g[i];
    }
}
