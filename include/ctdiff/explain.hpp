// explain(f, x): the derivation of d(f, x) step by step, as a lecture writes it. Each step is one
// rule of the table of derivatives (detail/explain_rules.hpp) at one node of f's tree, from the
// root down: its name, its formula, the formula with the node's operands put in, and the node's
// derivative, which is d of that node, so an explanation never disagrees with d. The last line
// shows the simplification: the rules' results multiplied out as stated, then d(f, x) as the
// simplifying builders make it, e.g. 2*(2*x1 + 3*x2)*2 = 4*(2*x1 + 3*x2). to_string(derivation)
// writes it as numbered steps, to_latex(derivation) as an align* block (by ctdiff::to_latex).
//
// A teaching tool, not an evaluation path: it runs at run time and its text is std::string; the
// steps are held in place (their number is bounded by the inner nodes of f's tree).
#ifndef CTDIFF_EXPLAIN_HPP
#define CTDIFF_EXPLAIN_HPP

#include <ctdiff/derivative.hpp>
#include <ctdiff/detail/explain_rules.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/shape.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/hana/unpack.hpp>

#include <array>
#include <cstddef>
#include <string>

namespace ctdiff {

/// One rule applied at one node of f.
struct derivation_step {
    std::string rule;        // "chain rule"
    std::string on;          // what the rule is applied to: the node, or the constant of u + c
    std::string node;        // the node, as to_string prints it
    std::string formula;     // the rule with letters: "(u^2)' = 2*u*u'"
    std::string derivative;  // the rule at this node, d/dx of operands left as such
    std::string result;      // to_string(d(node, x))
    bool closed = false;     // no operand's derivative is left open: derivative only needs simplifying
    struct {
        std::string on, node, formula, derivative, result;
    } tex;                   // the same in LaTeX
};

/// The derivation of d(f, x): the steps from f's root down, then the result before and after
/// simplification. At most N steps (f's inner nodes); size() of them are used.
template <std::size_t N>
struct derivation {
    std::string variable;      // "x1"
    std::string function;      // to_string(f)
    std::array<derivation_step, N> steps{};
    std::size_t count = 0;
    std::string unsimplified;  // the rules' results put together as stated
    std::string result;        // to_string(d(f, x))
    struct {
        std::string variable, function, unsimplified, result;
    } tex;                     // the same in LaTeX

