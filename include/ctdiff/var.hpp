// Variables: ctdiff::var<I> is the function's argument at position I.
#ifndef CTDIFF_VAR_HPP
#define CTDIFF_VAR_HPP

#include <ctdiff/expr.hpp>

namespace ctdiff {

/// The variable bound to argument position I (0-based, like the arguments of f(x0, x1, ...)).
/// Name is used only when printing and defaults to "x<I>". Variables are identified by position:
/// var<0, "x1"> and var<0> are the same variable to evaluation and to d(f, x).
template <std::size_t I, detail::fixed_string Name = detail::index_name<I>()>
inline constexpr terminal<variable<I, Name>> var{};

/// The argument position of a variable expression.
template <Variable V>
inline constexpr std::size_t index_of = leaf_t<V>::index;

}  // namespace ctdiff

#endif
