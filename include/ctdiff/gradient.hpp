// Whole gradients and Jacobians by one reverse sweep over f's shared graph (detail/graph/
// adjoint.hpp): gradient(f), value_and_gradient(f) and jacobian(f1, f2, ...) return callables
// that evaluate f's nodes once, forward, then its adjoint nodes, backward. The program is fixed
// while compiling, so a call is straight-line code: no tape, no heap, no virtual call, each libm
// call of f made once (exp(u)' reuses exp(u)), and it works in static_assert.
#ifndef CTDIFF_GRADIENT_HPP
#define CTDIFF_GRADIENT_HPP

#include <ctdiff/derivative.hpp>
#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/adjoint.hpp>
#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/detail/graph/run.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctdiff {

/// What value_and_gradient(f)(x...) returns: `auto [v, g] = ...`.
template <class T, std::size_t N>
struct value_and_gradient_result {
    T value;
    std::array<T, N> gradient;
};

namespace detail {

enum class program_kind { gradient, value_and_gradient, jacobian };

/// A compiled derivative program: Graph's roots, evaluated at a point with the numbers f held.
/// N is the number of variables; Rows the number of outputs (jacobian).
template <program_kind Kind, class Graph, class C, std::size_t M, std::size_t N, std::size_t Rows = 1>
struct derivative_program {
    using graph_type = Graph;
    static constexpr program_kind kind = Kind;
    static constexpr std::size_t variables = N;
    std::array<C, M> constants;

    template <class T, std::size_t K>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(std::array<T, K> const& x) const {
        static_assert(K >= N, "ctdiff: too few arguments: the function has more variables than the "
                              "point has coordinates");
        using U = typename evaluation_type<T>::type;
        if constexpr (!std::is_same_v<U, T>) {
            std::array<U, K> converted{};
            for (std::size_t i = 0; i != K; ++i) converted[i] = static_cast<U>(x[i]);
            return (*this)(converted);
        } else if constexpr (K < N) {
            return std::array<U, N>{};  // (the static_assert above has fired)
        } else {
            auto const r = graph::run<Graph>(x, constants);
            // constant indices only (see run.hpp)
            if constexpr (Kind == program_kind::gradient) return r;
            else if constexpr (Kind == program_kind::value_and_gradient) {
                return [&]<std::size_t... J>(std::index_sequence<J...>) CTDIFF_ALWAYS_INLINE {
                    return value_and_gradient_result<U, N>{r[0], {r[J + 1]...}};
                }(std::make_index_sequence<N>{});
            } else {
                auto row = [&]<std::size_t I, std::size_t... J>(std::integral_constant<std::size_t, I>,
                                                                std::index_sequence<J...>) CTDIFF_ALWAYS_INLINE {
                    return std::array<U, N>{r[I * N + J]...};
                };
                return [&]<std::size_t... I>(std::index_sequence<I...>) CTDIFF_ALWAYS_INLINE {
                    return std::array<std::array<U, N>, Rows>{
                        row(std::integral_constant<std::size_t, I>{}, std::make_index_sequence<N>{})...};
                }(std::make_index_sequence<Rows>{});
            }
        }
    }

    template <class... Args>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(Args const&... args) const {
        constexpr bool common = sizeof...(Args) == 0 || requires { typename std::common_type<Args...>::type; };
        static_assert(common, "ctdiff: the arguments have no common type; pass numbers of one kind, "
                              "such as all double");
        if constexpr (common) {
            using T = typename evaluation_type<Args...>::type;
            return (*this)(std::array<T, sizeof...(Args)>{static_cast<T>(args)...});
        }
    }
};

// The graph of f1, f2, ...: one function that is a derivative already is its own graph (lowering
// it again would only copy it).
template <class... Fs> struct graph_of_all { using type = graph::lowered<Fs...>; };
template <class F> struct graph_of_all<F> { using type = graph::graph_of<F>; };

template <program_kind Kind, template <class, std::size_t> class Pass, class... Fs>
CTDIFF_ALWAYS_INLINE constexpr auto make_program(Fs const&... fs) {
    constexpr std::size_t n = largest(std::size_t{0}, arity_v<Fs>...);
    using G = Pass<typename graph_of_all<Fs...>::type, n>;
    auto const k = graph::numbers_array(fs...);
    return derivative_program<Kind, G, typename decltype(k)::value_type, k.size(), n, sizeof...(Fs)>{k};
}

template <class G, std::size_t N> using gradient_pass = graph::adjoint<G, N, false>;
template <class G, std::size_t N> using value_and_gradient_pass = graph::adjoint<G, N, true>;
template <class G, std::size_t N> using jacobian_pass = graph::jacobian<G, N>;

}  // namespace detail

/// gradient(f): a callable; gradient(f)(x0, x1, ...) (or (std::array{...})) is the
/// std::array<T, arity_v<F>> of every partial derivative of f, by one reverse sweep.
template <class F>
CTDIFF_ALWAYS_INLINE constexpr auto gradient(F const& f) {
    static_assert(Expression<F>, "ctdiff::gradient(f): f must be a ctdiff expression such as "
                                 "ctdiff::pow<2>(x) + 1");
    if constexpr (Expression<F>) return detail::make_program<detail::program_kind::gradient, detail::gradient_pass>(f);
}

/// value_and_gradient(f): a callable; `auto [v, g] = value_and_gradient(f)(x...)` gives f's
/// value and its gradient from one forward and one backward sweep.
template <class F>
CTDIFF_ALWAYS_INLINE constexpr auto value_and_gradient(F const& f) {
    static_assert(Expression<F>, "ctdiff::value_and_gradient(f): f must be a ctdiff expression "
                                 "such as ctdiff::pow<2>(x) + 1");
    if constexpr (Expression<F>)
        return detail::make_program<detail::program_kind::value_and_gradient, detail::value_and_gradient_pass>(f);
}

/// jacobian(f1, f2, ...): a callable returning the rows d f_i / d x_j as
/// std::array<std::array<T, n>, m>; one reverse sweep per output when m <= n, else one forward
/// sweep per variable, over one graph that the f_i share.
template <class... Fs>
CTDIFF_ALWAYS_INLINE constexpr auto jacobian(Fs const&... fs) {
    static_assert(sizeof...(Fs) != 0, "ctdiff::jacobian(f1, f2, ...): name at least one function");
    static_assert((Expression<Fs> && ...), "ctdiff::jacobian(f1, f2, ...): every f_i must be a "
                                           "ctdiff expression");
    if constexpr (sizeof...(Fs) != 0 && (Expression<Fs> && ...))
        return detail::make_program<detail::program_kind::jacobian, detail::jacobian_pass>(fs...);
}

}  // namespace ctdiff

#endif
