// The one printer behind every text format (to_string, to_latex): a walk over the tree that
// decides where parentheses go, parameterised by a Format that says how each piece is spelled.
// A Format is a struct of static members (see plain_format in to_string.hpp):
//   open, close               parentheses: "(" ")" or "\left(" "\right)"
//   fraction                  whether u/v is a fraction (\frac{u}{v}: an atom, no parentheses
//                             inside) or an infix operator binding as a product
//   braced_exponent           whether an exponent is written in braces, u^{v}, so it needs none
//   number(out, v), number_width<T>(), number_binding(v)   a constant's text, its longest text,
//                             and how tightly that text binds (-3 binds as a product)
//   variable(out, name)       a variable's name
//   times(digit_follows)      the product sign, told whether the right factor begins with a digit
//   call_pattern<F>()         a function's spelling with '#' for each argument ("\sqrt{#}"), or
//                             empty for the default: function_name(out, F::name) "(" args ")"
//   call_binding<F>()         how tightly that spelling binds (2^{u} binds as a power)
//
// The capacity of the text a format returns is computed by the same walk: printed into a sink
// that only counts, in "worst case" mode where every number known only at run time takes its
// longest text and the choices that add parentheses. So the bound follows the format by
// construction, and it depends on the expression's type only.
#ifndef CTDIFF_DETAIL_PRINTER_HPP
#define CTDIFF_DETAIL_PRINTER_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/detail/to_chars.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/text.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace ctdiff::detail {

// How tightly a node binds; an operand binding less tightly than its operator is parenthesised.
// `fraction` is LaTeX's \frac{u}{v}: an atom to a product, but not to a power (it needs
// parentheses as a base).
enum class binding { sum = 1, product = 2, power = 3, fraction = 4, atom = 5 };

// --- sinks: where the walk writes ---------------------------------------------------------------

template <std::size_t N>
struct text_sink {
    static constexpr bool measuring = false;
    text<N>& out;
    constexpr void put(char c) { out.push_back(c); }
    constexpr void put(std::string_view s) { out.append(s); }
};

// Counts what would be written, taking the longest choice wherever a run-time number decides.
struct length_sink {
    static constexpr bool measuring = true;
    std::size_t length = 0;
    constexpr void put(char) { ++length; }
    constexpr void put(std::string_view s) { length += s.size(); }
};

// --- what a node is, independent of the format --------------------------------------------------

template <class E>
constexpr bool is_infix_power = false;
template <class E>
    requires node_of_kind<E, expr_kind::call>
constexpr bool is_infix_power<E> =
    requires { leaf_t<decltype(child<0>(std::declval<E>()))>::name; } &&
    leaf_t<decltype(child<0>(std::declval<E>()))>::name == std::string_view{"pow"};

template <Expression E>
    requires node_of_kind<E, expr_kind::call>
using callee_t = leaf_t<decltype(child<0>(std::declval<E const&>()))>;

// A derivative as the tree it stands for. When measuring, only the tree's type matters, and it is
// not raised: raising folds the graph's run-time numbers, which a default-made leaf holds as zeros.
template <class E>
concept held_as_graph = GraphTerminal<E> || LoopTerminal<E>;  // a loop_sum prints as its terms

template <bool Worst, held_as_graph E>
constexpr auto raised(E const& e) {
    if constexpr (Worst) return std::remove_cvref_t<decltype(raise_leaf(value(e)))>{};
    else return raise_leaf(value(e));
}

// Whether a constant's value is only known at run time (its text then depends on the value).
template <class E>
constexpr bool runtime_number = Constant<E> && !IntegerConstant<E>;

template <class Format, bool Worst, Expression E>
constexpr binding binding_as(E const& e) {
    if constexpr (held_as_graph<E>) return binding_as<Format, Worst>(raised<Worst>(e));  // a derivative
    else if constexpr (Worst && runtime_number<E>) return binding::product;
    else if constexpr (Constant<E>) return Format::number_binding(number_of(e));
    else if constexpr (Terminal<E>) return binding::atom;
    else if constexpr (node_of_kind<E, expr_kind::plus> || node_of_kind<E, expr_kind::minus>)
        return binding::sum;
    else if constexpr (node_of_kind<E, expr_kind::call>)
        return is_infix_power<E> ? binding::power : Format::template call_binding<callee_t<E>>();
    else if constexpr (node_of_kind<E, expr_kind::divides>)
        return Format::fraction ? binding::fraction : binding::product;
    else return binding::product;  // * and unary minus, which reads as a factor of -1
}

