// SPDX-License-Identifier: Apache-2.0
// The FreeXL header (reads Excel 97–2003 .xls workbooks), as one module.
#include <freexl.h>
