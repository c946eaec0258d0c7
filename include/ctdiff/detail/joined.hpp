// Strings joined by append, for the run-time printers (program listings, C source, explain).
// g++ 12 at -O2/-O3 warns falsely (-Wrestrict, an error under -Werror) on "literal" + std::string,
// so the printers never write that.
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

}  // namespace ctdiff::detail

#endif
