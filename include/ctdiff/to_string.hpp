// Printing: to_string(e) writes an expression as plain text with the fewest parentheses that keep
// its tree readable back, e.g. "(2*x1 + 3*x2)^2 + 3". It is constexpr: it returns a text<N> whose
// capacity N is computed from the expression's type, so
//     static_assert(ctdiff::to_string(ctdiff::d(f, x1)) == "4*(2*x1 + 3*x2)");
// holds, and numbers known only at run time print as std::to_chars prints them, in constant
// expressions too. The walk and its parenthesisation are shared with to_latex (detail/printer.hpp);
// this header says only how plain text spells each piece.
#ifndef CTDIFF_TO_STRING_HPP
#define CTDIFF_TO_STRING_HPP

#include <ctdiff/detail/printer.hpp>
#include <ctdiff/detail/to_chars.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/text.hpp>

#include <cstddef>
#include <string_view>

namespace ctdiff {

namespace detail {

// Plain text: "2*x", "x/y", "x^2", "x^(-1)", "sin(x)", "atan2(y, x)"; numbers as std::to_chars.
struct plain_format {
    static constexpr std::string_view open = "(";
    static constexpr std::string_view close = ")";
    static constexpr bool fraction = false;
    static constexpr bool braced_exponent = false;

    template <class Sink, class T>
    static constexpr void number(Sink& out, T v) {
        out.put(number_chars(v).view());
    }
    template <class T>
    static constexpr std::size_t number_width() { return max_chars<T>(); }
    template <class T>
    static constexpr binding number_binding(T v) { return sign_bit(v) ? binding::product : binding::atom; }

    template <class Sink>
    static constexpr void variable(Sink& out, std::string_view name) { out.put(name); }
    static constexpr std::string_view times(bool) { return "*"; }

    template <class Function>
    static constexpr std::string_view call_pattern() { return {}; }
    template <class Function>
    static constexpr binding call_binding() { return binding::atom; }
    template <class Sink>
    static constexpr void function_name(Sink& out, std::string_view name) { out.put(name); }
};

// How tightly e binds and whether it begins with a minus, as plain text prints it.
template <Expression E>
constexpr binding binding_of(E const& e) { return binding_as<plain_format, false>(e); }
template <Expression E>
constexpr bool starts_with_minus(E const& e) { return starts_with_minus_as<plain_format, false>(e); }

}  // namespace detail

/// The expression as plain text, e.g. "4*(2*x1 + 3*x2)"; constexpr. The result converts to
/// std::string_view and std::string, compares with ==, has c_str() and streams.
template <Expression E>
constexpr auto to_string(E const& e) {
    return detail::print_text<detail::plain_format>(e);
}

}  // namespace ctdiff

#endif
