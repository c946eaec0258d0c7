// hessian.hpp: hessian, value_gradient_hessian, hessian_vector_product and sparse_hessian against
// hand-derived Hessians, second derivatives by d (tangent over tangent, an independent path),
// and finite differences of the gradient (check_hessian), at compile time and at run time.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <cstddef>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto z = var<2, "z">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;

// The 10-term polynomial and its Hessian by hand.
constexpr auto p = pow<2>(x) * y + 3 * x * y * z - 2 * pow<3>(z) + x * pow<2>(y) * z + 5 * x + 7 * y * z + pow<4>(x) -
                   pow<2>(y) * pow<2>(z) + 11 * x * z + 13;
constexpr std::array<std::array<double, 3>, 3> p_hessian(double a, double b, double c) {
    double const xy = 2 * a + 3 * c + 2 * b * c, xz = 3 * b + b * b + 11, yz = 3 * a + 2 * a * b + 7 - 4 * b * c;
    return {{{2 * b + 12 * a * a, xy, xz}, {xy, 2 * a * c - 2 * c * c, yz}, {xz, yz, -12 * c - 2 * b * b}}};
}

// W4: every elementary function the benchmark uses.
constexpr auto w4 = sin(x * y) + exp(x / y) - log(1 + x * x) + sqrt(x * x + y * y) + tanh(x - y);

template <std::size_t N>
constexpr auto rosenbrock = sum<0, N - 1>([](auto i) {
    return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>);
});
// Rosenbrock's Hessian by hand: tridiagonal.
template <std::size_t N>
constexpr std::array<std::array<double, N>, N> rosenbrock_hessian(std::array<double, N> const& q) {
    std::array<std::array<double, N>, N> h{};
    for (std::size_t i = 0; i + 1 < N; ++i) {
        h[i][i] += 1200 * q[i] * q[i] - 400 * q[i + 1] + 2;
        h[i + 1][i + 1] += 200;
        h[i][i + 1] = h[i + 1][i] = -400 * q[i];
    }
    return h;
}

constexpr bool close(double a, double b, double rtol = 1e-13) {
    double const d = a - b;
    double const m = b < 0 ? -b : b;
    return (d < 0 ? -d : d) <= rtol * (m > 1 ? m : 1);
}
template <std::size_t N>
constexpr bool all_close(std::array<std::array<double, N>, N> const& a, std::array<std::array<double, N>, N> const& b,
                         double rtol = 1e-13) {
    for (std::size_t i = 0; i != N; ++i)
        for (std::size_t j = 0; j != N; ++j)
            if (!close(a[i][j], b[i][j], rtol)) return false;
    return true;
}
}  // namespace

TEST_CASE("the lecture's Hessian is constant: 2 (2, 3)^T (2, 3)", "[hessian]") {
    constexpr std::array<std::array<double, 2>, 2> expected{{{8, 12}, {12, 18}}};
    STATIC_REQUIRE(hessian(lecture)(1.0, 3.0) == expected);
    STATIC_REQUIRE(hessian(lecture)(std::array{-7.0, 0.5}) == expected);
    constexpr auto all = value_gradient_hessian(lecture)(1.0, 3.0);
    STATIC_REQUIRE(all.value == 124.0);
    STATIC_REQUIRE(all.gradient == std::array{44.0, 66.0});
    STATIC_REQUIRE(all.hessian == expected);
    auto [v, g, h] = value_gradient_hessian(lecture)(std::array{1.0, 3.0});
    REQUIRE(v == 124.0);
    REQUIRE(g == std::array{44.0, 66.0});
    REQUIRE(h == expected);
    STATIC_REQUIRE(hessian_vector_product(lecture)(std::array{1.0, 3.0}, std::array{1.0, -1.0}) ==
                   std::array{8.0 - 12.0, 12.0 - 18.0});
}

