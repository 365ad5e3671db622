// SPDX-License-Identifier: Apache-2.0
// The expat headers, as one module: the streaming XML parser under the XLSX reader.
#include <expat.h>
