// Every function tag a graph can call, by position: a call node stores the position (node::k),
// and evaluation and the derivative passes turn it back into the tag. Integer powers are not here:
// they are a node kind of their own (op::power), with the exponent in the node.
//
// The tags are only declared here: a graph that calls sin needs sin_fn complete, and its user
// included functions.hpp to write sin(x); a graph without calls needs none of them, so the graph
// layer costs nothing for the functions a TU does not use.
#ifndef CTDIFF_DETAIL_GRAPH_FUNCTION_LIST_HPP
#define CTDIFF_DETAIL_GRAPH_FUNCTION_LIST_HPP

#include <cstddef>
#include <type_traits>

namespace ctdiff {
// functions.hpp
struct sqrt_fn; struct cbrt_fn; struct exp_fn; struct log_fn; struct exp2_fn; struct expm1_fn; struct log2_fn;
struct log10_fn; struct log1p_fn; struct sin_fn; struct cos_fn; struct tan_fn; struct asin_fn; struct acos_fn;
struct atan_fn; struct atan2_fn; struct hypot_fn; struct sinh_fn; struct cosh_fn; struct tanh_fn; struct asinh_fn;
struct acosh_fn; struct atanh_fn; struct erf_fn; struct erfc_fn; struct sigmoid_fn; struct softplus_fn;
struct sign_fn; struct abs_fn;
// pow.hpp
struct power_fn;
}  // namespace ctdiff

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

// The I-th of Functions (std::tuple_element would cost every graph TU <tuple>).
template <std::size_t I, class First, class... Rest>
struct nth_function : nth_function<I - 1, Rest...> {};
template <class First, class... Rest>
struct nth_function<0, First, Rest...> {
    using type = First;
};

template <std::size_t I, class List = function_list>
struct function_at_t;
template <std::size_t I, class... Functions>
struct function_at_t<I, function_list_t<Functions...>> : nth_function<I, Functions...> {};
template <long long I>
using function_at = typename function_at_t<static_cast<std::size_t>(I)>::type;

template <class F>
inline constexpr long long function_index = function_list::index_of<F>();

/// How many functions a graph can call: the size of the per-graph table of their rules (node.hpp).
inline constexpr std::size_t function_count = function_list::size;

}  // namespace ctdiff::detail::graph

#endif
