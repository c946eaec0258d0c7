// CTDIFF_ALWAYS_INLINE: for the evaluation of a graph and the callables around it. A graph of a
// thousand nodes must become one function, or its node values live in memory instead of
// registers and every constant the expression holds is loaded again (g++ 12 and clang++ 16 both
// stop inlining such a body by their size heuristics).
#ifndef CTDIFF_DETAIL_ALWAYS_INLINE_HPP
#define CTDIFF_DETAIL_ALWAYS_INLINE_HPP

#define CTDIFF_ALWAYS_INLINE __attribute__((always_inline))

#endif
