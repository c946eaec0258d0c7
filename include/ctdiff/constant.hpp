// Constants: integers carried in the type (c<K>, 3_c), which fold at compile time, and numbers
// known at run time (constant(v), and the plain numbers in `2 * x`).
#ifndef CTDIFF_CONSTANT_HPP
#define CTDIFF_CONSTANT_HPP

#include <ctdiff/expr.hpp>

namespace ctdiff {

/// The integer K as an expression; its value lives in the type, so c<2> * c<3> is c<6>.
template <long long K>
inline constexpr terminal<hana::llong<K>> c{};

/// A constant expression holding a run-time number, e.g. constant(2.5). It is a valid function
/// on its own: constant(2.5)() == 2.5.
template <class T>
constexpr terminal<T> constant(T value) {
    static_assert(detail::number<T>,
                  "ctdiff::constant(v): v must be an arithmetic value such as 2.5 or 3");
    return make_terminal(value);
}

/// The integer value of an IntegerConstant expression.
template <IntegerConstant E>
inline constexpr long long integer_value = leaf_t<E>::value;

/// True when E is the type-level zero c<0>, the result that zero propagation produces.
template <class E>
inline constexpr bool is_zero_v = false;
template <IntegerConstant E>
inline constexpr bool is_zero_v<E> = (integer_value<E> == 0);

/// True when E is the type-level one c<1>.
template <class E>
inline constexpr bool is_one_v = false;
template <IntegerConstant E>
inline constexpr bool is_one_v<E> = (integer_value<E> == 1);

namespace detail {
/// The number a constant expression stands for, in its own type (long long for c<K>).
template <Constant E>
constexpr auto number_of(E const& e) {
    if constexpr (IntegerConstant<E>) return integer_value<E>;
    else return value(e);
}
}  // namespace detail

inline constexpr auto zero = c<0>;
inline constexpr auto one = c<1>;

namespace literals {

namespace detail {
template <char... Digits>
consteval long long parse_decimal() {
    long long v = 0;
    for (char ch : {Digits...})
        if (ch != '\'') v = v * 10 + (ch - '0');  // digit separators (1'000_c) are skipped
    return v;
}
}  // namespace detail

/// 3_c is ctdiff::c<3>.
template <char... Digits>
constexpr auto operator""_c() {
    static_assert(((Digits == '\'' || (Digits >= '0' && Digits <= '9')) && ...),
                  "ctdiff: a _c literal must be a decimal integer such as 3_c");
    return c<detail::parse_decimal<Digits...>()>;
}

}  // namespace literals

}  // namespace ctdiff

#endif
