// Evaluation: f(x0, x1, ...) computes the expression at a point, one rule per node kind. The
// recursion is over types, so an optimising compiler inlines it into straight-line arithmetic.
#ifndef CTDIFF_EVALUATE_HPP
#define CTDIFF_EVALUATE_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/node.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/var.hpp>


#include <array>
#include <cstddef>
#include <span>
#include <utility>
#include <type_traits>

namespace ctdiff {

namespace detail {

/// The variable at position I of graph G, with the name it was given, as var<I, name>.
template <class G, std::size_t I>
constexpr auto graph_variable() {
    constexpr std::string_view name = G::value.names[I];
    if constexpr (name.empty()) return var<I>;
    else {
        constexpr auto spelled = [name] {
            fixed_string<name.size()> s;
            for (std::size_t i = 0; i != name.size(); ++i) s.data[i] = name[i];
            return s;
        }();
        return var<I, spelled>;
    }
}

// --- which arguments an expression needs --------------------------------------------------------

// The largest and smallest of some sizes (not std::max/min of a list: <algorithm> alone costs a
// TU more than everything here).
template <class... Sizes>
consteval std::size_t largest(std::size_t first, Sizes... rest) {
    ((first = rest > first ? rest : first), ...);
    return first;
}
template <class... Sizes>
consteval std::size_t smallest(std::size_t first, Sizes... rest) {
    ((first = rest < first ? rest : first), ...);
    return first;
}

template <class V>
consteval std::size_t arity(terminal<V> const*) {
    if constexpr (is_variable_leaf<V>::value) return V::index + 1;
    else if constexpr (is_graph_leaf<V>::value) return V::graph_type::value.variables;
    else if constexpr (is_loop_leaf<V>::value) return V::end_position;
    else return 0;
}
template <expr_kind K, class... Children>
consteval std::size_t arity(expr<K, children<Children...>> const*) {
    return largest(std::size_t{0}, arity(static_cast<Children const*>(nullptr))...);
}

inline constexpr std::size_t no_variable = ~std::size_t{0};  // the largest size_t, without <limits>

// The smallest variable position >= N used in the expression (no_variable if none).
template <std::size_t N, class V>
consteval std::size_t first_at_or_after(terminal<V> const*) {
    if constexpr (is_variable_leaf<V>::value) return V::index >= N ? V::index : no_variable;
    else if constexpr (is_graph_leaf<V>::value) {
        std::size_t first = no_variable;  // a derivative: the variable nodes of its graph
        for (auto const& n : V::graph_type::value.nodes)
            if (n.kind == graph::op::variable && static_cast<std::size_t>(n.k) >= N)
                first = smallest(first, static_cast<std::size_t>(n.k));
        return first;
    } else if constexpr (is_loop_leaf<V>::value) {
        // (a position inside the range stands for them all)
        return V::end_position <= N ? no_variable : (N > V::first_position ? N : V::first_position);
    } else return no_variable;
}
template <std::size_t N, expr_kind K, class... Children>
consteval std::size_t first_at_or_after(expr<K, children<Children...>> const*) {
    return smallest(no_variable, first_at_or_after<N>(static_cast<Children const*>(nullptr))...);
}

// The leaf of the variable at position I, as std::type_identity<variable<I, Name>> (the first one
// met, for its name), or nullptr when there is none.
constexpr std::nullptr_t first_found() { return nullptr; }
template <class First, class... Rest>
constexpr auto first_found(First first, Rest... rest) {
    if constexpr (std::is_null_pointer_v<First>) return first_found(rest...);
    else return first;
}
template <std::size_t I, class V>
consteval auto find_variable(terminal<V> const*) {
    if constexpr (is_variable_leaf<V>::value) {
        if constexpr (V::index == I) return std::type_identity<V>{};
        else return nullptr;
    } else if constexpr (is_graph_leaf<V>::value) {
        if constexpr (I < V::graph_type::value.variables)
            return std::type_identity<leaf_t<decltype(graph_variable<typename V::graph_type, I>())>>{};
        else return nullptr;
    } else if constexpr (is_loop_leaf<V>::value) {
        if constexpr (I >= V::first_position && I < V::end_position)
            return std::type_identity<variable<I, index_name<I>()>>{};
        else return nullptr;
    } else return nullptr;
}
template <std::size_t I, expr_kind K, class... Children>
consteval auto find_variable(expr<K, children<Children...>> const*) {
    return first_found(find_variable<I>(static_cast<Children const*>(nullptr))...);
}
template <std::size_t I, class E>
using variable_at = typename decltype(find_variable<I>(static_cast<E const*>(nullptr)))::type;

// --- the type a point is evaluated in ----------------------------------------------------------

template <class... Args>
struct evaluation_type {
    using common = std::common_type_t<Args...>;
    // Integers evaluate in double, like <cmath>: f(1, 3) is f(1.0, 3.0).
    using type = std::conditional_t<std::is_integral_v<common>, double, common>;
};
template <>
struct evaluation_type<> {
    using type = double;  // a constant expression called with no arguments
};

// The K coordinates at x in the type they are evaluated in (integers as double, like <cmath>).
template <class U, std::size_t K, class T>
CTDIFF_ALWAYS_INLINE constexpr std::array<U, K> converted(T const* x) {
    std::array<U, K> out{};
    for (std::size_t i = 0; i != K; ++i) out[i] = static_cast<U>(x[i]);
    return out;
}

// --- one rule per node kind --------------------------------------------------------------------

// x: the point, a std::array or a std::span of static extent (read where the caller keeps it)
template <Expression E, class X>
constexpr typename X::value_type eval(E const& e, X const& x);

// A loop_sum: a loop, as it was written; its terms added in index order, like `f += term`.
template <class Loop, class X>
constexpr typename X::value_type eval_loop(Loop const& l, X const& x) {
    using T = typename X::value_type;
    T total{};
    for (std::size_t i = Loop::first; i != Loop::last; ++i) {
        std::array<T, Loop::width> local{};
        std::size_t const at = Loop::origin(i);
        for (std::size_t k = 0; k != Loop::width; ++k) local[k] = x[at + k];
        total += eval(l.body, local);
    }
    return total;
}

template <Expression E, class X>
constexpr typename X::value_type eval(E const& e, X const& x) {
    using T = typename X::value_type;
    using K = expr_kind;
    if constexpr (IntegerConstant<E>) return static_cast<T>(integer_value<E>);   // c<K>
    else if constexpr (Constant<E>) return static_cast<T>(value(e));             // a number
    else if constexpr (Variable<E>) return x[leaf_t<E>::index];                  // x_i
    else if constexpr (GraphTerminal<E>) return evaluate_leaf(value(e), x);      // a derivative
    else if constexpr (LoopTerminal<E>) return eval_loop(value(e), x);           // a loop_sum
    else if constexpr (node_of_kind<E, K::negate>) return -eval(child<0>(e), x);
    else if constexpr (node_of_kind<E, K::plus>) return eval(child<0>(e), x) + eval(child<1>(e), x);
    else if constexpr (node_of_kind<E, K::minus>) return eval(child<0>(e), x) - eval(child<1>(e), x);
    else if constexpr (node_of_kind<E, K::multiplies>)
        return eval(child<0>(e), x) * eval(child<1>(e), x);
    else if constexpr (node_of_kind<E, K::divides>)
        return eval(child<0>(e), x) / eval(child<1>(e), x);
    else if constexpr (node_of_kind<E, K::call>) {                               // f(u...)
        using function = leaf_t<decltype(child<0>(e))>;
        if constexpr (decltype(e.elements)::size == 2) return static_cast<T>(function::value(eval(child<1>(e), x)));
        else return static_cast<T>(function::value(eval(child<1>(e), x), eval(child<2>(e), x)));
    } else {
        static_assert(!sizeof(E), "ctdiff: internal error: no evaluation rule for this node kind");
        return T{};
    }
}

// The variable's position and name as a type whose printed form every compiler spells legibly,
// e.g. variable_named<1, 'x', '2'>, for the too-few-arguments diagnostic.
template <std::size_t Position, char... Name>
struct variable_named {};
template <class Variable, class Indices = std::make_index_sequence<Variable::name().size()>>
struct spelled;
template <class Variable, std::size_t... K>
struct spelled<Variable, std::index_sequence<K...>> {
    using type = variable_named<Variable::index, Variable::name()[K]...>;
};

// Named so that the failing condition reads as the fault: the variable, and how many arguments.
template <class VariableNamed, std::size_t ArgumentCount>
inline constexpr bool argument_given_for = false;
template <std::size_t Position, char... Name, std::size_t ArgumentCount>
inline constexpr bool argument_given_for<variable_named<Position, Name...>, ArgumentCount> =
    Position < ArgumentCount;

}  // namespace detail

/// The number of arguments an expression needs: one more than its largest variable position.
template <Expression E>
inline constexpr std::size_t arity_v = detail::arity(static_cast<std::remove_cvref_t<E> const*>(nullptr));

namespace detail {
// Whether N arguments reach every variable of E; if not, a static_assert names the first one
// without an argument.
template <std::size_t N, class E>
constexpr bool arguments_suffice() {
    constexpr std::size_t missing = first_at_or_after<N>(static_cast<E const*>(nullptr));
    if constexpr (missing != no_variable) {
        using variable = typename spelled<variable_at<missing, E>>::type;
        static_assert(argument_given_for<variable, N>,
                      "ctdiff: too few arguments: the expression uses a variable whose position "
                      "has no argument");
        return false;
    } else return true;
}
}  // namespace detail

template <expr_kind Kind, class Tuple>
template <class T, std::size_t N>
constexpr auto expr<Kind, Tuple>::operator()(std::array<T, N> const& args) const {
    return (*this)(std::span<T const, N>(args));
}

template <expr_kind Kind, class Tuple>
template <class T, std::size_t N>
constexpr auto expr<Kind, Tuple>::operator()(std::span<T, N> args) const {
    using V = std::remove_cv_t<T>;
    static_assert(N != std::dynamic_extent, "ctdiff: f(x): a std::span point must have a static extent, "
                                            "such as std::span<double const, 3>(x, 3), so that its size is "
                                            "known while compiling");
    if constexpr (N == std::dynamic_extent || !detail::arguments_suffice<N, expr>()) return V{};
    else {
        using U = typename detail::evaluation_type<V>::type;
        if constexpr (std::is_same_v<U, V>) return detail::eval(*this, std::span<V const, N>(args));
        else return detail::eval(*this, detail::converted<U, N>(args.data()));
    }
}

template <expr_kind Kind, class Tuple>
template <class... Args>
constexpr auto expr<Kind, Tuple>::operator()(Args const&... args) const {
    constexpr bool common =
        sizeof...(Args) == 0 || requires { typename std::common_type<Args...>::type; };
    static_assert(common, "ctdiff: f(x0, x1, ...): the arguments have no common type; pass "
                          "numbers of one kind, such as all double");
    if constexpr (common) {
        using T = typename detail::evaluation_type<Args...>::type;
        return (*this)(std::array<T, sizeof...(Args)>{static_cast<T>(args)...});
    }
}

}  // namespace ctdiff

#endif
