#pragma once

#include <QString>

namespace fc {

class Store;

// Demo operation seeder (sample data, labelled as such): two hazard investigation rounds with their hazards in
// every rectification state (some overdue), their logs and small generated photos; the greenery sites' building,
// anchoring and responsible unit, and a pre-typhoon inspection campaign half done. Runs after the warnings seeder
// (the campaign answers the typhoon signal in force).
bool seedHazardsDemo(Store &store, QString *error);

} // namespace fc
