#pragma once

#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace fc {

class Store;

// Copies a whole operation between stores of either kind (GeoPackage file <-> PostgreSQL server): every table
// with its row ids, geometries and the audit history, in one transaction on the destination. Used to start a
// shared operation from a file and to take an offline briefing snapshot or archive from the server.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
public:
    using Progress = std::function<void(int done, int total, const QString &table)>;
    // Refuses a destination that already holds data unless replace is set. A file destination appears complete
    // or not at all; a server destination is filled in one transaction.
    static bool copy(const QString &from, const QString &to, bool replace, const Progress &progress, QString *error,
                     const std::atomic_bool *cancel = nullptr);
    // Loads every table of src into dst (a new, empty operation). Tools and tests only: waits on both stores.
    static bool copyInto(Store &src, Store &dst, const Progress &progress, QString *error,
                         const std::atomic_bool *cancel = nullptr);
    // Reads every table of src as of one moment, each table's row count checked against that snapshot.
    static bool dumpAll(Store &src, QList<QPair<QString, QList<StoreRow>>> *tables, const Progress &progress,
                        QString *error, const std::atomic_bool *cancel = nullptr);
};

} // namespace fc
