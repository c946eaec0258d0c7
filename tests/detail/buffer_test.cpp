// detail/graph/buffer.hpp: the passes' arrays behave as the std::vector they replace, in
// constant evaluation (where they are used) and at run time.
#include <ctdiff/detail/graph/buffer.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <vector>

namespace {

using ctdiff::detail::graph::buffer;

// Grows one element at a time past several capacities, as adjoint marks do (resize(i + 1)).
constexpr int grown_one_by_one() {
    buffer<int> b;
    for (int i = 0; i != 100; ++i) {
        b.resize(static_cast<std::size_t>(i) + 1, -1);
        b[static_cast<std::size_t>(i)] = i * i;
    }
    int sum = 0;
    for (int x : b) sum += x;
    return sum;  // sum of squares 0..99
}

constexpr bool copies_and_swaps() {
    buffer<int> a(3, 7);
    buffer<int> b = a;  // a copy, not a view
    b[0] = 1;
    b.push_back(9);
    buffer<int> c{4, 5};
    c.swap(b);
    std::vector<int> const v{1, 2, 3};
    buffer<int> const from_vector = v;
    return a[0] == 7 && a.size() == 3 && b.size() == 2 && b[1] == 5 && c.size() == 4 && c[0] == 1 && c.back() == 9 &&
           from_vector.size() == 3 && from_vector[2] == 3;
}

constexpr bool assigns_and_pops() {
    buffer<std::array<int, 2>> b;
    b.push_back({1, 2});
    b.push_back({3, 4});
    b.pop_back();
    std::array<int, 3> const source{5, 6, 7};
    buffer<int> c;
    c.assign(source.begin(), source.end());
    c.assign(2, 0);  // shrinks: size 2, all 0
    return b.size() == 1 && b.back()[1] == 2 && c.size() == 2 && c[0] == 0 && c[1] == 0 && !c.empty();
}

}  // namespace

TEST_CASE("buffer: growth one element at a time keeps every element") {
    STATIC_REQUIRE(grown_one_by_one() == 328350);
    CHECK(grown_one_by_one() == 328350);
}

TEST_CASE("buffer: copies are deep, swap exchanges, a std::vector converts") {
    STATIC_REQUIRE(copies_and_swaps());
    CHECK(copies_and_swaps());
}

TEST_CASE("buffer: assign and pop_back") {
    STATIC_REQUIRE(assigns_and_pops());
    CHECK(assigns_and_pops());
}
