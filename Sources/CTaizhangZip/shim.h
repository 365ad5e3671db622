// SPDX-License-Identifier: Apache-2.0
// The libzip headers, as one module (kept apart from libxlsxwriter, which installs its own zip.h).
#include <zip.h>
