// loop_sum.hpp: a sum that stays a loop is the same function as the sum written term by term, its
// gradient, Hessians and H v are the same numbers, and everything that expands it (d, jacobian,
// printing) sees the same terms, added in index order.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <span>

#include "support.hpp"

using namespace ctdiff;

namespace {

constexpr std::size_t n = 50;

constexpr auto term = [](auto i) {
    return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>);
};
constexpr auto rosenbrock = loop_sum<0, n - 1>(term);
constexpr auto unrolled = sum<0, n - 1>(term);

// Rosenbrock's value and gradient, written by hand (tests/benchmarks/gradient/w2_hand.hpp's loop).
template <std::size_t N>
constexpr double by_hand(std::array<double, N> const& x, std::array<double, N>& g) {
    double f = 0, carried = 0;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        double const t = x[i + 1] - x[i] * x[i], u = 1 - x[i];
        f += 100 * t * t + u * u;
        g[i] = carried - 400 * t * x[i] - 2 * u;
        carried = 200 * t;
    }
    g[N - 1] = carried;
    return f;
}

template <std::size_t N>
constexpr std::array<double, N> point(double seed) {
    std::array<double, N> x{};
    for (std::size_t i = 0; i != N; ++i) x[i] = std::sin(seed + 0.7 * static_cast<double>(i)) * 1.5;
    return x;
}

constexpr bool close(double a, double b) {
    double const scale = (a < 0 ? -a : a) + (b < 0 ? -b : b) + 1;
    double const diff = a - b;
    return (diff < 0 ? -diff : diff) <= 1e-13 * scale;
}

constexpr std::array<double, n> start = [] {
    std::array<double, n> x{};
    for (std::size_t i = 0; i != n; ++i) x[i] = i % 2 == 0 ? -1.2 : 1.0;
    return x;
}();

}  // namespace

TEST_CASE("loop_sum: the loop leaf knows its range and its variables", "[loop_sum]") {
    using leaf = leaf_t<decltype(rosenbrock)>;
    STATIC_REQUIRE(LoopTerminal<decltype(rosenbrock)>);
    STATIC_REQUIRE(leaf::first == 0 && leaf::last == n - 1 && leaf::shift == 0 && leaf::width == 2);
    STATIC_REQUIRE(arity_v<decltype(rosenbrock)> == n);
    // the body is term(i) with i's first variable at position 0: one expression, not 49
    STATIC_REQUIRE(same_type<leaf::body_type, decltype(term(std::integral_constant<std::size_t, 0>{}))>);
    // i - 1 and i + 1, from i = 1: the body's variables are x[i - 1], x[i], x[i + 1]
    constexpr auto h = loop_sum<1, 4>([](auto i) { return var<i - 1> * var<i + 1>; });
    STATIC_REQUIRE(leaf_t<decltype(h)>::shift == -1 && leaf_t<decltype(h)>::width == 3);
    STATIC_REQUIRE(arity_v<decltype(h)> == 5);
    STATIC_REQUIRE(variables_v<decltype(h)> == std::array<std::size_t, 5>{0, 1, 2, 3, 4});
    // an empty range is 0, like sum's
    STATIC_REQUIRE(is_zero_v<decltype(loop_sum<3, 3>(term))>);
}

TEST_CASE("loop_sum: f(x) is the sum of the terms, in index order", "[loop_sum]") {
    STATIC_REQUIRE(close(rosenbrock(start), 12221.0));  // 25 terms of 24.2 and 24 of 484
    constexpr auto x = vars<6>;
    constexpr auto s = loop_sum<0, 6>([x](auto i) { return 2.5 * x[i]; });  // x[i] names a variable too
    STATIC_REQUIRE(s(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) == 52.5);
    STATIC_REQUIRE(loop_sum<0, 4>([](auto) { return constant(1.5); })() == 6.0);  // no variable: 4 terms
    STATIC_REQUIRE(loop_sum<2, 4>([](auto i) { return var<i>; })(std::array{10, 20, 30, 40}) == 70.0);
    for (double seed : {0.0, 0.4, 1.3, 2.2, 3.9}) {
        auto const p = point<n>(seed);
        std::array<double, n> g{};
        REQUIRE(close(rosenbrock(p), by_hand(p, g)));  // (by hand: 100*t*t, here 100*(t*t))
        REQUIRE(close(rosenbrock(p), unrolled(p)));
    }
}

