# Strict warnings for ctdiff's own tests, examples and benchmarks; never forced on users.
add_library(ctdiff_warnings INTERFACE)
target_compile_options(ctdiff_warnings INTERFACE -Wall -Wextra -Wpedantic -Werror)
