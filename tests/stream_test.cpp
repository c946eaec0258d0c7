#include <ctdiff/derivative.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/pow.hpp>
#include <ctdiff/stream.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;

template <class L, class R>
concept streams = requires(L& l, R const& r) { l << r; };

struct not_a_stream {};
}  // namespace

TEST_CASE("os << e prints to_string(e)", "[stream]") {
    std::ostringstream os;
    os << lecture << "; " << d(lecture, x1) << "; " << sin(x1) * 2.5;
    REQUIRE(os.str() == "(2*x1 + 3*x2)^2 + 3; 4*(2*x1 + 3*x2); 2.5*sin(x1)");
    STATIC_REQUIRE(!streams<std::wostringstream, decltype(lecture)>);  // a char stream only
}

TEST_CASE("operator<< is only for a stream and an expression", "[stream]") {
    STATIC_REQUIRE(streams<std::ostream, decltype(lecture)>);
    STATIC_REQUIRE(!streams<decltype(x1) const, decltype(x2)>);  // x1 << x2 builds nothing
    STATIC_REQUIRE(!streams<not_a_stream, decltype(x1)>);
    STATIC_REQUIRE(streams<std::ostream, int>);                 // and takes nothing from others
}

TEST_CASE("Catch2 prints expressions and their text", "[stream]") {
    INFO("the lecture: " << lecture << ", its derivative " << to_string(d(lecture, x1)));
    REQUIRE(Catch::Detail::stringify(lecture) == "(2*x1 + 3*x2)^2 + 3");
    REQUIRE(Catch::Detail::stringify(to_string(lecture)) == "(2*x1 + 3*x2)^2 + 3");
}
