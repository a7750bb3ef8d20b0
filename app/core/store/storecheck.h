#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fc {

// Integrity checks of a store file, read-only: SQLite integrity, GeoPackage requirements (core tables,
// contents and geometry-column registrations, SRS, geometry blobs and types, R-tree index and triggers),
// FloodCommand requirements (schema tables, append-only audit log) and orphan rows (foreign keys).
class StoreCheck
{
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)
public:
    struct Result
    {
        bool opened = false;   // false: not a readable store (problems holds why)
        int schemaVersion = -1;
        QStringList problems;
        QStringList notes;     // information that is not a problem (an older schema to migrate ...)
    };
    static Result run(const QString &path);
};

} // namespace fc
