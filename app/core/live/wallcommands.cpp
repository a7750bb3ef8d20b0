#include "app/core/live/wallcommands.h"

namespace fc {

namespace {
const char Table[] = "wall_commands";
}

bool WallCommand::parse(const QString &text, WallCommand *out, QString *error)
{
    const QString t = text.trimmed();
    WallCommand c;
    if (t == QLatin1String("home")) {
        *out = c;
        return true;
    }
    const int colon = t.indexOf(QLatin1Char(':'));
    const QString kind = colon > 0 ? t.left(colon) : QString();
    const QString name = colon > 0 ? t.mid(colon + 1).trimmed() : QString();
    if (kind.isEmpty() || name.isEmpty()) {
        *error = tr("'%1': expected home, incident:ID, bookmark:NAME, layout:NAME or chart:SENSOR").arg(text);
        return false;
    }
    if (kind == QLatin1String("incident")) {
        bool ok = false;
        c.incident = name.toLongLong(&ok);
        if (!ok || c.incident <= 0) {
            *error = tr("'%1': an incident is given by its number (incident:12)").arg(text);
            return false;
        }
        c.kind = Kind::Incident;
    } else if (kind == QLatin1String("bookmark")) {
        c.kind = Kind::Bookmark;
    } else if (kind == QLatin1String("layout")) {
        c.kind = Kind::Layout;
    } else if (kind == QLatin1String("chart")) {
        c.kind = Kind::Chart;
    } else {
        *error = tr("'%1': unknown kind '%2' (expected incident, bookmark, layout or chart)").arg(text, kind);
        return false;
    }
    c.name = c.kind == Kind::Incident ? QString() : name;
    *out = c;
    return true;
}

QString WallCommand::target() const
{
    switch (kind) {
    case Kind::Home:
        return QStringLiteral("home");
    case Kind::Incident:
        return QStringLiteral("incident:%1").arg(incident);
    case Kind::Bookmark:
        return QStringLiteral("bookmark:") + name;
    case Kind::Layout:
        return QStringLiteral("layout:") + name;
    case Kind::Chart:
        return QStringLiteral("chart:") + name;
    }
    return {};
}

RowChange WallCommand::toChange(const QDateTime &at, const QString &by) const
{
    RowChange c;
    c.kind = RowChange::Kind::Insert;
    c.table = QString::fromLatin1(Table);
    c.values = {{QStringLiteral("target"), target()},
                {QStringLiteral("issued_at"), at.toUTC()},
                {QStringLiteral("issued_by"), by}};
    if (!wall.isEmpty())
        c.values.insert(QStringLiteral("wall"), wall);
    return c;
}

bool WallCommand::fromRow(const QVariantMap &row, WallCommand *out, QString *error)
{
    if (!parse(row.value(QStringLiteral("target")).toString(), out, error))
        return false;
    out->wall = row.value(QStringLiteral("wall")).toString();
    out->issuedAt = QDateTime::fromString(row.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
    if (!out->issuedAt.isValid())
        out->issuedAt = row.value(QStringLiteral("issued_at")).toDateTime();
    out->issuedBy = row.value(QStringLiteral("issued_by")).toString();
    return true;
}

QString WallCommand::describe() const
{
    switch (kind) {
    case Kind::Home:
        return tr("Standing layout");
    case Kind::Incident:
        return tr("Incident %1").arg(incident);
    case Kind::Bookmark:
        return tr("Saved view %1").arg(name);
    case Kind::Layout:
        return tr("Layout %1").arg(name);
    case Kind::Chart:
        return tr("Gauge chart %1").arg(name);
    }
    return {};
}

WallCommandFeed::WallCommandFeed(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<fc::WallCommand>();
}

void WallCommandFeed::setStore(Store *store)
{
    if (m_conn)
        disconnect(m_conn);
    m_store = store;
    if (store)
        m_conn = connect(store, &Store::rowsChanged, this, &WallCommandFeed::onRows);
}

void WallCommandFeed::onRows(const QList<RowEvent> &events)
{
    for (const RowEvent &e : events) {
        if (e.table != QLatin1String(Table) || e.kind != RowEvent::Kind::Insert)
            continue;
        WallCommand c;
        QString error;
        if (!WallCommand::fromRow(e.after, &c, &error)) {
            Q_EMIT rejected(tr("Wall command %1 not shown: %2").arg(e.fid).arg(error));
            continue;
        }
        if (!c.wall.isEmpty() && !m_wall.isEmpty() && c.wall != m_wall)
            continue;
        if (c.issuedBy.isEmpty())
            c.issuedBy = e.actor;
        Q_EMIT command(c);
    }
}

} // namespace fc