TEST_CASE("loop_sum: gradient and value_and_gradient run the loop", "[loop_sum]") {
    // in a static_assert, against the hand-written gradient at the classic start
    constexpr auto at_start = value_and_gradient(rosenbrock)(start);
    STATIC_REQUIRE(at_start.value == rosenbrock(start));
    STATIC_REQUIRE(close(at_start.gradient[0], -215.6) && close(at_start.gradient[1], 792.0) &&
                   close(at_start.gradient[n - 1], -88.0));
    for (double seed : {0.0, 0.4, 1.3, 2.2, 3.9}) {
        auto const p = point<n>(seed);
        std::array<double, n> hand{};
        double const f = by_hand(p, hand);
        auto const [v, g] = value_and_gradient(rosenbrock)(p);
        auto const [vu, gu] = value_and_gradient(unrolled)(p);
        REQUIRE(close(v, f));
        REQUIRE(v == rosenbrock(p));  // the loop adds the terms in the order f(x) does
        REQUIRE(close(v, vu));
        auto const only = gradient(rosenbrock)(p);
        for (std::size_t i = 0; i != n; ++i) {
            REQUIRE(close(g[i], hand[i]));
            REQUIRE(close(g[i], gu[i]));
            REQUIRE(only[i] == g[i]);
        }
        // and against central differences, through the checker
        REQUIRE(check_gradient(rosenbrock, [](auto const& x) { return gradient(rosenbrock)(x); }, p));
    }
}

TEST_CASE("loop_sum: a thousand variables, at run time", "[loop_sum]") {
    constexpr std::size_t big = 1000;
    constexpr auto f = loop_sum<0, big - 1>(term);
    auto const p = point<big>(0.9);
    std::array<double, big> hand{};
    double const value = by_hand(p, hand);
    auto const [v, g] = value_and_gradient(f)(p);
    REQUIRE(close(v, value));
    for (std::size_t i = 0; i != big; ++i) REQUIRE(close(g[i], hand[i]));
    // H v, and the sparse Hessian: tridiagonal, its layout built row by row (no 1000 x 1000
    // pattern); H v is the sparse Hessian times v
    auto const direction = point<big>(2.5);
    auto const hv = hessian_vector_product(f)(p, direction);
    std::array<double, big> by_sparse{};
    auto const h = sparse_hessian(f)(p);
    STATIC_REQUIRE(decltype(h)::nonzeros == 3 * big - 2);
    for (std::size_t k = 0; k != h.nonzeros; ++k) {
        std::size_t const i = h.rows[k], j = h.columns[k];
        double expected = -400 * p[i < j ? i : j];
        if (i == j) expected = (i + 1 < big ? 1200 * p[i] * p[i] - 400 * p[i + 1] + 2 : 0.0) + (i > 0 ? 200.0 : 0.0);
        REQUIRE((i == j || i + 1 == j || j + 1 == i));
        REQUIRE(close(h.values[k], expected));
        by_sparse[i] += h.values[k] * direction[j];
    }
    for (std::size_t i = 0; i != big; ++i) REQUIRE(close(hv[i], by_sparse[i]));
}

