// Second derivatives on f's shared graph (detail/graph/hessian.hpp): hessian(f),
// value_gradient_hessian(f), hessian_vector_product(f) and sparse_hessian(f) return callables
// that run one straight-line program: f's nodes, its gradient's by the reverse sweep, then the
// Hessian's by forward sweeps over both. Each distinct entry is computed once (H[j][i] is
// H[i][j]), structural zeros cost nothing, and sparse_hessian computes only the entries that
// sparsity.hpp's hessian_pattern marks, in a compressed layout fixed while compiling. Of a
// loop_sum, each runs a loop over its term's program instead (detail/graph/run_loop_hessian.hpp,
// run_loop.hpp), which compiles once whatever the number of terms.
#ifndef CTDIFF_HESSIAN_HPP
#define CTDIFF_HESSIAN_HPP

#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/hessian.hpp>
#include <ctdiff/detail/graph/run_loop.hpp>
#include <ctdiff/detail/graph/run_loop_hessian.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/sparsity.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace ctdiff {

/// What value_gradient_hessian(f)(x...) returns: `auto [v, g, h] = ...`.
template <class T, std::size_t N>
struct value_gradient_hessian_result {
    T value;
    std::array<T, N> gradient;
    std::array<std::array<T, N>, N> hessian;
};

namespace detail {

/// A compressed layout, fixed while compiling: the entries that may be non-zero in row-major
/// order, as coordinates (rows[k], columns[k]) and, for CSR, the range [row_offsets[i],
/// row_offsets[i + 1]) of row i. Entries gives size, entry(i, j), and the columns of row i that
/// may hold an entry, [band_first(i), band_end(i)).
template <class Entries>
struct row_major_layout {
    static constexpr std::size_t size = Entries::size;
    static constexpr std::size_t nonzeros = [] {
        std::size_t count = 0;
        for (std::size_t i = 0; i != size; ++i)
            for (std::size_t j = Entries::band_first(i); j != Entries::band_end(i); ++j) count += Entries::entry(i, j) ? 1 : 0;
        return count;
    }();

  private:
    struct coordinates {
        std::array<std::size_t, nonzeros> rows{}, columns{};
        std::array<std::size_t, size + 1> row_offsets{};
    };
    static constexpr coordinates coordinates_ = [] {
        coordinates c;
        std::size_t k = 0;
        for (std::size_t i = 0; i != size; ++i) {
            c.row_offsets[i] = k;
            for (std::size_t j = Entries::band_first(i); j != Entries::band_end(i); ++j)
                if (Entries::entry(i, j)) {
                    c.rows[k] = i;
                    c.columns[k] = j;
                    ++k;
                }
        }
        c.row_offsets[size] = k;
        return c;
    }();

  public:
    static constexpr std::array<std::size_t, nonzeros> rows = coordinates_.rows;
    static constexpr std::array<std::size_t, nonzeros> columns = coordinates_.columns;
    static constexpr std::array<std::size_t, size + 1> row_offsets = coordinates_.row_offsets;
    static constexpr std::size_t none = nonzeros;

    /// The place k of H[i][j] (values[k]), or none for a structural zero: a search in row i.
    static constexpr std::size_t position(std::size_t i, std::size_t j) {
        if (i >= size) return none;
        for (std::size_t k = row_offsets[i]; k != row_offsets[i + 1]; ++k)
            if (columns[k] == j) return k;
        return none;
    }
};

// The entries of an n x n pattern, every column a candidate.
template <class Pattern>
struct pattern_entries {
    static constexpr std::size_t size = Pattern::value.rows;
    static constexpr bool entry(std::size_t i, std::size_t j) { return Pattern::value.entries[i][j]; }
    static constexpr std::size_t band_first(std::size_t) { return 0; }
    static constexpr std::size_t band_end(std::size_t) { return size; }
};

}  // namespace detail

/// The compressed layout (detail::row_major_layout) of the n x n pattern Pattern::value.
template <class Pattern>
struct compressed_layout : detail::row_major_layout<detail::pattern_entries<Pattern>> {
    static constexpr sparsity pattern = Pattern::value;
};

