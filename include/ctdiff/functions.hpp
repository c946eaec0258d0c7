// Elementary functions as expressions. Each function tag states its value and, beside it, its
// derivative; derivative.hpp applies the chain rule once for all of them.
//
// Values: float, double and long double go through ctdiff::math, which is <cmath> at run time and
// a constexpr implementation in constant expressions, so every function here works in
// static_assert on every supported compiler. Any other scalar (a dual or complex-step number)
// uses its own overload, found by argument-dependent lookup.
#ifndef CTDIFF_FUNCTIONS_HPP
#define CTDIFF_FUNCTIONS_HPP

#include <ctdiff/math.hpp>
#include <ctdiff/simplify.hpp>

#include <concepts>
#include <string_view>

namespace ctdiff {

// The functions are declared first so that each derivative rule below can name any of them;
// each is defined right after its tag.
template <Expression U> constexpr auto sqrt(U const& u);
template <Expression U> constexpr auto cbrt(U const& u);
template <Expression U> constexpr auto exp(U const& u);
template <Expression U> constexpr auto exp2(U const& u);
template <Expression U> constexpr auto expm1(U const& u);
template <Expression U> constexpr auto log(U const& u);
template <Expression U> constexpr auto log2(U const& u);
template <Expression U> constexpr auto log10(U const& u);
template <Expression U> constexpr auto log1p(U const& u);
template <Expression U> constexpr auto sin(U const& u);
template <Expression U> constexpr auto cos(U const& u);
template <Expression U> constexpr auto tan(U const& u);
template <Expression U> constexpr auto asin(U const& u);
template <Expression U> constexpr auto acos(U const& u);
template <Expression U> constexpr auto atan(U const& u);
template <Expression U> constexpr auto sinh(U const& u);
template <Expression U> constexpr auto cosh(U const& u);
template <Expression U> constexpr auto tanh(U const& u);
template <Expression U> constexpr auto asinh(U const& u);
template <Expression U> constexpr auto acosh(U const& u);
template <Expression U> constexpr auto atanh(U const& u);
template <Expression U> constexpr auto erf(U const& u);
template <Expression U> constexpr auto erfc(U const& u);
template <Expression U> constexpr auto sigmoid(U const& u);
template <Expression U> constexpr auto softplus(U const& u);
template <Expression U> constexpr auto sign(U const& u);
template <Expression U> constexpr auto abs(U const& u);

// sqrt(u)' = 1 / (2 sqrt(u))
struct sqrt_fn : detail::function_tag {
    static constexpr std::string_view name = "sqrt";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::sqrt(x); else return sqrt(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::mul(c<2>, sqrt(u)));
    }
};
template <Expression U> constexpr auto sqrt(U const& u) { return detail::apply(sqrt_fn{}, u); }

// cbrt(u)' = 1 / (3 cbrt(u)^2)
struct cbrt_fn : detail::function_tag {
    static constexpr std::string_view name = "cbrt";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::cbrt(x); else return cbrt(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::mul(c<3>, detail::raise<2>(cbrt(u))));
    }
};
template <Expression U> constexpr auto cbrt(U const& u) { return detail::apply(cbrt_fn{}, u); }

// exp(u)' = exp(u)
struct exp_fn : detail::function_tag {
    static constexpr std::string_view name = "exp";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::exp(x); else return exp(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) { return exp(u); }
};
template <Expression U> constexpr auto exp(U const& u) { return detail::apply(exp_fn{}, u); }

// log(u)' = 1 / u
struct log_fn : detail::function_tag {
    static constexpr std::string_view name = "log";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::log(x); else return log(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) { return detail::div(one, u); }
};
template <Expression U> constexpr auto log(U const& u) { return detail::apply(log_fn{}, u); }

// exp2(u)' = log(2) exp2(u)
struct exp2_fn : detail::function_tag {
    static constexpr std::string_view name = "exp2";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::exp2(x); else return exp2(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::mul(log(c<2>), exp2(u));
    }
};
template <Expression U> constexpr auto exp2(U const& u) { return detail::apply(exp2_fn{}, u); }

// expm1(u)' = exp(u)
struct expm1_fn : detail::function_tag {
    static constexpr std::string_view name = "expm1";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::expm1(x); else return expm1(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) { return exp(u); }
};
template <Expression U> constexpr auto expm1(U const& u) { return detail::apply(expm1_fn{}, u); }

// log2(u)' = 1 / (log(2) u)
struct log2_fn : detail::function_tag {
    static constexpr std::string_view name = "log2";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::log2(x); else return log2(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::mul(log(c<2>), u));
    }
};
template <Expression U> constexpr auto log2(U const& u) { return detail::apply(log2_fn{}, u); }

// log10(u)' = 1 / (log(10) u)
struct log10_fn : detail::function_tag {
    static constexpr std::string_view name = "log10";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::log10(x); else return log10(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::mul(log(c<10>), u));
    }
};
template <Expression U> constexpr auto log10(U const& u) { return detail::apply(log10_fn{}, u); }

