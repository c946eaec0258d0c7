// The local partial derivatives of a call node f(u) or f(u, v), as graph nodes. They are not
// restated here: each function tag states its derivative beside its value (functions.hpp), as an
// expression of placeholder arguments, and that expression is lowered with the placeholders
// replaced by the call's own arguments. Hash-consing then makes exp(u)' the node exp(u) itself,
// tanh(u)' = 1 - tanh(u)^2 reuse tanh(u), and sigmoid(u)' = s(1 - s) reuse s.
#ifndef CTDIFF_DETAIL_GRAPH_RULES_HPP
#define CTDIFF_DETAIL_GRAPH_RULES_HPP

#include <ctdiff/detail/graph/lower.hpp>

#include <array>
#include <utility>

namespace ctdiff::detail::graph {

// The rule of F as an object (its numbers are read from it): a hana::tuple of partials.
template <class F>
struct rule_of {
    static constexpr auto value = [] {
        if constexpr (requires { F::derivative(placeholder<0>); })
            return hana::make_tuple(F::derivative(placeholder<0>));
        else return F::partials(placeholder<0>, placeholder<1>);
    }();
};

template <class F>
constexpr std::array<int, 2> partials_of(builder& b, int u, int v) {
    constexpr auto const& rule = rule_of<F>::value;
    lowering_state s{.arguments = {u, v}};
    std::array<int, 2> out{-1, -1};
    out[0] = lower<true>(b, &rule[hana::size_c<0>], s);
    if constexpr (decltype(hana::length(rule))::value == 2) out[1] = lower<true>(b, &rule[hana::size_c<1>], s);
    return out;
}

/// d f(u, v)/du and d f(u, v)/dv (the second -1 for a function of one argument) for the function
/// at position `function` of function_list.
constexpr std::array<int, 2> call_partials(builder& b, long long function, int u, int v) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        std::array<int, 2> out{-1, -1};
        (void)((function == static_cast<long long>(I) ? (out = partials_of<function_at<I>>(b, u, v), true)
                                                      : false) || ...);
        return out;
    }(std::make_index_sequence<function_list::size>{});
}

}  // namespace ctdiff::detail::graph

#endif
