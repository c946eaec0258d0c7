// A hand-written gradient with a deliberate bug, and the report that pinpoints it.
//
// f(w, b, x, y) = (w x + b - y)^2, the squared error of a one-neuron linear model. Its gradient by
// (w, b) is 2 (w x + b - y) (x, 1); the version below forgets the factor x in dw ... on purpose.
#include <ctdiff/check.hpp>

#include <array>
#include <cstdio>

namespace {

constexpr double x = 1.5, y = 2.0; // one training sample

constexpr auto loss = [](auto w, auto b) {
    auto const r = w * x + b - y;
    return r * r;
};

constexpr auto right_gradient = [](double w, double b) {
    double const r = w * x + b - y;
    return std::array{2 * r * x, 2 * r};
};

constexpr auto buggy_gradient = [](double w, double b) {
    double const r = w * x + b - y;
    return std::array{2 * r, 2 * r}; // bug: dw needs the factor x
};

// Compile time: the right gradient passes. With buggy_gradient this line would not compile, and the
// diagnostic would name gradient_check_failed_at_component<0> and its values.
static_assert(ctdiff::check_gradient(loss, right_gradient, std::array{0.5, -0.25}));

} // namespace

int main() {
    // Run time: the table says which component is wrong and by how much.
    auto const report = ctdiff::check_gradient(loss, buggy_gradient, std::array{0.5, -0.25});
    std::fputs(ctdiff::to_string(report).c_str(), stdout);

    // The same at several points, by complex step (exact to round-off, n evaluations).
    constexpr std::array points{std::array{0.5, -0.25}, std::array{2.0, 1.0}, std::array{-1.0, 0.0}};
    auto const sweep = ctdiff::check_gradient(loss, buggy_gradient, points, ctdiff::scheme::complex_step);
    std::fputs(ctdiff::to_string(sweep).c_str(), stdout);
    return report.passed() ? 1 : 0; // the example succeeds when the bug is caught
}
