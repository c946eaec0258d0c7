#ifndef CTDIFF_CHECK_HPP
#define CTDIFF_CHECK_HPP

// ctdiff::check_gradient / check_jacobian: compare analytic derivatives with finite differences,
// at compile time (static_assert) or at run time. The report is contextually bool; when a
// static_assert on it fails, the diagnostic names the failing entry (see detail/check_failure.hpp).
// Tolerances follow PyTorch gradcheck: |analytic - estimate| <= atol + rtol * |estimate|.

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <ctdiff/derivative.hpp>
#include <ctdiff/detail/call_at.hpp>
#include <ctdiff/detail/check_failure.hpp>
#include <ctdiff/detail/real_functions.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/finite_difference.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/hessian.hpp>
#include <ctdiff/var.hpp>

namespace ctdiff {

/// Tolerances and step of a check; step <= 0 means default_step for each component.
template <std::floating_point T>
struct check_options {
    T atol = T(1e-5);
    T rtol = T(1e-3);
    T step = T(0);
};

enum class check_kind : unsigned char { gradient, jacobian, hessian };

/// One compared derivative: d f_row / d x_column (gradient: row 0; Hessian: d2 f / dx_row dx_column).
template <std::floating_point T>
struct check_entry {
    std::size_t row = 0;
    std::size_t column = 0;
    T analytic{};
    T estimate{};
    T abs_error{};
    T rel_error{}; // abs_error / |estimate|
    T step{};
    bool passed = false;
};

namespace detail {
// The names of a report's variables: none for a hand-written function, whose rows are positions.
struct positions {
    static constexpr std::string_view name(std::size_t) noexcept { return {}; }
    template <std::size_t I>
    using variable = void;
};

// The variable of expression F at position I as variable_named<I, 'x', '1'> (void if F has none),
// and its name ("" if none).
template <std::size_t I, class F>
consteval bool has_variable() {
    if constexpr (I >= arity_v<F>) return false;
    else return !std::is_null_pointer_v<decltype(find_variable<I>(static_cast<F const*>(nullptr)))>;
}
template <std::size_t I, class F, bool = has_variable<I, F>()>
struct named_at {
    using type = void;
    static constexpr std::string_view name{};
};
template <std::size_t I, class F>
struct named_at<I, F, true> {
    using type = typename spelled<variable_at<I, F>>::type;
    static constexpr std::string_view name = variable_at<I, F>::name();
};

// The rows of a check of expression F at a point of N coordinates, named as F names them.
template <class F, std::size_t N>
struct variable_names {
    static constexpr auto names = []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<std::string_view, N>{named_at<I, F>::name...};
    }(std::make_index_sequence<N>{});
    static constexpr std::string_view name(std::size_t i) noexcept { return i < N ? names[i] : std::string_view{}; }
    template <std::size_t I>
    using variable = typename named_at<I, F>::type;
};
} // namespace detail

/// The result of a check. Names names its variables (an expression's) or not (a hand-written
/// function's, whose rows are positions).
template <std::floating_point T, check_kind Kind, std::size_t Rows, std::size_t Columns, class Names = detail::positions>
struct check_report {
    std::array<check_entry<T>, Rows * Columns> entries{};
    scheme_id scheme = scheme_id::central;
    T atol{};
    T rtol{};
    std::size_t evaluations = 0; // of f by the finite differences, per check

    static constexpr check_kind kind = Kind;
    static constexpr std::size_t rows = Rows;
    static constexpr std::size_t columns = Columns;
    using names = Names;

    /// The name of variable i ("x1"), or empty when the checked function does not name it.
    static constexpr std::string_view variable_name(std::size_t i) noexcept { return Names::name(i); }

    constexpr check_entry<T> const& operator()(std::size_t row, std::size_t column) const {
        return entries[row * Columns + column];
    }
    /// Gradient: the entry of component i.
    constexpr check_entry<T> const& operator[](std::size_t i) const { return entries[i]; }

