// Differentiation: d(f, x) is the derivative of f with respect to x, as a new expression.
//
// The rules below read like a table of derivatives, one overload per node kind. They run in
// constant evaluation and their result's *type* is the derivative's tree, so differentiating
// costs nothing at run time. Every node is built by simplify.hpp, which folds constants and drops
// 0 and 1 as it goes. The derivatives of the functions (sin -> cos, u^N -> N u^(N-1), ...) stand
// beside their values in functions.hpp and pow.hpp; the chain rule below applies them.
#ifndef CTDIFF_DERIVATIVE_HPP
#define CTDIFF_DERIVATIVE_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/simplify.hpp>
#include <ctdiff/var.hpp>

#include <boost/hana/drop_front.hpp>
#include <boost/hana/length.hpp>

#include <utility>

namespace ctdiff {

namespace detail {

// "with respect to the variable at position J"
template <std::size_t J>
struct wrt {};

// c' = 0
template <Constant E, std::size_t J>
constexpr auto derivative(E const&, wrt<J>) {
    return zero;
}

// x_i' = 1 if i = j, else 0
template <Variable E, std::size_t J>
constexpr auto derivative(E const&, wrt<J>) {
    if constexpr (index_of<E> == J) return one;
    else return zero;
}

// (-u)' = -u'
template <node_of_kind<expr_kind::negate> E, std::size_t J>
constexpr auto derivative(E const& e, wrt<J> x) {
    return neg(derivative(child<0>(e), x));
}

// (u + v)' = u' + v'
template <node_of_kind<expr_kind::plus> E, std::size_t J>
constexpr auto derivative(E const& e, wrt<J> x) {
    return add(derivative(child<0>(e), x), derivative(child<1>(e), x));
}

// (u - v)' = u' - v'
template <node_of_kind<expr_kind::minus> E, std::size_t J>
constexpr auto derivative(E const& e, wrt<J> x) {
    return sub(derivative(child<0>(e), x), derivative(child<1>(e), x));
}

// (u v)' = u' v + u v'
template <node_of_kind<expr_kind::multiplies> E, std::size_t J>
constexpr auto derivative(E const& e, wrt<J> x) {
    auto const& u = child<0>(e);
    auto const& v = child<1>(e);
    return add(mul(derivative(u, x), v), mul(u, derivative(v, x)));
}

// (u / v)' = u'/v - u v'/v^2      (this form keeps (u/k)' = u'/k for a constant k)
template <node_of_kind<expr_kind::divides> E, std::size_t J>
constexpr auto derivative(E const& e, wrt<J> x) {
    auto const& u = child<0>(e);
    auto const& v = child<1>(e);
    return sub(div(derivative(u, x), v), div(mul(u, derivative(v, x)), raise<2>(v)));
}

// The partial derivatives of a function tag at its arguments, as a hana::tuple: unary tags
// state derivative(u), tags of several arguments state partials(u, v, ...).
template <class Function, class... Args>
constexpr auto partials_of(Args const&... args) {
    if constexpr (sizeof...(Args) == 1) return hana::make_tuple(Function::derivative(args...));
    else return Function::partials(args...);
}

constexpr auto sum(Expression auto const& u) { return u; }
constexpr auto sum(Expression auto const& u, Expression auto const& v, Expression auto const&... w) {
    return sum(add(u, v), w...);
}

template <class Function, class Args, std::size_t... K, std::size_t J>
constexpr auto chain_rule(Args const& args, std::index_sequence<K...>, wrt<J> x) {
    auto const df = partials_of<Function>(args[hana::size_c<K>]...);
    return sum(mul(df[hana::size_c<K>], derivative(args[hana::size_c<K>], x))...);
}

// f(u1, ..., un)' = df/du1 u1' + ... + df/dun un'      (the chain rule)
template <node_of_kind<expr_kind::call> E, std::size_t J>
constexpr auto derivative(E const& e, wrt<J> x) {
    using function = leaf_t<decltype(child<0>(e))>;
    auto const args = hana::drop_front(e.elements);
    constexpr std::size_t arity = decltype(hana::length(args))::value;
    return chain_rule<function>(args, std::make_index_sequence<arity>{}, x);
}

template <class E, std::size_t J>
constexpr auto derivative(E const&, wrt<J>) {
    static_assert(!sizeof(E), "ctdiff: internal error: no derivative rule for this node kind");
    return zero;
}

// d(f, x, y, ...) = d(d(f, x), y, ...)
template <Expression F>
constexpr auto differentiate(F const& f) {
    return f;
}
template <Expression F, Variable X, Variable... Rest>
constexpr auto differentiate(F const& f, X const&, Rest const&... rest) {
    return differentiate(derivative(f, wrt<index_of<X>>{}), rest...);
}

}  // namespace detail

/// d(f, x): the derivative of the expression f with respect to the variable x, itself an
/// expression. d(f, x, y, ...) differentiates by x, then y, and so on: any order, any mix.
template <class F, class... Xs>
constexpr auto d(F const& f, Xs const&... xs) {
    static_assert(Expression<F>,
                  "ctdiff::d(f, x): f must be a ctdiff expression such as ctdiff::pow<2>(x) + 1");
    static_assert(sizeof...(Xs) != 0,
                  "ctdiff::d(f, x): name the variable to differentiate by, e.g. d(f, x1)");
    static_assert((Variable<Xs> && ...),
                  "ctdiff::d(f, x): x must be a variable such as ctdiff::var<0>");
    if constexpr (Expression<F> && (Variable<Xs> && ...) && sizeof...(Xs) != 0) {
        return detail::differentiate(f, xs...);
    } else return zero;
}

}  // namespace ctdiff

#endif
