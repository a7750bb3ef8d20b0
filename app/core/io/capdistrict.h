#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class OGRGeometry;

namespace fc {

class Store;
struct CapInfo;

// Where the operation is, for deciding whether a CAP alert applies to it: the district boundary (the
// district_boundary features) and the administrative codes configured in the plan (ResponsePlan::capGeocodes).
// An alert applies when one of its areas has a geocode of the district, of a place containing it or of a place
// within it, or a polygon or circle that meets the boundary. What cannot be compared (no codes configured, an
// alert that only names its area in words) does not count against it: an alert is refused as not applicable
// only when every comparison that could be made says it is elsewhere.
class CapDistrict
{
    Q_DECLARE_TR_FUNCTIONS(CapDistrict)
public:
    CapDistrict();
    ~CapDistrict();
    CapDistrict(const CapDistrict &other);
    CapDistrict &operator=(const CapDistrict &other);

    // The boundary and the plan's codes of a store (blocking: floodctl, tests, the GUI for one boundary row).
    // `geocodes`: the codes when the caller has the plan already (else it is read from the store).
    static CapDistrict read(Store &store, QString *error, const QStringList *geocodes = nullptr);

    // Boundary polygons as WKT in lon/lat (POLYGON or MULTIPOLYGON); false and an error for bad WKT.
    bool addBoundaryWkt(const QString &wkt, QString *error);
    void setGeocodes(const QStringList &codes) { m_geocodes = codes; }
    QStringList geocodes() const { return m_geocodes; }
    bool hasBoundary() const { return m_boundary != nullptr; }

    // Whether the alert's info applies here; when it does not, why (for the record).
    bool applies(const QList<CapInfo> &infos, QString *why) const;

    // Code containment in the national division scheme (province 2, city 2, county 2, town 3, village 3
    // digits; 6-digit GB/T 2260 codes are the first three levels): true when one of the two codes names a
    // place that contains the other or the same place.
    static bool codesMeet(const QString &a, const QString &b);

private:
    std::unique_ptr<OGRGeometry> m_boundary;
    QStringList m_geocodes;
};

} // namespace fc