// log1p(u)' = 1 / (1 + u)
struct log1p_fn : detail::function_tag {
    static constexpr std::string_view name = "log1p";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::log1p(x); else return log1p(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::add(one, u));
    }
};
template <Expression U> constexpr auto log1p(U const& u) { return detail::apply(log1p_fn{}, u); }

// sin(u)' = cos(u)
struct sin_fn : detail::function_tag {
    static constexpr std::string_view name = "sin";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::sin(x); else return sin(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) { return cos(u); }
};
template <Expression U> constexpr auto sin(U const& u) { return detail::apply(sin_fn{}, u); }

// cos(u)' = -sin(u)
struct cos_fn : detail::function_tag {
    static constexpr std::string_view name = "cos";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::cos(x); else return cos(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) { return detail::neg(sin(u)); }
};
template <Expression U> constexpr auto cos(U const& u) { return detail::apply(cos_fn{}, u); }

// tan(u)' = 1 / cos(u)^2
struct tan_fn : detail::function_tag {
    static constexpr std::string_view name = "tan";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::tan(x); else return tan(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::raise<2>(cos(u)));
    }
};
template <Expression U> constexpr auto tan(U const& u) { return detail::apply(tan_fn{}, u); }

// asin(u)' = 1 / sqrt(1 - u^2)
struct asin_fn : detail::function_tag {
    static constexpr std::string_view name = "asin";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::asin(x); else return asin(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, sqrt(detail::sub(one, detail::raise<2>(u))));
    }
};
template <Expression U> constexpr auto asin(U const& u) { return detail::apply(asin_fn{}, u); }

// acos(u)' = -1 / sqrt(1 - u^2)
struct acos_fn : detail::function_tag {
    static constexpr std::string_view name = "acos";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::acos(x); else return acos(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(c<-1>, sqrt(detail::sub(one, detail::raise<2>(u))));
    }
};
template <Expression U> constexpr auto acos(U const& u) { return detail::apply(acos_fn{}, u); }

// atan(u)' = 1 / (1 + u^2)
struct atan_fn : detail::function_tag {
    static constexpr std::string_view name = "atan";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::atan(x); else return atan(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::add(one, detail::raise<2>(u)));
    }
};
template <Expression U> constexpr auto atan(U const& u) { return detail::apply(atan_fn{}, u); }

// atan2(u, v): d/du = v / (u^2 + v^2), d/dv = -u / (u^2 + v^2)
struct atan2_fn : detail::function_tag {
    static constexpr std::string_view name = "atan2";
    template <class T> static constexpr T value(T const& y, T const& x) {
        if constexpr (std::floating_point<T>) return math::atan2(y, x); else return atan2(y, x);
    }
    template <Expression U, Expression V> static constexpr auto partials(U const& u, V const& v) {
        auto const r2 = detail::add(detail::raise<2>(u), detail::raise<2>(v));
        return hana::make_tuple(detail::div(v, r2), detail::neg(detail::div(u, r2)));
    }
};

// hypot(u, v): d/du = u / hypot(u, v), d/dv = v / hypot(u, v)
struct hypot_fn : detail::function_tag {
    static constexpr std::string_view name = "hypot";
    template <class T> static constexpr T value(T const& x, T const& y) {
        if constexpr (std::floating_point<T>) return math::hypot(x, y); else return hypot(x, y);
    }
    template <Expression U, Expression V> static constexpr auto partials(U const& u, V const& v) {
        return hana::make_tuple(detail::div(u, hypot(u, v)), detail::div(v, hypot(u, v)));
    }
};

// sinh(u)' = cosh(u)
struct sinh_fn : detail::function_tag {
    static constexpr std::string_view name = "sinh";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::sinh(x); else return sinh(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) { return cosh(u); }
};
template <Expression U> constexpr auto sinh(U const& u) { return detail::apply(sinh_fn{}, u); }

// cosh(u)' = sinh(u)
struct cosh_fn : detail::function_tag {
    static constexpr std::string_view name = "cosh";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::cosh(x); else return cosh(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) { return sinh(u); }
};
template <Expression U> constexpr auto cosh(U const& u) { return detail::apply(cosh_fn{}, u); }

// tanh(u)' = 1 - tanh(u)^2
struct tanh_fn : detail::function_tag {
    static constexpr std::string_view name = "tanh";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::tanh(x); else return tanh(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::sub(one, detail::raise<2>(tanh(u)));
    }
};
template <Expression U> constexpr auto tanh(U const& u) { return detail::apply(tanh_fn{}, u); }

// asinh(u)' = 1 / sqrt(u^2 + 1)
struct asinh_fn : detail::function_tag {
    static constexpr std::string_view name = "asinh";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::asinh(x); else return asinh(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, sqrt(detail::add(detail::raise<2>(u), one)));
    }
};
template <Expression U> constexpr auto asinh(U const& u) { return detail::apply(asinh_fn{}, u); }