TEST_CASE("the 10-term polynomial against its Hessian by hand", "[hessian]") {
    STATIC_REQUIRE(hessian(p)(1.0, 2.0, 3.0) == p_hessian(1.0, 2.0, 3.0));
    STATIC_REQUIRE(hessian(p)(-0.5, 0.25, 2.0) == p_hessian(-0.5, 0.25, 2.0));
    for (double a : {-2.0, -0.3, 0.0, 1.7})
        for (double b : {-1.1, 0.0, 0.9})
            for (double c : {-0.7, 0.4, 2.5}) {
                auto const h = hessian(p)(a, b, c);
                auto const expected = p_hessian(a, b, c);
                for (std::size_t i = 0; i != 3; ++i)
                    for (std::size_t j = 0; j != 3; ++j) REQUIRE(h[i][j] == Approx(expected[i][j]).epsilon(1e-14).margin(1e-13));
            }
    // every entry may be non-zero: the sparse form is the dense one in row-major order
    constexpr auto s = sparse_hessian(p)(1.0, 2.0, 3.0);
    STATIC_REQUIRE(s.nonzeros == 9);
    STATIC_REQUIRE(s(1, 2) == -10.0);
    STATIC_REQUIRE(s.values == std::array{16.0, 23.0, 21.0, 23.0, -12.0, -10.0, 21.0, -10.0, -44.0});
}

TEST_CASE("W4's Hessian agrees with tangent over tangent and with finite differences", "[hessian]") {
    constexpr auto dxx = d(w4, x, x);
    constexpr auto dxy = d(w4, x, y);
    constexpr auto dyx = d(w4, y, x);
    constexpr auto dyy = d(w4, y, y);
    STATIC_REQUIRE(close(hessian(w4)(0.7, 1.3)[0][1], dxy(0.7, 1.3)));
    STATIC_REQUIRE(check_hessian(w4, std::array{0.7, 1.3}).passed());
    for (double a : {-1.5, -0.2, 0.7, 2.0})
        for (double b : {-2.0, 0.6, 1.3}) {
            auto const h = hessian(w4)(a, b);
            REQUIRE(h[0][1] == h[1][0]);  // one entry, read twice
            REQUIRE(h[0][0] == Approx(dxx(a, b)).epsilon(1e-12));
            REQUIRE(h[0][1] == Approx(dxy(a, b)).epsilon(1e-12));
            REQUIRE(h[1][0] == Approx(dyx(a, b)).epsilon(1e-12));
            REQUIRE(h[1][1] == Approx(dyy(a, b)).epsilon(1e-12));
            auto const report = check_hessian(w4, std::array{a, b});
            INFO(to_string(report));
            REQUIRE(report.passed());
            auto const [v, g, all] = value_gradient_hessian(w4)(a, b);
            REQUIRE(v == w4(a, b));
            REQUIRE(g == gradient(w4)(a, b));
            REQUIRE(all == h);
        }
}

TEST_CASE("Rosenbrock's Hessian is tridiagonal, dense and sparse", "[hessian][sparsity]") {
    constexpr std::size_t n = 10;
    constexpr auto q = [] {
        std::array<double, n> a{};
        for (std::size_t i = 0; i != n; ++i) a[i] = -1.2 + 0.3 * static_cast<double>(i);
        return a;
    }();
    STATIC_REQUIRE(all_close(hessian(rosenbrock<n>)(q), rosenbrock_hessian(q)));
    using F = std::remove_cvref_t<decltype(rosenbrock<n>)>;
    STATIC_REQUIRE(hessian_pattern<F>.bandwidth() == 1);
    STATIC_REQUIRE(hessian_pattern<F>.nonzeros() == 3 * n - 2);
    STATIC_REQUIRE(hessian_pattern<F>.symmetric());

    constexpr auto s = sparse_hessian(rosenbrock<n>)(q);
    using S = std::remove_cvref_t<decltype(s)>;
    STATIC_REQUIRE(S::nonzeros == 3 * n - 2);
    STATIC_REQUIRE(S::row_offsets[0] == 0);
    STATIC_REQUIRE(S::row_offsets[1] == 2);
    STATIC_REQUIRE(S::row_offsets[2] == 5);
    STATIC_REQUIRE(S::row_offsets[n] == 3 * n - 2);
    STATIC_REQUIRE(S::rows[0] == 0 && S::columns[0] == 0 && S::rows[1] == 0 && S::columns[1] == 1);
    STATIC_REQUIRE(S::rows[2] == 1 && S::columns[2] == 0);
    auto const dense = rosenbrock_hessian(q);
    for (std::size_t k = 0; k != S::nonzeros; ++k) REQUIRE(s.values[k] == Approx(dense[S::rows[k]][S::columns[k]]).epsilon(1e-14));
    for (std::size_t i = 0; i != n; ++i)
        for (std::size_t j = 0; j != n; ++j) REQUIRE(s(i, j) == Approx(dense[i][j]).epsilon(1e-14));
}

