#pragma once

#include <QtGlobal>

namespace fc::SystemMemory {

// Bytes this process can still allocate: the smaller of the memory the system reports available
// (MemAvailable) and what the address-space / data limits (ulimit -v, -d) leave above what the
// process already uses. -1 when unknown.
qint64 availableBytes();

} // namespace fc::SystemMemory
