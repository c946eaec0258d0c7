// Taylor arithmetic on the graph: the coefficients u_0, u_1, ..., u_N of a node u along one
// variable x_j, u(x + t e_j) = u_0 + u_1 t + ... + u_N t^N + O(t^(N+1)), as new nodes of the same
// graph. u_0 is u itself and u_k is d^k u / dx_j^k divided by k!. Each coefficient is built from
// the children's coefficients by the recurrence of the node's kind (Griewank and Walther,
// "Evaluating Derivatives", ch. 13), so every order costs a sum of at most k products per node,
// instead of the tangent of the tangent (tangent.hpp) that copies the whole graph at each order.
//
// A call y = f(u) needs the coefficients of its local partial w = f'(u) (rules.hpp), but only to
// order k - 1; w's own partials to order k - 2, and so on. Coefficients are therefore built on
// demand and memoised, by an explicit work list rather than by recursion, so neither compiler's
// constexpr depth limit bounds the size of f.
//
// Cost: a node needed to order m adds O(m^2) nodes (m products or fewer per order). Every node of
// f is needed to order N, each partial of a call to one order less than the call; the functions'
// derivative families close under hash-consing (exp' = exp, sin' = cos, cos' = -sin,
// tanh' = 1 - tanh^2, and u^2 and quotients need no partial at all), so a graph of |G| nodes gets
// O(N^2 |G|) coefficient nodes. The exception is the general pow(u, v), whose partial
// v u^(v-1) is a new power: its chain of partials is N long, O(N^3) for that node.
//
// The sweep is one constant evaluation. clang++ 16 spends about 300 of its 1,048,576 steps per
// node made, so some 3,000 nodes fit: order 9 of the depth-8 expression of tests/taylor_test.cpp.
// Splitting the orders over frozen stages was tried and gained one order, since importing a
// stage costs about 500 steps per node (docs/taylor.md).
#ifndef CTDIFF_DETAIL_GRAPH_TAYLOR_HPP
#define CTDIFF_DETAIL_GRAPH_TAYLOR_HPP

#include <ctdiff/detail/graph/builder.hpp>
#include <ctdiff/detail/graph/freeze.hpp>
#include <ctdiff/detail/graph/rules.hpp>

#include <array>
#include <cstddef>
#include <vector>

namespace ctdiff::detail::graph {

/// The Taylor coefficients of a builder's nodes along x_j, to order n, built on demand.
class taylor_sweep {
  public:
    constexpr taylor_sweep(builder& b, std::size_t j, int n) : b_(b), j_(j), n_(n), zero_(b.zero()), one_(b.one()) {
        for (int i = 0; i <= n; ++i) integers_.push_back(b.integer(i));
    }

    /// The id of u_k (0 <= k <= n), built with every coefficient it needs.
    constexpr int coefficient(int u, int k) {
        todo_.push_back({u, k});
        while (!todo_.empty()) {
            auto const [v, m] = todo_.back();
            if (known(v, m)) todo_.pop_back();
            else if (int const id = recurrence(v, m); id >= 0) {
                coef_[slot(v, m)] = id;
                todo_.pop_back();
            }
        }
        return c(u, k);
    }

  private:
    struct task {
        int node, order;
    };

    builder& b_;
    std::size_t j_;
    int n_;
    int zero_, one_;
    // By node: whether it depends on x_j, and its row below (-1: none yet). Only nodes whose
    // coefficients are asked for get a row, not the coefficient nodes themselves: clang counts
    // every element written against its constexpr step budget.
    buffer<char> moves_;
    buffer<int> row_;
    // By row: u_1 .. u_n (-1 until built), and the partials of a call or the factor of a power.
    buffer<int> coef_;
    buffer<std::array<int, 2>> aux_;
    buffer<int> integers_;  // the nodes 0 .. n, looked up once
    buffer<task> todo_;
    bool missing_ = false;

    constexpr std::size_t width() const { return static_cast<std::size_t>(n_); }
    // Where u's row starts, the row made on first use (u depends on x_j).
    constexpr std::size_t row(int u) {
        int& r = row_[static_cast<std::size_t>(u)];
        if (r < 0) {
            r = static_cast<int>(aux_.size());
            aux_.push_back({-1, -1});
            for (std::size_t i = 0; i != width(); ++i) coef_.push_back(-1);
        }
        return static_cast<std::size_t>(r) * width();
    }
    constexpr std::size_t slot(int u, int k) { return row(u) + static_cast<std::size_t>(k - 1); }
    constexpr std::array<int, 2>& aux(int u) { return aux_[row(u) / width()]; }