TEST_CASE("loop_sum: the caller's storage, other number types, gaps in the window", "[loop_sum]") {
    auto const p = point<n>(0.3);
    std::array<double, n> hand{}, g{}, out{};
    double const f = by_hand(p, hand);
    // an optimiser's callback: x read in place, the gradient written to g, f returned
    REQUIRE(value_and_gradient(rosenbrock)(std::span<double const, n>(p.data(), n), std::span<double, n>(g)) == f);
    gradient(rosenbrock)(std::span<double const, n>(p.data(), n), std::span<double, n>(out));
    std::array<double, n + 1> all{};
    value_and_gradient(rosenbrock)(p, std::span<double, n + 1>(all));
    REQUIRE(all[0] == f);
    for (std::size_t i = 0; i != n; ++i) {
        REQUIRE(close(g[i], hand[i]));
        REQUIRE(out[i] == g[i]);
        REQUIRE(all[i + 1] == g[i]);
    }
    // x[i - 1] * x[i + 1] for i = 1, 2, 3: x1 is in the window but in no term's middle
    constexpr auto h = loop_sum<1, 4>([](auto i) { return var<i - 1> * var<i + 1>; });
    constexpr auto written = var<0> * var<2> + var<1> * var<3> + var<2> * var<4>;
    STATIC_REQUIRE(gradient(h)(1.0, 2.0, 3.0, 4.0, 5.0) == gradient(written)(1.0, 2.0, 3.0, 4.0, 5.0));
    STATIC_REQUIRE(gradient(h)(1.0, 2.0, 3.0, 4.0, 5.0) == std::array{3.0, 4.0, 6.0, 2.0, 3.0});
    // integers evaluate in double; float stays float
    STATIC_REQUIRE(value_and_gradient(h)(1, 2, 3, 4, 5).value == 26.0);
    STATIC_REQUIRE(same_type<decltype(gradient(h)(1.0f, 2.0f, 3.0f, 4.0f, 5.0f)), std::array<float, 5>>);
    // two loop_sums of one type (one lambda) with different numbers are not u + u
    auto const weighted = [](double w) { return loop_sum<0, 3>([w](auto i) { return w * var<i>; }); };
    auto const both = weighted(1.0) + weighted(2.0);
    REQUIRE(both(1.0, 1.0, 1.0) == 9.0);
    REQUIRE(gradient(both)(1.0, 1.0, 1.0) == std::array{3.0, 3.0, 3.0});
    // a term without variables: no gradient, whatever the range
    constexpr auto constant_terms = loop_sum<2, 5>([](auto) { return constant(1.5); });
    STATIC_REQUIRE(arity_v<decltype(constant_terms)> == 0);
    STATIC_REQUIRE(value_and_gradient(constant_terms)().value == 4.5);
    STATIC_REQUIRE(gradient(constant_terms)().empty());
    // positions before the loop's first variable get 0
    constexpr auto late = loop_sum<2, 4>([](auto i) { return 3 * pow<2>(var<i>); });
    STATIC_REQUIRE(gradient(late)(7.0, 7.0, 1.0, 2.0) == std::array{0.0, 0.0, 6.0, 12.0});
}

TEST_CASE("loop_sum: d, jacobian and printing expand the loop into its terms", "[loop_sum]") {
    constexpr auto small = loop_sum<0, 3>(term);
    REQUIRE(to_string(small) ==
            "100*(x1 - x0^2)^2 + (1 - x0)^2 + (100*(x2 - x1^2)^2 + (1 - x1)^2) + (100*(x3 - x2^2)^2 + (1 - x2)^2)");
    REQUIRE(to_string(d(small, var<1>)) == "200*(x1 - x0^2) + (-400*((x2 - x1^2)*x1) - 2*(1 - x1))");
    auto const p = point<n>(1.1);
    auto const jl = jacobian(rosenbrock, 2 * rosenbrock)(p);
    auto const ju = jacobian(unrolled, 2 * unrolled)(p);
    for (std::size_t i = 0; i != n; ++i) REQUIRE((close(jl[0][i], ju[0][i]) && close(jl[1][i], ju[1][i])));
    STATIC_REQUIRE(hessian_pattern<decltype(rosenbrock)>(10, 11) && !hessian_pattern<decltype(rosenbrock)>(10, 12));
    STATIC_REQUIRE(hessian_pattern<decltype(rosenbrock)>.bandwidth() == 1);
    // a loop inside a larger expression is expanded too
    constexpr auto shifted = rosenbrock + 2 * var<0>;
    REQUIRE(close(gradient(shifted)(p)[0], gradient(rosenbrock)(p)[0] + 2));
}

