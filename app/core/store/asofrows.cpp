#include "app/core/store/asofrows.h"

#include "app/core/store/audit.h"

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

AsOfRows::Undo AsOfRows::undo(const QList<StoreRow> &auditEntries, const QStringList &tables, QStringList *unrecoverable)
{
    QList<StoreRow> entries = auditEntries;
    std::sort(entries.begin(), entries.end(), [](const StoreRow &a, const StoreRow &b) { return a.fid < b.fid; });
    const QSet<QString> asked(tables.cbegin(), tables.cend());
    // A table bulk-loaded after the time is shown as it is now, all of it: undoing only the row changes made after
    // the load would give a state that never existed.
    QSet<QString> imported;
    for (const StoreRow &e : std::as_const(entries)) {
        const QString table = e.values.value(QStringLiteral("table_name")).toString();
        if (e.values.value(QStringLiteral("action")).toString() == QLatin1String("import") && asked.contains(table))
            imported.insert(table);
    }
    Undo out;
    for (const StoreRow &e : std::as_const(entries)) {
        const QString table = e.values.value(QStringLiteral("table_name")).toString();
        const QString action = e.values.value(QStringLiteral("action")).toString();
        if (!asked.contains(table) || imported.contains(table))
            continue; // not a table asked for, or one shown as it is now
        if (action != QLatin1String("insert") && action != QLatin1String("update") && action != QLatin1String("delete"))
            continue;
        const qint64 fid = e.values.value(QStringLiteral("row_fid")).toLongLong();
        QHash<qint64, std::optional<QVariantMap>> &rows = out[table];
        if (!fid || rows.contains(fid))
            continue; // only the first change after the time tells the row's state at the time
        if (action == QLatin1String("insert"))
            rows.insert(fid, std::nullopt);
        else
            rows.insert(fid, QJsonDocument::fromJson(e.values.value(QStringLiteral("before")).toString().toUtf8())
                                 .object()
                                 .toVariantMap());
    }
    if (unrecoverable) {
        *unrecoverable = QStringList(imported.cbegin(), imported.cend());
        unrecoverable->sort();
    }
    return out;
}

AsOfRows AsOfRows::rewind(const Tables &now, const QList<StoreRow> &auditEntries)
{
    AsOfRows out;
    out.rows = now;
    const Undo u = undo(auditEntries, now.keys(), &out.unrecoverable);
    for (auto t = u.cbegin(); t != u.cend(); ++t) {
        QHash<qint64, StoreRow> &rows = out.rows[t.key()];
        for (auto r = t->cbegin(); r != t->cend(); ++r) {
            if (r.value())
                rows.insert(r.key(), StoreRow{r.key(), *r.value()});
            else
                rows.remove(r.key());
        }
    }
    return out;
}

} // namespace fc