// acosh(u)' = 1 / sqrt(u^2 - 1)
struct acosh_fn : detail::function_tag {
    static constexpr std::string_view name = "acosh";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::acosh(x); else return acosh(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, sqrt(detail::sub(detail::raise<2>(u), one)));
    }
};
template <Expression U> constexpr auto acosh(U const& u) { return detail::apply(acosh_fn{}, u); }

// atanh(u)' = 1 / (1 - u^2)
struct atanh_fn : detail::function_tag {
    static constexpr std::string_view name = "atanh";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::atanh(x); else return atanh(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::div(one, detail::sub(one, detail::raise<2>(u)));
    }
};
template <Expression U> constexpr auto atanh(U const& u) { return detail::apply(atanh_fn{}, u); }

namespace detail {
// 2/sqrt(pi), the scale of erf's derivative, to double precision.
inline constexpr double two_over_sqrt_pi = 1.1283791670955125738961589031215452;
}  // namespace detail

// erf(u)' = 2/sqrt(pi) exp(-u^2)
struct erf_fn : detail::function_tag {
    static constexpr std::string_view name = "erf";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::erf(x); else return erf(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::mul(constant(detail::two_over_sqrt_pi), exp(detail::neg(detail::raise<2>(u))));
    }
};
template <Expression U> constexpr auto erf(U const& u) { return detail::apply(erf_fn{}, u); }

// erfc(u)' = -2/sqrt(pi) exp(-u^2)
struct erfc_fn : detail::function_tag {
    static constexpr std::string_view name = "erfc";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) return math::erfc(x); else return erfc(x);
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::mul(constant(-detail::two_over_sqrt_pi), exp(detail::neg(detail::raise<2>(u))));
    }
};
template <Expression U> constexpr auto erfc(U const& u) { return detail::apply(erfc_fn{}, u); }

// sigmoid(u) = 1 / (1 + exp(-u)); sigmoid(u)' = sigmoid(u) (1 - sigmoid(u))
struct sigmoid_fn : detail::function_tag {
    static constexpr std::string_view name = "sigmoid";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) {
            // exp of a non-positive argument only, so neither branch overflows
            if (x >= T(0)) return T(1) / (T(1) + exp_fn::value(-x));
            T const e = exp_fn::value(x);
            return e / (T(1) + e);
        } else return T(1) / (T(1) + exp_fn::value(-x));
    }
    template <Expression U> static constexpr auto derivative(U const& u) {
        return detail::mul(sigmoid(u), detail::sub(one, sigmoid(u)));
    }
};
template <Expression U> constexpr auto sigmoid(U const& u) { return detail::apply(sigmoid_fn{}, u); }

// softplus(u) = log(1 + exp(u)); softplus(u)' = sigmoid(u)
struct softplus_fn : detail::function_tag {
    static constexpr std::string_view name = "softplus";
    template <class T> static constexpr T value(T const& x) {
        if constexpr (std::floating_point<T>) {
            // max(x, 0) + log1p(exp(-|x|)): exp never overflows and large x gives x exactly
            T const minus_abs = x > T(0) ? -x : x;
            return (x > T(0) ? x : T(0)) + log1p_fn::value(exp_fn::value(minus_abs));
        } else return log_fn::value(T(1) + exp_fn::value(x));
    }
    template <Expression U> static constexpr auto derivative(U const& u) { return sigmoid(u); }
};
template <Expression U> constexpr auto softplus(U const& u) { return detail::apply(softplus_fn{}, u); }

// sign(u) = -1, 0 or 1; sign(u)' = 0 (everywhere but 0, where it has none: 0 is used)
struct sign_fn : detail::function_tag {
    static constexpr std::string_view name = "sign";
    template <class T> static constexpr T value(T const& x) {
        return x > T(0) ? T(1) : x < T(0) ? T(-1) : T(0);
    }
    template <Expression U> static constexpr auto derivative(U const&) { return zero; }
};
template <Expression U> constexpr auto sign(U const& u) { return detail::apply(sign_fn{}, u); }

// abs(u)' = sign(u) (at 0, where |u| has no derivative, sign gives 0)
struct abs_fn : detail::function_tag {
    static constexpr std::string_view name = "abs";
    template <class T> static constexpr T value(T const& x) { return x < T(0) ? -x : x; }
    template <Expression U> static constexpr auto derivative(U const& u) { return sign(u); }
};
template <Expression U> constexpr auto abs(U const& u) { return detail::apply(abs_fn{}, u); }

// Functions of two arguments: either may be a number, as long as one is an expression.
template <class U, class V>
    requires(Expression<U> || Expression<V>)
constexpr auto atan2(U const& u, V const& v) {
    return detail::apply(atan2_fn{}, detail::as_expr(u), detail::as_expr(v));
}
template <class U, class V>
    requires(Expression<U> || Expression<V>)
constexpr auto hypot(U const& u, V const& v) {
    return detail::apply(hypot_fn{}, detail::as_expr(u), detail::as_expr(v));
}

}  // namespace ctdiff

#endif
