// Whole gradients and Jacobians by one reverse sweep over f's shared graph (detail/graph/
// adjoint.hpp): gradient(f), value_and_gradient(f) and jacobian(f1, f2, ...) return callables
// that evaluate f's nodes once, forward, then its adjoint nodes, backward. The program is fixed
// while compiling, so a call is straight-line code: no tape, no heap, no virtual call, each libm
// call of f made once (exp(u)' reuses exp(u)), and it works in static_assert.
#ifndef CTDIFF_GRADIENT_HPP
#define CTDIFF_GRADIENT_HPP

#include <ctdiff/derivative.hpp>
#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/adjoint.hpp>
#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/detail/graph/run.hpp>
#include <ctdiff/detail/graph/run_loop.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace ctdiff {

/// What value_and_gradient(f)(x...) returns: `auto [v, g] = ...`.
template <class T, std::size_t N>
struct value_and_gradient_result {
    T value;
    std::array<T, N> gradient;
};

namespace detail {

/// What root r of a derivative program is, for printing (program.hpp): f_row itself (order 0),
/// d f_row / dx_i (order 1) or d2 f_row / dx_i dx_j (order 2); rows count from 0, and a shape
/// with one function (Shape::functions == 1) names it f.
struct root_meaning {
    int order = 0;
    std::size_t row = 0, i = 0, j = 0;
};

// The outputs of a Shape that starts with f (Shape::value_first), without f: root_of(0) is f.
template <class Shape>
struct after_value {
    static_assert(Shape::root_of(0) == 0, "ctdiff: internal error: f is not the program's root 0");
    static constexpr std::size_t scalars = Shape::scalars - 1;
    static constexpr std::size_t root_of(std::size_t p) { return Shape::root_of(p + 1); }
};

// Whether out, S numbers, takes a result of Scalars numbers, or all but f when the result starts
// with it (StartsWithF: f is then returned); a static_assert if not.
template <std::size_t S, std::size_t Scalars, bool StartsWithF>
constexpr bool out_fits() {
    constexpr bool out_fits = S == Scalars || (StartsWithF && S + 1 == Scalars);  // (named: clang prints the name)
    static_assert(out_fits,
                  "ctdiff: program(x, out): out must be a std::span of static extent with exactly as many "
                  "elements as the result has numbers (or, when the result starts with f, one fewer)");
    return out_fits;
}

/// The ways a program is called, shared by every kind of program. Derived gives `variables`,
/// `scalars` (the numbers of its result), `starts_with_f`, `at<K>(x)` (the result) and
/// `into<K>(x, out)` (the result written to out, which fits), x pointing to K coordinates of the
/// type the program evaluates in.
template <class Derived>
struct program_calls {
    /// The point: a std::array, or a std::span of static extent over the caller's coordinates,
    /// which are read where they are (a solver's `double const* x`, without copying it first).
    template <class T, std::size_t K>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(std::array<T, K> const& x) const {
        return at_point<K>(x.data());
    }
    template <class T, std::size_t K>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(std::span<T, K> x) const {
        static_extent_point<K>();
        return at_point<K>(x.data());
    }

    /// The same numbers written to out in the documented order (Shape::scalars of them: the
    /// gradient; f then the gradient; rows one after another; the non-zeros in layout order), for
    /// interfaces that hand over their own storage, such as a solver's values array: nothing is
    /// returned by value and copied again. out must not overlap the point.
    /// A result that starts with f (value_and_gradient, value_gradient_hessian) may instead take
    /// an out one shorter: f is returned and the rest written, as in an optimiser's
    /// `double f(double const* x, double* g)`.
    template <class T, std::size_t K, class V, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(std::array<T, K> const& x, std::span<V, S> out) const {
        return into_point<K>(x.data(), out);
    }
    template <class T, std::size_t K, class V, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(std::span<T, K> x, std::span<V, S> out) const {
        static_extent_point<K>();
        return into_point<K>(x.data(), out);
    }

