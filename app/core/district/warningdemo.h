#pragma once

#include <QString>

namespace fc {

class Store;

// Demo content for a new demo store: the default Flood and Typhoon plan (version 1), a typhoon yellow and a
// Huangpu high-tide blue signal in force, response level III confirmed with its checklist partly done.
bool seedWarningsDemo(Store &store, QString *error);

} // namespace fc
