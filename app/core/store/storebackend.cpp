#include "app/core/store/storebackend.h"

#include "app/core/base/gpkg.h"

#include <ogr_geometry.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <cmath>
#include <utility>

namespace fc {

namespace {

bool sameFamily(OGRwkbGeometryType t, const QString &geometryType)
{
    const OGRwkbGeometryType f = wkbFlatten(t);
    if (geometryType == QLatin1String("POINT"))
        return f == wkbPoint;
    if (geometryType == QLatin1String("LINESTRING"))
        return f == wkbLineString;
    return f == wkbPolygon;
}

} // namespace

void StoreBackend::setUser(const QString &user)
{
    QMutexLocker lock(&m_userLock);
    m_user = user;
}

QString StoreBackend::user() const
{
    QMutexLocker lock(&m_userLock);
    return m_user;
}

void StoreBackend::eventsFromAudit(qint64 id, const QString &at, const QString &actor, const QString &action,
                                   const QString &table, qint64 rowFid, const QByteArray &before,
                                   const QByteArray &after, QList<RowEvent> *events)
{
    RowEvent ev;
    ev.changeId = id;
    ev.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    ev.actor = actor;
    ev.table = table;
    ev.fid = rowFid;
    if (action == QLatin1String("insert"))
        ev.kind = RowEvent::Kind::Insert;
    else if (action == QLatin1String("update"))
        ev.kind = RowEvent::Kind::Update;
    else if (action == QLatin1String("delete"))
        ev.kind = RowEvent::Kind::Delete;
    else if (!table.isEmpty())
        ev.kind = RowEvent::Kind::Reset; // an import or a bulk change: reload the table
    else
        return;
    if (ev.kind == RowEvent::Kind::Reset && table == QLatin1String("sensor_readings") && !after.isEmpty()) {
        // A small batch of readings lists them: the same Insert events the writer announced.
        const QJsonObject listed = QJsonDocument::fromJson(after).object();
        const QJsonArray list = listed.value(QStringLiteral("readings")).toArray();
        if (!list.isEmpty()) {
            ev.kind = RowEvent::Kind::Insert;
            ev.fid = 0;
            ev.origin = listed.value(QStringLiteral("writer")).toString();
            for (const QJsonValue &v : list) {
                const QJsonArray r = v.toArray();
                ev.after = {{QStringLiteral("sensor_fid"), qint64(r.at(0).toDouble())},
                            {QStringLiteral("observed_at"), r.at(1).toString()},
                            {QStringLiteral("value"), r.at(2).isNull() ? QVariant() : QVariant(r.at(2).toDouble())},
                            {QStringLiteral("quality"), r.at(3).isNull() ? QVariant() : QVariant(r.at(3).toString())}};
                events->append(ev);
            }
            return;
        }
    }
    if (ev.kind != RowEvent::Kind::Reset) {
        ev.before = QJsonDocument::fromJson(before).object().toVariantMap();
        ev.after = QJsonDocument::fromJson(after).object().toVariantMap();
    }
    events->append(ev);
}

QJsonObject StoreBackend::readingsAuditAfter(const QList<RowEvent> &events) const
{
    QJsonArray list;
    for (const RowEvent &e : events) {
        if (e.table != QLatin1String("sensor_readings") || e.kind != RowEvent::Kind::Insert)
            continue;
        const QVariant value = e.after.value(QStringLiteral("value")), quality = e.after.value(QStringLiteral("quality"));
        list.append(QJsonArray{e.after.value(QStringLiteral("sensor_fid")).toLongLong(),
                               e.after.value(QStringLiteral("observed_at")).toString(),
                               value.isNull() || std::isnan(value.toDouble()) ? QJsonValue() : QJsonValue(value.toDouble()),
                               quality.isNull() ? QJsonValue() : QJsonValue(quality.toString())});
    }
    return list.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("writer"), m_session}, {QStringLiteral("readings"), list}};
}

bool StoreBackend::allowed(const QString &role, const RowChange &c, QString *error)
{
    if (role == QLatin1String("admin"))
        return true;
    if (role == QLatin1String("officer") && !Schema::adminOnly(c.table))
        return true;
    *error = role == QLatin1String("officer")
                 ? tr("%1 can be changed only by an administrator (your role: officer)").arg(c.table)
                 : tr("your role (%1) may only read this operation; nothing was changed").arg(role);
    return false;
}