TEST_CASE("loop_sum: sparse_hessian runs a loop over the term's Hessian", "[loop_sum]") {
    // Rosenbrock's tridiagonal Hessian by hand: term i adds 1200 x_i^2 - 400 x_(i+1) + 2 to
    // H[i][i], -400 x_i to H[i][i+1] and H[i+1][i], and 200 to H[i+1][i+1]
    auto by_hand = [](std::array<double, n> const& x, std::size_t i, std::size_t j) {
        if (j < i) std::swap(i, j);
        if (j == i + 1) return -400 * x[i];
        if (j != i) return 0.0;
        return (i + 1 < n ? 1200 * x[i] * x[i] - 400 * x[i + 1] + 2 : 0.0) + (i > 0 ? 200.0 : 0.0);
    };
    using loop_result = decltype(sparse_hessian(rosenbrock)(start));
    using unrolled_result = decltype(sparse_hessian(unrolled)(start));
    // the layout is the unrolled sum's, read off the term alone
    STATIC_REQUIRE(loop_result::nonzeros == 3 * n - 2);
    STATIC_REQUIRE(loop_result::rows == unrolled_result::rows);
    STATIC_REQUIRE(loop_result::columns == unrolled_result::columns);
    STATIC_REQUIRE(hessian_pattern<decltype(rosenbrock)> == hessian_pattern<decltype(unrolled)>);
    for (double seed : {0.3, 1.1, -2.0}) {
        auto const p = point<n>(seed);
        auto const h = sparse_hessian(rosenbrock)(p);
        auto const u = sparse_hessian(unrolled)(p);
        for (std::size_t k = 0; k != h.nonzeros; ++k) {
            REQUIRE(h.values[k] == u.values[k]);  // the same operations, in the same order
            REQUIRE(close(h.values[k], by_hand(p, h.rows[k], h.columns[k])));
        }
        // the caller's storage, x read in place
        std::array<double, loop_result::nonzeros> values{};
        sparse_hessian(rosenbrock)(std::span<double const, n>(p.data(), n), std::span<double, values.size()>(values));
        REQUIRE(values == h.values);
    }
    // in static_assert, and short loops: no index in a steady run (n = 2), or one
    constexpr auto two = loop_sum<0, 1>(term);
    STATIC_REQUIRE(sparse_hessian(two)(2.0, 3.0).values == std::array{1200 * 4.0 - 400 * 3.0 + 2, -800.0, -800.0, 200.0});
    constexpr auto four = loop_sum<0, 3>(term);
    STATIC_REQUIRE(sparse_hessian(four)(1.0, 2.0, 3.0, 4.0).values == sparse_hessian(sum<0, 3>(term))(1.0, 2.0, 3.0, 4.0).values);
    // a wide term with a gap, reaching back, starting late: x_(i-1) x_(i+1) e^(x_i) + sin(x_(i+2)) x_(i-1)
    auto const wide_term = [](auto i) { return var<i - 1> * var<i + 1> * exp(var<i>) + sin(var<i + 2>) * var<i - 1>; };
    constexpr auto wide = loop_sum<1, 7>(wide_term);
    constexpr auto wide_unrolled = sum<1, 7>(wide_term);
    STATIC_REQUIRE(hessian_pattern<decltype(wide)> == hessian_pattern<decltype(wide_unrolled)>);
    auto const q = point<9>(0.4);
    auto const w = sparse_hessian(wide)(q);
    auto const wh = hessian(wide_unrolled)(q);
    for (std::size_t i = 0; i != 9; ++i)
        for (std::size_t j = 0; j != 9; ++j) REQUIRE(close(w(i, j), wh[i][j]));
    // x_i x_(i+2): a zero diagonal, and entries two apart; positions before the loop's first
    // variable have no entries
    auto const apart_term = [](auto i) { return 3 * var<i> * var<i + 2>; };
    constexpr auto apart = loop_sum<2, 6>(apart_term);
    constexpr auto apart_unrolled = sum<2, 6>(apart_term);
    STATIC_REQUIRE(hessian_pattern<decltype(apart)> == hessian_pattern<decltype(apart_unrolled)>);
    STATIC_REQUIRE(decltype(sparse_hessian(apart)(std::array<double, 8>{}))::nonzeros == 8);
    STATIC_REQUIRE(sparse_hessian(apart)(std::array<double, 8>{}).values == std::array{3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0});
    // float stays float; run-time numbers in the term; no variable: no entry
    STATIC_REQUIRE(same_type<decltype(sparse_hessian(two)(1.0f, 2.0f).values), std::array<float, 4>>);
    auto const scaled = [](double s) { return loop_sum<0, 4>([s](auto i) { return s * pow<2>(var<i> * var<i + 1>); }); };
    auto const sh = sparse_hessian(scaled(0.5))(1.0, 2.0, 3.0, 4.0, 5.0);
    auto const sh2 = sparse_hessian(scaled(1.0))(1.0, 2.0, 3.0, 4.0, 5.0);
    for (std::size_t k = 0; k != sh.nonzeros; ++k) REQUIRE(sh2.values[k] == 2 * sh.values[k]);
    REQUIRE(sh(0, 0) == 0.5 * 2 * 4.0);  // d2/dx0^2 of 0.5 (x0 x1)^2 = x1^2
    constexpr auto constant_terms = loop_sum<2, 5>([](auto) { return constant(1.5); });
    STATIC_REQUIRE(decltype(sparse_hessian(constant_terms)())::nonzeros == 0);
}

