// SPDX-License-Identifier: Apache-2.0
// The C library's allocator settings that Swift cannot reach (mallopt lives in <malloc.h>).

#ifndef TAIZHANG_MALLOC_H
#define TAIZHANG_MALLOC_H

/// Makes glibc's allocator use one arena for every thread (no effect on other C libraries).
void taizhang_use_one_malloc_arena(void);

#endif
