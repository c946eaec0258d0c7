// The children of an expression node: a plain aggregate of one to three members, not a
// hana::tuple. A hana::tuple picks among eight SFINAE-guarded constructors on every copy, and a
// tree is copied at every node it is built from: the same 490-node Rosenbrock-50 tree costs
// g++ 12 3.9 s to build with hana::tuple children and 0.27 s with these (docs/design.md).
//
// The tree stays a Boost.YAP expression: children is a Hana Foldable and Iterable of its own tag
// (hana::at_c, hana::length, hana::unpack, hana::for_each work on it), has YAP's `elements[i]`,
// and yap::is_expr holds for ctdiff::expr, so yap::value, yap::left, yap::right and yap::get
// read ctdiff trees.
#ifndef CTDIFF_DETAIL_CHILDREN_HPP
#define CTDIFF_DETAIL_CHILDREN_HPP

#include <boost/hana/fwd/at.hpp>
#include <boost/hana/fwd/drop_front.hpp>
#include <boost/hana/fwd/is_empty.hpp>
#include <boost/hana/fwd/length.hpp>
#include <boost/hana/fwd/unpack.hpp>
#include <boost/hana/integral_constant.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctdiff {

struct children_tag {};

template <class... C>
struct children;

template <>
struct children<> {
    using hana_tag = children_tag;
    static constexpr std::size_t size = 0;
};
template <class A>
struct children<A> {
    using hana_tag = children_tag;
    static constexpr std::size_t size = 1;
    A m0;
    template <class I> constexpr auto const& operator[](I) const { return m0; }  // YAP's elements[i]
};
template <class A, class B>
struct children<A, B> {
    using hana_tag = children_tag;
    static constexpr std::size_t size = 2;
    A m0;
    B m1;
    template <class I> constexpr auto const& operator[](I) const {
        if constexpr (I::value == 0) return m0;
        else return m1;
    }
};
template <class A, class B, class C>
struct children<A, B, C> {
    using hana_tag = children_tag;
    static constexpr std::size_t size = 3;
    A m0;
    B m1;
    C m2;
    template <class I> constexpr auto const& operator[](I) const {
        if constexpr (I::value == 0) return m0;
        else if constexpr (I::value == 1) return m1;
        else return m2;
    }
};

/// Child I of a node.
template <std::size_t I, class O>
constexpr auto const& get(O const& o) {
    if constexpr (I == 0) return o.m0;
    else if constexpr (I == 1) return o.m1;
    else return o.m2;
}

}  // namespace ctdiff

// --- Hana: a Foldable and Iterable sequence --------------------------------------------------
namespace boost::hana {

template <>
struct at_impl<ctdiff::children_tag> {
    template <class Xs, class N>
    static constexpr decltype(auto) apply(Xs const& xs, N const&) { return ctdiff::get<N::value>(xs); }
};
template <>
struct length_impl<ctdiff::children_tag> {
    template <class Xs>
    static constexpr auto apply(Xs const&) { return hana::size_c<Xs::size>; }
};
template <>
struct is_empty_impl<ctdiff::children_tag> {
    template <class Xs>
    static constexpr auto apply(Xs const&) { return hana::bool_c<Xs::size == 0>; }
};
template <>
struct drop_front_impl<ctdiff::children_tag> {
    template <class Xs, class N>
    static constexpr auto apply(Xs const& xs, N const&) {
        return [&]<std::size_t... I>(std::index_sequence<I...>) {
            return ctdiff::children<std::remove_cvref_t<decltype(ctdiff::get<N::value + I>(xs))>...>{
                ctdiff::get<N::value + I>(xs)...};
        }(std::make_index_sequence<(N::value < Xs::size ? Xs::size - N::value : 0)>{});
    }
};
template <>
struct unpack_impl<ctdiff::children_tag> {
    template <class F>
    static constexpr decltype(auto) apply(ctdiff::children<> const&, F&& f) { return static_cast<F&&>(f)(); }
    template <class A, class F>
    static constexpr decltype(auto) apply(ctdiff::children<A> const& x, F&& f) { return static_cast<F&&>(f)(x.m0); }
    template <class A, class B, class F>
    static constexpr decltype(auto) apply(ctdiff::children<A, B> const& x, F&& f) {
        return static_cast<F&&>(f)(x.m0, x.m1);
    }
    template <class A, class B, class C, class F>
    static constexpr decltype(auto) apply(ctdiff::children<A, B, C> const& x, F&& f) {
        return static_cast<F&&>(f)(x.m0, x.m1, x.m2);
    }
};

}  // namespace boost::hana

#endif
