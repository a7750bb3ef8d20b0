#pragma once

#include <QString>

namespace fc {

class Store;

// Sample operation content beyond the map layers (the plan, sensor series, team members, ...), written through
// the store interface right after a demo store is created, so it works on either backend. Each feature adds its
// seeder in demooperation.cpp (one line in the marker section). Sample data: labelled as such where shown.
namespace DemoOperation {
bool seed(Store &store, QString *error);
}

} // namespace fc
