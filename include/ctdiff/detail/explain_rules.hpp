// The table of derivatives as explain.hpp shows it: for each node kind, the rule's name, its
// formula, the subexpressions whose derivatives it needs (its operands) and the shape of the
// result built from their derivatives, with no simplification, so the shape is the rule as written
// on a blackboard. Numbers in the result come from d itself (explain.hpp), never from here.
#ifndef CTDIFF_DETAIL_EXPLAIN_RULES_HPP
#define CTDIFF_DETAIL_EXPLAIN_RULES_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/detail/graph/raise.hpp>
#include <ctdiff/detail/joined.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/simplify.hpp>
#include <ctdiff/to_latex.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#include <boost/hana/length.hpp>
#include <boost/hana/tuple.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace ctdiff::detail::explain {

// The letters a formula is written in are variables with one-byte names: holes 1 and 2 (where
// the derivative of operand 1 or 2 goes, filled in by explain.hpp) and 3 and 4, which are u' and
// v'. One byte, so that each printer writes them as a symbol, found again in its text.
inline std::string unmark(std::string_view printed, bool latex) {
    std::string out;
    for (std::size_t i = 0; i != printed.size(); ++i) {
        // to_latex writes an unusual name upright-italic, \mathit{#}: the mark alone is kept
        constexpr std::string_view italic = "\\mathit{";
        std::size_t const after = i + italic.size();
        if (latex && printed.substr(i, italic.size()) == italic && after + 1 < printed.size() &&
            printed[after] >= '\x01' && printed[after] <= '\x04' && printed[after + 1] == '}')
            i = after;  // at the mark; its closing brace is skipped below
        char const ch = printed[i];
        if (ch == '\x03') out += "u'";
        else if (ch == '\x04') out += "v'";
        else out += ch;
        if (i == after) ++i;
    }
    return out;
}

// to_string as a std::string, whatever the printer returns (std::string or a fixed-capacity text).
template <class E>
std::string text(E const& e) {
    auto const printed = ctdiff::to_string(e);
    return unmark(std::string_view(printed), false);
}

// The same in LaTeX, by ctdiff::to_latex.
template <class E>
std::string latex(E const& e) {
    auto const printed = ctdiff::to_latex(e);
    return unmark(std::string_view(printed), true);
}

// Positions no user variable has: these leaves are only printed, never evaluated.
inline constexpr std::size_t far = static_cast<std::size_t>(-1) / 2;

// Hole K: where the derivative of operand K goes in a formula; printed as the byte K+1, which
// explain.hpp replaces by "d/dx[operand]".
template <std::size_t K>
consteval fixed_string<1> hole_name() {
    fixed_string<1> s;
    s.data[0] = static_cast<char>(1 + K);
    return s;
}
template <std::size_t K>
inline constexpr auto hole = var<far + K, hole_name<K>()>;

// The letters of the formulas: u, v and their derivatives u', v'.
inline constexpr auto u_ = var<far + 10, "u">;
inline constexpr auto v_ = var<far + 11, "v">;
inline constexpr auto du_ = var<far + 12, "\x03">;
inline constexpr auto dv_ = var<far + 13, "\x04">;

/// The tree an expression stands for: a derivative held as a graph leaf is raised, as it prints.
template <Expression E>
constexpr auto tree(E const& e) {
    if constexpr (GraphTerminal<E>) return tree(graph::raise_leaf(value(e)));
    else if constexpr (LoopTerminal<E>) return tree(raise_leaf(value(e)));  // a loop_sum, its terms
    else return e;
}
template <class E>
using tree_t = std::remove_cvref_t<decltype(tree(std::declval<E const&>()))>;

/// A leaf whose derivative is known at sight: a constant (0) or a variable (1 or 0).
template <class E>
concept known = Constant<E> || Variable<E>;

/// U is the variable X (by position, as d decides).
template <class U, class X>
concept the_variable = Variable<U> && (leaf_t<U>::index == leaf_t<X>::index);

template <class X, class U>
constexpr auto leaf_derivative() {
    if constexpr (Variable<U>) {
        if constexpr (index_of<U> == index_of<X>) return one;
        else return zero;
    } else return zero;
}

template <class E>
concept scaled_term = node_of_kind<E, expr_kind::multiplies> && Constant<std::remove_cvref_t<decltype(child<0>(std::declval<E>()))>>;

template <class E>
using function_of = leaf_t<std::remove_cvref_t<decltype(child<0>(std::declval<E>()))>>;

template <class E>
inline constexpr std::size_t call_arity = decltype(hana::length(std::declval<E>().elements))::value - 1;