/// What sparse_hessian(f)(x...) returns: the values of the layout's entries, values[k] being
/// H[rows[k]][columns[k]]; both triangles are listed, as most solver interfaces and
/// Eigen::SparseMatrix expect (a lower-triangle-only interface takes the entries with
/// columns[k] <= rows[k]).
template <class T, class Layout>
struct sparse_matrix : Layout {
    std::array<T, Layout::nonzeros> values;

    /// H[i][j] (0 for a structural zero): a search in row i, for checking, not for speed.
    constexpr T operator()(std::size_t i, std::size_t j) const {
        std::size_t const k = Layout::position(i, j);
        return k == Layout::none ? T{} : values[k];
    }
};

namespace detail {

// hessian: the upper triangle's roots, mirrored
template <std::size_t First, std::size_t N, class U, std::size_t R>
CTDIFF_ALWAYS_INLINE constexpr std::array<std::array<U, N>, N> symmetric_from_upper(std::array<U, R> const& r) {
    auto row = [&]<std::size_t I, std::size_t... J>(std::integral_constant<std::size_t, I>, std::index_sequence<J...>)
        CTDIFF_ALWAYS_INLINE {
        return std::array<U, N>{r[First + graph::symmetric_index(I, J, N)]...};
    };
    return [&]<std::size_t... I>(std::index_sequence<I...>) CTDIFF_ALWAYS_INLINE {
        return std::array<std::array<U, N>, N>{row(std::integral_constant<std::size_t, I>{}, std::make_index_sequence<N>{})...};
    }(std::make_index_sequence<N>{});
}

constexpr root_meaning upper_meaning(std::size_t r, std::size_t n) {
    std::size_t i = 0;
    while (r >= n - i) r -= n - i++;
    return {2, 0, i, i + r};
}

template <class G, std::size_t N, std::size_t>
struct hessian_shape {
    static constexpr std::size_t variables = N, functions = 1, scalars = N * N;
    static constexpr std::string_view c_name = "f_hessian";
    static constexpr std::size_t root_of(std::size_t p) { return graph::symmetric_index(p / N, p % N, N); }
    template <class U, std::size_t R>
    CTDIFF_ALWAYS_INLINE static constexpr auto result(std::array<U, R> const& r) {
        return symmetric_from_upper<0, N>(r);
    }
    static constexpr root_meaning meaning(std::size_t r) { return upper_meaning(r, N); }
};

template <class G, std::size_t N, std::size_t>
struct value_gradient_hessian_shape {
    static constexpr std::size_t variables = N, functions = 1, scalars = 1 + N + N * N;
    static constexpr bool value_first = true;
    static constexpr std::string_view c_name = "f_value_gradient_hessian";
    static constexpr std::size_t root_of(std::size_t p) {
        return p <= N ? p : N + 1 + graph::symmetric_index((p - N - 1) / N, (p - N - 1) % N, N);
    }
    template <class U, std::size_t R>
    CTDIFF_ALWAYS_INLINE static constexpr auto result(std::array<U, R> const& r) {
        return value_gradient_hessian_result<U, N>{r[0], roots_slice<1, N>(r), symmetric_from_upper<N + 1, N>(r)};
    }
    static constexpr root_meaning meaning(std::size_t r) {
        return r == 0 ? root_meaning{} : r <= N ? root_meaning{1, 0, r - 1, 0} : upper_meaning(r - N - 1, N);
    }
};

// sparse_hessian: G's roots are the non-zeros in layout order (graph::sparse_hessian), and the
// layout is the pattern of the upper triangle they were taken from
template <class G, std::size_t N, std::size_t>
struct sparse_hessian_shape {
    static constexpr std::size_t variables = N, functions = 1;
    static constexpr std::string_view c_name = "f_sparse_hessian";
    struct pattern {
        static constexpr sparsity value = symmetric_pattern_of_upper<typename G::made_by::upper, N>();
    };
    using layout = compressed_layout<pattern>;
    static constexpr std::size_t scalars = layout::nonzeros;
    static constexpr std::size_t root_of(std::size_t k) { return k; }
    template <class U, std::size_t R>
    CTDIFF_ALWAYS_INLINE static constexpr auto result(std::array<U, R> const& r) {
        return sparse_matrix<U, layout>{{}, r};
    }
    static constexpr root_meaning meaning(std::size_t k) { return {2, 0, layout::rows[k], layout::columns[k]}; }
};

// hessian_vector_product: the program of 2n variables (x, then v); roots (H v)_i
template <class G, std::size_t N, std::size_t>
struct hessian_vector_product_shape {
    static constexpr std::size_t variables = 2 * N, functions = 1, scalars = N;
    static constexpr std::string_view c_name = "f_hessian_vector_product";
    static constexpr std::size_t root_of(std::size_t p) { return p; }
    template <class U, std::size_t R>
    CTDIFF_ALWAYS_INLINE static constexpr std::array<U, N> result(std::array<U, R> const& r) { return r; }
    static constexpr root_meaning meaning(std::size_t r) { return {-1, 0, r, 0}; }
};

template <class G, std::size_t N> using hessian_pass = graph::hessian<G, N, false>;
template <class G, std::size_t N> using sparse_hessian_pass = graph::sparse_hessian<G, N>;
template <class G, std::size_t N> using value_gradient_hessian_pass = graph::hessian<G, N, true>;
template <class G, std::size_t N> using hessian_vector_product_pass = graph::hessian_vector_product<G, N>;

// x, then v, side by side, in their common evaluation type: the point of an H v program.
template <class T, std::size_t K, class V>
CTDIFF_ALWAYS_INLINE constexpr auto side_by_side(std::array<T, K> const& x, std::array<V, K> const& v) {
    using U = typename evaluation_type<std::common_type_t<T, V>>::type;
    std::array<U, 2 * K> xv{};
    for (std::size_t i = 0; i != K; ++i) {
        xv[i] = static_cast<U>(x[i]);
        xv[K + i] = static_cast<U>(v[i]);
    }
    return xv;
}

// Whether x and v, K coordinates each, are one per variable of f, N of them; a static_assert naming
// the call if not (WithOut: H v written to out).
template <std::size_t K, std::size_t N, bool WithOut>
constexpr bool direction_fits() {
    if constexpr (WithOut)
        static_assert(K == N, "ctdiff::hessian_vector_product(f)(x, v, out): x and v need one coordinate per "
                              "variable of f");
    else
        static_assert(K == N, "ctdiff::hessian_vector_product(f)(x, v): x and v need one coordinate per "
                              "variable of f");
    return K == N;
}

/// H v at x: the program of hessian_vector_product_pass, called with x and v side by side.
template <class Program, std::size_t N>
struct hessian_vector_product_program {
    Program program;