    constexpr std::size_t failures() const noexcept {
        std::size_t count = 0;
        for (auto const& e : entries) count += e.passed ? 0 : 1;
        return count;
    }
    constexpr bool passed() const noexcept { return failures() == 0; }

    /// In a constant expression a failure does not just yield false: it stops the evaluation in a
    /// function that names the first failing entry and its values. Use passed() to get false.
    constexpr explicit operator bool() const noexcept {
        if (std::is_constant_evaluated()) diagnose();
        return passed();
    }

    constexpr void diagnose() const noexcept {
        [this]<std::size_t... K>(std::index_sequence<K...>) {
            (void)((entries[K].passed ? false : (report_failure<K / Columns, K % Columns>(entries[K]), true)) || ...);
        }(std::make_index_sequence<Rows * Columns>{});
    }

private:
    template <std::size_t Row, std::size_t Column>
    static constexpr void report_failure(check_entry<T> const& e) noexcept {
        using row_variable = typename Names::template variable<Row>;
        using column_variable = typename Names::template variable<Column>;
        if constexpr (Kind == check_kind::gradient && !std::is_void_v<column_variable>)
            gradient_check_failed_at_variable<column_variable>(Column, Names::name(Column).data(), e.analytic, e.estimate);
        else if constexpr (Kind == check_kind::gradient)
            gradient_check_failed_at_component<Column>(Column, e.analytic, e.estimate);
        else if constexpr (Kind == check_kind::jacobian)
            jacobian_check_failed_at<Row, Column>(Row, Column, e.analytic, e.estimate);
        else if constexpr (!std::is_void_v<row_variable> && !std::is_void_v<column_variable>)
            hessian_check_failed_at_variables<row_variable, column_variable>(
                Names::name(Row).data(), Names::name(Column).data(), e.analytic, e.estimate);
        else
            hessian_check_failed_at<Row, Column>(Row, Column, e.analytic, e.estimate);
    }
};

/// The reports of one check at each of P points.
template <class Report, std::size_t P>
struct sweep_report {
    std::array<Report, P> points{};

    constexpr std::size_t failures() const noexcept {
        std::size_t count = 0;
        for (auto const& r : points) count += r.passed() ? 0 : 1;
        return count;
    }
    constexpr bool passed() const noexcept { return failures() == 0; }
    constexpr explicit operator bool() const noexcept {
        if (std::is_constant_evaluated()) diagnose();
        return passed();
    }
    constexpr void diagnose() const noexcept {
        [this]<std::size_t... K>(std::index_sequence<K...>) {
            (void)((points[K].passed() ? false : (check_failed_at_point<K>(K, &points[K]), true)) || ...);
        }(std::make_index_sequence<P>{});
    }
};

