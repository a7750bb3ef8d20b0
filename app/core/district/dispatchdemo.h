#pragma once

#include <QString>

namespace fc {

class Store;

// Demo rows for incidents and dispatch: team duty status and equipment, a few one-way streets.
bool seedDispatchDemo(Store &store, QString *error);

} // namespace fc
