// LaTeX: to_latex(e) writes an expression as LaTeX math, e.g. 4 \left(2 x_{1} + 3 x_{2}\right) for
// 4*(2*x1 + 3*x2); to_latex_equation("f", d(f, x1), x1) writes
// \frac{\partial f}{\partial x_{1}} = 4 \left(2 x_{1} + 3 x_{2}\right). Both are constexpr and
// return text<N>, like to_string, whose walk and parenthesisation they share (detail/printer.hpp).
//
// Spelling, chosen to read like a textbook and stay unambiguous:
//   products by juxtaposition, 2 x_{1}, and \cdot only before a digit, 2 \cdot 3^{x};
//   u/v as \frac{u}{v}; powers u^{2}, u^{v}; parentheses \left( \right); |u| as \left|u\right|;
//   a name's trailing digits as a subscript (x1 -> x_{1}), Greek names as letters (alpha ->
//   \alpha), other names of several letters upright-italic as one symbol (\mathit{rate});
//   numbers as std::to_chars writes them, 1e-07 as 10^{-7} and 2.5e+21 as 2.5 \cdot 10^{21};
//   log is the natural logarithm \ln, log2 and log10 are \log_{2} and \log_{10}; exp is \exp
//   (not e^{u}, which would make exp's argument an exponent that is hard to read when long);
//   exp2 is 2^{u}; sqrt and cbrt are \sqrt{u} and \sqrt[3]{u}; the inverse hyperbolic functions
//   are ISO 80000-2's \operatorname{arsinh} ...; sign is \operatorname{sgn}; a function with no
//   standard command is \operatorname{name} (sigmoid, softplus, erf, expm1, log1p, atan2, hypot).
//
// The spellings live in one table below, keyed by the function's name, not beside the functions
// in functions.hpp: a TU that never prints LaTeX does not carry them, this header does not have
// to include functions.hpp (and the constexpr math behind it) to name the tags, and a function
// the table does not know (a user's own tag) still prints, as \operatorname{name}(...). A tag may
// spell itself by a member `static constexpr std::string_view latex = "\\Gamma\\left(#\\right)";`
// ('#' stands for each argument in turn), which wins over the table.
#ifndef CTDIFF_TO_LATEX_HPP
#define CTDIFF_TO_LATEX_HPP

#include <ctdiff/detail/printer.hpp>
#include <ctdiff/detail/to_chars.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/text.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace ctdiff {

namespace detail {

struct latex_spelling {
    std::string_view name;     // the function tag's name
    std::string_view pattern;  // '#' is each argument in turn
    binding binds = binding::atom;
};

// clang-format off
inline constexpr latex_spelling latex_functions[] = {
    {"sqrt", "\\sqrt{#}"},                {"cbrt", "\\sqrt[3]{#}"},
    {"exp", "\\exp\\left(#\\right)"},     {"exp2", "2^{#}", binding::power},
    {"expm1", "\\operatorname{expm1}\\left(#\\right)"},
    {"log", "\\ln\\left(#\\right)"},      {"log2", "\\log_{2}\\left(#\\right)"},
    {"log10", "\\log_{10}\\left(#\\right)"},
    {"log1p", "\\operatorname{log1p}\\left(#\\right)"},
    {"sin", "\\sin\\left(#\\right)"},     {"cos", "\\cos\\left(#\\right)"},
    {"tan", "\\tan\\left(#\\right)"},     {"asin", "\\arcsin\\left(#\\right)"},
    {"acos", "\\arccos\\left(#\\right)"}, {"atan", "\\arctan\\left(#\\right)"},
    {"atan2", "\\operatorname{atan2}\\left(#, #\\right)"},
    {"hypot", "\\operatorname{hypot}\\left(#, #\\right)"},
    {"sinh", "\\sinh\\left(#\\right)"},   {"cosh", "\\cosh\\left(#\\right)"},
    {"tanh", "\\tanh\\left(#\\right)"},
    {"asinh", "\\operatorname{arsinh}\\left(#\\right)"},
    {"acosh", "\\operatorname{arcosh}\\left(#\\right)"},
    {"atanh", "\\operatorname{artanh}\\left(#\\right)"},
    {"erf", "\\operatorname{erf}\\left(#\\right)"},
    {"erfc", "\\operatorname{erfc}\\left(#\\right)"},
    {"sigmoid", "\\operatorname{sigmoid}\\left(#\\right)"},
    {"softplus", "\\operatorname{softplus}\\left(#\\right)"},
    {"sign", "\\operatorname{sgn}\\left(#\\right)"},
    {"abs", "\\left|#\\right|"},
};
// clang-format on

template <class Function>
constexpr latex_spelling latex_spelling_of() {
    if constexpr (requires { std::string_view(Function::latex); }) return {Function::name, Function::latex};
    else {
        for (latex_spelling const& s : latex_functions)
            if (s.name == Function::name) return s;
        return {Function::name, {}};
    }
}

inline constexpr std::string_view greek_letters[] = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
    "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi",
    "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma",
    "Upsilon", "Phi", "Psi", "Omega"};

constexpr bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// LaTeX math: see the top of this header for the choices.
struct latex_format {
    static constexpr std::string_view open = "\\left(";
    static constexpr std::string_view close = "\\right)";
    static constexpr bool fraction = true;
    static constexpr bool braced_exponent = true;

