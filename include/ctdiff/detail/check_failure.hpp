#ifndef CTDIFF_DETAIL_CHECK_FAILURE_HPP
#define CTDIFF_DETAIL_CHECK_FAILURE_HPP

// What a failing static_assert(ctdiff::check...(...)) prints. C++20 has no computed static_assert
// message, so the failing entry is named by the frame the compiler shows: a function whose name
// says what failed, whose template arguments are the failing indices and whose arguments are the
// values. clang prints the argument values in its "in call to" notes but no template arguments;
// g++ 12 prints template arguments but only the expressions of the call arguments, and shows the
// analytic value in the failing division below. So indices are passed both ways.

#include <cstddef>

namespace ctdiff {

namespace detail {
inline void check_failed() noexcept {}

// Ends constant evaluation at a line that spells the cause; the division is the part g++ shows
// with its values folded in.
// (A discarded division is not evaluated by either compiler, hence the variable.)
template <class T>
constexpr void analytic_value_disagrees_with_finite_difference(T analytic, T finite_difference) {
    T const no_match = finite_difference * T(0);
    T const analytic_value = analytic / no_match;
    // Reached when the division did not stop evaluation (a NaN or infinite estimate).
    if (analytic_value != finite_difference) check_failed();
}
} // namespace detail

// Called during constant evaluation only, for the first failing entry: never call them directly.

/// static_assert(check(...)) / check_gradient(...) failed: component `Component` (0-based, the
/// variable x_Component) has analytic value `analytic` but the finite difference gives `finite_difference`.
template <std::size_t Component, class T>
constexpr void gradient_check_failed_at_component(std::size_t component, T analytic, T finite_difference) {
    (void)component;
    detail::analytic_value_disagrees_with_finite_difference(analytic, finite_difference);
}

/// static_assert(check(f, ...)) failed for the expression's variable `Variable`, e.g.
/// variable_named<1, 'x', '2'> (its position and name, spelled out for g++); `name` is the name
/// again, for clang, which prints argument values.
template <class Variable, class T>
constexpr void gradient_check_failed_at_variable(std::size_t component, char const* name, T analytic, T finite_difference) {
    (void)component, (void)name;
    detail::analytic_value_disagrees_with_finite_difference(analytic, finite_difference);
}

/// static_assert(check_jacobian(...)) failed at d f_Row / d x_Column.
template <std::size_t Row, std::size_t Column, class T>
constexpr void jacobian_check_failed_at(std::size_t row, std::size_t column, T analytic, T finite_difference) {
    (void)row, (void)column;
    detail::analytic_value_disagrees_with_finite_difference(analytic, finite_difference);
}

/// static_assert(check_hessian(...)) failed at d2 f / d x_Row d x_Column.
template <std::size_t Row, std::size_t Column, class T>
constexpr void hessian_check_failed_at(std::size_t row, std::size_t column, T analytic, T finite_difference) {
    (void)row, (void)column;
    detail::analytic_value_disagrees_with_finite_difference(analytic, finite_difference);
}

/// static_assert(check_hessian(f, ...)) failed for the expression at d2 f / d Row d Column.
template <class Row, class Column, class T>
constexpr void hessian_check_failed_at_variables(char const* row, char const* column, T analytic, T finite_difference) {
    (void)row, (void)column;
    detail::analytic_value_disagrees_with_finite_difference(analytic, finite_difference);
}

/// A sweep over points failed at point number `Point` (0-based); the next frame names the entry.
template <std::size_t Point, class Report>
constexpr void check_failed_at_point(std::size_t point, Report const* report) {
    (void)point;
    report->diagnose();
}

} // namespace ctdiff

#endif
