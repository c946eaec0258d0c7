// Strings joined by append, for the run-time printers (program listings, C source, explain), and
// the one way they parenthesise a negative number. g++ 12 at -O2/-O3 warns falsely (-Wrestrict,
// an error under -Werror) on "literal" + std::string, so the printers never write that.
#ifndef CTDIFF_DETAIL_JOINED_HPP
#define CTDIFF_DETAIL_JOINED_HPP

#include <string>
#include <string_view>

namespace ctdiff::detail {

template <class... Pieces>
std::string joined(Pieces const&... pieces) {
    std::string out;
    (out.append(std::string_view(pieces)), ...);
    return out;
}

// A negative number in parentheses, so it stays one operand wherever it stands: -(-1), 0.5*(-1),
// x^(-2), never --1, 0.5*-1 or x^-2.
inline std::string parenthesised_if_negative(std::string s) {
    return s.starts_with('-') ? joined("(", s, ")") : s;
}

}  // namespace ctdiff::detail

#endif
