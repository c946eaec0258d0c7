// Variables: ctdiff::var<I> is the function's argument at position I.
#ifndef CTDIFF_VAR_HPP
#define CTDIFF_VAR_HPP

#include <ctdiff/expr.hpp>
// The operators come with the variables, or a TU of gradient.hpp and pow.hpp reads `1 - var<0>` as
// pages of "no match for operator-" (expr.hpp cannot bring them: operators.hpp needs simplify.hpp,
// which needs expr.hpp).
#include <ctdiff/operators.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>  // std::tuple_size, std::tuple_element

namespace ctdiff {

/// The variable bound to argument position I (0-based, like the arguments of f(x0, x1, ...)).
/// Name is used only when printing and defaults to "x<I>". Variables are identified by position:
/// var<0, "x1"> and var<0> are the same variable to evaluation and to d(f, x).
template <std::size_t I, detail::fixed_string Name = detail::index_name<I>()>
inline constexpr terminal<variable<I, Name>> var{};

/// The index a ctdiff::loop_sum passes its term (loop_sum.hpp). Its value is known only when the
/// loop runs, so it can only name a variable: var<i>, var<i + 1>, var<i - 1>, x[i]. (While the
/// term is built, it converts to Base, a position that tells loop_sum where i's variables are.)
template <long long Base>
struct loop_index {
    constexpr operator std::size_t() const noexcept { return static_cast<std::size_t>(Base); }  // NOLINT
};

/// N variables at positions 0..N-1: x[i] is var<i> for a compile-time index i (what
/// ctdiff::sum passes its term) or a loop_sum's index, and `auto [a, b] = ctdiff::vars<2>;`
/// names them one by one.
template <std::size_t N>
struct variables {
    static constexpr std::size_t size() noexcept { return N; }

    template <std::size_t I>
    constexpr auto operator[](std::integral_constant<std::size_t, I>) const noexcept {
        static_assert(I < N, "ctdiff::vars<N>[i]: i must be less than N");
        return var<I>;
    }
    template <long long Base>
    constexpr auto operator[](loop_index<Base>) const noexcept {  // (loop_sum checks the range)
        return var<static_cast<std::size_t>(Base)>;
    }
    template <std::size_t I>
    constexpr auto get() const noexcept {
        static_assert(I < N, "ctdiff::vars<N>: there are only N variables");
        return var<I>;
    }
};

template <std::size_t N>
inline constexpr variables<N> vars{};

/// The argument position of a variable expression.
template <Variable V>
inline constexpr std::size_t index_of = leaf_t<V>::index;

}  // namespace ctdiff

// Structured bindings: auto [x, y, z] = ctdiff::vars<3>;
template <std::size_t N>
struct std::tuple_size<ctdiff::variables<N>> : std::integral_constant<std::size_t, N> {};
template <std::size_t I, std::size_t N>
struct std::tuple_element<I, ctdiff::variables<N>> {
    using type = std::remove_cvref_t<decltype(ctdiff::var<I>)>;
};

#endif