TEST_CASE("loop_sum: hessian runs a loop over the term's Hessian, zeros written row by row", "[loop_sum]") {
    for (double seed : {0.3, -1.7}) {
        auto const p = point<n>(seed);
        auto const h = hessian(rosenbrock)(p);
        auto const u = hessian(unrolled)(p);
        auto const s = sparse_hessian(rosenbrock)(p);
        std::array<double, n * n> rows{};
        rows.fill(99.0);  // every entry written, zeros included
        hessian(rosenbrock)(std::span<double const, n>(p.data(), n), std::span<double, n * n>(rows));
        for (std::size_t i = 0; i != n; ++i)
            for (std::size_t j = 0; j != n; ++j) {
                REQUIRE(close(h[i][j], u[i][j]));
                REQUIRE(h[i][j] == s(i, j));  // the same window, and 0 off the band
                REQUIRE(rows[i * n + j] == h[i][j]);
            }
    }
    // in static_assert; a wide term with a gap, reaching back; starting late; float; no variable
    constexpr auto two = loop_sum<0, 1>(term);
    STATIC_REQUIRE(hessian(two)(2.0, 3.0) == std::array{std::array{1200 * 4.0 - 400 * 3.0 + 2, -800.0},
                                                         std::array{-800.0, 200.0}});
    auto const wide_term = [](auto i) { return var<i - 1> * var<i + 1> * exp(var<i>) + sin(var<i + 2>) * var<i - 1>; };
    auto const q = point<9>(0.4);
    auto const wide = hessian(loop_sum<1, 7>(wide_term))(q);
    auto const wide_unrolled = hessian(sum<1, 7>(wide_term))(q);
    for (std::size_t i = 0; i != 9; ++i)
        for (std::size_t j = 0; j != 9; ++j) REQUIRE(close(wide[i][j], wide_unrolled[i][j]));
    constexpr auto apart = loop_sum<2, 4>([](auto i) { return 3 * var<i> * var<i + 2>; });
    constexpr auto ha = hessian(apart)(std::array<double, 6>{});
    STATIC_REQUIRE(ha[2][4] == 3.0 && ha[4][2] == 3.0 && ha[3][5] == 3.0 && ha[5][3] == 3.0);
    STATIC_REQUIRE(ha[0][0] == 0.0 && ha[2][2] == 0.0 && ha[2][3] == 0.0 && ha[5][5] == 0.0);
    STATIC_REQUIRE(same_type<decltype(hessian(two)(1.0f, 2.0f)), std::array<std::array<float, 2>, 2>>);
    constexpr auto constant_terms = loop_sum<2, 5>([](auto) { return constant(1.5); });
    STATIC_REQUIRE(hessian(constant_terms)().empty());
    REQUIRE(to_string(hessian(loop_sum<1, 4>([](auto i) { return var<i - 1> * exp(var<i>); }))) ==
            to_string(sparse_hessian(loop_sum<1, 4>([](auto i) { return var<i - 1> * exp(var<i>); }))));
}

