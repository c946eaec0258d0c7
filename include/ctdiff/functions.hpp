// Elementary functions as expressions. Each function tag states its value and, beside it, its
// derivative; derivative.hpp applies the chain rule once for all of them.
//
// A tag's value(x) calls the function unqualified after `using std::f`, so float, double and
// long double go to <cmath> and any other scalar (a dual or complex-step number) to its own
// overload found by argument-dependent lookup.
#ifndef CTDIFF_FUNCTIONS_HPP
#define CTDIFF_FUNCTIONS_HPP

#include <ctdiff/simplify.hpp>

#include <cmath>
#include <string_view>

namespace ctdiff {

// sqrt(u)' = 1 / (2 sqrt(u))
struct sqrt_fn : detail::function_tag {
    static constexpr std::string_view name = "sqrt";
    template <class T> static constexpr T value(T const& x) { using std::sqrt; return sqrt(x); }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::mul(c<2>, sqrt(u)));
    }
};

// exp(u)' = exp(u)
struct exp_fn : detail::function_tag {
    static constexpr std::string_view name = "exp";
    template <class T> static constexpr T value(T const& x) { using std::exp; return exp(x); }
    template <Expression U> static constexpr auto derivative(U const& u) { return exp(u); }
};

// log(u)' = 1 / u
struct log_fn : detail::function_tag {
    static constexpr std::string_view name = "log";
    template <class T> static constexpr T value(T const& x) { using std::log; return log(x); }
    template <Expression U> static constexpr auto derivative(U const& u) { return detail::div(one, u); }
};

// sin(u)' = cos(u)
struct sin_fn : detail::function_tag {
    static constexpr std::string_view name = "sin";
    template <class T> static constexpr T value(T const& x) { using std::sin; return sin(x); }
    template <Expression U> static constexpr auto derivative(U const& u) { return cos(u); }
};

// cos(u)' = -sin(u)
struct cos_fn : detail::function_tag {
    static constexpr std::string_view name = "cos";
    template <class T> static constexpr T value(T const& x) { using std::cos; return cos(x); }
    template <Expression U> static constexpr auto derivative(U const& u) { return detail::neg(sin(u)); }
};

// tan(u)' = 1 / cos(u)^2
struct tan_fn : detail::function_tag {
    static constexpr std::string_view name = "tan";
    template <class T> static constexpr T value(T const& x) { using std::tan; return tan(x); }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::raise<2>(cos(u)));
    }
};

// asin(u)' = 1 / sqrt(1 - u^2)
struct asin_fn : detail::function_tag {
    static constexpr std::string_view name = "asin";
    template <class T> static constexpr T value(T const& x) { using std::asin; return asin(x); }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, sqrt(detail::sub(one, detail::raise<2>(u))));
    }
};

// acos(u)' = -1 / sqrt(1 - u^2)
struct acos_fn : detail::function_tag {
    static constexpr std::string_view name = "acos";
    template <class T> static constexpr T value(T const& x) { using std::acos; return acos(x); }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(c<-1>, sqrt(detail::sub(one, detail::raise<2>(u))));
    }
};

// atan(u)' = 1 / (1 + u^2)
struct atan_fn : detail::function_tag {
    static constexpr std::string_view name = "atan";
    template <class T> static constexpr T value(T const& x) { using std::atan; return atan(x); }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::add(one, detail::raise<2>(u)));
    }
};

// sinh(u)' = cosh(u)
struct sinh_fn : detail::function_tag {
    static constexpr std::string_view name = "sinh";
    template <class T> static constexpr T value(T const& x) { using std::sinh; return sinh(x); }
    template <Expression U> static constexpr auto derivative(U const& u) { return cosh(u); }
};

// cosh(u)' = sinh(u)
struct cosh_fn : detail::function_tag {
    static constexpr std::string_view name = "cosh";
    template <class T> static constexpr T value(T const& x) { using std::cosh; return cosh(x); }
    template <Expression U> static constexpr auto derivative(U const& u) { return sinh(u); }
};

// tanh(u)' = 1 - tanh(u)^2
struct tanh_fn : detail::function_tag {
    static constexpr std::string_view name = "tanh";
    template <class T> static constexpr T value(T const& x) { using std::tanh; return tanh(x); }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::sub(one, detail::raise<2>(tanh(u)));
    }
};

// The functions themselves: each builds a call node of its tag.
template <Expression U> constexpr auto sqrt(U const& u) { return detail::apply(sqrt_fn{}, u); }
template <Expression U> constexpr auto exp(U const& u) { return detail::apply(exp_fn{}, u); }
template <Expression U> constexpr auto log(U const& u) { return detail::apply(log_fn{}, u); }
template <Expression U> constexpr auto sin(U const& u) { return detail::apply(sin_fn{}, u); }
template <Expression U> constexpr auto cos(U const& u) { return detail::apply(cos_fn{}, u); }
template <Expression U> constexpr auto tan(U const& u) { return detail::apply(tan_fn{}, u); }
template <Expression U> constexpr auto asin(U const& u) { return detail::apply(asin_fn{}, u); }
template <Expression U> constexpr auto acos(U const& u) { return detail::apply(acos_fn{}, u); }
template <Expression U> constexpr auto atan(U const& u) { return detail::apply(atan_fn{}, u); }
template <Expression U> constexpr auto sinh(U const& u) { return detail::apply(sinh_fn{}, u); }
template <Expression U> constexpr auto cosh(U const& u) { return detail::apply(cosh_fn{}, u); }
template <Expression U> constexpr auto tanh(U const& u) { return detail::apply(tanh_fn{}, u); }

}  // namespace ctdiff

#endif
