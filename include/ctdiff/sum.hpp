// Sums over an index range, so a function of many variables is written once, not term by term:
//
//     constexpr auto rosenbrock = ctdiff::sum<0, 49>([](auto i) {
//         return 100 * pow<2>(ctdiff::var<i + 1> - pow<2>(ctdiff::var<i>)) + pow<2>(1 - ctdiff::var<i>);
//     });
//
// The lambda receives i as std::integral_constant<std::size_t, I>, so var<i>, var<i + 1> and
// x[i] (x = ctdiff::vars<50>) are compile-time positions. The terms are added as a balanced tree,
// so the expression's depth grows with log n, not n.
#ifndef CTDIFF_SUM_HPP
#define CTDIFF_SUM_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/simplify.hpp>

#include <cstddef>
#include <type_traits>

namespace ctdiff {

/// Sum over i in [First, Last) of term(i), i a std::integral_constant<std::size_t, I>.
template <std::size_t First, std::size_t Last, class Term>
constexpr auto sum(Term const& term) {
    static_assert(First <= Last, "ctdiff::sum<First, Last>(term): the range [First, Last) is reversed");
    if constexpr (First >= Last) return zero;
    else if constexpr (Last - First == 1) {
        using result = decltype(term(std::integral_constant<std::size_t, First>{}));
        static_assert(Expression<result> || detail::number<result>,
                      "ctdiff::sum<First, Last>(term): term(i) must return a ctdiff expression or a number");
        return detail::as_expr(term(std::integral_constant<std::size_t, First>{}));
    } else {
        constexpr std::size_t middle = First + (Last - First) / 2;
        return detail::add(sum<First, middle>(term), sum<middle, Last>(term));
    }
}

/// Sum over i in [0, N) of term(i).
template <std::size_t N, class Term>
constexpr auto sum(Term const& term) {
    return sum<0, N>(term);
}

}  // namespace ctdiff

#endif