    // 2.5, -3, 10^{-7}, 2.5 \cdot 10^{21}, \infty, \mathrm{NaN}
    template <class Sink, class T>
    static constexpr void number(Sink& out, T v) {
        number_chars const chars(v);
        std::string_view const text = chars.view();
        if (text.ends_with("nan")) return out.put("\\mathrm{NaN}");
        if (text.ends_with("inf")) return out.put(text.size() == 4 ? "-\\infty" : "\\infty");
        std::size_t const e = text.find('e');
        if (e == std::string_view::npos) return out.put(text);
        std::string_view const mantissa = text.substr(0, e);
        if (mantissa == "-1") out.put('-');
        else if (mantissa != "1") {
            out.put(mantissa);
            out.put(" \\cdot ");
        }
        out.put("10^{");
        if (text[e + 1] == '-') out.put('-');
        std::size_t digits = e + 2;
        while (digits + 1 < text.size() && text[digits] == '0') ++digits;  // 1e-07 -> 10^{-7}
        out.put(text.substr(digits));
        out.put('}');
    }
    template <class T>
    static constexpr std::size_t number_width() { return max_chars<T>() + 16; }  // + " \cdot 10^{}"
    template <class T>
    static constexpr binding number_binding(T v) {
        if (sign_bit(v)) return binding::product;
        if constexpr (std::is_floating_point_v<T>) {
            number_chars const chars(v);
            std::string_view const text = chars.view();
            if (text.find('e') != std::string_view::npos) return text.starts_with("1e") ? binding::power : binding::product;
        }
        return binding::atom;
    }

    // x -> x, x1 -> x_{1}, alpha2 -> \alpha_{2}, rate -> \mathit{rate}, x_1 -> x_{1}
    template <class Sink>
    static constexpr void variable(Sink& out, std::string_view name) {
        std::size_t digits = name.size();
        while (digits != 0 && name[digits - 1] >= '0' && name[digits - 1] <= '9') --digits;
        if (digits == 0) return out.put(name);  // a name of digits only
        std::string_view base = name.substr(0, digits);
        std::string_view const subscript = name.substr(digits);
        if (!subscript.empty() && base.size() > 1 && base.back() == '_') base.remove_suffix(1);
        bool greek = false;
        for (std::string_view g : greek_letters) greek = greek || g == base;
        if (greek) {
            out.put('\\');
            out.put(base);
        } else if (base.size() == 1 && is_letter(base[0])) out.put(base);
        else {
            out.put("\\mathit{");
            for (char c : base) {
                if (c == '_' || c == '#' || c == '$' || c == '%' || c == '&' || c == '{' || c == '}') out.put('\\');
                out.put(c);
            }
            out.put('}');
        }
        if (!subscript.empty()) {
            out.put("_{");
            out.put(subscript);
            out.put('}');
        }
    }
    static constexpr std::string_view times(bool digit_follows) { return digit_follows ? " \\cdot " : " "; }

    template <class Function>
    static constexpr std::string_view call_pattern() { return latex_spelling_of<Function>().pattern; }
    template <class Function>
    static constexpr binding call_binding() { return latex_spelling_of<Function>().binds; }
    template <class Sink>
    static constexpr void function_name(Sink& out, std::string_view name) {
        out.put("\\operatorname{");
        out.put(name);
        out.put('}');
    }
};

// The longest LaTeX text of a variable named Name (known from the type).
template <Variable V>
constexpr std::size_t latex_name_length() {
    length_sink out;
    latex_format::variable(out, leaf_t<V>::name());
    return out.length;
}

}  // namespace detail

/// The expression as LaTeX math, e.g. "4 \left(2 x_{1} + 3 x_{2}\right)"; constexpr, a text<N>
/// like to_string's. A derivative d(f, x) prints as what it is, its simplified tree; for the
/// \frac{\partial f}{\partial x} on the left of it, see to_latex_equation.
template <Expression E>
constexpr auto to_latex(E const& e) {
    return detail::print_text<detail::latex_format>(e);
}

/// "name = e" in LaTeX, and with variables x..., the partial derivative of name by them on the
/// left: to_latex_equation("f", d(f, x1), x1) is
///     \frac{\partial f}{\partial x_{1}} = 4 \left(2 x_{1} + 3 x_{2}\right)
/// and to_latex_equation("f", d(f, x1, x2), x1, x2) is \frac{\partial^{2} f}{\partial x_{1}
/// \partial x_{2}} = 12. `name` is LaTeX source, written as given ("f", "\\phi", "E_{k}"); the
/// variables are only printed, so they must be the ones e was differentiated by.
template <std::size_t M, Expression E, Variable... X>
constexpr auto to_latex_equation(char const (&name)[M], E const& e, X const&...) {
    constexpr std::size_t order = sizeof...(X);
    constexpr std::size_t head = order == 0 ? 0 : 32 + (0 + ... + (detail::latex_name_length<X>() + 20));
    constexpr std::size_t n = M + head + 3 + decltype(to_latex(e))::capacity();
    text<n> out;
    std::string_view const f(name, name[M - 1] == '\0' ? M - 1 : M);
    if constexpr (order == 0) out.append(f);
    else {
        detail::text_sink<n> sink{out};
        out.append("\\frac{\\partial");
        if constexpr (order > 1) {
            out.append("^{");
            detail::latex_format::number(sink, order);
            out.append("}");
        }
        out.append(" ");
        out.append(f);
        out.append("}{");
        // the variables in order, a run of the same one as a power: \partial x_{1}^{2} \partial y
        std::string_view const names[order] = {leaf_t<X>::name()...};
        for (std::size_t i = 0; i != order;) {
            std::size_t j = i;
            while (j != order && names[j] == names[i]) ++j;
            if (i != 0) out.append(" ");
            out.append("\\partial ");
            detail::latex_format::variable(sink, names[i]);
            if (j - i > 1) {
                out.append("^{");
                detail::latex_format::number(sink, j - i);
                out.append("}");
            }
            i = j;
        }
        out.append("}");
    }
    out.append(" = ");
    out.append(to_latex(e).view());
    return out;
}

}  // namespace ctdiff

#endif
