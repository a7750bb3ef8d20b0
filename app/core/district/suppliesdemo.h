#pragma once

#include <QString>

namespace fc {

class Store;

// Sample data for the supplies warehouse and the shelters: a catalogue of 134 kinds with units, categories and
// minimum levels, opening stock in the district's two warehouses, a stock-take, and the night of Typhoon Bebinca
// (15-16 September 2024): people moved to the shelters street by street, 300 folding beds and 300 mattresses
// allocated to two shelters at short notice, sandbags and pumps issued to teams. Figures are illustrative.
bool seedSuppliesDemo(Store &store, QString *error);

} // namespace fc