bool StoreBackend::convertValues(const TableSpec &t, const QVariantMap &in, QVariantMap *out, bool geometryAsBlob,
                                 QString *error)
{
    for (auto it = in.cbegin(); it != in.cend(); ++it) {
        const QString &name = it.key();
        const QVariant &v = it.value();
        if (name == QLatin1String("geom") && t.isFeature()) {
            if (v.isNull() || v.toString().isEmpty()) {
                out->insert(name, QVariant());
                continue;
            }
            OGRGeometry *raw = nullptr;
            const QByteArray wkt = v.toString().toUtf8();
            const char *p = wkt.constData();
            if (OGRGeometryFactory::createFromWkt(&p, nullptr, &raw) != OGRERR_NONE || !raw) {
                *error = tr("%1: geometry is not valid WKT: %2").arg(t.name, v.toString().left(80));
                return false;
            }
            std::unique_ptr<OGRGeometry> g(raw);
            if (!sameFamily(g->getGeometryType(), t.geometryType)) {
                *error = tr("%1 holds %2 geometries, not %3")
                             .arg(t.name, t.geometryType, QString::fromUtf8(g->getGeometryName()));
                return false;
            }
            g->flattenTo2D();
            if (geometryAsBlob) {
                out->insert(name, Gpkg::encode(*g));
            } else {
                char *text = nullptr;
                g->exportToWkt(&text, wkbVariantIso);
                out->insert(name, QString::fromUtf8(text));
                CPLFree(text);
            }
            continue;
        }
        const ColumnSpec *c = t.column(name);
        if (!c) {
            *error = tr("%1 has no column '%2'").arg(t.name, name);
            return false;
        }
        if (v.isNull() || !v.isValid()) {
            if (c->notNull) {
                *error = tr("%1.%2 needs a value").arg(t.name, name);
                return false;
            }
            out->insert(name, QVariant());
            continue;
        }
        bool ok = true;
        QVariant stored;
        switch (c->type) {
        case ColumnType::Integer:
            stored = v.typeId() == QMetaType::Bool ? qint64(v.toBool()) : v.toLongLong(&ok);
            break;
        case ColumnType::Boolean:
            if (v.typeId() == QMetaType::Bool) {
                stored = qint64(v.toBool());
            } else {
                const qint64 n = v.toLongLong(&ok);
                ok = ok && (n == 0 || n == 1);
                stored = n;
            }
            break;
        case ColumnType::Real:
            stored = v.toDouble(&ok);
            break;
        case ColumnType::Date: {
            const QDate d = v.typeId() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString(), Qt::ISODate);
            ok = d.isValid();
            stored = d.toString(Qt::ISODate);
            break;
        }
        case ColumnType::DateTime: {
            QDateTime d = v.typeId() == QMetaType::QDateTime ? v.toDateTime()
                                                              : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            if (d.isValid() && d.timeSpec() == Qt::LocalTime && v.typeId() != QMetaType::QDateTime)
                d = QDateTime(d.date(), d.time(), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
            ok = d.isValid();
            stored = Audit::toStored(d);
            break;
        }
        case ColumnType::Text:
            stored = v.toString();
            ok = c->allowed.isEmpty() || c->allowed.contains(stored.toString());
            break;
        case ColumnType::Blob:
            stored = v.toByteArray();
            break;
        }
        if (!ok) {
            *error = tr("%1.%2: '%3' is not a valid %4")
                         .arg(t.name, name, v.toString().left(60), Schema::sqlType(c->type).toLower());
            if (!c->allowed.isEmpty())
                *error += tr(" (allowed: %1)").arg(c->allowed.join(QLatin1String(", ")));
            return false;
        }
        out->insert(name, stored);
    }
    return true;
}

} // namespace fc

namespace fc {

namespace {

// One batch and its row changes as a stream of one chunk.
class OneBatch : public ReadingStream
{
public:
    OneBatch(const ReadingBatch &batch, const QList<RowChange> &changes) : m_batch(batch), m_changes(changes) {}
    const ReadingBatch *next() override { return std::exchange(m_done, true) ? nullptr : &m_batch; }
    QList<RowChange> changes() override { return m_changes; }

private:
    const ReadingBatch &m_batch;
    const QList<RowChange> &m_changes;
    bool m_done = false;
};

} // namespace

AppendResult StoreBackend::appendReadings(const ReadingBatch &readings, const QList<RowChange> &changes, const QString &note)
{
    OneBatch one(readings, changes);
    return appendReadings(one, note);
}

QList<AuditEntry> StoreBackend::readAuditLog(const QString &connection, const QString &table, qint64 rowFid, int limit)
{
    QList<AuditEntry> out;
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery q(db);
    QStringList where;
    if (!table.isEmpty())
        where.append(QStringLiteral("table_name = ?"));
    if (rowFid)
        where.append(QStringLiteral("row_fid = ?"));
    q.prepare(QStringLiteral("SELECT fid, at, actor, action, table_name, row_fid, before, after, note FROM audit_log%1 "
                             "ORDER BY fid DESC LIMIT ?")
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))));
    if (!table.isEmpty())
        q.addBindValue(table);
    if (rowFid)
        q.addBindValue(rowFid);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.fid = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.table = q.value(4).toString();
        e.rowFid = q.value(5).toLongLong();
        e.before = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        e.after = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        e.note = q.value(8).toString();
        out.append(e);
    }
    return out;
}

QString StoreBackend::uniqueRuleOf(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    // PostgreSQL: unique_violation, with the index's name in the message.
    // SQLite: SQLITE_CONSTRAINT (19) or its UNIQUE extension (2067), naming the table and columns.
    const bool pg = code == QLatin1String("23505");
    const bool lite = (code == QLatin1String("2067") || code == QLatin1String("19"))
                      && text.contains(QLatin1String("UNIQUE constraint failed"));
    if (!pg && !lite)
        return {};
    const struct
    {
        const char *pgIndex, *sqliteColumns, *rule;
    } rules[] = {
        {"idx_dispatches_one_active_per_team", "dispatches.team_fid", OneActiveDispatchPerTeam},
        {"idx_alarms_in_force", "alarms.source", OneAlarmInForce},
        {"idx_warning_signals_in_force", "warning_signals.kind", OneSignalInForce},
        {"idx_response_levels_in_force", "response_levels.", OneResponseLevelInForce},
        {"idx_reading_days_sensor_day", "reading_days.sensor_fid", OneReadingPerInstant},
    };
    for (const auto &r : rules)
        if (text.contains(QLatin1String(pg ? r.pgIndex : r.sqliteColumns)))
            return QString::fromLatin1(r.rule);
    return pg ? QStringLiteral("unique rule") : text.section(QLatin1String("failed: "), 1).trimmed();
}

} // namespace fc
