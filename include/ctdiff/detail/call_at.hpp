#ifndef CTDIFF_DETAIL_CALL_AT_HPP
#define CTDIFF_DETAIL_CALL_AT_HPP

#include <array>
#include <concepts>
#include <cstddef>
#include <functional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctdiff::detail {

template <class F, class P, class... Extra>
inline constexpr bool invocable_on_coordinates_v = []<std::size_t... I>(std::index_sequence<I...>) {
    return std::invocable<F const&, std::tuple_element_t<I, P> const&..., Extra...>;
}(std::make_index_sequence<std::tuple_size_v<P>>{});

// f takes the coordinates of P, or P itself. A concept, so the array form is only probed when the
// coordinate form fails: probing a generic one-parameter lambda with an array would instantiate
// its body and fail hard.
template <class F, class P, class... Extra>
concept InvocableAt = invocable_on_coordinates_v<F, P, Extra...> || std::invocable<F const&, P const&, Extra...>;

// f(x0, x1, ..., extra...) when f takes the coordinates, else f(point, extra...).
template <class F, class P, class... Extra>
constexpr decltype(auto) call_at(F const& f, P const& point, Extra&&... extra) {
    if constexpr (invocable_on_coordinates_v<F, P, Extra...>)
        return [&]<std::size_t... I>(std::index_sequence<I...>) -> decltype(auto) {
            return std::invoke(f, std::get<I>(point)..., std::forward<Extra>(extra)...);
        }(std::make_index_sequence<std::tuple_size_v<P>>{});
    else
        return std::invoke(f, point, std::forward<Extra>(extra)...);
}

template <class>
inline constexpr bool is_std_array_v = false;
template <class U, std::size_t M>
inline constexpr bool is_std_array_v<std::array<U, M>> = true;

// Number of outputs of f: M for std::array<U, M>, else 1.
template <class R>
inline constexpr std::size_t output_count_v = 1;
template <class U, std::size_t M>
inline constexpr std::size_t output_count_v<std::array<U, M>> = M;

// A result as an array of T, the shape all finite-difference code works on.
template <class T, class R>
constexpr auto as_values(R const& result) {
    if constexpr (is_std_array_v<R>) {
        std::array<T, output_count_v<R>> values{};
        for (std::size_t k = 0; k < values.size(); ++k) values[k] = static_cast<T>(result[k]);
        return values;
    } else {
        return std::array<T, 1>{static_cast<T>(result)};
    }
}

} // namespace ctdiff::detail

#endif
