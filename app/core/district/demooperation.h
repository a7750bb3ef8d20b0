#pragma once

#include <QString>
#include <memory>

namespace fc {

class Store;

// Sample operation content beyond the map layers (the plan, sensor series, team members, ...), written through
// the store interface right after a demo store is created, so it works on either backend. Each feature adds its
// seeder in demooperation.cpp (one line in the marker section). Sample data: labelled as such where shown.
namespace DemoOperation {
bool seed(Store &store, QString *error);
// A new store (file or server URI) holding the demo district's map layers (imported as a user import would) and
// the sample operation (seed). Refuses an existing file; appears complete or not at all.
std::unique_ptr<Store> createStore(const QString &path, QString *error);
}

} // namespace fc