    template <class T, std::size_t K, class V>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(std::array<T, K> const& x, std::array<V, K> const& v) const {
        if constexpr (direction_fits<K, N, false>()) return program(side_by_side(x, v));
    }
    /// H v written to out (a std::span<T, n>), without returning it by value.
    template <class T, std::size_t K, class V, class W, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr void operator()(std::array<T, K> const& x, std::array<V, K> const& v,
                                                   std::span<W, S> out) const {
        if constexpr (direction_fits<K, N, true>()) program(side_by_side(x, v), out);
    }
};

/// hessian_vector_product(f) of a loop_sum: a loop over its index (run_loop.hpp) that runs its
/// body's H v program; called as hessian_vector_product_program is.
template <class Loop, class C, std::size_t M>
struct loop_hessian_vector_product_program {
    static constexpr std::size_t variables = Loop::end_position;
    std::array<C, M> constants;

    template <class T, std::size_t K, class V>
    CTDIFF_ALWAYS_INLINE constexpr auto operator()(std::array<T, K> const& x, std::array<V, K> const& v) const {
        std::array<typename evaluation_type<std::common_type_t<T, V>>::type, variables> hv{};
        if constexpr (direction_fits<K, variables, false>()) (*this)(x, v, std::span(hv));
        return hv;
    }
    template <class T, std::size_t K, class V, class W, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr void operator()(std::array<T, K> const& x, std::array<V, K> const& v,
                                                   std::span<W, S> out) const {
        using U = typename evaluation_type<std::common_type_t<T, V>>::type;
        if constexpr (direction_fits<K, variables, true>() && out_fits<S, variables, false>() &&
                      Loop::width != 0) {  // (no variable: nothing to write)
            using body = graph::hessian_vector_product<graph::graph_of<typename Loop::body_type>, Loop::width>;
            auto const run = [&](U const* xs, U const* vs) CTDIFF_ALWAYS_INLINE {
                if constexpr (std::is_same_v<U, W>) {
                    graph::run_loop_hessian_vector_product<Loop, body>(xs, vs, constants, out.data());
                } else {  // (out of another number type: computed, then copied)
                    std::array<U, variables> hv{};
                    graph::run_loop_hessian_vector_product<Loop, body>(xs, vs, constants, hv.data());
                    for (std::size_t i = 0; i != variables; ++i) out[i] = static_cast<W>(hv[i]);
                }
            };
            // x and v read where they are, unless they must be converted first (a loop reads them
            // at run-time indices, so a copy would not be folded away as in a straight-line program)
            if constexpr (std::is_same_v<T, U> && std::is_same_v<V, U>) {
                run(x.data(), v.data());
            } else {
                auto const xv = side_by_side(x, v);
                run(xv.data(), xv.data() + K);
            }
        }
    }
};

/// The compressed layout of a loop_sum's Hessian, built row by row from the band of entries a
/// term can reach (loop_hessian_entries, which hessian_pattern<F> also reads) without its n x n
/// matrix, so that it stays cheap to compile for thousands of variables.
template <class Loop>
using loop_layout = row_major_layout<loop_hessian_entries<Loop>>;

/// sparse_hessian(f) of a loop_sum: a loop over its index (run_loop_hessian.hpp) that runs its
/// body's Hessian program. It takes and returns what derivative_program does for the same shape,
/// in the layout of hessian_pattern<F>.
template <class Loop, class C, std::size_t M>
struct loop_sparse_hessian_program : program_calls<loop_sparse_hessian_program<Loop, C, M>> {
    using layout = loop_layout<Loop>;
    using body_hessian = graph::hessian<graph::graph_of<typename Loop::body_type>, Loop::width>;
    static constexpr std::size_t variables = Loop::end_position, scalars = layout::nonzeros;
    std::array<C, M> constants;

private:
    using calls = program_calls<loop_sparse_hessian_program>;
    friend calls;
    static constexpr bool starts_with_f = false;

