#pragma once

#include <QString>

namespace fc {

class Store;

namespace GaugesDemo {
// Demo operation seeder: platform codes and per-level thresholds for the demo district's sensors.
bool seed(Store &store, QString *error);
} // namespace GaugesDemo

} // namespace fc