namespace detail {

template <std::floating_point T>
constexpr check_entry<T> compare(std::size_t row, std::size_t column, T analytic, T estimate, T step,
                                 check_options<T> const& options) noexcept {
    check_entry<T> e{row, column, analytic, estimate, real::abs(analytic - estimate), T(0), step, false};
    e.rel_error = e.abs_error == T(0) ? T(0) : e.abs_error / real::abs(estimate);
    e.passed = e.abs_error <= options.atol + options.rtol * real::abs(estimate); // false for NaN
    return e;
}

// The analytic gradient from grad(x) -> std::array, or grad(x, std::span<T, N>) writing it.
template <class T, std::size_t N, class G>
constexpr std::array<T, N> analytic_gradient(G const& grad, std::array<T, N> const& x) {
    if constexpr (InvocableAt<G, std::array<T, N>, std::span<T, N>>) {
        std::array<T, N> out{};
        call_at(grad, x, std::span<T, N>(out));
        return out;
    } else {
        static_assert(InvocableAt<G, std::array<T, N>>,
                      "ctdiff::check_gradient(f, grad, x): grad must be callable with x (or its coordinates), "
                      "returning std::array or writing to a std::span<T, N>");
        auto const values = as_values<T>(call_at(grad, x));
        static_assert(values.size() == N,
                      "ctdiff::check_gradient(f, grad, x): grad must return one value per coordinate of x");
        return values;
    }
}

// The analytic Jacobian (M rows of N) from jac(x) -> array of M arrays of N, or jac(x, span<T, M*N>)
// writing it row by row.
template <class T, std::size_t M, std::size_t N, class J>
constexpr std::array<std::array<T, N>, M> analytic_jacobian(J const& jac, std::array<T, N> const& x) {
    std::array<std::array<T, N>, M> rows{};
    if constexpr (InvocableAt<J, std::array<T, N>, std::span<T, M * N>>) {
        std::array<T, M * N> flat{};
        call_at(jac, x, std::span<T, M * N>(flat));
        for (std::size_t m = 0; m < M; ++m)
            for (std::size_t i = 0; i < N; ++i) rows[m][i] = flat[m * N + i];
    } else {
        auto const& result = call_at(jac, x);
        static_assert(output_count_v<std::remove_cvref_t<decltype(result)>> == M,
                      "ctdiff::check_jacobian(f, jac, x): jac must return one row per output of f");
        for (std::size_t m = 0; m < M; ++m) rows[m] = as_values<T>(result[m]);
    }
    return rows;
}

// Fills a report from the analytic rows and the finite-difference estimate of the same derivatives.
template <check_kind Kind, scheme_id Id, class Names = positions, class T, std::size_t Rows, std::size_t N, class Estimate>
constexpr auto make_report(std::array<std::array<T, N>, Rows> const& analytic, Estimate const& estimate,
                           check_options<T> const& options) {
    check_report<T, Kind, Rows, N, Names> report;
    report.scheme = Id;
    report.atol = options.atol;
    report.rtol = options.rtol;
    report.evaluations = Kind == check_kind::hessian ? Rows * evaluations(Id, N) : evaluations(Id, N);
    for (std::size_t r = 0; r < Rows; ++r)
        for (std::size_t i = 0; i < N; ++i)
            report.entries[r * N + i] =
                compare(r, i, analytic[r][i], estimate.columns[i][r], estimate.steps[i], options);
    return report;
}

template <class Report, std::size_t P, class T, std::size_t N, class Check>
constexpr auto sweep(std::array<std::array<T, N>, P> const& points, Check const& check_at) {
    sweep_report<Report, P> result;
    for (std::size_t p = 0; p < P; ++p) result.points[p] = check_at(points[p]);
    return result;
}

} // namespace detail

/// Compares grad, a hand-written gradient of f: R^N -> R, with finite differences of f at x.
/// f and grad take the coordinates or the std::array; grad returns std::array<T, N> or writes to
/// a std::span<T, N> passed after the point.
namespace detail {
template <class Names, class F, class G, std::floating_point T, std::size_t N, class S>
constexpr auto check_gradient_named(F const& f, G const& grad, std::array<T, N> const& x, check_options<T> const& options) {
    constexpr scheme_id id = std::remove_cvref_t<S>::id;
    auto const estimate = estimate_jacobian<id>(f, x, options.step);
    static_assert(std::tuple_size_v<std::remove_cvref_t<decltype(estimate.columns[0])>> == 1,
                  "ctdiff::check_gradient(f, grad, x): f must return a scalar; use check_jacobian");
    std::array<std::array<T, N>, 1> const analytic{analytic_gradient(grad, x)};
    return make_report<check_kind::gradient, id, Names>(analytic, estimate, options);
}
} // namespace detail

template <class F, class G, std::floating_point T, std::size_t N, Scheme S = default_scheme>
constexpr auto check_gradient(F const& f, G const& grad, std::array<T, N> const& x, S = {},
                              check_options<T> const& options = {}) {
    return detail::check_gradient_named<detail::positions, F, G, T, N, S>(f, grad, x, options);
}

