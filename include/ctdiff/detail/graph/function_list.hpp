// Every function tag a graph can call, by position: a call node stores the position (node::k),
// and evaluation and the derivative passes turn it back into the tag. Integer powers are not here:
// they are a node kind of their own (op::power), with the exponent in the node.
#ifndef CTDIFF_DETAIL_GRAPH_FUNCTION_LIST_HPP
#define CTDIFF_DETAIL_GRAPH_FUNCTION_LIST_HPP

#include <ctdiff/functions.hpp>
#include <ctdiff/pow.hpp>

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctdiff::detail::graph {

template <class... Functions>
struct function_list_t {
    static constexpr std::size_t size = sizeof...(Functions);

    template <class F>
    static consteval long long index_of() {
        long long i = 0, found = -1;
        ((std::is_same_v<F, Functions> ? (found = i, ++i) : ++i), ...);
        return found;
    }
};

using function_list =
    function_list_t<sqrt_fn, cbrt_fn, exp_fn, log_fn, exp2_fn, expm1_fn, log2_fn, log10_fn, log1p_fn,
                    sin_fn, cos_fn, tan_fn, asin_fn, acos_fn, atan_fn, atan2_fn, hypot_fn, sinh_fn,
                    cosh_fn, tanh_fn, asinh_fn, acosh_fn, atanh_fn, erf_fn, erfc_fn, sigmoid_fn,
                    softplus_fn, sign_fn, abs_fn, power_fn>;

template <std::size_t I, class List = function_list>
struct function_at_t;
template <std::size_t I, class... Functions>
struct function_at_t<I, function_list_t<Functions...>> {
    using type = std::tuple_element_t<I, std::tuple<Functions...>>;
};
template <long long I>
using function_at = typename function_at_t<static_cast<std::size_t>(I)>::type;

template <class F>
inline constexpr long long function_index = function_list::index_of<F>();

}  // namespace ctdiff::detail::graph

#endif
