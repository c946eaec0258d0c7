// The local partial derivatives of a call node f(u) or f(u, v), as graph nodes. They are not
// restated here: each function tag states its derivative beside its value (functions.hpp), as an
// expression of placeholder arguments, and that expression is lowered with the placeholders
// replaced by the call's own arguments. Hash-consing then makes exp(u)' the node exp(u) itself,
// tanh(u)' = 1 - tanh(u)^2 reuse tanh(u), and sigmoid(u)' = s(1 - s) reuse s.
//
// Lazily: lowering a call to F stores &partials_of<F> in the graph's rule table (builder::call),
// and call_partials applies the rule stored for the node's function. So only the rules of the
// functions a graph calls are instantiated, and with them those of the functions their own rules
// call (tan's rule calls cos): a TU that differentiates a polynomial instantiates no rule at all.
#ifndef CTDIFF_DETAIL_GRAPH_RULES_HPP
#define CTDIFF_DETAIL_GRAPH_RULES_HPP

#include <ctdiff/detail/graph/builder.hpp>
#include <ctdiff/expr.hpp>

#include <boost/hana/length.hpp>

#include <array>
#include <cstddef>
#include <type_traits>

namespace ctdiff::detail::graph {

/// The K-th argument of a derivative rule: sin's rule is lowered from sin_fn::derivative(u) with
/// u = terminal<argument<0>>.
template <std::size_t K>
struct argument {
    static constexpr std::size_t index = K;
};
template <std::size_t K>
inline constexpr terminal<argument<K>> placeholder{};

template <class T> struct is_argument : std::false_type {};
template <std::size_t K> struct is_argument<argument<K>> : std::true_type {};

// The next slot to number, and what placeholders stand for (none for a user's tree).
struct lowering_state {
    std::size_t slot = 0;
    std::array<int, 2> arguments{-1, -1};
    bool in_loop = false;  // lowering a loop_sum's term: its variable k is x_(at + k)
    std::size_t at = 0;
};

// Defined in lower.hpp, the only place that takes a rule's address, so it is there whenever a rule
// is instantiated.
template <bool FromObject, class E>
constexpr int lower(builder& b, E const* e, lowering_state& s);

// The rule of F as an object (its numbers are read from it): a hana::tuple of partials.
template <class F>
struct rule_of {
    static constexpr auto value = [] {
        if constexpr (requires { F::derivative(placeholder<0>); })
            return hana::make_tuple(F::derivative(placeholder<0>));
        else return F::partials(placeholder<0>, placeholder<1>);
    }();
};

/// F's rule (a graph::rule): d f(u, v)/du and d f(u, v)/dv, the second -1 for a function of one
/// argument.
template <class F>
constexpr std::array<int, 2> partials_of(builder& b, int u, int v) {
    constexpr auto const& rule = rule_of<F>::value;
    lowering_state s{.arguments = {u, v}};
    std::array<int, 2> out{-1, -1};
    out[0] = lower<true>(b, &rule[hana::size_c<0>], s);
    if constexpr (decltype(hana::length(rule))::value == 2) out[1] = lower<true>(b, &rule[hana::size_c<1>], s);
    return out;
}

/// The partials of the call of the function at position `function` of function_list at (u, v), by
/// the rule b's graph holds for it.
constexpr std::array<int, 2> call_partials(builder& b, long long function, int u, int v) {
    return b.rules[static_cast<std::size_t>(function)](b, u, v);
}

}  // namespace ctdiff::detail::graph

#endif