    // Entries for the nodes added since the last call.
    constexpr void grow() {
        for (std::size_t i = moves_.size(); i != b_.nodes.size(); ++i) {
            node const& e = b_.nodes[i];
            moves_.push_back((e.kind == op::variable && static_cast<std::size_t>(e.k) == j_) ||
                             (e.a >= 0 && moves_[static_cast<std::size_t>(e.a)]) ||
                             (e.b >= 0 && moves_[static_cast<std::size_t>(e.b)]));
            row_.push_back(-1);
        }
    }
    constexpr bool moves(int u) {
        if (static_cast<std::size_t>(u) >= moves_.size()) grow();
        return moves_[static_cast<std::size_t>(u)];
    }
    // u_0 = u, and u_k = 0 for k > 0 where u does not depend on x_j.
    constexpr bool known(int u, int k) {
        if (k == 0 || !moves(u)) return true;
        int const r = row_[static_cast<std::size_t>(u)];
        return r >= 0 && coef_[static_cast<std::size_t>(r) * width() + static_cast<std::size_t>(k - 1)] >= 0;
    }
    // u_k, built
    constexpr int c(int u, int k) {
        if (k == 0) return u;
        if (!moves(u)) return zero_;
        return coef_[slot(u, k)];
    }
    // Queues u_from .. u_to where not built yet, and notes that they are missing.
    constexpr void need(int u, int from, int to) {
        for (int i = from; i <= to; ++i)
            if (!known(u, i)) {
                todo_.push_back({u, i});
                missing_ = true;
            }
    }
    // Whether everything needed since the last call is built.
    constexpr bool ready() {
        bool const r = !missing_;
        missing_ = false;
        return r;
    }

    // sum over i = from..to of u_i v_(k-i)
    constexpr int convolution(int u, int v, int k, int from, int to) {
        int s = zero_;
        for (int i = from; i <= to; ++i) s = b_.add(s, b_.mul(c(u, i), c(v, k - i)));
        return s;
    }

    // v_k of the node v (k >= 1, v depends on x_j), or -1 after queueing what it needs first.
    constexpr int recurrence(int v, int k) {
        node const e = b_[v];
        switch (e.kind) {
        case op::variable: return k == 1 ? one_ : zero_;                      // x_j = x_0 + t
        case op::negate:                                                      // (-u)_k = -u_k
            need(e.a, k, k);
            return ready() ? b_.neg(c(e.a, k)) : -1;
        case op::plus:                                                        // (u + w)_k = u_k + w_k
            need(e.a, k, k), need(e.b, k, k);
            return ready() ? b_.add(c(e.a, k), c(e.b, k)) : -1;
        case op::minus:                                                       // (u - w)_k = u_k - w_k
            need(e.a, k, k), need(e.b, k, k);
            return ready() ? b_.sub(c(e.a, k), c(e.b, k)) : -1;
        case op::multiplies:                                                  // (u w)_k = sum u_i w_(k-i)
            need(e.a, 0, k), need(e.b, 0, k);
            return ready() ? convolution(e.a, e.b, k, 0, k) : -1;
        case op::divides:                                                     // q = u / w: q_k =
            need(e.a, k, k), need(e.b, 1, k), need(v, 0, k - 1);              //   (u_k - sum_(i>=1) w_i q_(k-i)) / w_0
            return ready() ? b_.div(b_.sub(c(e.a, k), convolution(e.b, v, k, 1, k)), e.b) : -1;
        case op::power: return power(v, e, k);
        case op::call: return call(v, e, k);
        default: return zero_;                                                // numbers
        }
    }

    // u^n by products, so u_0 = 0 is no special case (x^n at 0):
    //   n even: u^n = h h with h = u^(n/2); n odd: u^n = u h with h = u^(n-1);
    //   n < 0: q = 1/p with p = u^(-n), q_k = -(sum_(i>=1) p_i q_(k-i)) / p_0.
    constexpr int power(int v, node const& e, int k) {
        if (aux(v)[0] < 0) {
            int const h = e.k < 0 ? b_.raise(-e.k, e.a) : e.k % 2 == 0 ? b_.raise(e.k / 2, e.a) : b_.raise(e.k - 1, e.a);
            aux(v)[0] = h;
        }
        int const p = aux(v)[0];
        if (e.k < 0) {
            need(p, 1, k), need(v, 0, k - 1);
            return ready() ? b_.div(b_.neg(convolution(p, v, k, 1, k)), p) : -1;
        }
        if (e.k % 2 == 0) {
            need(p, 0, k);
            if (!ready()) return -1;
            // sum h_i h_(k-i) = 2 sum_(i < k-i) h_i h_(k-i) + h_(k/2)^2
            int s = b_.mul(integers_[2], convolution(p, p, k, 0, (k - 1) / 2));
            if (k % 2 == 0) s = b_.add(s, b_.mul(c(p, k / 2), c(p, k / 2)));
            return s;
        }
        need(e.a, 0, k), need(p, 0, k);
        return ready() ? convolution(e.a, p, k, 0, k) : -1;
    }

