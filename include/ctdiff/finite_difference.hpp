#ifndef CTDIFF_FINITE_DIFFERENCE_HPP
#define CTDIFF_FINITE_DIFFERENCE_HPP

// ctdiff::finite_difference: numerical partial derivatives of any callable or ctdiff expression,
// usable in constant expressions. They exist to check analytic derivatives, not to replace them:
// a gradient of n variables costs n+1 (forward) to 6n (6th order) evaluations of f.

#include <array>
#include <concepts>
#include <cstddef>
#include <limits>
#include <string_view>
#include <type_traits>

#include <ctdiff/complex.hpp>
#include <ctdiff/detail/call_at.hpp>
#include <ctdiff/detail/epsilon_root.hpp>

namespace ctdiff {

/// The schemes. Truncation error is O(h^order(s)).
enum class scheme_id : unsigned char { forward, backward, central, central4, central6, richardson, complex_step };

/// A scheme as a type: only the scheme asked for is instantiated (complex step needs an f that
/// accepts ctdiff::complex, the others must not require it).
template <scheme_id Id>
struct scheme_t {
    static constexpr scheme_id id = Id;
};

/// One of the objects in ctdiff::scheme.
template <class S>
concept Scheme = requires { std::remove_cvref_t<S>::id; } &&
                 std::same_as<std::remove_cvref_t<S>, scheme_t<std::remove_cvref_t<S>::id>>;

namespace scheme {
inline constexpr scheme_t<scheme_id::forward> forward{};           // (f(x+h) - f(x)) / h
inline constexpr scheme_t<scheme_id::backward> backward{};         // (f(x) - f(x-h)) / h
inline constexpr scheme_t<scheme_id::central> central{};           // (f(x+h) - f(x-h)) / 2h
inline constexpr scheme_t<scheme_id::central4> central4{};         // 5-point stencil
inline constexpr scheme_t<scheme_id::central6> central6{};         // 7-point stencil
inline constexpr scheme_t<scheme_id::richardson> richardson{};     // central at h, h/2, h/4, extrapolated
inline constexpr scheme_t<scheme_id::complex_step> complex_step{}; // Im f(x + ih) / h
} // namespace scheme

using default_scheme = scheme_t<scheme_id::central>;

constexpr int order(scheme_id s) noexcept {
    switch (s) {
    case scheme_id::forward:
    case scheme_id::backward: return 1;
    case scheme_id::central:
    case scheme_id::complex_step: return 2;
    case scheme_id::central4: return 4;
    case scheme_id::central6:
    case scheme_id::richardson: return 6;
    }
    return 0;
}

constexpr std::string_view name(scheme_id s) noexcept {
    switch (s) {
    case scheme_id::forward: return "forward";
    case scheme_id::backward: return "backward";
    case scheme_id::central: return "central";
    case scheme_id::central4: return "central4";
    case scheme_id::central6: return "central6";
    case scheme_id::richardson: return "richardson";
    case scheme_id::complex_step: return "complex_step";
    }
    return "?";
}

/// Evaluations of f for one gradient of n variables (complex step: n evaluations on complex numbers).
constexpr std::size_t evaluations(scheme_id s, std::size_t n) noexcept {
    switch (s) {
    case scheme_id::forward:
    case scheme_id::backward: return n + 1; // f(x) is shared by all components
    case scheme_id::central: return 2 * n;
    case scheme_id::central4: return 4 * n;
    case scheme_id::central6:
    case scheme_id::richardson: return 6 * n;
    case scheme_id::complex_step: return n;
    }
    return 0;
}

/// The step actually taken from x: (x + h) - x, so that x + h is exactly the point evaluated and
/// the divisor is exactly the distance moved. No `volatile` needed: without -ffast-math the
/// compiler may not fold (x + h) - x to h.
template <std::floating_point T>
constexpr T representable_step(T x, T h) noexcept {
    return (x + h) - x;
}

/// Default step: h = eps^(1/(order+1)) * max(|x|, 1), which balances truncation (h^order) against
/// round-off (eps/h), made representable. Complex step has no subtraction, hence no round-off
/// term: h = eps * max(|x|, 1) puts its h^2 truncation far below eps.
template <std::floating_point T>
constexpr T default_step(scheme_id s, T x) noexcept {
    T const scale = detail::real::abs(x) > T(1) ? detail::real::abs(x) : T(1);
    switch (s) {
    case scheme_id::forward:
    case scheme_id::backward: return representable_step(x, detail::epsilon_root<T>(2) * scale);
    case scheme_id::central: return representable_step(x, detail::epsilon_root<T>(3) * scale);
    case scheme_id::central4: return representable_step(x, detail::epsilon_root<T>(5) * scale);
    case scheme_id::central6:
    case scheme_id::richardson: return representable_step(x, detail::epsilon_root<T>(7) * scale);
    case scheme_id::complex_step: return std::numeric_limits<T>::epsilon() * scale;
    }
    return T(0);
}

/// The step used at x: the default for h <= 0, else h made representable (complex step: h itself).
template <std::floating_point T>
constexpr T step_at(scheme_id s, T x, T h) noexcept {
    if (h <= T(0)) return default_step(s, x);
    return s == scheme_id::complex_step ? h : representable_step(x, h);
}

namespace detail {

// The values of f at x + offset e_i, as an array of T.
template <class T, class F, std::size_t N>
constexpr auto values_at(F const& f, std::array<T, N> x, std::size_t i, T offset) {
    x[i] += offset;
    return as_values<T>(call_at(f, x));
}

template <class T, std::size_t M>
using values_t = std::array<T, M>;

// Central stencils: sum_k w_k (f(x + kh) - f(x - kh)) / (denominator h)
template <class T, class F, std::size_t N, std::size_t K>
constexpr auto central_stencil(F const& f, std::array<T, N> const& x, std::size_t i, T h,
                               std::array<T, K> const& weights, T denominator) {
    auto sum = decltype(values_at(f, x, i, h)){};
    for (std::size_t k = 0; k < K; ++k) {
        auto const plus = values_at(f, x, i, T(k + 1) * h);
        auto const minus = values_at(f, x, i, -T(k + 1) * h);
        for (std::size_t m = 0; m < sum.size(); ++m) sum[m] += weights[k] * (plus[m] - minus[m]);
    }
    for (auto& v : sum) v /= denominator * h;
    return sum;
}

// What f returns in the calls scheme Id makes: complex step calls f on complex numbers only, so a
// callable written for ctdiff::complex alone works too.
template <scheme_id Id, class T, class F, std::size_t N>
constexpr auto result_of_scheme(F const& f, std::array<T, N> const& x) {
    if constexpr (Id == scheme_id::complex_step) {
        using point = std::array<complex<T>, N>;
        static_assert(InvocableAt<F, point>,
                      "ctdiff::scheme::complex_step: f must accept ctdiff::complex<T> coordinates "
                      "(write f as a template on its scalar type, using unqualified sin, exp, ...)");
        return call_at(f, point{});
    } else {
        return call_at(f, x);
    }
}

template <scheme_id Id, class T, class F, std::size_t N>
using scheme_result_t =
    std::remove_cvref_t<decltype(result_of_scheme<Id>(std::declval<F const&>(), std::declval<std::array<T, N> const&>()))>;

// One value per output of f.
template <scheme_id Id, class T, class F, std::size_t N>
using values_of_t = std::array<T, output_count_v<scheme_result_t<Id, T, F, N>>>;

// f(x), needed by the one-sided schemes only.
template <scheme_id Id, class T, class F, std::size_t N>
constexpr values_of_t<Id, T, F, N> value_if_one_sided(F const& f, std::array<T, N> const& x) {
    if constexpr (Id == scheme_id::forward || Id == scheme_id::backward)
        return as_values<T>(call_at(f, x));
    else
        return {};
}

// Im f(x + ih e_i) / h, for each output of f.
template <class T, class F, std::size_t N>
constexpr auto complex_step_column(F const& f, std::array<T, N> const& x, std::size_t i, T h) {
    std::array<complex<T>, N> z{};
    for (std::size_t k = 0; k < N; ++k) z[k] = complex<T>(x[k]);
    z[i].im = h;
    auto const result = call_at(f, z);
    std::array<T, output_count_v<std::remove_cvref_t<decltype(result)>>> column{};
    if constexpr (is_std_array_v<std::remove_cvref_t<decltype(result)>>)
        for (std::size_t m = 0; m < column.size(); ++m) column[m] = imag(result[m]) / h;
    else
        column[0] = imag(result) / h;
    return column;
}

// The partial derivatives of every output of f by x_i, with step h (already made representable);
// f0 = f(x) is passed in so a whole gradient by one-sided differences costs n+1 evaluations.
template <scheme_id Id, class T, class F, std::size_t N, class V>
constexpr V column(F const& f, std::array<T, N> const& x, std::size_t i, T h, V const& f0) {
    if constexpr (Id == scheme_id::forward || Id == scheme_id::backward) {
        T const direction = Id == scheme_id::forward ? T(1) : T(-1);
        V d = values_at(f, x, i, direction * h);
        for (std::size_t m = 0; m < d.size(); ++m) d[m] = direction * (d[m] - f0[m]) / h;
        return d;
    } else if constexpr (Id == scheme_id::central) {
        return central_stencil(f, x, i, h, std::array<T, 1>{T(1)}, T(2));
    } else if constexpr (Id == scheme_id::central4) {
        return central_stencil(f, x, i, h, std::array<T, 2>{T(8), T(-1)}, T(12));
    } else if constexpr (Id == scheme_id::central6) {
        return central_stencil(f, x, i, h, std::array<T, 3>{T(45), T(-9), T(1)}, T(60));
    } else if constexpr (Id == scheme_id::richardson) {
        // D(h) = D + c2 h^2 + c4 h^4 + ...; two eliminations of the Neville tableau leave O(h^6).
        auto const d1 = column<scheme_id::central>(f, x, i, h, f0);
        auto const d2 = column<scheme_id::central>(f, x, i, h / T(2), f0);
        auto const d4 = column<scheme_id::central>(f, x, i, h / T(4), f0);
        V r{};
        for (std::size_t m = 0; m < r.size(); ++m) {
            T const r1 = (T(4) * d2[m] - d1[m]) / T(3);
            T const r2 = (T(4) * d4[m] - d2[m]) / T(3);
            r[m] = (T(16) * r2 - r1) / T(15);
        }
        return r;
    } else {
        return complex_step_column(f, x, i, h);
    }
}

// All columns of the Jacobian of f at x (columns[i][m] = d f_m / d x_i) and the steps used.
template <class T, std::size_t N, std::size_t M>
struct jacobian_estimate {
    std::array<std::array<T, M>, N> columns{};
    std::array<T, N> steps{};
};

template <scheme_id Id, class T, class F, std::size_t N>
constexpr auto estimate_jacobian(F const& f, std::array<T, N> const& x, T h) {
    auto const f0 = value_if_one_sided<Id>(f, x);
    jacobian_estimate<T, N, f0.size()> estimate;
    for (std::size_t i = 0; i < N; ++i) {
        estimate.steps[i] = step_at(Id, x[i], h);
        estimate.columns[i] = column<Id>(f, x, i, estimate.steps[i], f0);
    }
    return estimate;
}

} // namespace detail

/// df/dx_i at x by scheme S with step h (h <= 0: default_step). f is a ctdiff expression or a
/// callable taking the coordinates (or the std::array). For an f returning std::array<U, M> the
/// result is the column of M partial derivatives.
template <class F, std::floating_point T, std::size_t N, Scheme S = default_scheme>
constexpr auto finite_difference(F const& f, std::array<T, N> const& x, std::size_t i, S = {}, T h = T(0)) {
    constexpr scheme_id id = std::remove_cvref_t<S>::id;
    auto const f0 = detail::value_if_one_sided<id>(f, x);
    auto const column = detail::column<id>(f, x, i, step_at(id, x[i], h), f0);
    if constexpr (detail::is_std_array_v<detail::scheme_result_t<id, T, F, N>>)
        return column;
    else
        return column[0];
}

/// f'(x) for a function of one variable.
template <class F, std::floating_point T, Scheme S = default_scheme>
constexpr auto finite_difference(F const& f, T x, S s = {}, T h = T(0)) {
    // Forwards the one coordinate, so f is never probed with an array.
    auto const of_coordinate = [&f](auto const& x0) { return f(x0); };
    return finite_difference(of_coordinate, std::array<T, 1>{x}, 0, s, h);
}

/// All partial derivatives of a scalar f at x.
template <class F, std::floating_point T, std::size_t N, Scheme S = default_scheme>
constexpr std::array<T, N> finite_difference_gradient(F const& f, std::array<T, N> const& x, S = {}, T h = T(0)) {
    auto const estimate = detail::estimate_jacobian<std::remove_cvref_t<S>::id>(f, x, h);
    static_assert(std::tuple_size_v<std::remove_cvref_t<decltype(estimate.columns[0])>> == 1,
                  "ctdiff::finite_difference_gradient(f, x): f must return a scalar; use finite_difference_jacobian");
    std::array<T, N> gradient{};
    for (std::size_t i = 0; i < N; ++i) gradient[i] = estimate.columns[i][0];
    return gradient;
}

/// The Jacobian of f: R^N -> R^M at x, as M rows of N partial derivatives.
template <class F, std::floating_point T, std::size_t N, Scheme S = default_scheme>
constexpr auto finite_difference_jacobian(F const& f, std::array<T, N> const& x, S = {}, T h = T(0)) {
    auto const estimate = detail::estimate_jacobian<std::remove_cvref_t<S>::id>(f, x, h);
    constexpr std::size_t m_outputs = std::tuple_size_v<std::remove_cvref_t<decltype(estimate.columns[0])>>;
    std::array<std::array<T, N>, m_outputs> jacobian{};
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t m = 0; m < m_outputs; ++m) jacobian[m][i] = estimate.columns[i][m];
    return jacobian;
}

} // namespace ctdiff

#endif
