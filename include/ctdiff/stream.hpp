// operator<<: std::cout << e prints to_string(e). A template on the stream, so this header does
// not include <ostream> (the caller has, to have a stream), constrained to ctdiff expressions on
// the right and to std::ostream-like streams on the left (char_type, traits_type, write();
// see text.hpp): it never competes with another library's operator<< nor with
// a wrapper's own (Catch2's INFO), and ctdiff builds no expression with << (operators.hpp
// defines only + - * / and unary -), so `x << y` stays an error rather than printing.
#ifndef CTDIFF_STREAM_HPP
#define CTDIFF_STREAM_HPP

#include <ctdiff/expr.hpp>
#include <ctdiff/text.hpp>
#include <ctdiff/to_string.hpp>

#include <string_view>

namespace ctdiff {

/// os << e writes to_string(e), e.g. "(2*x1 + 3*x2)^2 + 3".
template <class Stream, Expression E>
    requires detail::char_output_stream<Stream>
Stream& operator<<(Stream& os, E const& e) {
    os << to_string(e).view();
    return os;
}

}  // namespace ctdiff

#endif
