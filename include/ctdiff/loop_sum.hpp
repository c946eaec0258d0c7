// Sums that stay loops: loop_sum<First, Last>(term) is the sum over i in [First, Last) of
// term(i), like ctdiff::sum, but term is built once, not once an index, and f(x), gradient(f) and
// value_and_gradient(f) run it as a loop over i, as a hand-written function would:
//
//     constexpr auto rosenbrock = ctdiff::loop_sum<0, 999>([](auto i) {
//         return 100 * pow<2>(ctdiff::var<i + 1> - pow<2>(ctdiff::var<i>)) + pow<2>(1 - ctdiff::var<i>);
//     });
//
// So the compile cost of f and of its gradient does not grow with the number of terms. The price
// is that i is not a number while term is built: it may only name variables, var<i + k>,
// var<i - k> or x[i], and term must be the same expression for every i. What breaks that is
// caught where it can be: a variable at a fixed position by a static_assert, i used as a number
// by a diagnostic naming loop_term_reads_i_as_a_number when f is constexpr (by std::abort when f
// is built at run time); an `if constexpr` on i cannot be. For such terms use ctdiff::sum, which
// calls term once an index. hessian, value_gradient_hessian, sparse_hessian (and hessian_pattern)
// and hessian_vector_product of a loop_sum are loops too, over the term's Hessian
// (detail/graph/run_loop_hessian.hpp) and H v (detail/graph/run_loop.hpp). Everything else that
// needs the whole graph (d, jacobian, the other patterns, printing, a loop_sum inside a larger
// expression) expands the loop into its terms, added in index order, during constant evaluation:
// what sum gives, without an instantiation a term.
#ifndef CTDIFF_LOOP_SUM_HPP
#define CTDIFF_LOOP_SUM_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/detail/graph/raise.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/simplify.hpp>
#include <ctdiff/var.hpp>

#include <array>
#include <cstddef>
#include <cstdlib>  // std::abort

