// The arithmetic operators + - * / and unary -, between expressions and between an expression
// and a number on either side (2 * x, x / 3.5, 1 - x). Operands are copied into the new node,
// never referenced, so expressions stay valid constexpr values wherever they are built.
#ifndef CTDIFF_OPERATORS_HPP
#define CTDIFF_OPERATORS_HPP

#include <ctdiff/simplify.hpp>

namespace ctdiff {

namespace detail {
template <class T>
concept operand = Expression<T> || number<T>;

// At least one side is an expression and the other is an expression or a number.
template <class L, class R>
concept operands = (Expression<L> || Expression<R>) && operand<L> && operand<R>;

// One side is an expression and the other is something ctdiff cannot use.
template <class L, class R>
concept unrelated_operands = (Expression<L> || Expression<R>) && !operands<L, R>;

}  // namespace detail

template <Expression U>
constexpr auto operator-(U const& u) { return detail::neg(u); }
template <Expression U>
constexpr U operator+(U const& u) { return u; }

template <class L, class R> requires detail::operands<L, R>
constexpr auto operator+(L const& l, R const& r) { return detail::add(detail::as_expr(l), detail::as_expr(r)); }
template <class L, class R> requires detail::operands<L, R>
constexpr auto operator-(L const& l, R const& r) { return detail::sub(detail::as_expr(l), detail::as_expr(r)); }
template <class L, class R> requires detail::operands<L, R>
constexpr auto operator*(L const& l, R const& r) { return detail::mul(detail::as_expr(l), detail::as_expr(r)); }
template <class L, class R> requires detail::operands<L, R>
constexpr auto operator/(L const& l, R const& r) { return detail::div(detail::as_expr(l), detail::as_expr(r)); }

// Mixing an expression with a type that is neither an expression nor a number (a string, a
// pointer, a user type) stops here with a sentence instead of a page of candidate operators.
#define CTDIFF_REJECT_OPERANDS(op)                                                              \
    template <class L, class R> requires detail::unrelated_operands<L, R>                      \
    constexpr auto operator op(L const&, R const&) {                                            \
        static_assert(!sizeof(L), "ctdiff: operator" #op ": both operands must be ctdiff "     \
                                  "expressions or arithmetic values (int, double, ...)");       \
        return zero;                                                                             \
    }
CTDIFF_REJECT_OPERANDS(+)
CTDIFF_REJECT_OPERANDS(-)
CTDIFF_REJECT_OPERANDS(*)
CTDIFF_REJECT_OPERANDS(/)
#undef CTDIFF_REJECT_OPERANDS

}  // namespace ctdiff

#endif
