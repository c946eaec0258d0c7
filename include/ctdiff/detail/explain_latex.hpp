// A small LaTeX printer for explain.hpp's LaTeX form, standing in for ctdiff::to_latex
// (to_latex.hpp, written at the same time): \frac for quotients, ^{} for powers, \sin, \sqrt{},
// x_{1} for a name that ends in digits. When to_latex is merged, latex() below should call it.
#ifndef CTDIFF_DETAIL_EXPLAIN_LATEX_HPP
#define CTDIFF_DETAIL_EXPLAIN_LATEX_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/detail/graph/raise.hpp>
#include <ctdiff/expr.hpp>

#include <boost/hana/drop_front.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>

#include <charconv>
#include <string>
#include <string_view>

namespace ctdiff::detail::explain_latex {

enum class binding { sum = 1, product = 2, power = 3, atom = 4 };

template <class T>
void number(std::string& out, T v) {
    char buf[64];
    auto const result = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, result.ptr);
}

// x1 -> x_{1}, alpha -> alpha, u' -> u'
inline void name(std::string& out, std::string_view n) {
    std::size_t digits = n.size();
    while (digits != 0 && n[digits - 1] >= '0' && n[digits - 1] <= '9') --digits;
    if (digits == 0 || digits == n.size()) out += n;
    else out.append(n.substr(0, digits)).append("_{").append(n.substr(digits)).append("}");
}

template <class E>
using function_t = leaf_t<std::remove_cvref_t<decltype(child<0>(std::declval<E>()))>>;

template <class E>
constexpr bool is_power() {
    if constexpr (node_of_kind<E, expr_kind::call>) return function_t<E>::name == std::string_view("pow");
    else return false;
}

template <Expression E>
binding binding_of(E const& e) {
    if constexpr (GraphTerminal<E>) return explain_latex::binding_of(graph::raise_leaf(value(e)));
    else if constexpr (Constant<E>) return number_of(e) < 0 ? binding::product : binding::atom;
    else if constexpr (Terminal<E>) return binding::atom;
    else if constexpr (node_of_kind<E, expr_kind::plus> || node_of_kind<E, expr_kind::minus>) return binding::sum;
    else if constexpr (node_of_kind<E, expr_kind::divides>) return binding::atom;  // \frac{}{} groups itself
    else if constexpr (node_of_kind<E, expr_kind::call>) return is_power<E>() ? binding::power : binding::atom;
    else return binding::product;
}

template <Expression E> void print(std::string& out, E const& e);

// Parenthesised when it binds less tightly, and on the right of an operator when it binds as
// tightly (a - (b - c)) or begins with a minus sign (a \cdot \left(-b\right)).
template <Expression E>
void operand(std::string& out, E const& e, binding parent, bool right) {
    std::string inner;
    explain_latex::print(inner, e);
    binding const own = explain_latex::binding_of(e);
    bool const parens = own < parent || (right && ((own == parent && parent != binding::product) || inner.starts_with('-')));
    if (parens) out += "\\left(";
    out += inner;
    if (parens) out += "\\right)";
}

// \sin, \cos, ... for the functions LaTeX knows; \operatorname{} for the others
inline void function_name(std::string& out, std::string_view n) {
    constexpr std::string_view known[] = {"sin", "cos", "tan", "sinh", "cosh", "tanh", "exp", "log", "arcsin", "arccos", "arctan"};
    std::string_view const spelled = n == "asin" ? "arcsin" : n == "acos" ? "arccos" : n == "atan" ? "arctan" : n;
    for (std::string_view k : known)
        if (k == spelled) {
            out.append("\\").append(k);
            return;
        }
    out.append("\\operatorname{").append(n).append("}");
}

template <Expression E>
void print(std::string& out, E const& e) {
    using K = expr_kind;
    if constexpr (GraphTerminal<E>) explain_latex::print(out, graph::raise_leaf(value(e)));
    else if constexpr (Constant<E>) number(out, number_of(e));
    else if constexpr (Variable<E>) name(out, leaf_t<E>::name());
    else if constexpr (node_of_kind<E, K::negate>) {
        out += '-';
        explain_latex::operand(out, child<0>(e), binding::product, true);
    } else if constexpr (node_of_kind<E, K::plus> || node_of_kind<E, K::minus>) {
        explain_latex::operand(out, child<0>(e), binding::sum, false);
        out += node_of_kind<E, K::plus> ? " + " : " - ";
        explain_latex::operand(out, child<1>(e), binding::sum, true);
    } else if constexpr (node_of_kind<E, K::multiplies>) {
        explain_latex::operand(out, child<0>(e), binding::product, false);
        out += " \\cdot ";
        explain_latex::operand(out, child<1>(e), binding::product, true);
    } else if constexpr (node_of_kind<E, K::divides>) {
        out += "\\frac{";
        explain_latex::print(out, child<0>(e));
        out += "}{";
        explain_latex::print(out, child<1>(e));
        out += "}";
    } else if constexpr (is_power<E>()) {
        explain_latex::operand(out, child<1>(e), binding::power, true);
        out += "^{";
        if constexpr (requires { function_t<E>::exponent; }) number(out, function_t<E>::exponent);
        else explain_latex::print(out, child<2>(e));
        out += "}";
    } else if constexpr (node_of_kind<E, K::call>) {
        constexpr std::string_view n = function_t<E>::name;
        if constexpr (n == std::string_view("sqrt")) {
            out += "\\sqrt{";
            explain_latex::print(out, child<1>(e));
            out += "}";
        } else if constexpr (n == std::string_view("abs")) {
            out += "\\left|";
            explain_latex::print(out, child<1>(e));
            out += "\\right|";
        } else {
            if constexpr (!n.empty()) function_name(out, n);  // an empty name: parentheses only
            out += "\\left(";
            hana::for_each(hana::drop_front(e.elements), [&out, first = true](auto const& arg) mutable {
                if (!first) out += ", ";
                first = false;
                explain_latex::print(out, arg);
            });
            out += "\\right)";
        }
    } else static_assert(!sizeof(E), "ctdiff::explain: internal error: no LaTeX for this node kind");
}

}  // namespace ctdiff::detail::explain_latex

#endif
