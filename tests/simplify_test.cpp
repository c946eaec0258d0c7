// One check per simplification rule of simplify.hpp, in the order they appear there.
#include <ctdiff/ctdiff.hpp>

#include <catch2/catch.hpp>

#include <type_traits>

using namespace ctdiff;
using detail::add;
using detail::div;
using detail::mul;
using detail::neg;
using detail::raise;
using detail::sub;

namespace {
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;

template <class A, class B>
constexpr bool same(A const&, B const&) {
    return std::is_same_v<A, B>;
}
}  // namespace

TEST_CASE("-u", "[simplify]") {
    STATIC_REQUIRE(same(neg(c<3>), c<-3>));                    // -c<k> -> c<-k>
    STATIC_REQUIRE(neg(constant(2.5))() == -2.5);              // -k -> (-k)
    STATIC_REQUIRE(Constant<decltype(neg(constant(2.5)))>);
    STATIC_REQUIRE(same(neg(neg(x)), x));                      // -(-w) -> w
    REQUIRE(to_string(neg(2.5 * x)) == "-2.5*x");              // -(k*w) -> (-k)*w
    STATIC_REQUIRE(node_of_kind<decltype(neg(2.5 * x)), expr_kind::multiplies>);
    REQUIRE(to_string(neg(x)) == "-x");
}

TEST_CASE("u + v", "[simplify]") {
    STATIC_REQUIRE(same(add(zero, x), x));                     // 0 + v -> v
    STATIC_REQUIRE(same(add(x, zero), x));                     // u + 0 -> u
    STATIC_REQUIRE(same(add(c<2>, c<3>), c<5>));               // c<a> + c<b> -> c<a+b>
    STATIC_REQUIRE(add(constant(0.5), c<2>)() == 2.5);         // a + b -> (a+b)
    STATIC_REQUIRE(Constant<decltype(add(constant(0.5), c<2>))>);
    REQUIRE(to_string(add(x, neg(y))) == "x - y");             // u + (-w) -> u - w
    REQUIRE(to_string(add(x, c<-2>)) == "x - 2");              // u + c<-k> -> u - c<k>
    REQUIRE(to_string(add(x, mul(c<-3>, y))) == "x - 3*y");    // u + (-k)*w -> u - k*w
    REQUIRE(to_string(add(x, -3.5 * y)) == "x + (-3.5*y)");    //   not for run-time numbers
    REQUIRE(to_string(add(neg(x), y)) == "y - x");             // (-w) + v -> v - w
    REQUIRE(to_string(add(x * y, x * y)) == "2*(x*y)");       // u + u -> 2*u
    REQUIRE(to_string(add(2 * x, 2 * x)) == "2*x + 2*x");      //   not for run-time numbers
    REQUIRE(to_string(add(x, y)) == "x + y");
}

TEST_CASE("u - v", "[simplify]") {
    STATIC_REQUIRE(same(sub(x, zero), x));                     // u - 0 -> u
    STATIC_REQUIRE(same(sub(zero, x), neg(x)));                // 0 - v -> -v
    STATIC_REQUIRE(same(sub(c<2>, c<5>), c<-3>));              // c<a> - c<b> -> c<a-b>
    STATIC_REQUIRE(sub(constant(0.5), c<2>)() == -1.5);        // a - b -> (a-b)
    REQUIRE(to_string(sub(x, neg(y))) == "x + y");             // u - (-w) -> u + w
    REQUIRE(to_string(sub(x, c<-2>)) == "x + 2");              // u - c<-k> -> u + c<k>
    REQUIRE(to_string(sub(x, mul(c<-3>, y))) == "x + 3*y");    // u - (-k)*w -> u + k*w
    REQUIRE(to_string(sub(x, -3.5 * y)) == "x - (-3.5*y)");    //   not for run-time numbers
    STATIC_REQUIRE(same(sub(sin(x), sin(x)), zero));          // u - u -> 0
    REQUIRE(to_string(sub(2 * x, 3 * x)) == "2*x - 3*x");      //   not for run-time numbers
    REQUIRE(to_string(sub(mul(c<2>, x), mul(c<2>, sin(y)))) == "2*(x - sin(y))");  // k*w - k*z -> k*(w - z)
    STATIC_REQUIRE(node_of_kind<decltype(sub(mul(c<2>, x), mul(c<2>, y))), expr_kind::multiplies>);
    REQUIRE(to_string(sub(mul(c<2>, x), mul(c<3>, y))) == "2*x - 3*y");  //   not for two factors
    REQUIRE(to_string(sub(2 * x, 2 * y)) == "2*x - 2*y");      //   nor for run-time numbers
    REQUIRE(to_string(sub(x, y)) == "x - y");
}