    template <std::size_t K, class U>
    CTDIFF_ALWAYS_INLINE constexpr auto at(U const* x) const {
        sparse_matrix<U, layout> r{};
        if constexpr (calls::template covers<K>())
            graph::run_loop_sparse_hessian<Loop, body_hessian, layout>(x, constants, r.values.data());
        return r;
    }

    template <std::size_t K, class U, class V, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr void into(U const* x, std::span<V, S> out) const {
        if constexpr (std::is_same_v<U, V>) {
            graph::run_loop_sparse_hessian<Loop, body_hessian, layout>(x, constants, out.data());
        } else {
            auto const r = at<K>(x);  // (out of another number type: computed, then copied)
            for (std::size_t i = 0; i != scalars; ++i) out[i] = static_cast<V>(r.values[i]);
        }
    }
};

// The n x n rows of a dense Hessian from h on, as the dense loops write them
// (run_loop_hessian.hpp): set(i, j, v), and first_use(i), which zeroes row i by plain stores just
// before its band is set. As std::fill_n or memset, or for the whole matrix at once, g++ 12 and
// clang++ 16 make a rep stos of it, which is slower at this size (and callgrind counts it byte by
// byte).
template <std::size_t N, class U>
struct dense_rows {
    U* h;
    CTDIFF_ALWAYS_INLINE constexpr auto set() const {
        return [h = h](std::size_t i, std::size_t j, U const v) CTDIFF_ALWAYS_INLINE { h[i * N + j] = v; };
    }
    CTDIFF_ALWAYS_INLINE constexpr auto first_use() const {
        return [h = h](std::size_t i) CTDIFF_ALWAYS_INLINE {
            U* const row = h + i * N;
#pragma GCC unroll 65534
            for (std::size_t j = 0; j != N; ++j) row[j] = U{};
        };
    }
};

/// hessian(f) of a loop_sum: the zeros written, then a loop over its index (run_loop_hessian.hpp)
/// that runs its body's Hessian program and stores the band the terms reach. It takes and returns
/// what derivative_program does for the same shape.
template <class Loop, class C, std::size_t M>
struct loop_hessian_program : program_calls<loop_hessian_program<Loop, C, M>> {
    static constexpr std::size_t variables = Loop::end_position, scalars = variables * variables;
    using body_hessian = graph::hessian<graph::graph_of<typename Loop::body_type>, Loop::width>;
    std::array<C, M> constants;

private:
    using calls = program_calls<loop_hessian_program>;
    friend calls;
    static constexpr bool starts_with_f = false;

