// The passes' arrays (nodes, the hash table, ids and adjoints by node), on the constant
// evaluator's heap. Why not std::vector: clang++ counts the statements of a constant evaluation
// against a budget (1,048,576 by default), and libstdc++'s vector constructs, copies and
// destroys each element through a chain of calls: std::vector<int>(n, -1) costs about 16
// counted steps an element (21 on clang++ 14) and a push_back about 20, where new T[n] is one
// step and a loop one an element. A 4,096-entry hash table cost 65k steps to clear; with these
// arrays the Rosenbrock-50 gradient's reverse pass takes 161k steps instead of 540k.
#ifndef CTDIFF_DETAIL_GRAPH_BUFFER_HPP
#define CTDIFF_DETAIL_GRAPH_BUFFER_HPP

#include <cstddef>
#include <initializer_list>
#include <type_traits>

namespace ctdiff::detail::graph {

/// A growable array of T (trivially copyable, default constructible) for constant evaluation.
template <class T>
class buffer {
    T* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;

    constexpr void move_to(std::size_t capacity) {
        T* const to = new T[capacity];
        for (std::size_t i = 0; i != size_; ++i) to[i] = data_[i];
        delete[] data_;
        data_ = to;
        capacity_ = capacity;
    }

  public:
    constexpr buffer() = default;
    constexpr buffer(std::size_t n, T const& fill) { assign(n, fill); }
    constexpr buffer(std::initializer_list<T> list) { assign(list.begin(), list.end()); }
    /// From any container of T (a std::vector), so the few small lists kept there convert.
    template <class Container>
        requires requires(Container const& c) { c.begin() != c.end(); }
    constexpr buffer(Container const& c) {
        assign(c.begin(), c.end());
    }
    constexpr buffer(buffer const& o) { assign(o.begin(), o.end()); }
    constexpr buffer(buffer&& o) noexcept : data_(o.data_), size_(o.size_), capacity_(o.capacity_) {
        o.data_ = nullptr;
        o.size_ = o.capacity_ = 0;
    }
    constexpr buffer& operator=(buffer o) noexcept {  // copy or move, then swap
        swap(o);
        return *this;
    }
    constexpr ~buffer() { delete[] data_; }
    constexpr void swap(buffer& o) noexcept {
        T* const d = data_;
        data_ = o.data_;
        o.data_ = d;
        std::size_t const s = size_;
        size_ = o.size_;
        o.size_ = s;
        std::size_t const c = capacity_;
        capacity_ = o.capacity_;
        o.capacity_ = c;
    }

    constexpr void reserve(std::size_t n) {
        if (n > capacity_) move_to(n);
    }
    constexpr void push_back(T const& x) {
        if (size_ == capacity_) move_to(capacity_ == 0 ? 16 : 2 * capacity_);
        data_[size_++] = x;
    }
    constexpr void pop_back() { --size_; }
    constexpr T& back() { return data_[size_ - 1]; }
    constexpr void resize(std::size_t n, T const& fill = T()) {
        if (n > capacity_) move_to(n > 2 * capacity_ ? n : 2 * capacity_);  // growing one at a time stays O(n)
        for (std::size_t i = size_; i < n; ++i) data_[i] = fill;
        size_ = n;
    }
    constexpr void assign(std::size_t n, T const& fill) {
        size_ = 0;
        resize(n, fill);
    }
    template <class It>
        requires(!std::is_integral_v<It>)  // assign(2, 0) is a count and a value, as for std::vector
    constexpr void assign(It first, It last) {
        size_ = 0;
        reserve(static_cast<std::size_t>(last - first));
        for (; first != last; ++first) data_[size_++] = *first;
    }

    constexpr T* data() { return data_; }
    constexpr T const* data() const { return data_; }
    constexpr std::size_t size() const { return size_; }
    constexpr bool empty() const { return size_ == 0; }
    constexpr T* begin() { return data_; }
    constexpr T* end() { return data_ + size_; }
    constexpr T const* begin() const { return data_; }
    constexpr T const* end() const { return data_ + size_; }
    constexpr T& operator[](std::size_t i) { return data_[i]; }
    constexpr T const& operator[](std::size_t i) const { return data_[i]; }
};

}  // namespace ctdiff::detail::graph

#endif
