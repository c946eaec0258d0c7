// The ctdiff expression template and the concepts that classify its nodes.
//
// A ctdiff expression is a Boost.YAP expression: a node kind plus its children, all held BY VALUE
// (no expr_ref nodes), so expressions are literal types that live in constexpr variables and in
// types. The children are ctdiff::children, a Hana sequence cheaper to build than hana::tuple
// (detail/children.hpp). Leaves (YAP terminals) hold one of four things:
//   variable<I, Name>     an argument position, see var.hpp
//   hana::llong<K>        an integer carried in the type, see constant.hpp (c<K>)
//   an arithmetic value   a constant known only at run time, see constant.hpp (constant(v))
//   a function tag        the callee of a call node (sin, pow<N>, ...), see functions.hpp
//   a graph leaf          a derivative: a node of a shared computational graph with its run-time
//                         numbers, see detail/graph/ and derivative.hpp
//   a loop leaf           a sum over a run-time index, see sum.hpp (loop_sum)
#ifndef CTDIFF_EXPR_HPP
#define CTDIFF_EXPR_HPP

#include <ctdiff/detail/fixed_string.hpp>
#include <ctdiff/detail/children.hpp>

#include <boost/hana/integral_constant.hpp>
#include <boost/yap/algorithm_fwd.hpp>  // expr_kind; YAP's algorithms are not needed here

#include <array>
#include <cstddef>
#include <span>
#include <type_traits>

namespace ctdiff {

namespace yap = boost::yap;
namespace hana = boost::hana;
using yap::expr_kind;

template <expr_kind Kind, class Tuple>
struct expr {
    static constexpr expr_kind kind = Kind;
    Tuple elements;

    // Evaluation, f(x0, x1, ...), f(std::array{x0, x1, ...}) or f(std::span<T const, N>(x, N)),
    // the point read where the caller keeps it: defined in evaluate.hpp.
    template <class... Args>
    constexpr auto operator()(Args const&... args) const;
    template <class T, std::size_t N>
    constexpr auto operator()(std::array<T, N> const& args) const;
    template <class T, std::size_t N>
    constexpr auto operator()(std::span<T, N> args) const;
};

// The leaf naming argument position I (0-based); Name is only for printing.
template <std::size_t I, detail::fixed_string Name>
struct variable {
    static constexpr std::size_t index = I;
    static constexpr std::string_view name() noexcept { return Name.view(); }
};

namespace detail {

// Function tags (sin, pow<N>, ...) derive from this, which is how call nodes are recognised.
struct function_tag {};

template <class T> struct is_expr : std::false_type {};
template <expr_kind K, class Tuple> struct is_expr<expr<K, Tuple>> : std::true_type {};

template <class T> struct is_variable_leaf : std::false_type {};
template <std::size_t I, fixed_string Name>
struct is_variable_leaf<variable<I, Name>> : std::true_type {};

template <class T> struct is_integer_leaf : std::false_type {};
template <long long K>
struct is_integer_leaf<hana::integral_constant<long long, K>> : std::true_type {};

template <class T>
concept number = std::is_arithmetic_v<T> && !std::is_same_v<T, bool>;

namespace graph {
// Root 0 of the frozen graph Graph::value, with the Count run-time numbers its nodes read.
template <class Graph, class Number, std::size_t Count>
struct leaf {
    using graph_type = Graph;
    std::array<Number, Count> constants;
};
}  // namespace graph

template <class T> struct is_graph_leaf : std::false_type {};
template <class G, class C, std::size_t M> struct is_graph_leaf<graph::leaf<G, C, M>> : std::true_type {};

// The sum over i in [First, Last) of Body, whose variable k stands for x_(i + Shift + k) (k below
// Width): what ctdiff::loop_sum builds. Body is an ordinary expression in Width variables.
template <std::size_t First, std::size_t Last, long long Shift, std::size_t Width, class Body>
struct loop {
    static constexpr std::size_t first = First, last = Last, width = Width;
    static constexpr long long shift = Shift;
    // The positions its terms read, [first_position, end_position): term i reads x_(i + Shift) ..
    // x_(i + Shift + Width - 1), and the body uses its first and last variable (loop_sum makes it
    // so). None when the term has no variable.
    // Term i's first variable: the body's variable k is x_(origin(i) + k).
    static constexpr std::size_t origin(std::size_t i) { return static_cast<std::size_t>(static_cast<long long>(i) + Shift); }
    static constexpr std::size_t first_position = Width == 0 ? 0 : origin(First);
    static constexpr std::size_t end_position = Width == 0 ? 0 : origin(Last) + Width - 1;
    using body_type = Body;
    Body body;
};
template <class T> struct is_loop_leaf : std::false_type {};
template <std::size_t F, std::size_t L, long long S, std::size_t W, class B>
struct is_loop_leaf<loop<F, L, S, W, B>> : std::true_type {};

template <class E> struct leaf {};
template <class V> struct leaf<expr<expr_kind::terminal, children<V>>> { using type = V; };

}  // namespace detail

/// Any ctdiff expression (cv-ref qualifiers ignored).
template <class T>
concept Expression = detail::is_expr<std::remove_cvref_t<T>>::value;

}  // namespace ctdiff

