// Small helpers shared by the tests.
#ifndef CTDIFF_TESTS_SUPPORT_HPP
#define CTDIFF_TESTS_SUPPORT_HPP

#include <type_traits>

// Expression types compared without the const that constexpr variables add.
template <class A, class B>
inline constexpr bool same_type = std::is_same_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>;

#endif