// Whether the printed text begins with a minus sign (-x, -3, -3*x): such a right operand is
// parenthesised, x + (-3*y), never x + -3*y.
template <class Format, bool Worst, Expression E>
constexpr bool starts_with_minus_as(E const& e) {
    if constexpr (held_as_graph<E>) return starts_with_minus_as<Format, Worst>(raised<Worst>(e));
    else if constexpr (Worst && runtime_number<E>) return true;
    else if constexpr (Constant<E>) return sign_bit(number_of(e));
    else if constexpr (node_of_kind<E, expr_kind::negate>) return true;
    else if constexpr (node_of_kind<E, expr_kind::divides>)
        return !Format::fraction && starts_with_minus_as<Format, Worst>(child<0>(e));
    else if constexpr (node_of_kind<E, expr_kind::multiplies> || node_of_kind<E, expr_kind::plus> ||
                       node_of_kind<E, expr_kind::minus>)
        return starts_with_minus_as<Format, Worst>(child<0>(e));
    else return false;
}

// An operand printed below an operator binding as `parent` needs parentheses when it binds less
// tightly; a right operand of a binary operator needs them at equal binding too, a - (b - c),
// a/(b*c), a*(b*c), and when it begins with a minus.
template <class Format, bool Worst, Expression E>
constexpr bool needs_parentheses(E const& e, binding parent, bool right) {
    binding const own = binding_as<Format, Worst>(e);
    return own < parent || (right && (own == parent || starts_with_minus_as<Format, Worst>(e)));
}

// Whether the printed text begins with a digit (for LaTeX, where 2 x is a product but 2 3 is not).
template <class Format, bool Worst, Expression E>
constexpr bool starts_with_digit_as(E const& e) {
    if constexpr (held_as_graph<E>) return starts_with_digit_as<Format, Worst>(raised<Worst>(e));
    else if constexpr (Worst && runtime_number<E>) return true;
    else if constexpr (Constant<E>) {
        auto const v = number_of(e);
        return !sign_bit(v) && v == v && v - v == 0;  // not negative, NaN nor infinite
    } else if constexpr (Variable<E>) {
        std::string_view const name = leaf_t<E>::name();  // a name of digits only prints as it is
        return !name.empty() && name.find_first_not_of("0123456789") == std::string_view::npos;
    } else if constexpr (node_of_kind<E, expr_kind::negate>) return false;
    else if constexpr (node_of_kind<E, expr_kind::divides> && Format::fraction) return false;
    else if constexpr (is_infix_power<E>)
        return !needs_parentheses<Format, Worst>(child<1>(e), binding::atom, false) &&
               starts_with_digit_as<Format, Worst>(child<1>(e));
    else if constexpr (node_of_kind<E, expr_kind::call>) {
        std::string_view const pattern = Format::template call_pattern<callee_t<E>>();
        return !pattern.empty() && pattern[0] >= '0' && pattern[0] <= '9';
    } else if constexpr (Terminal<E>) return false;
    else  // a binary operator: its left operand comes first, unless parenthesised
        return !needs_parentheses<Format, Worst>(child<0>(e), binding_as<Format, Worst>(e), false) &&
               starts_with_digit_as<Format, Worst>(child<0>(e));
}

// --- the walk -------------------------------------------------------------------------------------

template <class Format, class Sink, Expression E>
constexpr void print(Sink& out, E const& e);

template <class Format, class Sink, Expression E>
constexpr void print_operand(Sink& out, E const& e, binding parent, bool right) {
    bool const parens = needs_parentheses<Format, Sink::measuring>(e, parent, right);
    if (parens) out.put(Format::open);
    print<Format>(out, e);
    if (parens) out.put(Format::close);
}

template <class Format, class Sink, Expression E>
constexpr void print_binary(Sink& out, E const& e, binding b, std::string_view symbol) {
    print_operand<Format>(out, child<0>(e), b, false);
    out.put(symbol);
    print_operand<Format>(out, child<1>(e), b, true);
}

template <class E> constexpr std::size_t arity_of = 0;
template <expr_kind K, class... Children>
constexpr std::size_t arity_of<expr<K, children<Children...>>> = sizeof...(Children) - 1;

// Argument I of a call node (child I + 1; child 0 is the function).
template <class Format, class Sink, Expression E, std::size_t... I>
constexpr void print_argument(Sink& out, E const& e, std::size_t i, std::index_sequence<I...>) {
    (void)((i == I ? (print<Format>(out, child<I + 1>(e)), true) : false) || ...);
}