// Unsimplified builders: the rule's shape exactly as stated.
template <class U, class V> constexpr auto times(U const& u, V const& v) { return make_node<expr_kind::multiplies>(u, v); }
template <class U, class V> constexpr auto plus(U const& u, V const& v) { return make_node<expr_kind::plus>(u, v); }
template <class U, class V> constexpr auto minus(U const& u, V const& v) { return make_node<expr_kind::minus>(u, v); }
template <class U, class V> constexpr auto over(U const& u, V const& v) { return make_node<expr_kind::divides>(u, v); }
// Parentheses as a call of a function with no name: to_string writes -(-w), never --w.
struct group_fn : function_tag {
    static constexpr std::string_view name = "";
    static constexpr std::string_view latex = "\\left(#\\right)";
};
template <class U> constexpr auto negated(U const& u) {
    if constexpr (node_of_kind<U, expr_kind::negate>) return make_node<expr_kind::negate>(make_node<expr_kind::call>(make_terminal(group_fn{}), u));
    else return make_node<expr_kind::negate>(u);
}
template <class U> constexpr auto squared(U const& u) {
    return make_node<expr_kind::call>(make_terminal(integer_power<2>{}), u);
}

/// A piece of a derivation in both forms: plain text, and LaTeX.
struct words {
    std::string text;
    std::string tex;
};
inline words operator+(words a, words const& b) { return {joined(a.text, b.text), joined(a.tex, b.tex)}; }
inline words say(std::string text, std::string tex) { return {std::move(text), std::move(tex)}; }
template <Expression E>
words print(E const& e) { return {text(e), latex(e)}; }
// (e)' in both forms
template <Expression E>
words primed(E const& e) { return say(joined("(", text(e), ")'"), joined("\\left(", latex(e), "\\right)'")); }

/// One rule, applied at a node: `on` is what the rule is about when that is not the node itself
/// (the constant of u + c), `operands` the subexpressions whose derivatives the rule needs, and
/// shape(d...) the rule's result from their derivatives d.
template <class Operands, class Shape>
struct rule {
    std::string name;
    words formula;
    words on;  // empty: the node
    Operands operands;
    Shape shape;
};
template <class Operands, class Shape>
rule(std::string, words, words, Operands, Shape) -> rule<Operands, Shape>;

