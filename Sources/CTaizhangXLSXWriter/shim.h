// SPDX-License-Identifier: Apache-2.0
// The libxlsxwriter headers, as one module (Debian ships 1.1.4; test LXW_VERSION_ID, not pkg-config).
#include <xlsxwriter.h>
