// A gallery of hand-written gradients and Hessians checked while compiling. Each function is
// written twice: as ordinary code on a std::array (the code you would ship, with its gradient
// and Hessian derived by hand), and as a ctdiff expression. Then, in static_assert:
//
//   check_gradient(f, grad, x)   the hand gradient against finite differences of the hand f,
//   agree(grad(x), gradient(e)(x))   the hand gradient against ctdiff's (e: the expression),
//   check_hessian(grad, hess, x)   the hand Hessian against finite differences of the gradient,
//   agree(hess(x), hessian(e)(x))   the hand Hessian against ctdiff's.
//
// A wrong formula is a compile error, so the hand code cannot drift from its math. Build with
// -DCTDIFF_SHOW_FAILURE to see what a wrong gradient does (at the end of the file).
#include <ctdiff/check.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/hessian.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/math.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/sparsity.hpp>
#include <ctdiff/sum.hpp>
#include <ctdiff/var.hpp>

#include <array>
#include <cstddef>
#include <cstdio>

namespace {

using ctdiff::math::exp;  // constexpr exp and log for double (<cmath>'s are not, in C++20)
using ctdiff::math::log;

template <std::size_t N> using vec = std::array<double, N>;
template <std::size_t N> using mat = std::array<vec<N>, N>;

// Two results agree when they differ by at most 1e-12 relative (the orders of operations differ).
constexpr double abs(double v) { return v < 0 ? -v : v; }
constexpr bool agree(double a, double b) { return abs(a - b) <= 1e-12 * (1 + abs(a) + abs(b)); }
template <std::size_t N>
constexpr bool agree(vec<N> const& a, vec<N> const& b) {
    for (std::size_t i = 0; i != N; ++i)
        if (!agree(a[i], b[i])) return false;
    return true;
}
template <std::size_t N>
constexpr bool agree(mat<N> const& a, mat<N> const& b) {
    for (std::size_t i = 0; i != N; ++i)
        if (!agree(a[i], b[i])) return false;
    return true;
}

constexpr auto x0 = ctdiff::var<0>;
constexpr auto x1 = ctdiff::var<1>;
constexpr auto x2 = ctdiff::var<2>;

// ---- 1. A quadratic form: f(x) = x^T A x / 2 - b^T x, gradient A x - b, Hessian A ------------
namespace quadratic {
constexpr mat<3> A{{{4, 1, 0}, {1, 3, 1}, {0, 1, 2}}};  // symmetric
constexpr vec<3> b{1, 2, 3};

constexpr double f(vec<3> const& x) {
    double s = 0;
    for (std::size_t i = 0; i != 3; ++i) {
        for (std::size_t j = 0; j != 3; ++j) s += x[i] * A[i][j] * x[j] / 2;
        s -= b[i] * x[i];
    }
    return s;
}
constexpr vec<3> grad(vec<3> const& x) {
    vec<3> g{};
    for (std::size_t i = 0; i != 3; ++i) {
        for (std::size_t j = 0; j != 3; ++j) g[i] += A[i][j] * x[j];
        g[i] -= b[i];
    }
    return g;
}
constexpr mat<3> hess(vec<3> const&) { return A; }

// The same as an expression: a double sum over compile-time indices i and j.
constexpr auto e = ctdiff::sum<0, 3>([](auto i) {
    return ctdiff::sum<0, 3>([](auto j) {
        constexpr std::size_t I = decltype(i)::value;
        return A[I][j] / 2 * ctdiff::var<I> * ctdiff::var<j>;
    }) - b[i] * ctdiff::var<i>;
});

constexpr vec<3> x{1, -2, 0.5};
static_assert(agree(f(x), e(x)));
static_assert(ctdiff::check_gradient(f, grad, x));
static_assert(agree(grad(x), ctdiff::gradient(e)(x)));
static_assert(ctdiff::check_hessian(grad, hess, x));
static_assert(agree(hess(x), ctdiff::hessian(e)(x)));
// A's zeros are numbers held by the expression, not structural zeros, so the pattern is full.
static_assert(ctdiff::hessian_pattern<std::remove_cvref_t<decltype(e)>>.nonzeros() == 9);
}  // namespace quadratic

// ---- 2. Rosenbrock: 100 (y - x^2)^2 + (1 - x)^2 ------------------------------------------------
namespace rosenbrock {
constexpr double f(vec<2> const& p) {
    double const a = p[1] - p[0] * p[0], c = 1 - p[0];
    return 100 * a * a + c * c;
}
constexpr vec<2> grad(vec<2> const& p) {
    double const a = p[1] - p[0] * p[0];
    return {-400 * p[0] * a - 2 * (1 - p[0]), 200 * a};
}
constexpr mat<2> hess(vec<2> const& p) {
    double const off = -400 * p[0];
    return {{{1200 * p[0] * p[0] - 400 * p[1] + 2, off}, {off, 200}}};
}
constexpr auto e = 100 * ctdiff::pow<2>(x1 - ctdiff::pow<2>(x0)) + ctdiff::pow<2>(1 - x0);

// Checked at several points at once: a sweep report passes when every point passes.
constexpr std::array<vec<2>, 3> points{{{-1.2, 1}, {0.5, 0.5}, {1, 1}}};
static_assert(ctdiff::check_gradient(f, grad, points));
static_assert(ctdiff::check_hessian(grad, hess, points));
// Against ctdiff: the gradient, the Hessian, and the Hessian checked against finite differences
// of ctdiff's own gradient (check_hessian accepts any gradient callable).
static_assert(agree(grad(points[0]), ctdiff::gradient(e)(points[0])));
static_assert(agree(hess(points[0]), ctdiff::hessian(e)(points[0])));
static_assert(ctdiff::check_hessian(ctdiff::gradient(e), hess, points[1]));
}  // namespace rosenbrock

// ---- 3. log-sum-exp: log(e^x0 + e^x1 + e^x2); gradient softmax(x), Hessian diag(s) - s s^T ----
namespace log_sum_exp {
// The hand version shifts by the largest x_i so that exp cannot overflow; the checks prove that
// the shift changed nothing else.
constexpr double largest(vec<3> const& x) {
    double m = x[0];
    for (double v : x) m = v > m ? v : m;
    return m;
}
constexpr double f(vec<3> const& x) {
    double const m = largest(x);
    double s = 0;
    for (double v : x) s += exp(v - m);
    return m + log(s);
}
constexpr vec<3> grad(vec<3> const& x) {  // softmax
    double const m = largest(x);
    vec<3> s{};
    double total = 0;
    for (std::size_t i = 0; i != 3; ++i) total += s[i] = exp(x[i] - m);
    for (double& v : s) v /= total;
    return s;
}
constexpr mat<3> hess(vec<3> const& x) {
    vec<3> const s = grad(x);
    mat<3> h{};
    for (std::size_t i = 0; i != 3; ++i)
        for (std::size_t j = 0; j != 3; ++j) h[i][j] = (i == j ? s[i] : 0) - s[i] * s[j];
    return h;
}
constexpr auto e = ctdiff::log(ctdiff::exp(x0) + ctdiff::exp(x1) + ctdiff::exp(x2));

constexpr vec<3> x{0.5, -1, 2};
static_assert(agree(f(x), e(x)));
static_assert(ctdiff::check_gradient(f, grad, x));
static_assert(agree(grad(x), ctdiff::gradient(e)(x)));
static_assert(ctdiff::check_hessian(grad, hess, x));
static_assert(agree(hess(x), ctdiff::hessian(e)(x)));
// The softmax sums to 1, so the Hessian's rows sum to 0: a property the check does not need.
static_assert(abs(hess(x)[0][0] + hess(x)[0][1] + hess(x)[0][2]) < 1e-16);
}  // namespace log_sum_exp

// ---- 4. A physics potential: Lennard-Jones, V(r) = 4 ((1/r)^12 - (1/r)^6), r = |p| -------------
namespace lennard_jones {
// In terms of r2 = |p|^2 and s = 1/r2^3: V = 4 (s^2 - s). Its gradient is g(r2) p with
// g = 2 dV/dr2 = -24 (2 s^2 - s)/r2, and its Hessian g I + 2 g'(r2) p p^T with
// g' = 24 (14 s^2 - 4 s)/r2^2. The force on the particle is -grad V.
constexpr double r2_of(vec<3> const& p) { return p[0] * p[0] + p[1] * p[1] + p[2] * p[2]; }
constexpr double f(vec<3> const& p) {
    double const s = 1 / (r2_of(p) * r2_of(p) * r2_of(p));
    return 4 * (s * s - s);
}
constexpr vec<3> grad(vec<3> const& p) {
    double const r2 = r2_of(p), s = 1 / (r2 * r2 * r2);
    double const g = -24 * (2 * s * s - s) / r2;
    return {g * p[0], g * p[1], g * p[2]};
}
constexpr mat<3> hess(vec<3> const& p) {
    double const r2 = r2_of(p), s = 1 / (r2 * r2 * r2);
    double const g = -24 * (2 * s * s - s) / r2, dg = 24 * (14 * s * s - 4 * s) / (r2 * r2);
    mat<3> h{};
    for (std::size_t i = 0; i != 3; ++i)
        for (std::size_t j = 0; j != 3; ++j) h[i][j] = (i == j ? g : 0) + 2 * dg * p[i] * p[j];
    return h;
}
constexpr auto r2 = x0 * x0 + x1 * x1 + x2 * x2;
constexpr auto e = 4 * (ctdiff::pow<-6>(r2) - ctdiff::pow<-3>(r2));

constexpr vec<3> p{0.9, 0.5, -0.3};  // r = 1.07, just beyond the minimum at 2^(1/6) = 1.12
static_assert(agree(f(p), e(p)));
static_assert(ctdiff::check_gradient(f, grad, p));
static_assert(agree(grad(p), ctdiff::gradient(e)(p)));
static_assert(ctdiff::check_hessian(grad, hess, p));
static_assert(agree(hess(p), ctdiff::hessian(e)(p)));
// At the minimum distance the force vanishes.
constexpr double r_min = 1.122462048309373;  // 2^(1/6)
static_assert(abs(grad(vec<3>{r_min, 0, 0})[0]) < 1e-13);
}  // namespace lennard_jones

// ---- 5. A wrong gradient ------------------------------------------------------------------------
namespace wrong {
// Rosenbrock's gradient with a classic slip: the chain rule's factor 2 of (1 - x)^2 forgotten.
constexpr vec<2> grad(vec<2> const& p) {
    double const a = p[1] - p[0] * p[0];
    return {-400 * p[0] * a - (1 - p[0]), 200 * a};
}
// Not passed(): a failing report is false, so this static_assert holds...
static_assert(!ctdiff::check_gradient(rosenbrock::f, grad, vec<2>{-1.2, 1}).passed());
#ifdef CTDIFF_SHOW_FAILURE
// ... but asserting the report itself stops the compiler in a function named for the failure,
// called with the failing component (0: df/dx) and the two values, the hand gradient's -213.4 and
// the finite differences' -215.6. g++ 12 prints, among the lines of its constexpr expansion,
//   error: non-constant condition for static assertion
//   in 'constexpr' expansion of 'ctdiff::gradient_check_failed_at_component<0, double>(0, ...)'
//   error: '(-2.1339999999999998e+2 / -0.0)' is not a constant expression
// and clang++ 16
//   error: static assertion expression is not an integral constant expression
//   note: in call to 'analytic_value_disagrees_with_finite_difference(-2.134000e+02, -2.156000e+02)'
//   note: in call to 'gradient_check_failed_at_component(0, -2.134000e+02, -2.156000e+02)'
// (examples/CMakeLists.txt builds this as a test that must fail with that function's name.)
static_assert(ctdiff::check_gradient(rosenbrock::f, grad, vec<2>{-1.2, 1}));
#endif
}  // namespace wrong

template <std::size_t N>
void print_vec(char const* label, vec<N> const& v) {
    std::printf("    %-22s (", label);
    for (std::size_t i = 0; i != N; ++i) std::printf(i == 0 ? "%.9f" : ", %.9f", v[i]);
    std::printf(")\n");
}

template <std::size_t N, class Report>
void print_entry(char const* name, vec<N> const& x, vec<N> const& hand, vec<N> const& by_ctdiff, Report const& check) {
    std::printf("%s at", name);
    for (std::size_t i = 0; i != N; ++i) std::printf(i == 0 ? " (%g" : ", %g", x[i]);
    std::printf("):\n");
    print_vec("gradient by hand", hand);
    print_vec("by ctdiff", by_ctdiff);
    double worst = 0;
    for (auto const& entry : check.entries) worst = entry.rel_error > worst ? entry.rel_error : worst;
    std::printf("    %-22s %s, largest relative error %.1e\n", "finite differences", check.passed() ? "agree" : "DISAGREE",
                worst);
}

}  // namespace

