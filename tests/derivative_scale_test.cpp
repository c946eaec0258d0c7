// Derivatives whose cost grows with f, not with copies of it: the depth-8 expression,
// whose 4th mixed derivative took 118 s / 3.3 GB on g++ 12 and was rejected by clang++ 16 as
// tree copies, against mpmath (tools/make_gradient_reference.py).
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include "data/taylor_reference.hpp"

#include <pthread.h>

#include <cstddef>

using namespace ctdiff;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
constexpr auto f = cosh(atan(cos(sqrt(tanh(log1p(exp(sin(x + y) * y) + y) * y) + y) * y) + y) * y);

constexpr bool close(double a, double b, double rtol) {
    double const d = a - b;
    return (d < 0 ? -d : d) <= rtol * (b < 0 ? -b : b);
}

// Runs work() on a thread whose whole stack is `bytes` large; false if it could not start.
template <class Work>
bool on_a_stack_of(std::size_t bytes, Work& work) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return false;
    bool started = pthread_attr_setstacksize(&attributes, bytes) == 0;
    pthread_t thread;
    auto run = [](void* w) -> void* {
        (*static_cast<Work*>(w))();
        return nullptr;
    };
    started = started && pthread_create(&thread, &attributes, run, &work) == 0;
    pthread_attr_destroy(&attributes);
    return started && pthread_join(thread, nullptr) == 0;
}
}  // namespace

TEST_CASE("the 4th mixed derivative of a depth-8 expression compiles and is right", "[derivative]") {
    constexpr auto g = d(f, x, x, y, x);
    STATIC_REQUIRE(close(g(0.3, 0.2), 0.0001585842948795005147414661, 1e-12));
    REQUIRE(g(0.3, 0.2) == Approx(0.0001585842948795005147414661).epsilon(1e-12));
    constexpr auto grad = gradient(f)(0.3, 0.2);
    STATIC_REQUIRE(close(grad[0], -0.000004722225080336012457345737, 1e-12));
    STATIC_REQUIRE(close(grad[1], 0.1660900066746791030529408, 1e-12));
}

TEST_CASE("a derivative of a derivative shares the first one's graph", "[derivative]") {
    constexpr auto g = d(f, x);
    STATIC_REQUIRE(std::is_same_v<std::remove_cvref_t<decltype(d(g, y))>, std::remove_cvref_t<decltype(d(f, x, y))>>);
    // d(f, x) composed into a new expression is imported, not copied
    constexpr auto h = g * y + 1;
    REQUIRE(d(h, y)(0.3, 0.2) == Approx(d(f, x, y)(0.3, 0.2) * 0.2 + g(0.3, 0.2)).epsilon(1e-13));
}

TEST_CASE("the derivatives run on a 256 KB stack", "[derivative]") {
    // The tree derivatives this replaced needed more than the default 8 MB for a 6th derivative
    // (issue 9). The programs need under 1 KB at -O2 and about 32 KB at -O0 with the sanitizers,
    // where every value has its own slot (docs/stack.md).
    double sixth = 0, mixed = 0, hessian_xy = 0;
    auto work = [&] {
        double volatile a = 0.3, b = 0.2;
        sixth = d(f, x, x, x, x, x, x)(a, b);
        mixed = d(f, x, x, y, x)(a, b);
        hessian_xy = hessian(f)(a, b)[0][1];
    };
    REQUIRE(on_a_stack_of(256 * 1024, work));
    REQUIRE(close(sixth, taylor_reference::deep_dx[6], 1e-9));
    REQUIRE(close(mixed, 0.0001585842948795005147414661, 1e-12));
    REQUIRE(close(hessian_xy, d(f, x, y)(0.3, 0.2), 1e-12));
}
