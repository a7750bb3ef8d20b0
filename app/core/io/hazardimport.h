#pragma once

#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fc {

struct HazardImportReport
{
    bool ok = false;
    QString error;          // names the file and the row
    qint64 imported = 0;
    qint64 photos = 0;      // attachments written
    QList<qint64> fids;     // the new hazards, in the sheet's order
    QStringList mapping;    // how each column was taken (Importer::describeMapping)
};

// Field reports (排查表): street teams return their findings as a spreadsheet (XLSX) or CSV, one hazard a row, with
// longitude and latitude columns (经度, 纬度) and optionally a photo column (照片: file names, separated by ; or 、)
// naming files next to the sheet. The rows go through the store's import (the same field mapping, synonyms, value
// mapping and error rules as every import: one bad row is named and nothing is imported); the status column may use
// the HQ's Chinese words (待整改, 已交办, 整改中, 待验收, 已销号) or the workflow's codes. Then each new hazard gets
// its first step in the log and its photos as attachments, in one more transaction.
class HazardImport
{
    Q_DECLARE_TR_FUNCTIONS(fc::HazardImport)
public:
    // The status words of field reports and the workflow state each means.
    static QHash<QString, QString> statusWords();
    // Field names that hold the photos' file names.
    static QStringList photoFields();
    // Blocking (tools, tests, a pool thread): reads `path`, imports into `store`; roundFid > 0 puts every new hazard
    // in that investigation round.
    static HazardImportReport run(Store &store, const QString &path, qint64 roundFid, const QDateTime &now);
};

} // namespace fc