namespace ctdiff {

namespace detail {

// term(i) is first built with i standing at a far position, so that the variables that move with
// i can be told from the others and their offsets read off; then once more with i where its first
// variable becomes variable 0, which is the loop's body.
inline constexpr long long loop_probe = 1ll << 40;
inline constexpr long long loop_reach = 1ll << 20;  // |k| in var<i + k>

template <long long Base, class Term>
using loop_term_t = decltype(as_expr(std::declval<Term const&>()(loop_index<Base>{})));

// Whether every variable of the probe is far from the fixed positions.
template <class Probe>
inline constexpr bool moves_with_i =
    first_at_or_after<0>(static_cast<Probe const*>(nullptr)) == no_variable ||
    (first_at_or_after<0>(static_cast<Probe const*>(nullptr)) >= static_cast<std::size_t>(loop_probe - loop_reach) &&
     arity(static_cast<Probe const*>(nullptr)) <= static_cast<std::size_t>(loop_probe + loop_reach));

// Named so that a failing static_assert reads as the fault, with a short type.
template <bool Holds>
inline constexpr bool every_variable_moves_with_i = Holds;
template <bool Holds>
inline constexpr bool no_derivative_or_loop_inside = Holds;

template <class E> inline constexpr bool holds_graph_or_loop = false;
template <class V>
inline constexpr bool holds_graph_or_loop<terminal<V>> = is_graph_leaf<V>::value || is_loop_leaf<V>::value;
template <expr_kind K, class... Children>
    requires(K != expr_kind::terminal)
inline constexpr bool holds_graph_or_loop<expr<K, children<Children...>>> = (holds_graph_or_loop<Children> || ...);

// Called when term(i) turned i into a number (2 * i, or i * x: i converts to a position): the
// loop would read whatever position i stood for while it was built. Not constexpr, so that a
// constexpr loop_sum fails to compile with this name in the diagnostic; at run time, it aborts.
[[noreturn]] inline void loop_term_reads_i_as_a_number() { std::abort(); }

template <class C, std::size_t M>
constexpr bool same_numbers(std::array<C, M> const& a, std::array<C, M> const& b) {
    for (std::size_t j = 0; j != M; ++j)
        if (!(a[j] == b[j] || (a[j] != a[j] && b[j] != b[j]))) return false;  // (NaN is NaN)
    return true;
}

// A loop_sum as the tree of its terms (the graph of its expansion, raised): how it prints.
template <std::size_t F, std::size_t L, long long S, std::size_t W, class Body>
constexpr auto raise_leaf(loop<F, L, S, W, Body> const& l) {
    auto const e = make_terminal(l);
    auto const k = graph::numbers_array(e);
    using G = graph::graph_of<decltype(e)>;
    return graph::raise_leaf(graph::leaf<G, typename decltype(k)::value_type, k.size()>{k});
}

}  // namespace detail

/// Sum over i in [First, Last) of term(i), evaluated as a loop over i. term receives a
/// ctdiff::loop_index, usable only as a variable position: var<i>, var<i + 1>, var<i - 2>.
template <std::size_t First, std::size_t Last, class Term>
constexpr auto loop_sum(Term const& term) {
    static_assert(First <= Last, "ctdiff::loop_sum<First, Last>(term): the range [First, Last) is reversed");
    constexpr bool expression = requires { typename detail::loop_term_t<detail::loop_probe, Term>; };
    static_assert(expression, "ctdiff::loop_sum<First, Last>(term): term(i) must return a ctdiff expression "
                              "or a number, with i used only as a variable position such as var<i + 1>");
    if constexpr (!expression || First >= Last) return zero;
    else {
        using probe = detail::loop_term_t<detail::loop_probe, Term>;
        constexpr bool moving = detail::moves_with_i<probe>;
        static_assert(detail::every_variable_moves_with_i<moving>,
                      "ctdiff::loop_sum<First, Last>(term): every variable of term(i) must move with i, "
                      "as var<i + k>; for a variable at a fixed position, or i used as a number, use ctdiff::sum");
        static_assert(detail::no_derivative_or_loop_inside<!detail::holds_graph_or_loop<probe>>,
                      "ctdiff::loop_sum<First, Last>(term): term(i) must not hold a derivative or another "
                      "loop_sum; use ctdiff::sum");
        if constexpr (!moving || detail::holds_graph_or_loop<probe>) return zero;  // (asserted above)
        else {
            constexpr std::size_t lowest = detail::first_at_or_after<0>(static_cast<probe const*>(nullptr));
            constexpr bool moves = lowest != detail::no_variable;
            constexpr long long shift = moves ? static_cast<long long>(lowest) - detail::loop_probe : 0;
            static_assert(static_cast<long long>(First) + shift >= 0,
                          "ctdiff::loop_sum<First, Last>(term): var<i - k> names a negative position at i = First");
            constexpr std::size_t width =
                moves ? arity_v<probe> - lowest : 0;  // the body's variables, 0 .. width - 1
            auto const body = detail::as_expr(term(loop_index<-shift>{}));
            using body_type = std::remove_cvref_t<decltype(body)>;
            static_assert(arity_v<body_type> == width,
                          "ctdiff::loop_sum<First, Last>(term): term(i) must be the same expression for every i");
            // i read as a number gives different numbers for the two i term was built with
            if (!detail::same_numbers(detail::graph::numbers_array(detail::as_expr(term(loop_index<detail::loop_probe>{}))),
                                      detail::graph::numbers_array(body)))
                detail::loop_term_reads_i_as_a_number();
            return make_terminal(detail::loop<First, Last, shift, width, body_type>{body});
        }
    }
}

/// Sum over i in [0, N) of term(i), as a loop.
template <std::size_t N, class Term>
constexpr auto loop_sum(Term const& term) {
    return loop_sum<0, N>(term);
}

}  // namespace ctdiff

#endif
