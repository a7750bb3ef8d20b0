#include "app/core/briefing/briefingarchive.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace fc {

QString BriefingArchive::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString BriefingArchive::nextSerial(Store &store, const QString &kind, const QDateTime &asOf)
{
    const QString year = QString::number(asOf.toOffsetFromUtc(8 * 3600).date().year());
    int last = 0;
    for (const StoreRow &r : store.rows(QStringLiteral("briefings"), QStringLiteral("kind = ? AND serial LIKE ?"),
                                        QVariantList{QVariant(kind), QVariant(year + QStringLiteral("-%"))})
                                 .result())
        last = std::max(last, r.values.value(QStringLiteral("serial")).toString().mid(year.size() + 1).toInt());
    return QStringLiteral("%1-%2").arg(year).arg(last + 1, 3, 10, QLatin1Char('0'));
}

bool BriefingArchive::record(Store &store, const ReportDocument &doc, const QString &format, const QString &paper,
                             const QString &fileName, const QByteArray &bytes, qint64 incidentFid, Issued *issued,
                             QString *error)
{
    QVariantMap values{{QStringLiteral("serial"), doc.serial},
                       {QStringLiteral("kind"), doc.kind},
                       {QStringLiteral("as_of"), doc.asOf},
                       {QStringLiteral("issued_at"), doc.issuedAt},
                       {QStringLiteral("author"), doc.author},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("paper"), paper},
                       {QStringLiteral("language"), doc.language},
                       {QStringLiteral("title"), doc.title},
                       {QStringLiteral("file_name"), QFileInfo(fileName).fileName()},
                       {QStringLiteral("size_bytes"), qint64(bytes.size())},
                       {QStringLiteral("sha256"), sha256(bytes)}};
    if (incidentFid > 0)
        values.insert(QStringLiteral("incident_fid"), incidentFid);
    const WriteResult w = store.insertRow(QStringLiteral("briefings"), values,
                                          tr("issued %1 %2 (%3)").arg(doc.kind, doc.serial, format)).result();
    if (!w.ok) {
        if (error)
            *error = w.error;
        return false;
    }
    if (issued) {
        issued->fid = w.fids.value(0);
        issued->serial = doc.serial;
    }
    return true;
}

} // namespace fc
