#include <ctdiff/text.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <string_view>

namespace {
constexpr ctdiff::text<8> make(std::string_view s) {
    ctdiff::text<8> t;
    t.append(s);
    return t;
}
}  // namespace

TEST_CASE("text<N> in constant expressions", "[text]") {
    STATIC_REQUIRE(make("x + y") == "x + y");
    STATIC_REQUIRE(make("x + y").size() == 5);
    STATIC_REQUIRE(ctdiff::text<8>::capacity() == 8);
    STATIC_REQUIRE(make("").empty());
    STATIC_REQUIRE(make("abc") == make("abc"));
    STATIC_REQUIRE(make("abc")[1] == 'b');
    STATIC_REQUIRE(make("12345678").c_str()[8] == '\0');  // full, still terminated
}

TEST_CASE("text<N> at run time", "[text]") {
    auto const t = make("sin(x)");
    std::string const s = t;
    std::string_view const v = t;
    REQUIRE(s == "sin(x)");
    REQUIRE(v == "sin(x)");
    REQUIRE(std::string(t.begin(), t.end()) == s);
    REQUIRE(std::string(t.data(), t.size()) == s);
    std::string assigned;
    assigned = t;
    assigned += t;
    REQUIRE(assigned == "sin(x)sin(x)");
    std::ostringstream os;
    os << t;
    REQUIRE(os.str() == "sin(x)");
    REQUIRE(Catch::Detail::stringify(t) == "sin(x)");
}