template <class F, class G, std::floating_point T, std::size_t N>
constexpr auto check_gradient(F const& f, G const& grad, std::array<T, N> const& x, check_options<T> const& options) {
    return check_gradient(f, grad, x, scheme::central, options);
}

/// The same check at each of P points.
template <class F, class G, std::floating_point T, std::size_t N, std::size_t P, Scheme S = default_scheme>
constexpr auto check_gradient(F const& f, G const& grad, std::array<std::array<T, N>, P> const& points, S s = {},
                              check_options<T> const& options = {}) {
    using report = decltype(check_gradient(f, grad, points[0], s, options));
    return detail::sweep<report>(points, [&](auto const& x) { return check_gradient(f, grad, x, s, options); });
}

/// Compares jac, a hand-written Jacobian of f: R^N -> R^M (f returns std::array<T, M>), with
/// finite differences. jac returns M rows of N (std::array<std::array<T, N>, M>) or writes them row
/// by row to a std::span<T, M * N> passed after the point.
template <class F, class J, std::floating_point T, std::size_t N, Scheme S = default_scheme>
constexpr auto check_jacobian(F const& f, J const& jac, std::array<T, N> const& x, S = {},
                              check_options<T> const& options = {}) {
    constexpr scheme_id id = std::remove_cvref_t<S>::id;
    auto const estimate = detail::estimate_jacobian<id>(f, x, options.step);
    constexpr std::size_t m_outputs = std::tuple_size_v<std::remove_cvref_t<decltype(estimate.columns[0])>>;
    auto const analytic = detail::analytic_jacobian<T, m_outputs>(jac, x);
    return detail::make_report<check_kind::jacobian, id>(analytic, estimate, options);
}

template <class F, class J, std::floating_point T, std::size_t N>
constexpr auto check_jacobian(F const& f, J const& jac, std::array<T, N> const& x, check_options<T> const& options) {
    return check_jacobian(f, jac, x, scheme::central, options);
}

template <class F, class J, std::floating_point T, std::size_t N, std::size_t P, Scheme S = default_scheme>
constexpr auto check_jacobian(F const& f, J const& jac, std::array<std::array<T, N>, P> const& points, S s = {},
                              check_options<T> const& options = {}) {
    using report = decltype(check_jacobian(f, jac, points[0], s, options));
    return detail::sweep<report>(points, [&](auto const& x) { return check_jacobian(f, jac, x, s, options); });
}

/// Compares hess, a hand-written Hessian, with finite differences of grad, the gradient of the
/// same f (hand-written too, or ctdiff::gradient(f)). hess returns n rows of n or writes them row
/// by row to a std::span<T, N * N>; grad returns std::array<T, N>.
template <class G, class H, std::floating_point T, std::size_t N, Scheme S = default_scheme>
    requires(!Expression<G>)
constexpr auto check_hessian(G const& grad, H const& hess, std::array<T, N> const& x, S = {},
                             check_options<T> const& options = {}) {
    constexpr scheme_id id = std::remove_cvref_t<S>::id;
    auto const estimate = detail::estimate_jacobian<id>(grad, x, options.step);
    static_assert(std::tuple_size_v<std::remove_cvref_t<decltype(estimate.columns[0])>> == N,
                  "ctdiff::check_hessian(grad, hess, x): grad must return one value per coordinate of x");
    auto const analytic = detail::analytic_jacobian<T, N>(hess, x);
    return detail::make_report<check_kind::hessian, id>(analytic, estimate, options);
}

template <class G, class H, std::floating_point T, std::size_t N>
    requires(!Expression<G>)
constexpr auto check_hessian(G const& grad, H const& hess, std::array<T, N> const& x, check_options<T> const& options) {
    return check_hessian(grad, hess, x, scheme::central, options);
}

template <class G, class H, std::floating_point T, std::size_t N, std::size_t P, Scheme S = default_scheme>
    requires(!Expression<G>)
