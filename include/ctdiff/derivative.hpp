// Differentiation: d(f, x) is the derivative of f with respect to x, as a new expression.
//
// f is lowered once to a shared computational graph (detail/graph/lower.hpp) and differentiated
// there by the forward sweep (detail/graph/tangent.hpp: the table of derivative rules, constant,
// variable, sum, product, quotient, power and chain rule), which adds the derivative's nodes to
// f's own. Every node is built by the graph builder, which applies simplify.hpp's rules as it
// goes. All of this happens in constant evaluation, so differentiating costs nothing at run
// time, and d(f, x, y) differentiates the graph of d(f, x) again instead of copying trees. The
// derivatives of the functions (sin -> cos, ...) stand beside their values in functions.hpp.
#ifndef CTDIFF_DERIVATIVE_HPP
#define CTDIFF_DERIVATIVE_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/detail/graph/raise.hpp>
#include <ctdiff/detail/graph/run.hpp>
#include <ctdiff/detail/graph/tangent.hpp>
#include <ctdiff/detail/graph/taylor.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/var.hpp>

#include <array>
#include <cstddef>
#include <utility>

namespace ctdiff {

namespace detail {

// d(G, x_j1, x_j2, ...): the tangent of the tangent ...
template <class G, std::size_t... J>
struct tangent_by {
    using type = G;
};
template <class G, std::size_t J, std::size_t... Rest>
struct tangent_by<G, J, Rest...> {
    using type = typename tangent_by<graph::tangent<G, J>, Rest...>::type;
};

/// A derivative's graph G, which it prints and is differentiated again from, evaluated by
/// another program of the same numbers: run.hpp's evaluate_leaf runs Program.
template <class G, class Program>
struct evaluated_by : G {
    using program = Program;
};

// The variable named most often in d(f, x_J...) (the first such on a tie), how often, and the
// others in their order.
template <std::size_t... J>
struct most_repeated {
    static constexpr std::array<std::size_t, sizeof...(J)> named{J...};
    static constexpr std::size_t times(std::size_t j) {
        std::size_t n = 0;
        for (std::size_t k : named) n += k == j ? 1 : 0;
        return n;
    }
    static constexpr std::size_t variable = [] {
        std::size_t best = named[0];
        for (std::size_t k : named)
            if (times(k) > times(best)) best = k;
        return best;
    }();
    static constexpr std::size_t count = times(variable);
    static constexpr auto others = [] {
        std::array<std::size_t, sizeof...(J) - count> out{};
        std::size_t i = 0;
        for (std::size_t k : named)
            if (k != variable) out[i++] = k;
        return out;
    }();
};

// The tangents of G along the variables M::others, in order.
template <class G, class M, class = std::make_index_sequence<M::others.size()>>
struct tangents_by_others;
template <class G, class M, std::size_t... I>
struct tangents_by_others<G, M, std::index_sequence<I...>> {
    using type = typename tangent_by<G, M::others[I]...>::type;
};

// d(f, ...) naming one variable x N >= 3 times: N forward sweeps copy f's chain rule at every
// order, and their graph grows about twofold an order, where the Taylor recurrences' grows with
// N^2 (taylor.md): the 6th derivative of the depth-8 expression is 1,358 nodes the first way, 708
// the second. The other variables' tangents come first, and the Taylor recurrences along x run on
// their graph (partial derivatives commute): d(f, x, x, y, x) of the same expression is 623
// nodes by four sweeps, 365 as the 3rd derivative along x of d(f, y).
// The result keeps the sweeps' graph (what d prints and differentiates again) and runs whichever
// program is smaller.
template <class G, class Tangents, std::size_t... J>
struct evaluated_graph {
    using type = Tangents;
};
template <class G, class Tangents, std::size_t... J>
    requires(most_repeated<J...>::count >= 3)
struct evaluated_graph<G, Tangents, J...> {
    using named = most_repeated<J...>;
    using taylor = graph::nth_derivative<typename tangents_by_others<G, named>::type, named::variable, named::count>;
    using type = std::conditional_t<(taylor::value.size() < Tangents::value.size()), evaluated_by<Tangents, taylor>, Tangents>;
};

/// Root 0 of G as an expression: c<K> or var<I> when it is one (so is_zero_v<d(x*x, x, x, x)>
/// holds), else a graph leaf holding the run-time numbers k.
template <class G, class C, std::size_t M>
constexpr auto as_expression(std::array<C, M> const& k) {
    constexpr graph::node root = G::value.nodes[static_cast<std::size_t>(G::value.roots[0])];
    if constexpr (root.kind == graph::op::integer) return c<root.k>;
    else if constexpr (root.kind == graph::op::variable) return graph_variable<G, static_cast<std::size_t>(root.k)>();
    else return make_terminal(graph::leaf<G, C, M>{k});
}

}  // namespace detail

/// d(f, x): the derivative of the expression f with respect to the variable x, itself an
/// expression. d(f, x, y, ...) differentiates by x, then y, and so on: any order, any mix.
template <class F, class... Xs>
constexpr auto d(F const& f, Xs const&...) {
    static_assert(Expression<F>,
                  "ctdiff::d(f, x): f must be a ctdiff expression such as ctdiff::pow<2>(x) + 1");
    static_assert(sizeof...(Xs) != 0,
                  "ctdiff::d(f, x): name the variable to differentiate by, e.g. d(f, x1)");
    static_assert((Variable<Xs> && ...),
                  "ctdiff::d(f, x): x must be a variable such as ctdiff::var<0>");
    if constexpr (Expression<F> && (Variable<Xs> && ...) && sizeof...(Xs) != 0) {
        using F0 = detail::graph::graph_of<F>;
        using T = typename detail::tangent_by<F0, index_of<Xs>...>::type;
        using G = typename detail::evaluated_graph<F0, T, index_of<Xs>...>::type;
        return detail::as_expression<G>(detail::graph::numbers_array(f));
    } else return zero;
}

}  // namespace ctdiff

#endif
