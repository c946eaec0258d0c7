// A string usable as a template argument: gives variables their printed names (var<0, "x1">).
#ifndef CTDIFF_DETAIL_FIXED_STRING_HPP
#define CTDIFF_DETAIL_FIXED_STRING_HPP

#include <cstddef>
#include <string_view>

namespace ctdiff::detail {

template <std::size_t N>
struct fixed_string {
    char data[N + 1] = {};

    constexpr fixed_string() = default;
    constexpr fixed_string(char const (&s)[N + 1]) noexcept {  // NOLINT: implicit on purpose
        for (std::size_t i = 0; i != N + 1; ++i) data[i] = s[i];
    }
    constexpr std::string_view view() const noexcept { return {data, N}; }
    static constexpr std::size_t size() noexcept { return N; }
};

template <std::size_t M>
fixed_string(char const (&)[M]) -> fixed_string<M - 1>;

constexpr std::size_t decimal_digits(std::size_t n) noexcept {
    std::size_t digits = 1;
    while (n >= 10) { n /= 10; ++digits; }
    return digits;
}

// The default name of the variable at position I: "x" followed by I in decimal.
template <std::size_t I>
constexpr auto index_name() noexcept {
    fixed_string<1 + decimal_digits(I)> name;
    name.data[0] = 'x';
    std::size_t n = I;
    for (std::size_t k = decimal_digits(I); k != 0; --k) {
        name.data[k] = static_cast<char>('0' + n % 10);
        n /= 10;
    }
    return name;
}

}  // namespace ctdiff::detail

#endif