constexpr auto check_hessian(G const& grad, H const& hess, std::array<std::array<T, N>, P> const& points, S s = {},
                             check_options<T> const& options = {}) {
    using report = decltype(check_hessian(grad, hess, points[0], s, options));
    return detail::sweep<report>(points, [&](auto const& x) { return check_hessian(grad, hess, x, s, options); });
}

// ---- ctdiff expressions: ctdiff's own derivatives against finite differences ----

namespace detail {
// The analytic gradient of expression f at p, by one reverse sweep (0 past f's own variables).
template <class F, class T, std::size_t N>
constexpr std::array<T, N> expression_gradient(F const& f, std::array<T, N> const& p) {
    std::array<T, N> out{};
    if constexpr (arity_v<F> != 0) {
        auto const g = gradient(f)(p);
        for (std::size_t i = 0; i != g.size() && i != N; ++i) out[i] = static_cast<T>(g[i]);
    }
    return out;
}

// The analytic Hessian of expression f at p, by hessian(f) (N may exceed f's variables).
template <class F, class T, std::size_t N>
constexpr std::array<std::array<T, N>, N> expression_hessian(F const& f, std::array<T, N> const& p) {
    std::array<std::array<T, N>, N> out{};
    if constexpr (arity_v<F> != 0) {
        auto const h = hessian(f)(p);
        for (std::size_t i = 0; i != h.size() && i != N; ++i)
            for (std::size_t j = 0; j != h.size() && j != N; ++j) out[i][j] = static_cast<T>(h[i][j]);
    }
    return out;
}

template <class F, std::size_t N>
constexpr void require_coordinates_for() {
    static_assert(arity_v<F> <= N, "ctdiff::check(f, x): f uses a variable whose position has no coordinate in x");
}
} // namespace detail

/// Compares every first partial d(f, x_i) of the expression f with finite differences at x. The
/// report names its rows as f names its variables (x1, x2).
template <Expression F, std::floating_point T, std::size_t N, Scheme S = default_scheme>
constexpr auto check(F const& f, std::array<T, N> const& x, S = {}, check_options<T> const& options = {}) {
    detail::require_coordinates_for<F, N>();
    auto const gradient = [&f](std::array<T, N> const& p) { return detail::expression_gradient(f, p); };
    using names = detail::variable_names<std::remove_cvref_t<F>, N>;
    return detail::check_gradient_named<names, F, decltype(gradient), T, N, S>(f, gradient, x, options);
}

template <Expression F, std::floating_point T, std::size_t N>
constexpr auto check(F const& f, std::array<T, N> const& x, check_options<T> const& options) {
    return check(f, x, scheme::central, options);
}

/// check(f, x0, x1, ...): the same at the point (x0, x1, ...), e.g. static_assert(check(f, 1.0, 3.0)).
template <Expression F, Arithmetic... X>
    requires(sizeof...(X) > 0)
constexpr auto check(F const& f, X... x) {
    using T = std::common_type_t<double, X...>;
    return check(f, std::array<T, sizeof...(X)>{static_cast<T>(x)...});
}

/// The same check at each of P points.
template <Expression F, std::floating_point T, std::size_t N, std::size_t P, Scheme S = default_scheme>
constexpr auto check(F const& f, std::array<std::array<T, N>, P> const& points, S s = {},
                     check_options<T> const& options = {}) {
    using report = decltype(check(f, points[0], s, options));
    return detail::sweep<report>(points, [&](auto const& x) { return check(f, x, s, options); });
}

/// Second order: compares d(f, x_i, x_j) with finite differences of the analytic gradient.
template <Expression F, std::floating_point T, std::size_t N, Scheme S = default_scheme>
constexpr auto check_hessian(F const& f, std::array<T, N> const& x, S = {}, check_options<T> const& options = {}) {
    detail::require_coordinates_for<F, N>();
    constexpr scheme_id id = std::remove_cvref_t<S>::id;
    auto const gradient = [&f](auto const& p) { return detail::expression_gradient(f, p); };
    auto const estimate = detail::estimate_jacobian<id>(gradient, x, options.step);
    using names = detail::variable_names<std::remove_cvref_t<F>, N>;
    return detail::make_report<check_kind::hessian, id, names>(detail::expression_hessian(f, x), estimate, options);
}