    template <class... Args>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(Args const&... args) const {
        constexpr bool common = sizeof...(Args) == 0 || requires { typename std::common_type<Args...>::type; };
        static_assert(common, "ctdiff: the arguments have no common type; pass numbers of one kind, "
                              "such as all double");
        if constexpr (common) {
            using T = typename evaluation_type<Args...>::type;
            return (*this)(std::array<T, sizeof...(Args)>{static_cast<T>(args)...});
        }
    }

protected:
    // Whether K coordinates cover the program's variables (a static_assert if not).
    template <std::size_t K>
    static constexpr bool covers() {
        constexpr std::size_t variables = Derived::variables;  // (named: clang prints the name, not the type)
        static_assert(K >= variables, "ctdiff: too few arguments: the function has more variables than the "
                                      "point has coordinates");
        return K >= variables;
    }

private:
    template <std::size_t K>
    static constexpr void static_extent_point() {
        static_assert(K != std::dynamic_extent, "ctdiff: program(x): a std::span point must have a static extent, "
                                                "such as std::span<double const, 3>(x, 3), so that its size is "
                                                "known while compiling");
    }

    CTDIFF_ALWAYS_INLINE constexpr Derived const& self() const { return static_cast<Derived const&>(*this); }

    template <std::size_t K, class T>
    CTDIFF_ALWAYS_INLINE constexpr auto at_point(T const* x) const {
        using U = typename evaluation_type<T>::type;
        if constexpr (std::is_same_v<U, T>) return self().template at<K>(x);
        else return self().template at<K>(converted<U, K>(x).data());
    }

    template <std::size_t K, class T, class V, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr auto into_point(T const* x, std::span<V, S> out) const {
        using U = typename evaluation_type<T>::type;
        if constexpr (!out_fits<S, Derived::scalars, Derived::starts_with_f>() || !covers<K>()) return;
        else if constexpr (std::is_same_v<U, T>) return self().template into<K>(x, out);
        else return self().template into<K>(converted<U, K>(x).data(), out);
    }
};

/// A compiled derivative program: Graph's roots evaluated at a point with the numbers f held,
/// then given the caller's shape by Shape::result (an array, [v, g], rows, ...). Shape::variables
/// is the number of coordinates the point needs; Shape::root_of(p) is the root of the p-th of the
/// Shape::scalars numbers of the result, in order; Shape::c_name is what to_c calls the program
/// when the caller gives no name.
template <class Shape, class Graph, class C, std::size_t M>
struct derivative_program : program_calls<derivative_program<Shape, Graph, C, M>> {
    using graph_type = Graph;
    using shape_type = Shape;
    static constexpr std::size_t variables = Shape::variables, scalars = Shape::scalars;
    std::array<C, M> constants;

private:
    using calls = program_calls<derivative_program>;
    friend calls;

    template <std::size_t K, class U>
    CTDIFF_ALWAYS_INLINE constexpr auto at(U const* x) const {
        if constexpr (!calls::template covers<K>())
            return Shape::template result<U>(std::array<U, Graph::value.root_count()>{});  // (asserted)
        else return Shape::template result<U>(graph::run<Graph, starts_with_f>(x, constants));
    }

    // A result that starts with f: f's last operations run after the derivative's (run.hpp's
    // schedule), and an out one shorter than the result leaves f to be returned.
    static constexpr bool starts_with_f = [] {
        if constexpr (requires { Shape::value_first; }) return Shape::value_first;
        else return false;
    }();

    template <std::size_t K, class U, class V, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr auto into(U const* x, std::span<V, S> out) const {
        if constexpr (S == scalars) graph::run_into<Graph, Shape, false, starts_with_f>(x, constants, out.data());
        else return graph::run_into<Graph, after_value<Shape>, true, true>(x, constants, out.data());
    }
};


/// gradient(f) and value_and_gradient(f) of a loop_sum: a loop over its index (run_loop.hpp) that
/// runs its body's value+gradient program, Body. It takes and returns what derivative_program
/// does for the same shapes.
template <bool WithValue, class Loop, class Body, class C, std::size_t M>
struct loop_program : program_calls<loop_program<WithValue, Loop, Body, C, M>> {
    static constexpr std::size_t variables = Loop::end_position;
    static constexpr std::size_t scalars = WithValue ? variables + 1 : variables;
    std::array<C, M> constants;

private:
    using calls = program_calls<loop_program>;
    friend calls;
    static constexpr bool starts_with_f = WithValue;

