// Derivatives of any order in one variable: taylor<N>(f, x) and derivatives<N>(f, x) return
// callables that give, at a point, f's Taylor coefficients f^(k)(x)/k! along x (taylor) or the
// derivatives f, f', ..., f^(N) themselves (derivatives), k = 0..N, as one std::array.
//
// Both are one program over f's shared graph, built by Taylor arithmetic (detail/graph/
// taylor.hpp): each order adds at most k products per node of f, so the program has O(N^2 |f|)
// nodes, where d(f, x, x, ..., x) differentiates the graph of the previous derivative again and
// grows exponentially with the order. Like gradient(f), the program is fixed while compiling:
// straight-line code with no heap, exception or virtual call, and it works in static_assert.
#ifndef CTDIFF_TAYLOR_HPP
#define CTDIFF_TAYLOR_HPP

#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/detail/graph/taylor.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/var.hpp>

#include <array>
#include <cstddef>

namespace ctdiff {

namespace detail {

/// The callable taylor<N>(f, x) and derivatives<N>(f, x) return: Program (a derivative_program
/// whose roots are the N + 1 outputs) evaluated at a point of `variables` coordinates or more.
/// It wraps the program rather than being one, so to_string(gradient program) does not match it.
template <class Program, std::size_t N>
struct series_program {
    using graph_type = typename Program::graph_type;
    static constexpr std::size_t order = N;
    static constexpr std::size_t variables = Program::variables;
    Program program;

    /// (x0, x1, ...) or (std::array{...}): std::array<T, N + 1>, output k of order k.
    template <class... Args>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(Args const&... args) const {
        return program(args...);
    }
};

// The roots are the N + 1 outputs, in order.
template <class G, std::size_t Variables, std::size_t Outputs>
struct series_shape {
    static constexpr std::size_t variables = Variables, functions = 1, scalars = Outputs;
    static constexpr std::size_t root_of(std::size_t p) { return p; }
    template <class U, std::size_t R>
    CTDIFF_ALWAYS_INLINE static constexpr std::array<U, Outputs> result(std::array<U, R> const& r) { return r; }
};

template <std::size_t N, bool Factorials, class F, class X>
CTDIFF_ALWAYS_INLINE constexpr auto make_series(F const& f) {
    constexpr std::size_t j = index_of<X>;
    constexpr std::size_t n = arity_v<F> > j ? arity_v<F> : j + 1;  // x has a coordinate
    using G = graph::taylor<graph::graph_of<F>, j, N, Factorials>;
    auto const k = graph::numbers_array(f);
    using P = derivative_program<series_shape<G, n, N + 1>, G, typename decltype(k)::value_type, k.size()>;
    return series_program<P, N>{P{{}, k}};
}

// What a misuse returns after its static_assert, so that no second error follows the first.
template <std::size_t N>
inline constexpr auto no_series = [](auto const&...) { return std::array<double, N + 1>{}; };

}  // namespace detail

/// taylor<N>(f, x): a callable; taylor<N>(f, x)(x0, x1, ...) (or (std::array{...})) is the
/// std::array<T, N + 1> of f's Taylor coefficients along x at that point, element k being
/// (d^k f / dx^k) / k!. The other variables are held at their coordinates.
template <std::size_t N, class F, class X>
CTDIFF_ALWAYS_INLINE constexpr auto taylor(F const& f, X const&) {
    static_assert(Expression<F>, "ctdiff::taylor<N>(f, x): f must be a ctdiff expression such as "
                                 "ctdiff::pow<2>(x) + 1");
    static_assert(Variable<X>, "ctdiff::taylor<N>(f, x): x must be a variable such as ctdiff::var<0>");
    if constexpr (Expression<F> && Variable<X>) return detail::make_series<N, false, F, X>(f);
    else return detail::no_series<N>;  // (a static_assert above has fired)
}

/// derivatives<N>(f, x): a callable; derivatives<N>(f, x)(x0, x1, ...) is the std::array<T, N + 1>
/// f, df/dx, d^2f/dx^2, ..., d^N f/dx^N at that point, from one program (k! times taylor's).
template <std::size_t N, class F, class X>
CTDIFF_ALWAYS_INLINE constexpr auto derivatives(F const& f, X const&) {
    static_assert(Expression<F>, "ctdiff::derivatives<N>(f, x): f must be a ctdiff expression such "
                                 "as ctdiff::pow<2>(x) + 1");
    static_assert(Variable<X>, "ctdiff::derivatives<N>(f, x): x must be a variable such as "
                               "ctdiff::var<0>");
    if constexpr (Expression<F> && Variable<X>) return detail::make_series<N, true, F, X>(f);
    else return detail::no_series<N>;  // (a static_assert above has fired)
}

}  // namespace ctdiff

#endif