// ctdiff trees are YAP expressions: YAP's own test asks for hana::tuple elements.
template <class E>
    requires ctdiff::Expression<E>
struct boost::yap::is_expr<E, void, void> : std::true_type {};

namespace ctdiff {

/// A leaf of an expression; `leaf_t<E>` is what it holds.
template <class T>
concept Terminal = Expression<T> && std::remove_cvref_t<T>::kind == expr_kind::terminal;

template <Terminal E>
using leaf_t = typename detail::leaf<std::remove_cvref_t<E>>::type;

/// A variable: ctdiff::var<I> or ctdiff::var<I, "name">.
template <class T>
concept Variable = Terminal<T> && detail::is_variable_leaf<leaf_t<T>>::value;

/// An integer constant carried in the type: ctdiff::c<K>, 3_c.
template <class T>
concept IntegerConstant = Terminal<T> && detail::is_integer_leaf<leaf_t<T>>::value;

/// Any constant: an IntegerConstant or a run-time number from ctdiff::constant(v) or `2 * x`.
template <class T>
concept Constant = IntegerConstant<T> || (Terminal<T> && detail::number<leaf_t<T>>);

/// A derivative held as a node of a shared computational graph (what d(f, x) returns).
template <class T>
concept GraphTerminal = Terminal<T> && detail::is_graph_leaf<leaf_t<T>>::value;

/// A sum over a run-time index, as ctdiff::loop_sum builds it.
template <class T>
concept LoopTerminal = Terminal<T> && detail::is_loop_leaf<leaf_t<T>>::value;

/// A node of a given kind (plus, multiplies, call, ...).
template <class T, expr_kind K>
concept node_of_kind = Expression<T> && std::remove_cvref_t<T>::kind == K;

// --- building nodes (every child stored by value) ---------------------------------------------

template <class V>
using terminal = expr<expr_kind::terminal, children<V>>;

template <class V>
constexpr terminal<V> make_terminal(V value) {
    return {children<V>{value}};
}

template <expr_kind K, Expression... Children>
constexpr auto make_node(Children const&... nodes) {
    return expr<K, children<Children...>>{children<Children...>{nodes...}};
}

/// The value held by a leaf, and the I-th child of a node (what YAP's value() and get() give for
/// expressions held by value, by const reference).
template <Terminal E>
constexpr auto const& value(E const& e) {
    return e.elements.m0;
}
template <std::size_t I, Expression E>
constexpr auto const& child(E const& e) {
    if constexpr (I == 0) return e.elements.m0;  // not through get<I>: one instantiation a node, not two
    else if constexpr (I == 1) return e.elements.m1;
    else return e.elements.m2;
}

}  // namespace ctdiff

#endif
