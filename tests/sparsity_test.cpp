// sparsity.hpp: the gradient, Jacobian and Hessian patterns as constexpr facts.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto z = var<2, "z">;
constexpr auto w = var<3, "w">;
template <class E>
using type_of = std::remove_cvref_t<E>;
}  // namespace

TEST_CASE("gradient patterns: the variables f depends on", "[sparsity]") {
    constexpr auto f = x * y + sin(w);  // not z
    constexpr auto g = gradient_pattern<type_of<decltype(f)>>;
    STATIC_REQUIRE(g.rows == 1);
    STATIC_REQUIRE(g.columns == 4);
    STATIC_REQUIRE(g(0, 0) && g(0, 1) && !g(0, 2) && g(0, 3));
    STATIC_REQUIRE(g.nonzeros() == 3);
}

TEST_CASE("Jacobian patterns: row i, the variables f_i depends on", "[sparsity]") {
    constexpr auto f1 = x + 2 * y;
    constexpr auto f2 = exp(z);
    constexpr auto f3 = c<4>;
    constexpr auto j = jacobian_pattern<type_of<decltype(f1)>, type_of<decltype(f2)>, type_of<decltype(f3)>>;
    STATIC_REQUIRE(j.rows == 3);
    STATIC_REQUIRE(j.columns == 3);
    constexpr sparsity<3, 3> expected{{{{true, true, false}, {false, false, true}, {false, false, false}}}};
    STATIC_REQUIRE(j == expected);
}

TEST_CASE("Hessian patterns: which pairs interact", "[sparsity]") {
    // linear in x, a product x*y, a function of z alone, w squared
    constexpr auto f = 3 * x + x * y + cos(z) + pow<2>(w);
    constexpr auto h = hessian_pattern<type_of<decltype(f)>>;
    constexpr sparsity<4, 4> expected{{{{false, true, false, false},
                                        {true, false, false, false},
                                        {false, false, true, false},
                                        {false, false, false, true}}}};
    STATIC_REQUIRE(h == expected);
    STATIC_REQUIRE(h.symmetric());
    STATIC_REQUIRE(h.bandwidth() == 1);
    STATIC_REQUIRE(h.nonzeros() == 4);
    STATIC_REQUIRE(to_string(h) == ". x . .\nx . . .\n. . x .\n. . . x\n");
    std::string const picture = to_string(h);  // as std::string, as the examples print it
    REQUIRE(picture.size() == 4 * 8);
    // a linear function has no second derivatives at all
    STATIC_REQUIRE(hessian_pattern<type_of<decltype(2 * x - y / 3)>>.nonzeros() == 0);
    // the pattern is the sparse Hessian's layout
    constexpr auto s = sparse_hessian(f)(1.0, 2.0, 0.5, -1.0);
    STATIC_REQUIRE(s.nonzeros == 4);
    STATIC_REQUIRE(s.values[0] == 1.0 && s.values[1] == 1.0 && s.values[3] == 2.0);
}
