#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class OGRGeometry;

namespace fc {

// Structural validity of a geometry before it enters the store: every coordinate finite, lines with two distinct
// points, polygon rings closed with at least four points, and (through GEOS) no self-intersections such as a
// bow-tie polygon. Used by the importer on every feature and by `floodctl check` on a store.
class GeometryCheck
{
    Q_DECLARE_TR_FUNCTIONS(GeometryCheck)
public:
    // What is wrong with g (empty when it is valid). Non-finite coordinates are reported first.
    static QString problem(const OGRGeometry &g);
    // Whether problem() concerns non-finite coordinates, which no repair can fix.
    static bool hasNonFinite(const OGRGeometry &g);
    // A repaired copy (rings closed, then OGR MakeValid), keeping only the parts of g's family (points, lines or
    // polygons); nullptr (why set) when nothing valid of that family is left or the coordinates are not finite.
    static std::unique_ptr<OGRGeometry> repair(const OGRGeometry &g, QString *why);
};

} // namespace fc