    template <std::size_t K, class U>
    CTDIFF_ALWAYS_INLINE constexpr auto at(U const* x) const {
        if constexpr (!calls::template covers<K>()) return U{};
        else {
            value_and_gradient_result<U, variables> r{};
            r.value = graph::run_loop<Loop, Body>(x, constants, r.gradient.data());
            if constexpr (WithValue) return r;
            else return r.gradient;
        }
    }

    template <std::size_t K, class U, class V, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr auto into(U const* x, std::span<V, S> out) const {
        if constexpr (!std::is_same_v<U, V>) {
            auto const r = at<K>(x);  // (out of another number type: computed, then copied)
            if constexpr (!WithValue) {
                for (std::size_t i = 0; i != variables; ++i) out[i] = static_cast<V>(r[i]);
            } else {
                V* g = out.data() + (S == scalars ? 1 : 0);
                for (std::size_t i = 0; i != variables; ++i) g[i] = static_cast<V>(r.gradient[i]);
                if constexpr (S == scalars) out[0] = static_cast<V>(r.value);
                else return static_cast<V>(r.value);
            }
        } else if constexpr (!WithValue) {
            graph::run_loop<Loop, Body>(x, constants, out.data());
        } else if constexpr (S == scalars) {
            out[0] = graph::run_loop<Loop, Body>(x, constants, out.data() + 1);
        } else {
            return graph::run_loop<Loop, Body>(x, constants, out.data());
        }
    }
};

// For the printers that write straight-line programs only (to_c, to_dot): false, named so
// that the failed static_assert reads as the reason, with a short type.
template <bool>
inline constexpr bool straight_line_only = false;

/// The program Program<Loop, C, M> of the loop_sum f, holding f's numbers: its body, a function of
/// its own variables 0 .. width - 1, reads them from the loop's slots (the same, in the same order).
template <template <class, class, std::size_t> class Program, class F>
CTDIFF_ALWAYS_INLINE constexpr auto make_loop_program(F const& f) {
    auto const k = graph::numbers_array(f);
    Program<leaf_t<F>, typename decltype(k)::value_type, k.size()> p{};
    p.constants = k;
    return p;
}

// gradient and value_and_gradient of a loop_sum: the body's value+gradient program, a loop
template <bool WithValue>
struct loop_gradient {
    template <class Loop, class C, std::size_t M>
    using program = loop_program<WithValue, Loop, graph::adjoint<graph::graph_of<typename Loop::body_type>, Loop::width, true>, C, M>;
};

/// The program of Pass<graph of fs, n> with the shape Shape<that graph, n, number of fs>.
template <template <class, std::size_t> class Pass, template <class, std::size_t, std::size_t> class Shape,
          class... Fs>
CTDIFF_ALWAYS_INLINE constexpr auto make_program(Fs const&... fs) {
    constexpr std::size_t n = largest(std::size_t{0}, arity_v<Fs>...);
    using G = Pass<graph::graph_of_all<Fs...>, n>;
    auto const k = graph::numbers_array(fs...);
    return derivative_program<Shape<G, n, sizeof...(Fs)>, G, typename decltype(k)::value_type, k.size()>{{}, k};
}

// The roots r as an array, r[First + I] for I < Count (constant indices only: see run.hpp).
template <std::size_t First, std::size_t Count, class U, std::size_t R>
CTDIFF_ALWAYS_INLINE constexpr std::array<U, Count> roots_slice(std::array<U, R> const& r) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) CTDIFF_ALWAYS_INLINE {
        return std::array<U, Count>{r[First + I]...};
    }(std::make_index_sequence<Count>{});
}

// gradient: the roots are df/dx_0 .. df/dx_(n-1)
template <class G, std::size_t N, std::size_t>
struct gradient_shape {
    static constexpr std::size_t variables = N, functions = 1, scalars = N;
    static constexpr std::string_view c_name = "f_gradient";
    static constexpr std::size_t root_of(std::size_t p) { return p; }
    template <class U, std::size_t R>
    CTDIFF_ALWAYS_INLINE static constexpr std::array<U, N> result(std::array<U, R> const& r) { return r; }
    static constexpr root_meaning meaning(std::size_t r) { return {1, 0, r, 0}; }
};

