#include "app/core/asofrows.h"

#include "app/core/audit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace fc {

QString AsOfRows::auditWhere(const QStringList &tables)
{
    QStringList marks;
    for (qsizetype i = 0; i < tables.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("table_name IN (%1) AND at > ?").arg(marks.join(QLatin1String(", ")));
}

QVariantList AsOfRows::auditBinds(const QStringList &tables, const QDateTime &at)
{
    QVariantList binds;
    for (const QString &t : tables)
        binds.append(t);
    binds.append(Audit::toStored(at)); // stored times are fixed-format UTC text: text order is time order
    return binds;
}

AsOfRows AsOfRows::rewind(const Tables &now, const QList<StoreRow> &auditEntries)
{
    AsOfRows out;
    out.rows = now;
    QList<StoreRow> entries = auditEntries;
    std::sort(entries.begin(), entries.end(), [](const StoreRow &a, const StoreRow &b) { return a.fid < b.fid; });
    QSet<QPair<QString, qint64>> settled; // rows whose first change after the time has been applied
    QSet<QString> unrecoverable;
    for (const StoreRow &e : entries) {
        const QString table = e.values.value(QStringLiteral("table_name")).toString();
        const QString action = e.values.value(QStringLiteral("action")).toString();
        if (!out.rows.contains(table) && !now.contains(table))
            continue; // not a table asked for
        if (action == QLatin1String("import")) {
            unrecoverable.insert(table);
            continue;
        }
        if (action != QLatin1String("insert") && action != QLatin1String("update") && action != QLatin1String("delete"))
            continue;
        const qint64 fid = e.values.value(QStringLiteral("row_fid")).toLongLong();
        if (!fid || settled.contains({table, fid}))
            continue;
        settled.insert({table, fid});
        QHash<qint64, StoreRow> &rows = out.rows[table];
        if (action == QLatin1String("insert")) {
            rows.remove(fid);
            continue;
        }
        const QJsonObject before = QJsonDocument::fromJson(e.values.value(QStringLiteral("before")).toString().toUtf8()).object();
        rows.insert(fid, StoreRow{fid, before.toVariantMap()});
    }
    out.unrecoverable = QStringList(unrecoverable.cbegin(), unrecoverable.cend());
    out.unrecoverable.sort();
    return out;
}

} // namespace fc