    template <std::size_t K, class U>
    CTDIFF_ALWAYS_INLINE constexpr auto at(U const* x) const {
        std::array<std::array<U, variables>, variables> h{};
        if constexpr (calls::template covers<K>())
            graph::run_loop_dense_hessian<Loop, body_hessian>(
                x, constants, [&](std::size_t i, std::size_t j, U const v) CTDIFF_ALWAYS_INLINE { h[i][j] = v; },
                [](std::size_t) {});
        return h;
    }

    template <std::size_t K, class U, class V, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr void into(U const* x, std::span<V, S> out) const {
        if constexpr (std::is_same_v<U, V>) {
            dense_rows<variables, U> const rows{out.data()};
            graph::run_loop_dense_hessian<Loop, body_hessian>(x, constants, rows.set(), rows.first_use());
        } else {
            auto const h = at<K>(x);  // (out of another number type: computed, then copied)
            for (std::size_t i = 0; i != variables; ++i)
                for (std::size_t j = 0; j != variables; ++j) out[i * variables + j] = static_cast<V>(h[i][j]);
        }
    }
};

/// value_gradient_hessian(f) of a loop_sum: one loop (run_loop_hessian.hpp) over its body's
/// program for f, its gradient and its Hessian, with the gradient's window and the Hessian's. It
/// takes and returns what derivative_program does for the same shape.
template <class Loop, class C, std::size_t M>
struct loop_value_gradient_hessian_program : program_calls<loop_value_gradient_hessian_program<Loop, C, M>> {
    static constexpr std::size_t variables = Loop::end_position, scalars = 1 + variables + variables * variables;
    using body = graph::hessian<graph::graph_of<typename Loop::body_type>, Loop::width, true>;
    std::array<C, M> constants;

private:
    using calls = program_calls<loop_value_gradient_hessian_program>;
    friend calls;
    static constexpr bool starts_with_f = true;

    // f, with the gradient written to g and the Hessian's rows from h on (n x n, zeroed row by row)
    template <class U>
    CTDIFF_ALWAYS_INLINE constexpr U run(U const* x, U* g, U* h) const {
        if constexpr (Loop::width == 0) {  // (no variable: f alone, by the gradient's loop)
            using value_only = graph::adjoint<graph::graph_of<typename Loop::body_type>, 0, true>;
            return graph::run_loop<Loop, value_only>(x, constants, g);
        } else {
            dense_rows<variables, U> const rows{h};
            return graph::run_loop_value_gradient_hessian<Loop, body>(x, constants, g, rows.set(), rows.first_use());
        }
    }

    template <std::size_t K, class U>
    CTDIFF_ALWAYS_INLINE constexpr auto at(U const* x) const {
        value_gradient_hessian_result<U, variables> r{};
        if constexpr (calls::template covers<K>()) {
            std::array<U, variables * variables> h{};  // (rows, then copied: a constant evaluation
            r.value = run(x, r.gradient.data(), h.data());  //  may not step from row to row)
            for (std::size_t i = 0; i != variables; ++i)
                for (std::size_t j = 0; j != variables; ++j) r.hessian[i][j] = h[i * variables + j];
        }
        return r;
    }