    constexpr std::size_t size() const noexcept { return count; }
    derivation_step const& operator[](std::size_t i) const { return steps[i]; }
    derivation_step const* begin() const noexcept { return steps.data(); }
    derivation_step const* end() const noexcept { return steps.data() + count; }
};

namespace detail::explain {

// "d/dx1[u]"
inline std::string d_of(std::string const& x, std::string const& u) { return detail::joined("d/d", x, "[", u, "]"); }

// "\frac{\partial}{\partial x_{1}}\left[u\right]"
inline std::string d_of_tex(std::string const& x, std::string const& u) {
    return detail::joined("\\frac{\\partial}{\\partial ", x, "}\\left[", u, "\\right]");
}

// A rule's shape with hole K replaced by d/dx[operand K], by `d_of`.
template <class DOf>
std::string fill(std::string const& s, std::string const& x, std::array<std::string, 2> const& operands, DOf d_of) {
    std::string out;
    for (char ch : s) {
        if (ch == '\x01' || ch == '\x02') out += d_of(x, operands[static_cast<std::size_t>(ch - 1)]);
        else out += ch;
    }
    return out;
}

// The derivative of operand u as it stands in the shape: a leaf's at sight, or hole K.
template <std::size_t K, class X, class U>
constexpr auto slot() {
    using T = tree_t<U>;
    if constexpr (known<T>) return leaf_derivative<X, T>();
    else return hole<K>;
}

// The rules' results put together without simplifying: an operand whose derivative d gives as a
// leaf (a number, a variable) stands as that leaf, any other as its own unsimplified result.
template <class X, class E>
auto unsimplified(E const& e_) {
    auto const e = tree(e_);
    using T = std::remove_cvref_t<decltype(e)>;
    if constexpr (known<T>) return leaf_derivative<X, T>();
    else {
        auto const r = rule_of<X>(e);
        return hana::unpack(r.operands, [&](auto const&... operand) {
            auto const part = [](auto const& u) {
                using U = tree_t<std::remove_cvref_t<decltype(u)>>;
                if constexpr (known<U>) return leaf_derivative<X, U>();
                else {
                    using R = tree_t<decltype(d(tree(u), X{}))>;
                    if constexpr (known<R>) return tree(d(tree(u), X{}));
                    else return unsimplified<X>(u);
                }
            };
            (void)part;  // unused by the rules of leaves
            return r.shape(part(operand)...);
        });
    }
}

// One step for node e, then the steps of its operands that are not leaves, in order.
template <class X, class E, std::size_t N>
void visit(E const& e_, derivation<N>& out) {
    auto const e = tree(e_);
    auto const r = rule_of<X>(e);
    using Operands = std::remove_cvref_t<decltype(r.operands)>;
    constexpr std::size_t n = decltype(hana::length(std::declval<Operands>()))::value;
    derivation_step step;
    step.rule = r.name;
    step.node = text(e);
    step.tex.node = latex(e);
    step.on = r.on.text.empty() ? step.node : r.on.text;
    step.tex.on = r.on.tex.empty() ? step.tex.node : r.on.tex;
    step.formula = r.formula.text;
    step.tex.formula = r.formula.tex;
    std::array<std::string, 2> operands{}, operands_tex{};
    auto const shaped = [&]<std::size_t... K>(std::index_sequence<K...>) {
        ((operands[K] = text(tree(r.operands[hana::size_c<K>])), operands_tex[K] = latex(tree(r.operands[hana::size_c<K>]))), ...);
        step.closed = (known<tree_t<std::remove_cvref_t<decltype(r.operands[hana::size_c<K>])>>> && ...);
        return print(r.shape(slot<K, X, std::remove_cvref_t<decltype(r.operands[hana::size_c<K>])>>()...));
    }(std::make_index_sequence<n>{});
    step.derivative = fill(shaped.text, text(X{}), operands, d_of);
    step.tex.derivative = fill(shaped.tex, latex(X{}), operands_tex, d_of_tex);
    step.result = text(d(e, X{}));
    step.tex.result = latex(d(e, X{}));
    out.steps[out.count++] = std::move(step);
    hana::for_each(r.operands, [&out](auto const& u) {
        if constexpr (!known<tree_t<std::remove_cvref_t<decltype(u)>>>) visit<X>(u, out);
    });
}

}  // namespace detail::explain

/// The derivation of d(f, x), step by step: which rule applies at which node of f's tree.
template <class F, class X>
auto explain(F const& f, X const&) {
    static_assert(Expression<F>, "ctdiff::explain(f, x): f must be a ctdiff expression such as ctdiff::pow<2>(x) + 1");
    static_assert(Variable<X>, "ctdiff::explain(f, x): x must be a variable such as ctdiff::var<0>");
    if constexpr (Expression<F> && Variable<X>) {
        // at most one step per inner node, or one for a leaf alone
        using T = detail::shape::of<detail::explain::tree_t<F>>;
        derivation<T::count == 1 ? 1 : T::count - T::leaves> out;
        using detail::explain::latex, detail::explain::text;
        out.variable = text(X{});
        out.tex.variable = latex(X{});
        out.function = text(f);
        out.tex.function = latex(f);
        detail::explain::visit<std::remove_cvref_t<X>>(f, out);
        auto const unsimplified = detail::explain::unsimplified<std::remove_cvref_t<X>>(f);
        out.unsimplified = text(unsimplified);
        out.tex.unsimplified = latex(unsimplified);
        out.result = text(d(f, X{}));
        out.tex.result = latex(d(f, X{}));
        return out;
    } else {
        derivation<1> none;
        return none;
    }
}

/// The derivation as numbered steps, each the rule with its formula, then the rule at its node:
///
///     d/dx1[(2*x1 + 3*x2)^2 + 3]
///     1. constant rule on 3: (u + c)' = u'
///        d/dx1[(2*x1 + 3*x2)^2 + 3] = d/dx1[(2*x1 + 3*x2)^2]
///     ...
///     result: 2*(2*x1 + 3*x2)*2 = 4*(2*x1 + 3*x2)
template <std::size_t N>
std::string to_string(derivation<N> const& steps) {
    using detail::explain::d_of;
    std::string out = d_of(steps.variable, steps.function);
    out += '\n';
    for (std::size_t i = 0; i != steps.size(); ++i) {
        derivation_step const& s = steps[i];
        out += detail::joined(std::to_string(i + 1), ". ", s.rule, " on ", s.on, ": ", s.formula, "\n");
        out += detail::joined(std::string(std::to_string(i + 1).size() + 2, ' '), d_of(steps.variable, s.node), " = ", s.derivative);
        if (s.closed && s.derivative != s.result) out += detail::joined(" = ", s.result);
        out += "\n";
    }
    out += detail::joined("result: ", steps.unsimplified);
    if (steps.unsimplified != steps.result) out += detail::joined(" = ", steps.result);
    out += '\n';
    return out;
}

/// The derivation in LaTeX, an align* environment: one line per step, the rule at its node and,
/// beside it, the rule's name and formula; then the result before and after simplification.
template <std::size_t N>
std::string to_latex(derivation<N> const& steps) {
    using detail::explain::d_of_tex;
    std::string out = "\\begin{align*}\n";
    for (std::size_t i = 0; i != steps.size(); ++i) {
        derivation_step const& s = steps[i];
        out += detail::joined(d_of_tex(steps.tex.variable, s.tex.node), " &= ", s.tex.derivative);
        if (s.closed && s.derivative != s.result) out += detail::joined(" = ", s.tex.result);
        out += detail::joined(" && \\text{", std::to_string(i + 1), ". ", s.rule, " on } ", s.tex.on, "\\text{: } ", s.tex.formula, " \\\\\n");
    }
    out += detail::joined(d_of_tex(steps.tex.variable, steps.tex.function), " &= ", steps.tex.unsimplified);
    if (steps.unsimplified != steps.result) out += detail::joined(" \\\\\n &= ", steps.tex.result);
    out += "\n\\end{align*}\n";
    return out;
}

}  // namespace ctdiff

#endif
