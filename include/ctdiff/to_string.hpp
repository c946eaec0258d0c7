// Printing: to_string(e) writes an expression as plain text with the fewest parentheses that keep
// its tree readable back, e.g. "(2*x1 + 3*x2)^2 + 3". One overload per node kind, like the
// evaluation and derivative rules.
#ifndef CTDIFF_TO_STRING_HPP
#define CTDIFF_TO_STRING_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/expr.hpp>

#include <boost/hana/drop_front.hpp>
#include <boost/hana/for_each.hpp>

#include <charconv>
#include <string>

namespace ctdiff {

namespace detail {

// How tightly a node binds; an operand binding less tightly than its operator is parenthesised.
enum class binding { sum = 1, product = 2, power = 3, atom = 4 };

template <class T>
void append_number(std::string& out, T v) {
    char buf[64];
    auto const result = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, result.ptr);
}

template <class E>
constexpr bool is_infix_power = false;
template <class E>
    requires node_of_kind<E, expr_kind::call>
constexpr bool is_infix_power<E> =
    requires { leaf_t<decltype(child<0>(std::declval<E>()))>::name; } &&
    leaf_t<decltype(child<0>(std::declval<E>()))>::name == std::string_view{"pow"};

template <Expression E>
constexpr binding binding_of(E const& e) {
    if constexpr (GraphTerminal<E>) return binding_of(raise_leaf(value(e)));  // a derivative
    else if constexpr (Constant<E>) return detail::number_of(e) < 0 ? binding::product : binding::atom;
    else if constexpr (Terminal<E>) return binding::atom;
    else if constexpr (node_of_kind<E, expr_kind::plus> || node_of_kind<E, expr_kind::minus>)
        return binding::sum;
    else if constexpr (node_of_kind<E, expr_kind::call>)
        return is_infix_power<E> ? binding::power : binding::atom;
    else return binding::product;  // *, / and unary minus, which reads as a factor of -1
}

template <Expression E> void print(std::string& out, E const& e);

// Whether the printed text begins with a minus sign (-x, -3, -3*x): such a right operand is
// parenthesised, x + (-3*y), never x + -3*y.
template <Expression E>
constexpr bool starts_with_minus(E const& e) {
    if constexpr (GraphTerminal<E>) return starts_with_minus(raise_leaf(value(e)));
    else if constexpr (Constant<E>) return detail::number_of(e) < 0;
    else if constexpr (node_of_kind<E, expr_kind::negate>) return true;
    else if constexpr (node_of_kind<E, expr_kind::multiplies> || node_of_kind<E, expr_kind::divides> ||
                       node_of_kind<E, expr_kind::plus> || node_of_kind<E, expr_kind::minus>)
        return starts_with_minus(child<0>(e));
    else return false;
}

// An operand of an operator binding as `parent`; `right` for the right operand of a binary one,
// which needs parentheses even at equal binding: a - (b - c), a/(b*c), a*(b*c).
template <Expression E>
void print_operand(std::string& out, E const& e, binding parent, bool right) {
    binding const own = binding_of(e);
    bool const parens = own < parent || (right && (own == parent || starts_with_minus(e)));
    if (parens) out += '(';
    print(out, e);
    if (parens) out += ')';
}

template <Expression E>
void print_binary(std::string& out, E const& e, binding b, char const* symbol) {
    print_operand(out, child<0>(e), b, false);
    out += symbol;
    print_operand(out, child<1>(e), b, true);
}

template <Expression E>
void print(std::string& out, E const& e) {
    using K = expr_kind;
    if constexpr (GraphTerminal<E>) print(out, raise_leaf(value(e)));  // a derivative, as a tree
    else if constexpr (Constant<E>) append_number(out, number_of(e));
    else if constexpr (Variable<E>) out += leaf_t<E>::name();
    else if constexpr (node_of_kind<E, K::negate>) {
        out += '-';
        print_operand(out, child<0>(e), binding::product, false);
    } else if constexpr (node_of_kind<E, K::plus>) print_binary(out, e, binding::sum, " + ");
    else if constexpr (node_of_kind<E, K::minus>) print_binary(out, e, binding::sum, " - ");
    else if constexpr (node_of_kind<E, K::multiplies>) print_binary(out, e, binding::product, "*");
    else if constexpr (node_of_kind<E, K::divides>) print_binary(out, e, binding::product, "/");
    else if constexpr (is_infix_power<E>) {
        // u^N and u^v; the exponent is parenthesised unless it is a lone non-negative atom
        print_operand(out, child<1>(e), binding::power, true);
        out += '^';
        using function = leaf_t<decltype(child<0>(e))>;
        if constexpr (requires { function::exponent; }) {
            if (function::exponent < 0) out += '(';
            append_number(out, function::exponent);
            if (function::exponent < 0) out += ')';
        } else print_operand(out, child<2>(e), binding::power, true);
    } else if constexpr (node_of_kind<E, K::call>) {
        out += leaf_t<decltype(child<0>(e))>::name;
        out += '(';
        hana::for_each(hana::drop_front(e.elements), [&out, first = true](auto const& arg) mutable {
            if (!first) out += ", ";
            first = false;
            print(out, arg);
        });
        out += ')';
    } else static_assert(!sizeof(E), "ctdiff: internal error: no printing rule for this node kind");
}

}  // namespace detail

/// The expression as plain text, e.g. "4*(2*x1 + 3*x2)".
template <Expression E>
std::string to_string(E const& e) {
    std::string out;
    detail::print(out, e);
    return out;
}

}  // namespace ctdiff

#endif