    // y = f(u, w): y' = f_u u' + f_w w', so y_k = (1/k) sum_(i=1..k) i (u_i (f_u)_(k-i) + w_i (f_w)_(k-i)).
    constexpr int call(int v, node const& e, int k) {
        if (aux(v)[0] < 0) {
            std::array<int, 2> const p = call_partials(b_, e.k, e.a, e.b);
            aux(v) = p;
        }
        std::array<int, 2> const w = aux(v);
        bool const first = moves(e.a), second = e.b >= 0 && moves(e.b);
        if (first) need(e.a, 1, k), need(w[0], 0, k - 1);
        if (second) need(e.b, 1, k), need(w[1], 0, k - 1);
        if (!ready()) return -1;
        int s = zero_;
        for (int i = 1; i <= k; ++i) {
            int t = first ? b_.mul(c(e.a, i), c(w[0], k - i)) : zero_;
            if (second) t = b_.add(t, b_.mul(c(e.b, i), c(w[1], k - i)));
            s = b_.add(s, b_.mul(integers_[static_cast<std::size_t>(i)], t));
        }
        return b_.div(s, integers_[static_cast<std::size_t>(k)]);
    }
};

/// Adds the Taylor coefficients along x_j, orders 0..n, of node u among b's first `count` nodes;
/// returns their ids in order. Node by node in their (topological) order, all orders of one node
/// together: a node's children are built before it, so the work list only fills with partials,
/// and the program runs the nodes as they were made (taylor_of::runs_as_made), so only the
/// coefficients of a few nodes are alive at once (built order by order, every node's were: the
/// 6th derivative of the depth-8 expression took 720 bytes of stack frames on g++ 12 and 1,104 on
/// clang++ 16, now 176 (with run.hpp's computed_here) and 384; taylor.md, "Stack").
constexpr std::vector<int> taylor_coefficients(builder& b, int u, std::size_t j, int n, int count) {
    taylor_sweep sweep(b, j, n);
    for (int i = 0; i < count && i < u; ++i)
        for (int k = 1; k <= n; ++k) (void)sweep.coefficient(i, k);
    std::vector<int> out{u};
    for (int k = 1; k <= n; ++k) out.push_back(sweep.coefficient(u, k));
    return out;
}

/// G's root 0 along x_J to order N: roots u_0, ..., u_N, or, with Factorials, the derivatives
/// k! u_k (f, f', ..., f^(N)); with LastOnly, the last of them alone.
template <class G, std::size_t J, std::size_t N, bool Factorials, bool LastOnly = false>
struct taylor_of {
    static constexpr bool runs_as_made = true;  // run.hpp's schedule
    static constexpr std::size_t capacity = 2 * (N + 1) * (N + 1) * G::value.size();  // capacities: freeze.hpp
    static constexpr std::size_t root_capacity = LastOnly ? 1 : N + 1;
    static constexpr std::size_t name_capacity = G::value.names.size();
    static constexpr built build() {
        builder b(2 * (N + 1) * (N + 1) * G::value.size());
        int const root = import<G>(b, 0);
        b.forward = static_cast<std::size_t>(b.size());
        b.slots = G::value.slots;
        b.roots = taylor_coefficients(b, root, J, static_cast<int>(N), b.size());
        if (Factorials) {
            double factorial = 1;
            for (std::size_t k = 2; k <= N; ++k) {
                factorial *= static_cast<double>(k);
                if (LastOnly && k != N) continue;
                // k! is an exact integer node up to 20! (the largest in a long long), a number above
                int const scale = k <= 20 ? b.integer(static_cast<long long>(factorial)) : b.literal(factorial);
                b.roots[k] = b.mul(scale, b.roots[k]);
            }
        }
        if (LastOnly) b.roots = buffer<int>{b.roots[N]};
        return compact(b);
    }
};
template <class G, std::size_t J, std::size_t N, bool Factorials>
using taylor = freeze<taylor_of<G, J, N, Factorials>>;

/// The N-th derivative alone of G's root 0 along x_J, N! u_N: what d(f, x, ..., x) runs when this
/// program is smaller than the N forward sweeps' (derivative.hpp).
template <class G, std::size_t J, std::size_t N>
using nth_derivative = freeze<taylor_of<G, J, N, true, true>>;

}  // namespace ctdiff::detail::graph

#endif