TEST_CASE("loop_sum: value_gradient_hessian runs one loop with both windows", "[loop_sum]") {
    for (double seed : {1.1, -0.6}) {
        auto const p = point<n>(seed);
        auto const [v, g, h] = value_gradient_hessian(rosenbrock)(p);
        auto const [vu, gu, hu] = value_gradient_hessian(unrolled)(p);
        auto const [vg, gg] = value_and_gradient(rosenbrock)(p);
        auto const hd = hessian(rosenbrock)(p);
        REQUIRE(close(v, vu));
        REQUIRE(v == vg);  // the same loop over the same terms
        for (std::size_t i = 0; i != n; ++i) {
            REQUIRE(close(g[i], gu[i]));
            REQUIRE(g[i] == gg[i]);
            for (std::size_t j = 0; j != n; ++j) {
                REQUIRE(close(h[i][j], hu[i][j]));
                REQUIRE(h[i][j] == hd[i][j]);
            }
        }
        // the caller's storage: f, the gradient, the rows; or f returned and the rest written
        std::array<double, 1 + n + n * n> all{};
        all.fill(99.0);
        value_gradient_hessian(rosenbrock)(p, std::span<double, 1 + n + n * n>(all));
        std::array<double, n + n * n> rest{};
        rest.fill(99.0);
        REQUIRE(value_gradient_hessian(rosenbrock)(std::span<double const, n>(p.data(), n),
                                                   std::span<double, n + n * n>(rest)) == v);
        REQUIRE(all[0] == v);
        for (std::size_t i = 0; i != n; ++i) {
            REQUIRE((all[1 + i] == g[i] && rest[i] == g[i]));
            for (std::size_t j = 0; j != n; ++j) REQUIRE((all[1 + n + i * n + j] == h[i][j] && rest[n + i * n + j] == h[i][j]));
        }
    }
    // in static_assert; a wide term; float; no variable
    constexpr auto two = loop_sum<0, 1>(term);
    constexpr auto vgh = value_gradient_hessian(two)(2.0, 3.0);
    STATIC_REQUIRE(vgh.value == 100.0 + 1.0);
    STATIC_REQUIRE(vgh.gradient == std::array{-400.0 * 2.0 * (3.0 - 4.0) - 2.0 * (1.0 - 2.0), 200.0 * (3.0 - 4.0)});
    STATIC_REQUIRE(vgh.hessian == hessian(two)(2.0, 3.0));
    auto const wide_term = [](auto i) { return var<i - 1> * var<i + 1> * exp(var<i>) + sin(var<i + 2>) * var<i - 1>; };
    auto const q = point<9>(0.4);
    auto const wide = value_gradient_hessian(loop_sum<1, 7>(wide_term))(q);
    auto const wide_unrolled = value_gradient_hessian(sum<1, 7>(wide_term))(q);
    REQUIRE(close(wide.value, wide_unrolled.value));
    for (std::size_t i = 0; i != 9; ++i) {
        REQUIRE(close(wide.gradient[i], wide_unrolled.gradient[i]));
        for (std::size_t j = 0; j != 9; ++j) REQUIRE(close(wide.hessian[i][j], wide_unrolled.hessian[i][j]));
    }
    STATIC_REQUIRE(same_type<decltype(value_gradient_hessian(two)(1.0f, 2.0f).hessian), std::array<std::array<float, 2>, 2>>);
    constexpr auto constant_terms = loop_sum<2, 5>([](auto) { return constant(1.5); });
    STATIC_REQUIRE(value_gradient_hessian(constant_terms)().value == 4.5);
}

TEST_CASE("loop_sum: hessian_vector_product runs a loop over the term's H v", "[loop_sum]") {
    for (double seed : {0.3, -1.7}) {
        auto const p = point<n>(seed), v = point<n>(seed + 2.0);
        auto const hv = hessian_vector_product(rosenbrock)(p, v);
        auto const unrolled_hv = hessian_vector_product(unrolled)(p, v);
        auto const h = sparse_hessian(rosenbrock)(p);
        std::array<double, n> by_sparse{};
        for (std::size_t k = 0; k != h.nonzeros; ++k) by_sparse[h.rows[k]] += h.values[k] * v[h.columns[k]];
        for (std::size_t i = 0; i != n; ++i) {
            REQUIRE(close(hv[i], unrolled_hv[i]));
            REQUIRE(close(hv[i], by_sparse[i]));
        }
        std::array<double, n> out{};
        hessian_vector_product(rosenbrock)(p, v, std::span<double, n>(out));
        REQUIRE(out == hv);
    }
    // in static_assert; a term reaching back, starting late; float; integers; no variable
    auto const wide_term = [](auto i) { return var<i - 1> * var<i + 1> * exp(var<i>) + sin(var<i + 2>) * var<i - 1>; };
    auto const q = point<9>(0.4), w = point<9>(1.3);
    auto const wide = hessian_vector_product(loop_sum<1, 7>(wide_term))(q, w);
    auto const wide_unrolled = hessian_vector_product(sum<1, 7>(wide_term))(q, w);
    for (std::size_t i = 0; i != 9; ++i) REQUIRE(close(wide[i], wide_unrolled[i]));
    constexpr auto late = loop_sum<2, 4>([](auto i) { return var<i> * var<i + 1> * var<i + 1>; });
    constexpr std::array<double, 5> x{9.0, 9.0, 1.0, 2.0, 3.0}, d{1.0, 1.0, 1.0, 1.0, 1.0};
    STATIC_REQUIRE(hessian_vector_product(late)(x, d) ==
                   hessian_vector_product(sum<2, 4>([](auto i) { return var<i> * var<i + 1> * var<i + 1>; }))(x, d));
    STATIC_REQUIRE(hessian_vector_product(late)(x, d) == std::array{0.0, 0.0, 4.0, 12.0, 10.0});
    STATIC_REQUIRE(same_type<decltype(hessian_vector_product(late)(std::array<float, 5>{}, std::array<float, 5>{})),
                             std::array<float, 5>>);
    STATIC_REQUIRE(hessian_vector_product(late)(std::array{9, 9, 1, 2, 3}, std::array{1, 1, 1, 1, 1})[4] == 10.0);
    constexpr auto constant_terms = loop_sum<2, 5>([](auto) { return constant(1.5); });
    STATIC_REQUIRE(hessian_vector_product(constant_terms)(std::array<double, 0>{}, std::array<double, 0>{}).empty());
}

