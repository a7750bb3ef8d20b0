#pragma once

#include "app/core/store/store.h"
#include "app/core/typhoon/typhoon.h"

namespace fc {

// Storms in the operation store (typhoon_storms, typhoon_points, typhoon_forecasts, typhoon_landfalls; schema.md).
class TyphoonStore
{
    Q_DECLARE_TR_FUNCTIONS(fc::TyphoonStore)
public:
    struct ImportSummary
    {
        int storms = 0, newStorms = 0;
        int pointsAdded = 0, pointsUpdated = 0, pointsUnchanged = 0;
        int forecastPoints = 0, landfalls = 0;
        QString toText() const;
    };
    // Storms from stored rows (points, forecasts and landfalls by time).
    static QList<Storm> fromRows(const QList<StoreRow> &storms, const QList<StoreRow> &points,
                                 const QList<StoreRow> &forecasts, const QList<StoreRow> &landfalls);
    // Every storm in the store (blocking: floodctl, tests, pool threads); `code` empty for all.
    static bool load(Store &store, QList<Storm> *storms, QString *error, const QString &code = {});
    // The row changes that bring `stored` up to `incoming`: a new storm is inserted with everything; a known one
    // gets its names filled in, points of the same source and time updated where they differ and new ones added
    // (a point of another source at the same time is kept beside it), forecasts issued from the same point by the
    // same agency replaced, and new landfalls added.
    static QList<RowChange> changesFor(const QList<Storm> &incoming, const QList<Storm> &stored, ImportSummary *summary,
                                       const QString &source);
    // Writes storms read from files (or typed) in ONE transaction (Store::apply): all of them or nothing.
    static bool importStorms(Store &store, const QList<Storm> &storms, const QString &source, const QString &note,
                             ImportSummary *summary, QString *error);
    // The district boundary (district_boundary features; the largest polygon's outer ring) as a target for the
    // figures. False with a reason when the store has none.
    static bool districtRing(Store &store, QList<GeoPoint> *ring, QString *error);
    static bool ringFromWkt(const QString &wkt, QList<GeoPoint> *ring);
    static QVariantMap pointValues(const StormPoint &p, const QString &code, bool forecast);
};

} // namespace fc