// value_and_gradient: f, then the gradient
template <class G, std::size_t N, std::size_t>
struct value_and_gradient_shape {
    static constexpr std::size_t variables = N, functions = 1, scalars = N + 1;
    static constexpr bool value_first = true;
    static constexpr std::string_view c_name = "f_value_and_gradient";
    static constexpr std::size_t root_of(std::size_t p) { return p; }
    template <class U, std::size_t R>
    CTDIFF_ALWAYS_INLINE static constexpr auto result(std::array<U, R> const& r) {
        return value_and_gradient_result<U, N>{r[0], roots_slice<1, N>(r)};
    }
    static constexpr root_meaning meaning(std::size_t r) { return r == 0 ? root_meaning{} : root_meaning{1, 0, r - 1, 0}; }
};

// jacobian: Rows rows of N, row by row
template <class G, std::size_t N, std::size_t Rows>
struct jacobian_shape {
    static constexpr std::size_t variables = N, functions = Rows, scalars = Rows * N;
    static constexpr std::string_view c_name = "f_jacobian";
    static constexpr std::size_t root_of(std::size_t p) { return p; }
    template <class U, std::size_t R>
    CTDIFF_ALWAYS_INLINE static constexpr auto result(std::array<U, R> const& r) {
        return [&]<std::size_t... I>(std::index_sequence<I...>) CTDIFF_ALWAYS_INLINE {
            return std::array<std::array<U, N>, Rows>{roots_slice<I * N, N>(r)...};
        }(std::make_index_sequence<Rows>{});
    }
    static constexpr root_meaning meaning(std::size_t r) { return {1, r / N, r % N, 0}; }
};

template <class G, std::size_t N> using gradient_pass = graph::adjoint<G, N, false>;
template <class G, std::size_t N> using value_and_gradient_pass = graph::adjoint<G, N, true>;
template <class G, std::size_t N> using jacobian_pass = graph::jacobian<G, N>;

}  // namespace detail

/// gradient(f): a callable; gradient(f)(x0, x1, ...) (or (std::array{...})) is the
/// std::array<T, arity_v<F>> of every partial derivative of f, by one reverse sweep.
template <class F>
CTDIFF_ALWAYS_INLINE constexpr auto gradient(F const& f) {
    static_assert(Expression<F>, "ctdiff::gradient(f): f must be a ctdiff expression such as "
                                 "ctdiff::pow<2>(x) + 1");
    if constexpr (LoopTerminal<F>) return detail::make_loop_program<detail::loop_gradient<false>::program>(f);  // a loop
    else if constexpr (Expression<F>) return detail::make_program<detail::gradient_pass, detail::gradient_shape>(f);
}

/// value_and_gradient(f): a callable; `auto [v, g] = value_and_gradient(f)(x...)` gives f's
/// value and its gradient from one forward and one backward sweep.
template <class F>
CTDIFF_ALWAYS_INLINE constexpr auto value_and_gradient(F const& f) {
    static_assert(Expression<F>, "ctdiff::value_and_gradient(f): f must be a ctdiff expression "
                                 "such as ctdiff::pow<2>(x) + 1");
    if constexpr (LoopTerminal<F>) return detail::make_loop_program<detail::loop_gradient<true>::program>(f);  // a loop
    else if constexpr (Expression<F>)
        return detail::make_program<detail::value_and_gradient_pass, detail::value_and_gradient_shape>(f);
}

/// jacobian(f1, f2, ...): a callable returning the rows d f_i / d x_j as
/// std::array<std::array<T, n>, m>; one reverse sweep per output when m <= n, else one forward
/// sweep per variable, over one graph that the f_i share.
template <class... Fs>
CTDIFF_ALWAYS_INLINE constexpr auto jacobian(Fs const&... fs) {
    static_assert(sizeof...(Fs) != 0, "ctdiff::jacobian(f1, f2, ...): name at least one function");
    static_assert((Expression<Fs> && ...), "ctdiff::jacobian(f1, f2, ...): every f_i must be a "
                                           "ctdiff expression");
    if constexpr (sizeof...(Fs) != 0 && (Expression<Fs> && ...))
        return detail::make_program<detail::jacobian_pass, detail::jacobian_shape>(fs...);
}

}  // namespace ctdiff

#endif
