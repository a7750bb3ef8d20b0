#pragma once

#include "app/core/briefing/reportdocument.h"
#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QString>

namespace fc {

// Every issued report is kept in the operation (table briefings): serial, as-of time, author, format, size and
// SHA-256 of the file's bytes. Reissuing makes a new serial; nothing is overwritten. Serials count per kind and
// year of the as-of time (Beijing): 2024-001, 2024-002 ...; the unique index (kind, serial, format) refuses a
// serial two seats took at once, and issue() then takes the next.
class BriefingArchive
{
    Q_DECLARE_TR_FUNCTIONS(fc::BriefingArchive)
public:
    struct Issued
    {
        qint64 fid = 0;
        QString serial;
    };
    // The next serial for a kind of report at an as-of time (blocking).
    static QString nextSerial(Store &store, const QString &kind, const QDateTime &asOf);
    // Records one issued file (blocking; one transaction with its audit entry).
    static bool record(Store &store, const ReportDocument &doc, const QString &format, const QString &paper,
                       const QString &fileName, const QByteArray &bytes, qint64 incidentFid, Issued *issued, QString *error);
    static QString sha256(const QByteArray &bytes);
};

} // namespace fc
