/* The generated functions compiled as C99, with strict warnings: to_c's output is C as well as C++. */
#include <math.h>

#include "generated.inc"