int main() {
    std::printf("Every number below was computed, and checked by static_assert, while compiling.\n\n");
    {
        using namespace quadratic;
        constexpr auto hand = grad(x), by_ctdiff = ctdiff::gradient(e)(x);
        constexpr auto check = ctdiff::check_gradient(f, grad, x);
        print_entry("quadratic form x^T A x/2 - b^T x", x, hand, by_ctdiff, check);
    }
    {
        using namespace rosenbrock;
        constexpr auto hand = grad(points[0]), by_ctdiff = ctdiff::gradient(e)(points[0]);
        constexpr auto check = ctdiff::check_gradient(f, grad, points[0]);
        print_entry("Rosenbrock", points[0], hand, by_ctdiff, check);
        constexpr auto h = hess(points[0]);
        std::printf("    %-22s [[%g, %g], [%g, %g]], checked against ctdiff::hessian\n", "Hessian by hand", h[0][0],
                    h[0][1], h[1][0], h[1][1]);
    }
    {
        using namespace log_sum_exp;
        constexpr auto hand = grad(x), by_ctdiff = ctdiff::gradient(e)(x);
        constexpr auto check = ctdiff::check_gradient(f, grad, x);
        print_entry("log-sum-exp (gradient: softmax)", x, hand, by_ctdiff, check);
    }
    {
        using namespace lennard_jones;
        constexpr auto hand = grad(p), by_ctdiff = ctdiff::gradient(e)(p);
        constexpr auto check = ctdiff::check_gradient(f, grad, p);
        print_entry("Lennard-Jones potential", p, hand, by_ctdiff, check);
    }
    {
        constexpr vec<2> x{-1.2, 1};
        constexpr auto check = ctdiff::check_gradient(rosenbrock::f, wrong::grad, x);
        std::printf("\nRosenbrock's gradient without the factor 2 of (1 - x)^2, checked:\n    df/dx %.6g by hand, "
                    "%.6g by finite differences: %s\n",
                    check[0].analytic, check[0].estimate, check[0].passed ? "ok" : "FAILED");
        std::printf("    df/dy %.6g by hand, %.6g by finite differences: %s\n", check[1].analytic, check[1].estimate,
                    check[1].passed ? "ok" : "FAILED");
    }
}