/// The rule of node e (a tree, not a graph leaf) for d/dx, X the variable's type.
template <class X, Expression E>
auto rule_of(E const& e) {
    using K = expr_kind;
    auto const none = hana::make_tuple();
    words const node{};
    if constexpr (Constant<E>) {
        // c' = 0
        return rule{"constant rule", say("(c)' = 0", "(c)' = 0"), node, none, [] { return zero; }};
    } else if constexpr (Variable<E>) {
        // x' = 1, y' = 0
        words const x = print(X{});
        words const self = print(e);
        if constexpr (the_variable<E, X>)
            return rule{"variable rule", primed(e) + say(" = 1", " = 1"), node, none, [] { return one; }};
        else
            return rule{"variable rule",
                        primed(e) + say(joined(" = 0, ", self.text, " is not ", x.text), joined(" = 0 \\quad (", self.tex, " \\neq ", x.tex, ")")),
                        node, none, [] { return zero; }};
    } else if constexpr (node_of_kind<E, K::negate>) {
        // (-u)' = -u'
        return rule{"linearity", say("(-u)' = -u'", "(-u)' = -u'"), node, hana::make_tuple(child<0>(e)),
                    [](auto const& du) { return negated(du); }};
    } else if constexpr (node_of_kind<E, K::plus> || node_of_kind<E, K::minus>) {
        constexpr bool sum = node_of_kind<E, K::plus>;
        using L = std::remove_cvref_t<decltype(child<0>(e))>;
        using R = std::remove_cvref_t<decltype(child<1>(e))>;
        auto const join = [](auto const& a, auto const& b) {
            if constexpr (sum) return plus(a, b);
            else return minus(a, b);
        };
        std::string const op = sum ? " + " : " - ";
        if constexpr (Constant<R>) {
            // (u + c)' = u', (u - c)' = u'
            return rule{"constant rule", say(joined("(u", op, "c)' = u'"), joined("(u", op, "c)' = u'")), print(child<1>(e)),
                        hana::make_tuple(child<0>(e)), [](auto const& du) { return du; }};
        } else if constexpr (Constant<L>) {
            // (c + u)' = u', (c - u)' = -u'
            std::string const f = sum ? "(c + u)' = u'" : "(c - u)' = -u'";
            return rule{"constant rule", say(f, f), print(child<0>(e)), hana::make_tuple(child<1>(e)),
                        [](auto const& du) {
                            if constexpr (sum) return du;
                            else return negated(du);
                        }};
        } else {
            // (a*u + b*v)' = a*u' + b*v': a constant factor of a term stays, the term's rest is the operand
            auto const operand = [](auto const& t) {
                if constexpr (scaled_term<std::remove_cvref_t<decltype(t)>>) return child<1>(t);
                else return t;
            };
            auto const term = [](auto const& t, auto const& d) {
                if constexpr (scaled_term<std::remove_cvref_t<decltype(t)>>) return times(child<0>(t), d);
                else return d;
            };
            std::string const a = scaled_term<L> ? "a*" : "", a_tex = scaled_term<L> ? "a " : "";
            std::string const b = scaled_term<R> ? "b*" : "", b_tex = scaled_term<R> ? "b " : "";
            return rule{"linearity",
                        say(joined("(", a, "u", op, b, "v)' = ", a, "u'", op, b, "v'"),
                            joined("(", a_tex, "u", op, b_tex, "v)' = ", a_tex, "u'", op, b_tex, "v'")),
                        node, hana::make_tuple(operand(child<0>(e)), operand(child<1>(e))),
                        [l = child<0>(e), r = child<1>(e), term, join](auto const& du, auto const& dv) {
                            return join(term(l, du), term(r, dv));
                        }};
        }
    } else if constexpr (node_of_kind<E, K::multiplies>) {
        if constexpr (Constant<std::remove_cvref_t<decltype(child<0>(e))>>) {
            // (c*u)' = c*u'
            return rule{"constant multiple rule", say("(c*u)' = c*u'", "(c u)' = c u'"), node, hana::make_tuple(child<1>(e)),
                        [k = child<0>(e)](auto const& du) { return times(k, du); }};
        } else if constexpr (Constant<std::remove_cvref_t<decltype(child<1>(e))>>) {
            // (u*c)' = u'*c
            return rule{"constant multiple rule", say("(u*c)' = u'*c", "(u c)' = u' c"), node, hana::make_tuple(child<0>(e)),
                        [k = child<1>(e)](auto const& du) { return times(du, k); }};
        } else {
            // (u*v)' = u'*v + u*v'
            return rule{"product rule", say("(u*v)' = u'*v + u*v'", "(u v)' = u' v + u v'"), node,
                        hana::make_tuple(child<0>(e), child<1>(e)),
                        [u = child<0>(e), v = child<1>(e)](auto const& du, auto const& dv) {
                            return plus(times(du, v), times(u, dv));
                        }};
        }
    } else if constexpr (node_of_kind<E, K::divides>) {
        if constexpr (Constant<std::remove_cvref_t<decltype(child<1>(e))>>) {
            // (u/c)' = u'/c
            return rule{"constant multiple rule", say("(u/c)' = u'/c", "\\left(\\frac{u}{c}\\right)' = \\frac{u'}{c}"), node,
                        hana::make_tuple(child<0>(e)), [k = child<1>(e)](auto const& du) { return over(du, k); }};
        } else {
            // (u/v)' = (u'*v - u*v')/v^2
            return rule{"quotient rule",
                        say("(u/v)' = (u'*v - u*v')/v^2", "\\left(\\frac{u}{v}\\right)' = \\frac{u' v - u v'}{v^{2}}"), node,
                        hana::make_tuple(child<0>(e), child<1>(e)),
                        [u = child<0>(e), v = child<1>(e)](auto const& du, auto const& dv) {
                            return over(minus(times(du, v), times(u, dv)), squared(v));
                        }};
        }
    } else if constexpr (node_of_kind<E, K::call> && call_arity<E> == 1) {
        // f(x)' = f'(x); f(u)' = f'(u)*u', with f' as functions.hpp and integer_pow.hpp state it
        using F = function_of<E>;
        using U = std::remove_cvref_t<decltype(child<1>(e))>;
        auto const u = child<1>(e);
        auto const outer = F::derivative(u);
        if constexpr (the_variable<U, X>) {
            std::string name = requires { F::exponent; } ? std::string("power rule") : joined("derivative of ", F::name);
            return rule{std::move(name), primed(e) + say(" = ", " = ") + print(outer), node, none, [outer] { return outer; }};
        } else {
            auto const generic = make_node<K::call>(make_terminal(F{}), u_);
            return rule{"chain rule", primed(generic) + say(" = ", " = ") + print(times(F::derivative(u_), du_)), node,
                        hana::make_tuple(u), [outer](auto const& du) { return times(outer, du); }};
        }
    } else if constexpr (node_of_kind<E, K::call> && call_arity<E> == 2) {
        // f(u, v)' = f_u*u' + f_v*v', the partials as functions.hpp and pow.hpp state them
        using F = function_of<E>;
        auto const generic = make_node<K::call>(make_terminal(F{}), u_, v_);
        auto const p = F::partials(u_, v_);
        auto const partials = F::partials(child<1>(e), child<2>(e));
        return rule{"chain rule",
                    primed(generic) + say(" = ", " = ") +
                        print(plus(times(p[hana::size_c<0>], du_), times(p[hana::size_c<1>], dv_))),
                    node, hana::make_tuple(child<1>(e), child<2>(e)), [partials](auto const& du, auto const& dv) {
                        return plus(times(partials[hana::size_c<0>], du), times(partials[hana::size_c<1>], dv));
                    }};
    } else {
        static_assert(!sizeof(E), "ctdiff::explain: internal error: no rule for this node kind");
        return rule{"", words{}, words{}, none, [] { return zero; }};
    }
}

}  // namespace ctdiff::detail::explain

#endif