TEST_CASE("loop_sum: the Hessian programs print as a loop", "[loop_sum]") {
    constexpr auto h = loop_sum<1, 4>([](auto i) { return var<i - 1> * exp(var<i>); });
    REQUIRE(to_string(sparse_hessian(h)) == "for i = 1 .. 3, with x0 = x[i - 1], x1 = x[i]\n"
                                            "  forward sweep\n"
                                            "    v0 = exp(x1);\n"
                                            "    v1 = x0*v0;\n"
                                            "  result\n"
                                            "    d2term/dx0dx0 = 0;\n"
                                            "    d2term/dx0dx1 = v0;\n"
                                            "    d2term/dx1dx1 = v1;\n"
                                            "  H[i - 1][i] += d2term/dx0dx1;\n"
                                            "  H[i][i - 1] += d2term/dx0dx1;\n"
                                            "  H[i][i] += d2term/dx1dx1;\n");
    REQUIRE(to_string(value_gradient_hessian(h)) == "for i = 1 .. 3, with x0 = x[i - 1], x1 = x[i]\n"
                                                    "  forward sweep\n"
                                                    "    v0 = exp(x1);\n"
                                                    "    v1 = x0*v0;\n"
                                                    "  result\n"
                                                    "    term = v1;\n"
                                                    "    dterm/dx0 = v0;\n"
                                                    "    dterm/dx1 = v1;\n"
                                                    "    d2term/dx0dx0 = 0;\n"
                                                    "    d2term/dx0dx1 = v0;\n"
                                                    "    d2term/dx1dx1 = v1;\n"
                                                    "  f += term;\n"
                                                    "  df/dx[i - 1] += dterm/dx0;\n"
                                                    "  df/dx[i] += dterm/dx1;\n"
                                                    "  H[i - 1][i] += d2term/dx0dx1;\n"
                                                    "  H[i][i - 1] += d2term/dx0dx1;\n"
                                                    "  H[i][i] += d2term/dx1dx1;\n");
    constexpr auto none = loop_sum<2, 5>([](auto) { return constant(1.5); });
    REQUIRE(to_string(sparse_hessian(none)) == "for i = 2 .. 4: no variable, no entry\n");
    REQUIRE(to_string(value_gradient_hessian(none)) == "for i = 2 .. 4: no variable; f += term, a number\n");
}

TEST_CASE("loop_sum: the gradient program prints as a loop", "[loop_sum]") {
    constexpr auto h = loop_sum<1, 4>([](auto i) { return 2 * var<i - 1> * var<i + 1>; });
    REQUIRE(to_string(value_and_gradient(h)) == "for i = 1 .. 3, with x0 = x[i - 1], x1 = x[i], x2 = x[i + 1]\n"
                                                 "  forward sweep\n"
                                                 "    v0 = x0*x2;\n"
                                                 "    v1 = 2*v0;\n"
                                                 "  backward sweep\n"
                                                 "    dx0 = 2*x2;\n"
                                                 "    dx2 = 2*x0;\n"
                                                 "  result\n"
                                                 "    term = v1;\n"
                                                 "    dterm/dx0 = dx0;\n"
                                                 "    dterm/dx1 = 0;\n"
                                                 "    dterm/dx2 = dx2;\n"
                                                 "  f += term;\n"
                                                 "  df/dx[i - 1] += dterm/dx0;\n"
                                                 "  df/dx[i] += dterm/dx1;\n"
                                                 "  df/dx[i + 1] += dterm/dx2;\n");
}
