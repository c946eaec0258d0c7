// text<N>: a string of at most N characters held in place, what the printers return. Unlike
// std::string it works in constant expressions on every supported compiler (clang++ with
// libstdc++ 12 cannot keep a std::string there), so static_assert(to_string(e) == "...") holds;
// at run time it converts to std::string_view and std::string and streams, without this header
// including <string> or <ostream>.
#ifndef CTDIFF_TEXT_HPP
#define CTDIFF_TEXT_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace ctdiff {

namespace detail {
// std::basic_string<char, ...> without naming it (so without <string>).
template <class S>
concept char_string = requires {
    typename S::traits_type;
    typename S::allocator_type;
} && std::is_same_v<typename S::value_type, char> && std::is_constructible_v<S, char const*, std::size_t>;

// A std::basic_ostream<char> or one derived from it, without naming it (so without <ostream>):
// its char_type and traits_type, and write(). Asking for the types keeps a wrapper that forwards
// << to a stream (Catch2's MessageBuilder) on its own operator; asking for a member rather than
// for `os << std::string_view` keeps the check from looking up operator<<, this one included.
template <class Stream>
concept char_output_stream = requires {
    typename Stream::char_type;
    typename Stream::traits_type;
} && std::is_same_v<typename Stream::char_type, char> && requires(Stream& os, char const* p) { os.write(p, 1); };

// Not constexpr on purpose: reaching it in a constant expression is the error message.
inline void text_capacity_exceeded() noexcept {}
}  // namespace detail

/// Text of at most N characters (N is an upper bound computed from an expression's type).
template <std::size_t N>
class text {
public:
    constexpr text() noexcept = default;

    static constexpr std::size_t capacity() noexcept { return N; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr char const* data() const noexcept { return chars_; }
    constexpr char const* c_str() const noexcept { return chars_; }  // always terminated
    constexpr std::string_view view() const noexcept { return {chars_, size_}; }
    constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit
    constexpr char operator[](std::size_t i) const noexcept { return chars_[i]; }
    constexpr char const* begin() const noexcept { return chars_; }
    constexpr char const* end() const noexcept { return chars_ + size_; }

    /// std::string s = to_string(e); (a template, so that <string> is the caller's include)
    template <detail::char_string S>
    operator S() const {  // NOLINT: implicit on purpose
        return S(chars_, size_);
    }

    // Appending, for the printers. A write past N would be a bug in the bound: it stops a constant
    // expression, and at run time the text is cut, never overrun.
    constexpr void push_back(char c) noexcept {
        if (size_ == N) return detail::text_capacity_exceeded();
        chars_[size_++] = c;
        chars_[size_] = '\0';
    }
    constexpr void append(std::string_view s) noexcept {
        for (char c : s) push_back(c);
    }

    friend constexpr bool operator==(text const& a, std::string_view b) noexcept { return a.view() == b; }
    template <std::size_t M>
    friend constexpr bool operator==(text const& a, text<M> const& b) noexcept { return a.view() == b.view(); }

    /// os << t for any output stream (the caller includes <ostream>).
    template <detail::char_output_stream Stream>
    friend Stream& operator<<(Stream& os, text const& t) {
        os << t.view();
        return os;
    }

private:
    char chars_[N + 1] = {};
    std::size_t size_ = 0;
};

}  // namespace ctdiff

#endif
