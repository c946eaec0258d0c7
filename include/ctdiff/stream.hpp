// operator<<: std::cout << e prints to_string(e). A template on the stream, so this header does
// not include <ostream> (the caller has, to have a stream), constrained to ctdiff expressions on
// the right and to streams that take a std::string_view on the left: it never competes with
// another library's operator<<, and ctdiff builds no expression with << (operators.hpp defines
// only + - * / and unary -), so `x << y` stays an error rather than printing.
#ifndef CTDIFF_STREAM_HPP
#define CTDIFF_STREAM_HPP

#include <ctdiff/expr.hpp>
#include <ctdiff/to_string.hpp>

#include <string_view>

namespace ctdiff {

/// os << e writes to_string(e), e.g. "(2*x1 + 3*x2)^2 + 3".
template <class Stream, Expression E>
    requires(!Expression<Stream>)
auto operator<<(Stream& os, E const& e) -> decltype(os << std::string_view{}) {
    return os << to_string(e).view();
}

}  // namespace ctdiff

#endif