template <class Format, class Sink, Expression E>
constexpr void print_call(Sink& out, E const& e) {
    using function = callee_t<E>;
    constexpr std::size_t arity = arity_of<E>;
    using arguments = std::make_index_sequence<arity>;
    constexpr std::string_view pattern = Format::template call_pattern<function>();
    if constexpr (!pattern.empty()) {
        std::size_t argument = 0;
        for (char c : pattern)
            if (c == '#') print_argument<Format>(out, e, argument++, arguments{});
            else out.put(c);
    } else {
        Format::function_name(out, function::name);
        out.put(Format::open);
        for (std::size_t i = 0; i != arity; ++i) {
            if (i != 0) out.put(", ");
            print_argument<Format>(out, e, i, arguments{});
        }
        out.put(Format::close);
    }
}

template <class Format, class Sink, class T>
constexpr void print_number(Sink& out, T v) {
    if constexpr (Sink::measuring) out.length += Format::template number_width<T>();
    else Format::number(out, v);
}

template <class Format, class Sink, Expression E>
constexpr void print(Sink& out, E const& e) {
    using K = expr_kind;
    if constexpr (held_as_graph<E>) print<Format>(out, raised<Sink::measuring>(e));  // a derivative, as a tree
    else if constexpr (IntegerConstant<E>) Format::number(out, integer_value<E>);
    else if constexpr (Constant<E>) print_number<Format>(out, number_of(e));
    else if constexpr (Variable<E>) Format::variable(out, leaf_t<E>::name());
    else if constexpr (node_of_kind<E, K::negate>) {
        out.put('-');
        print_operand<Format>(out, child<0>(e), binding::product, false);
    } else if constexpr (node_of_kind<E, K::plus>) print_binary<Format>(out, e, binding::sum, " + ");
    else if constexpr (node_of_kind<E, K::minus>) print_binary<Format>(out, e, binding::sum, " - ");
    else if constexpr (node_of_kind<E, K::multiplies>) {
        constexpr bool worst = Sink::measuring;
        print_operand<Format>(out, child<0>(e), binding::product, false);
        bool const digit_follows = !needs_parentheses<Format, worst>(child<1>(e), binding::product, true) &&
                                   starts_with_digit_as<Format, worst>(child<1>(e));
        out.put(Format::times(worst || digit_follows));
        print_operand<Format>(out, child<1>(e), binding::product, true);
    } else if constexpr (node_of_kind<E, K::divides>) {
        if constexpr (Format::fraction) {
            out.put("\\frac{");
            print<Format>(out, child<0>(e));
            out.put("}{");
            print<Format>(out, child<1>(e));
            out.put('}');
        } else print_binary<Format>(out, e, binding::product, "/");
    } else if constexpr (is_infix_power<E>) {
        // u^N and u^v; a base is parenthesised unless it is an atom
        print_operand<Format>(out, child<1>(e), binding::atom, false);
        out.put('^');
        using function = callee_t<E>;
        if constexpr (Format::braced_exponent) {
            out.put('{');
            if constexpr (requires { function::exponent; }) Format::number(out, function::exponent);
            else print<Format>(out, child<2>(e));
            out.put('}');
        } else if constexpr (requires { function::exponent; }) {
            // the exponent is parenthesised unless it is a lone non-negative atom
            if (function::exponent < 0) out.put('(');
            Format::number(out, function::exponent);
            if (function::exponent < 0) out.put(')');
        } else print_operand<Format>(out, child<2>(e), binding::power, true);
    } else if constexpr (node_of_kind<E, K::call>) print_call<Format>(out, e);
    else static_assert(!sizeof(E), "ctdiff: internal error: no printing rule for this node kind");
}

// The longest text Format can print for any expression of type E (its numbers unknown).
template <class Format, class E>
consteval std::size_t printed_length_bound() {
    length_sink out;
    print<Format>(out, E{});
    return out.length;
}

/// e printed in Format, as text<N> with N the bound for e's type.
template <class Format, Expression E>
constexpr auto print_text(E const& e) {
    constexpr std::size_t n = printed_length_bound<Format, std::remove_cvref_t<E>>();
    text<n> out;
    text_sink<n> sink{out};
    print<Format>(sink, e);
    return out;
}

}  // namespace ctdiff::detail

#endif
