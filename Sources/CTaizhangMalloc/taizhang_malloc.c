// SPDX-License-Identifier: Apache-2.0
#include "taizhang_malloc.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void taizhang_use_one_malloc_arena(void) {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
#endif
}