// ---- printing (run time only) ----

namespace detail {
inline std::string format_number(double v, int digits = 10) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.*g", digits, v);
    return buffer;
}

inline std::string pad_left(std::string s, std::size_t width) {
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

constexpr std::string_view describe(check_kind k) noexcept {
    switch (k) {
    case check_kind::gradient: return "gradient";
    case check_kind::jacobian: return "Jacobian";
    case check_kind::hessian: return "Hessian";
    }
    return "?";
}
} // namespace detail

/// The report as a table: component, analytic, FD estimate, abs err, rel err, step, verdict. A
/// component is the variable's name when the checked expression names it, else its position.
template <std::floating_point T, check_kind Kind, std::size_t Rows, std::size_t Columns, class Names>
std::string to_string(check_report<T, Kind, Rows, Columns, Names> const& report) {
    auto const variable = [](std::size_t i) {
        std::string_view const name = Names::name(i);
        return name.empty() ? std::to_string(i) : std::string(name); // a position counts from 0
    };
    std::string const by = report.scheme == scheme_id::complex_step ? std::string("the complex step")
                                                                     : std::string(name(report.scheme)) + " differences";
    std::string out = "check of the " + std::string(detail::describe(Kind)) + " by " + by + " (atol " + detail::format_number(double(report.atol)) + ", rtol " +
                      detail::format_number(double(report.rtol)) + ", " + std::to_string(report.evaluations) +
                      " evaluations): ";
    out += report.passed() ? "passed\n"
                           : "FAILED, " + std::to_string(report.failures()) + " of " +
                                 std::to_string(report.entries.size()) + " entries\n";
    out += "  component           analytic        FD estimate   abs err   rel err      step  verdict\n";
    for (auto const& e : report.entries) {
        std::string component = Kind == check_kind::gradient
                                    ? variable(e.column)
                                    : std::string("(").append(variable(e.row)).append(", ").append(variable(e.column)).append(")");
        out += detail::pad_left(component, 11) + detail::pad_left(detail::format_number(double(e.analytic)), 19) +
               detail::pad_left(detail::format_number(double(e.estimate)), 19) +
               detail::pad_left(detail::format_number(double(e.abs_error), 3), 10) +
               detail::pad_left(detail::format_number(double(e.rel_error), 3), 10) +
               detail::pad_left(detail::format_number(double(e.step), 3), 10) +
               (e.passed ? "  ok\n" : "  FAILED\n");
    }
    return out;
}

/// A sweep: one line per point, then the table of each failing point.
template <class Report, std::size_t P>
std::string to_string(sweep_report<Report, P> const& sweep) {
    std::string out = "sweep over " + std::to_string(P) + " points: " +
                      (sweep.passed() ? std::string("passed\n") : std::to_string(sweep.failures()) + " failing\n");
    for (std::size_t p = 0; p < P; ++p)
        if (!sweep.points[p].passed()) out += "point " + std::to_string(p) + ": " + to_string(sweep.points[p]);
    return out;
}

/// Streams to_string(report) into any ostream-like object (no <ostream> dependency here).
template <class Stream, std::floating_point T, check_kind Kind, std::size_t Rows, std::size_t Columns, class Names>
auto operator<<(Stream& os, check_report<T, Kind, Rows, Columns, Names> const& report) -> decltype(os << std::string()) {
    return os << to_string(report);
}

template <class Stream, class Report, std::size_t P>
auto operator<<(Stream& os, sweep_report<Report, P> const& sweep) -> decltype(os << std::string()) {
    return os << to_string(sweep);
}

} // namespace ctdiff

#endif