TEST_CASE("H v without H equals the Hessian times v", "[hessian]") {
    constexpr std::array<double, 2> v{0.3, -1.7};
    for (double a : {-1.5, 0.7, 2.0})
        for (double b : {-2.0, 1.3}) {
            auto const h = hessian(w4)(a, b);
            auto const hv = hessian_vector_product(w4)(std::array{a, b}, v);
            REQUIRE(hv[0] == Approx(h[0][0] * v[0] + h[0][1] * v[1]).epsilon(1e-13));
            REQUIRE(hv[1] == Approx(h[1][0] * v[0] + h[1][1] * v[1]).epsilon(1e-13));
        }
    constexpr std::size_t n = 10;
    std::array<double, n> q{}, w{};
    for (std::size_t i = 0; i != n; ++i) {
        q[i] = 0.9 - 0.2 * static_cast<double>(i);
        w[i] = static_cast<double>(i % 3) - 1.0;
    }
    auto const h = rosenbrock_hessian(q);
    auto const hv = hessian_vector_product(rosenbrock<n>)(q, w);
    for (std::size_t i = 0; i != n; ++i) {
        double expected = 0;
        for (std::size_t j = 0; j != n; ++j) expected += h[i][j] * w[j];
        REQUIRE(hv[i] == Approx(expected).epsilon(1e-13).margin(1e-12));
    }
}

TEST_CASE("check_hessian of a hand-written Hessian", "[hessian][check]") {
    // f = x^2 y + exp(y): grad = (2xy, x^2 + e^y), H = [[2y, 2x], [2x, e^y]]
    constexpr auto grad = [](auto const& q) { return std::array{2 * q[0] * q[1], q[0] * q[0] + math::exp(q[1])}; };
    constexpr auto hess = [](auto const& q) {
        return std::array{std::array{2 * q[1], 2 * q[0]}, std::array{2 * q[0], math::exp(q[1])}};
    };
    constexpr auto wrong = [](auto const& q) {
        return std::array{std::array{2 * q[1], q[0]}, std::array{q[0], math::exp(q[1])}};
    };
    STATIC_REQUIRE(check_hessian(grad, hess, std::array{0.5, -1.0}).passed());
    STATIC_REQUIRE(!check_hessian(grad, wrong, std::array{0.5, -1.0}).passed());
    auto const report = check_hessian(grad, wrong, std::array{0.5, -1.0});
    REQUIRE(report.failures() == 2);
    REQUIRE(to_string(report).find("Hessian") != std::string::npos);
    // ctdiff's own gradient works as grad
    STATIC_REQUIRE(check_hessian(gradient(p), [](auto const& q) { return p_hessian(q[0], q[1], q[2]); },
                                 std::array{1.0, 2.0, 3.0}).passed());
}

TEST_CASE("the printed Hessian program", "[hessian][program]") {
    std::string const text = to_string(hessian(lecture));
    REQUIRE(text.find("d2f/dx1^2 = ") != std::string::npos);
    REQUIRE(text.find("d2f/dx1dx2 = ") != std::string::npos);
    REQUIRE(text.find("d2f/dx2^2 = ") != std::string::npos);
    std::string const hv = to_string(hessian_vector_product(lecture).program);
    REQUIRE(hv.find("v[0]") != std::string::npos);
    REQUIRE(hv.find("(H v)[1] = ") != std::string::npos);
}