TEST_CASE("u * v", "[simplify]") {
    STATIC_REQUIRE(same(mul(zero, x), zero));                  // 0*v -> 0
    STATIC_REQUIRE(same(mul(x, zero), zero));                  // u*0 -> 0
    STATIC_REQUIRE(same(mul(one, x), x));                      // 1*v -> v
    STATIC_REQUIRE(same(mul(x, one), x));                      // u*1 -> u
    STATIC_REQUIRE(same(mul(c<2>, c<3>), c<6>));               // c<a>*c<b> -> c<a*b>
    STATIC_REQUIRE(mul(constant(2.5), c<2>)() == 5.0);         // a*b -> (a*b)
    REQUIRE(to_string(mul(x, constant(2.5))) == "2.5*x");      // u*k -> k*u
    STATIC_REQUIRE(same(mul(c<-1>, x), neg(x)));               // -1*v -> -v
    REQUIRE(to_string(mul(constant(2), 3 * x)) == "6*x");      // a*(b*w) -> (a*b)*w
    REQUIRE(to_string(mul(2 * x, y)) == "2*(x*y)");            // (k*w)*v -> k*(w*v)
    REQUIRE(to_string(mul(x, 2 * y)) == "2*(x*y)");            // u*(k*w) -> k*(u*w)
    REQUIRE(to_string(mul(neg(x), y)) == "-x*y");              // (-w)*v -> -(w*v)
    REQUIRE(to_string(mul(x, neg(y))) == "-x*y");              // u*(-w) -> -(u*w)
    REQUIRE(to_string(mul(div(one, x), y)) == "y/x");          // (1/w)*v -> v/w
    REQUIRE(to_string(mul(y, div(one, x))) == "y/x");          // u*(1/w) -> u/w
    STATIC_REQUIRE(same(mul(x + y, x + y), raise<2>(x + y)));  // u*u -> u^2
    REQUIRE(to_string(mul(x, y)) == "x*y");
    // The lecture's case: (2*u)*2 folds to 4*u, one multiplication less than written.
    REQUIRE(to_string(mul(mul(c<2>, x + y), constant(2))) == "4*(x + y)");
}

TEST_CASE("u / v", "[simplify]") {
    STATIC_REQUIRE(same(div(x, one), x));                      // u/1 -> u
    STATIC_REQUIRE(same(div(zero, x), zero));                  // 0/v -> 0
    STATIC_REQUIRE(same(div(c<6>, c<3>), c<2>));               // c<a>/c<b> -> c<a/b>, b | a
    STATIC_REQUIRE(!Constant<decltype(div(c<1>, c<3>))>);      //   but 1/3 stays a quotient
    STATIC_REQUIRE(div(c<1>, c<4>)() == 0.25);
    STATIC_REQUIRE(div(constant(1.0), c<4>)() == 0.25);        // a/b -> (a/b)
    STATIC_REQUIRE(Constant<decltype(div(constant(1.0), c<4>))>);
    STATIC_REQUIRE(!Constant<decltype(div(constant(1), constant(4)))>);  // 1/4 would truncate
    REQUIRE(to_string(div(neg(x), y)) == "-x/y");              // (-w)/v -> -(w/v)
    STATIC_REQUIRE(node_of_kind<decltype(div(neg(x), y)), expr_kind::negate>);
    REQUIRE(to_string(div(2.5 * x, y)) == "2.5*(x/y)");        // (k*w)/v -> k*(w/v)
    STATIC_REQUIRE(node_of_kind<decltype(div(mul(c<2>, x), y)), expr_kind::multiplies>);
}

TEST_CASE("u^N", "[simplify]") {
    STATIC_REQUIRE(same(raise<0>(x), one));                    // u^0 -> 1
    STATIC_REQUIRE(same(raise<1>(x), x));                      // u^1 -> u
    STATIC_REQUIRE(same(raise<5>(one), one));                  // 1^n -> 1
    STATIC_REQUIRE(same(raise<3>(c<2>), c<8>));                // c<k>^n -> c<k^n>
    STATIC_REQUIRE(same(raise<3>(raise<2>(x)), raise<6>(x)));  // (w^m)^n -> w^(m*n)
    REQUIRE(to_string(raise<-2>(x)) == "x^(-2)");
}
