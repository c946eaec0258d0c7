// A loop_sum's Hessian as a loop, as run_loop.hpp runs its gradient: each index runs the body's
// Hessian program (the upper triangle of its own width x width Hessian) on its own variables, read
// in place, and adds each entry to a window of running sums, entry (a, b) of the window being
// H[i + shift + a][i + shift + b]. No later index touches row or column i + shift, so once index i
// is done its window entries (0, b) are complete: they are stored, at both (i + shift,
// i + shift + b) and its mirror, and the window moves on. Every entry is written once, the window
// stays in registers, and the loop compiles once, whatever the number of terms. Three loops use
// the window: the sparse Hessian's, the dense Hessian's, and f's, its gradient's and its dense
// Hessian's together.
//
// Where an entry goes in the compressed layout is fixed while compiling (loop_hessian_plan): away
// from the matrix's first and last rows, rows repeat, so index i stores at base + i * stride; the
// few indices near the ends, where rows are shorter, run unrolled with their own positions.
#ifndef CTDIFF_DETAIL_GRAPH_RUN_LOOP_HESSIAN_HPP
#define CTDIFF_DETAIL_GRAPH_RUN_LOOP_HESSIAN_HPP

#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/buffer.hpp>
#include <ctdiff/detail/graph/hessian.hpp>
#include <ctdiff/detail/graph/run.hpp>
#include <ctdiff/detail/graph/run_loop.hpp>

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctdiff::detail::graph {

/// Where the loop Loop stores, in Layout (a row_major_layout, hessian.hpp), at each index: slot b
/// (b < width) is window entry (0, b) at H[o][o + b], slot width + b its mirror H[o + b][o]
/// (b > 0), o = i + shift; none when Layout has no such entry (near the ends). Indices
/// [steady_first, steady_last) store at base[s] + (i - steady_first) * stride; the others at
/// their own positions, slot_position(i, s). After the loop, entry (a, b) of the window left is
/// H[end + a][end + b], end = last + shift.
template <class Loop, class Layout>
struct loop_hessian_plan {
    static constexpr std::size_t width = Loop::width, slots = 2 * width;
    static constexpr std::size_t count = Loop::last - Loop::first;
    static constexpr long long none = -1;

    // The place of H[p][q] in Layout's values, or none.
    static constexpr long long position(std::size_t p, std::size_t q) {
        std::size_t const k = Layout::position(p, q);
        return k == Layout::none ? none : static_cast<long long>(k);
    }
    static constexpr std::size_t origin(std::size_t index) { return Loop::origin(Loop::first + index); }  // (index from 0)
    static constexpr long long slot_position(std::size_t index, std::size_t s) {
        std::size_t const o = origin(index);
        if (s < width) return position(o, o + s);
        return s == width ? none : position(o + (s - width), o);
    }

    struct plan {
        std::size_t steady_first = 0, steady_last = 0;
        long long stride = 0;
        std::array<long long, slots> base{};
    };
    static constexpr plan value = [] {
        plan p;
        buffer<long long> positions(count * slots, none);
        auto at = [&](std::size_t i, std::size_t s) { return positions[i * slots + s]; };
        std::array<bool, slots> used{};
        for (std::size_t i = 0; i != count; ++i)
            for (std::size_t s = 0; s != slots; ++s) {
                positions[i * slots + s] = slot_position(i, s);
                used[s] = used[s] || at(i, s) != none;
            }
        auto complete = [&](std::size_t i) {  // every slot some index stores is stored by i
            for (std::size_t s = 0; s != slots; ++s)
                if (used[s] && at(i, s) == none) return false;
            return true;
        };
        std::size_t first = 0;
        while (first != count && !complete(first)) ++first;
        if (first + 1 >= count) return p;  // (no steady run: every index is unrolled)
        long long stride = 0;
        for (std::size_t s = 0; s != slots; ++s)
            if (used[s]) stride = at(first + 1, s) - at(first, s);
        std::size_t last = first + 1;
        auto steady = [&](std::size_t i) {
            if (!complete(i)) return false;
            for (std::size_t s = 0; s != slots; ++s)
                if (used[s] && at(i, s) != at(first, s) + static_cast<long long>(i - first) * stride) return false;
            return true;
        };
        while (last != count && steady(last)) ++last;
        p.steady_first = first;
        p.steady_last = last;
        p.stride = stride;
        for (std::size_t s = 0; s != slots; ++s) p.base[s] = used[s] ? at(first, s) : none;
        return p;
    }();
};

// f(integral_constant<E>) for E = 0 .. N-1, in order (an initializer list, not a fold: clang
// limits fold expressions to 256 operands)
template <std::size_t N, class F>
CTDIFF_ALWAYS_INLINE constexpr void for_each_constant(F const& f) {
    if constexpr (N != 0)
        [&]<std::size_t... E>(std::index_sequence<E...>) CTDIFF_ALWAYS_INLINE {
            int const in_order[] = {((void)f(std::integral_constant<std::size_t, E>{}), 0)...};
            (void)in_order;
        }(std::make_index_sequence<N>{});
}

// Whether window entry (a, b) may hold a sum from one of the `earlier` indices before the current
// one: index i - d added its body's entry (a + d, b + d) there (Upper's root Offset + its position
// in the upper triangle).
template <class Upper, std::size_t Width, std::size_t Offset = 0>
constexpr bool reached_from_earlier(std::size_t a, std::size_t b, std::size_t earlier) {
    for (std::size_t d = 1; d <= earlier && b + d < Width; ++d)
        if (!is_zero_root<Upper>(Offset + upper_index(a + d, b + d, Width))) return true;
    return false;
}

/// The window of a loop_sum's Hessian: entry (a, b), a <= b, the running sum of
/// H[i + shift + a][i + shift + b] at index i. Upper is the frozen graph of the body's Hessian in
/// its Width variables (hessian.hpp): its upper triangle, row by row, from root Offset on.
template <class Upper, std::size_t Width, class T, std::size_t Offset = 0>
struct hessian_window {
    std::array<T, Width * Width> entry{};  // (a, b) at a * Width + b

    /// Index i's term, the roots r of its body's program, added; Earlier indices came before it.
    /// An entry no earlier index reaches is set, not added to 0 (0 + v is not v when v is -0).
    template <std::size_t Earlier, class R>
    CTDIFF_ALWAYS_INLINE constexpr void add(R const& r) {
        for_each_constant<Width * Width>([&]<std::size_t E>(std::integral_constant<std::size_t, E>) CTDIFF_ALWAYS_INLINE {
            constexpr std::size_t a = E / Width, b = E % Width, root = Offset + upper_index(a, b, Width);
            if constexpr (a <= b && !is_zero_root<Upper>(root)) {
                if constexpr (reached_from_earlier<Upper, Width, Offset>(a, b, Earlier)) entry[E] += r[root];
                else entry[E] = r[root];
            }
        });
    }
    /// The complete entries, window entry (a, b) being H[o + a][o + b], given to set(p, q, value)
    /// at both of their places: row 0 after an index; after the last index, every entry but those
    /// of the row moved in.
    template <bool AfterLast, class Set>
    CTDIFF_ALWAYS_INLINE constexpr void complete(std::size_t o, Set const& set) const {
        for_each_constant<Width * Width>([&]<std::size_t E>(std::integral_constant<std::size_t, E>) CTDIFF_ALWAYS_INLINE {
            constexpr std::size_t a = E / Width, b = E % Width;
            if constexpr (a <= b && (AfterLast ? b + 1 < Width : a == 0)) {
                set(o + a, o + b, entry[E]);
                if constexpr (a != b) set(o + b, o + a, entry[E]);
            }
        });
    }
    /// One index on: entry (a, b) becomes (a - 1, b - 1); row 0, complete, is gone.
    CTDIFF_ALWAYS_INLINE constexpr void move_on() {
        for_each_constant<Width * Width>([&]<std::size_t E>(std::integral_constant<std::size_t, E>) CTDIFF_ALWAYS_INLINE {
            constexpr std::size_t a = E / Width, b = E % Width;
            if constexpr (a <= b && b + 1 < Width) entry[E] = entry[E + Width + 1];
            else if constexpr (a <= b) entry[E] = T{};
        });
    }
};

/// The sparse Hessian of the loop_sum Loop at x, written to h in Layout's order. Upper is the
/// frozen graph of its body's upper-triangle Hessian in its Loop::width variables (hessian.hpp).
template <class Loop, class Upper, class Layout, class T, class C, std::size_t M>
CTDIFF_ALWAYS_INLINE constexpr void run_loop_sparse_hessian(T const* x, std::array<C, M> const& k, T* h) {
    using plan_type = loop_hessian_plan<Loop, Layout>;
    constexpr std::size_t width = Loop::width;
    constexpr std::size_t steady_first = plan_type::value.steady_first, steady_last = plan_type::value.steady_last;
    if constexpr (width != 0 && plan_type::count != 0) {
        hessian_window<Upper, width, T> window;

        // index i's terms, added to the window (Earlier indices before it); then its complete
        // entries given to store(slot, value), and the window moved on
        auto const term = [&]<std::size_t Earlier>(std::size_t i, auto const& store, std::integral_constant<std::size_t, Earlier>)
                              CTDIFF_ALWAYS_INLINE {
            window.template add<Earlier>(run<Upper>(x + plan_type::origin(i), k));
            for_each_constant<2 * width>([&]<std::size_t S>(std::integral_constant<std::size_t, S> s) CTDIFF_ALWAYS_INLINE {
                store(s, window.entry[S < width ? S : S - width]);
            });
            window.move_on();
        };
        // an index outside the steady run: each store at its own position, known while compiling
        auto const unrolled = [&]<std::size_t I>(std::integral_constant<std::size_t, I>) CTDIFF_ALWAYS_INLINE {
            term(I, [&]<std::size_t S>(std::integral_constant<std::size_t, S>, T const v) CTDIFF_ALWAYS_INLINE {
                constexpr long long p = plan_type::slot_position(I, S);
                if constexpr (p != plan_type::none) h[p] = v;
            }, std::integral_constant<std::size_t, I>{});
        };
        for_each_constant<steady_first>(unrolled);
// g++ 12 does not vectorise at -O2; four indices an iteration save it a fifth (Rosenbrock-50:
// 1,039 -> 880 instructions). clang++ 16 vectorises the plain loop, and not the unrolled one.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
        for (std::size_t i = steady_first; i != steady_last; ++i) {
            T* const row = h + static_cast<long long>(i - steady_first) * plan_type::value.stride;
            term(i, [&]<std::size_t S>(std::integral_constant<std::size_t, S>, T const v) CTDIFF_ALWAYS_INLINE {
                constexpr long long p = plan_type::value.base[S];
                if constexpr (p != plan_type::none) row[p] = v;
            }, std::integral_constant<std::size_t, width>{});
        }
        for_each_constant<plan_type::count - steady_last>([&]<std::size_t I>(std::integral_constant<std::size_t, I>) CTDIFF_ALWAYS_INLINE {
            unrolled(std::integral_constant<std::size_t, steady_last + I>{});
        });
        // the window left: the last rows, complete
        for_each_constant<width * width>([&]<std::size_t E>(std::integral_constant<std::size_t, E>) CTDIFF_ALWAYS_INLINE {
            constexpr std::size_t a = E / width, b = E % width, end = plan_type::origin(plan_type::count);
            if constexpr (a <= b) {
                constexpr long long p = plan_type::position(end + a, end + b);
                constexpr long long q = plan_type::position(end + b, end + a);
                if constexpr (p != plan_type::none) h[p] = window.entry[E];
                if constexpr (a != b && q != plan_type::none) h[q] = window.entry[E];
            }
        });
    }
}

/// The dense Hessian of the loop_sum Loop at x: set(p, q, value) for every entry of the band the
/// terms reach, H[p][q] and H[q][p] both, and first_use(r) once for each row r, in order, before
/// any entry of it is set (to zero the row: hand-written code zeroes a row, then sets its band;
/// zeroing the whole matrix first lets compilers make one memset of it, a rep stos at this size).
/// Every index stores its complete entries, structural zeros included, so the loop needs no plan.
template <class Loop, class Upper, class T, class C, std::size_t M, class Set, class FirstUse>
CTDIFF_ALWAYS_INLINE constexpr void run_loop_dense_hessian(T const* x, std::array<C, M> const& k, Set const& set,
                                                          FirstUse const& first_use) {
    constexpr std::size_t width = Loop::width, count = Loop::last - Loop::first;
    if constexpr (width != 0 && count != 0) {
        hessian_window<Upper, width, T> window;
        // the first index, whose window no earlier index reached; it sets rows up to o + width - 1
        for (std::size_t r = 0; r != Loop::origin(Loop::first) + width; ++r) first_use(r);
        window.template add<0>(run<Upper>(x + Loop::origin(Loop::first), k));
        window.template complete<false>(Loop::origin(Loop::first), set);
        window.move_on();
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
        for (std::size_t i = Loop::first + 1; i != Loop::last; ++i) {
            window.template add<width>(run<Upper>(x + Loop::origin(i), k));
            first_use(Loop::origin(i) + width - 1);  // the one row index i sets first
            window.template complete<false>(Loop::origin(i), set);
            window.move_on();
        }
        window.template complete<true>(Loop::origin(Loop::last), set);  // the window left: the last rows
    }
}

/// f, its gradient and its dense Hessian of the loop_sum Loop at x: returns f, writes the gradient
/// to g (as run_loop does) and the Hessian by set and first_use (as run_loop_dense_hessian does).
/// Body is the frozen graph of the body's f, gradient and upper-triangle Hessian (hessian.hpp,
/// WithGradient), its Loop::width variables at least one. Every window starts at 0 here, the
/// gradient's as in run_loop: the first index adds to it.
template <class Loop, class Body, class T, class C, std::size_t M, class Set, class FirstUse>
CTDIFF_ALWAYS_INLINE constexpr T run_loop_value_gradient_hessian(T const* x, std::array<C, M> const& k, T* g,
                                                                 Set const& set, FirstUse const& first_use) {
    constexpr std::size_t width = Loop::width;
    static_assert(width != 0, "ctdiff: internal error: a term without variables has no Hessian program");
    T total{};
    hessian_window<Body, width, T, 1 + width> window;
    for (std::size_t r = 0; r + 1 < Loop::origin(Loop::first) + width; ++r) first_use(r);  // each index then sets one row first
    run_window<Loop, 1>(
        [&](std::size_t, std::size_t at) CTDIFF_ALWAYS_INLINE {
            auto const r = run<Body, true>(x + at, k);
            total += r[0];
            window.template add<width>(r);
            first_use(at + width - 1);
            window.template complete<false>(at, set);
            window.move_on();
            return r;
        },
        g);
    window.template complete<true>(Loop::origin(Loop::last), set);
    return total;
}

}  // namespace ctdiff::detail::graph

#endif