    template <std::size_t K, class U, class V, std::size_t S>
    CTDIFF_ALWAYS_INLINE constexpr auto into(U const* x, std::span<V, S> out) const {
        if constexpr (!std::is_same_v<U, V>) {
            auto const r = at<K>(x);  // (out of another number type: computed, then copied)
            V* g = out.data() + (S == scalars ? 1 : 0);
            for (std::size_t i = 0; i != variables; ++i) {
                g[i] = static_cast<V>(r.gradient[i]);
                for (std::size_t j = 0; j != variables; ++j) g[variables + i * variables + j] = static_cast<V>(r.hessian[i][j]);
            }
            if constexpr (S == scalars) out[0] = static_cast<V>(r.value);
            else return static_cast<V>(r.value);
        } else if constexpr (S == scalars) {
            out[0] = run(x, out.data() + 1, out.data() + 1 + variables);
        } else {
            return run(x, out.data(), out.data() + variables);
        }
    }
};

// The second-derivative programs of a loop_sum, which are loops (for the printers that write
// straight-line programs only).
template <class P> inline constexpr bool is_loop_second_order = false;
template <class Loop, class C, std::size_t M>
inline constexpr bool is_loop_second_order<loop_sparse_hessian_program<Loop, C, M>> = true;
template <class Loop, class C, std::size_t M>
inline constexpr bool is_loop_second_order<loop_hessian_vector_product_program<Loop, C, M>> = true;
template <class Loop, class C, std::size_t M>
inline constexpr bool is_loop_second_order<loop_hessian_program<Loop, C, M>> = true;
template <class Loop, class C, std::size_t M>
inline constexpr bool is_loop_second_order<loop_value_gradient_hessian_program<Loop, C, M>> = true;

template <class F>
constexpr bool require_expression() {
    static_assert(Expression<F>, "ctdiff: f must be a ctdiff expression such as ctdiff::pow<2>(x) + 1");
    return Expression<F>;
}

}  // namespace detail

/// hessian(f): a callable; hessian(f)(x0, x1, ...) (or (std::array{...})) is the symmetric
/// std::array<std::array<T, n>, n> of every second partial of f.
template <class F>
CTDIFF_ALWAYS_INLINE constexpr auto hessian(F const& f) {
    if constexpr (detail::require_expression<F>() && LoopTerminal<F>)
        return detail::make_loop_program<detail::loop_hessian_program>(f);  // a loop_sum: a loop
    else if constexpr (detail::require_expression<F>())
        return detail::make_program<detail::hessian_pass, detail::hessian_shape>(f);
}

/// value_gradient_hessian(f): `auto [v, g, h] = value_gradient_hessian(f)(x...)`, from one program.
template <class F>
CTDIFF_ALWAYS_INLINE constexpr auto value_gradient_hessian(F const& f) {
    if constexpr (detail::require_expression<F>() && LoopTerminal<F>)
        return detail::make_loop_program<detail::loop_value_gradient_hessian_program>(f);  // a loop_sum: a loop
    else if constexpr (detail::require_expression<F>())
        return detail::make_program<detail::value_gradient_hessian_pass, detail::value_gradient_hessian_shape>(f);
}

/// sparse_hessian(f): a callable returning the sparse_matrix of the entries hessian_pattern<F>
/// marks, in its compressed_layout (rows, columns, row_offsets known while compiling).
template <class F>
CTDIFF_ALWAYS_INLINE constexpr auto sparse_hessian(F const& f) {
    if constexpr (detail::require_expression<F>() && LoopTerminal<F>)
        return detail::make_loop_program<detail::loop_sparse_hessian_program>(f);  // a loop_sum: a loop
    else if constexpr (detail::require_expression<F>())
        return detail::make_program<detail::sparse_hessian_pass, detail::sparse_hessian_shape>(f);
}

/// hessian_vector_product(f): a callable; hessian_vector_product(f)(x, v), x and v std::arrays of
/// n coordinates, is H(x) v as std::array<T, n>, by one forward sweep along v over f's and its
/// gradient's nodes, without forming H.
template <class F>
CTDIFF_ALWAYS_INLINE constexpr auto hessian_vector_product(F const& f) {
    if constexpr (detail::require_expression<F>() && LoopTerminal<F>) {
        return detail::make_loop_program<detail::loop_hessian_vector_product_program>(f);  // a loop_sum: a loop
    } else if constexpr (detail::require_expression<F>()) {
        auto const program = detail::make_program<detail::hessian_vector_product_pass, detail::hessian_vector_product_shape>(f);
        return detail::hessian_vector_product_program<decltype(program), arity_v<F>>{program};
    }
}

}  // namespace ctdiff

#endif
