#pragma once

#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace fc {

// What a desk seat puts on the wall: an incident (the wall's map flies there, framed with its team and route), a
// saved view, a layout, a gauge chart, or home (the standing layout). Written as one wall_commands row; every wall
// display of the operation reacts to the insert on the change feed, so it works across machines and backends.
struct WallCommand
{
    Q_DECLARE_TR_FUNCTIONS(fc::WallCommand)
public:
    enum class Kind { Home, Incident, Bookmark, Layout, Chart };
    Kind kind = Kind::Home;
    QString name;        // bookmark, layout or sensor code
    qint64 incident = 0; // incident fid
    QString wall;        // which wall (empty: every wall)
    QDateTime issuedAt;
    QString issuedBy;

    // "home", "incident:12", "bookmark:Bund", "layout:wall-3", "chart:S-TIDE-01". False with a message naming the
    // text when it is none of these.
    static bool parse(const QString &text, WallCommand *out, QString *error);
    QString target() const; // the text form parse() reads
    // The row written for it (issued_at and issued_by from the arguments).
    RowChange toChange(const QDateTime &at, const QString &by) const;
    // A wall_commands row as the change feed carries it; false when its target cannot be read.
    static bool fromRow(const QVariantMap &row, WallCommand *out, QString *error);
    // "Incident 12", "Saved view 外滩" ... for a status line.
    QString describe() const;
};

// Watches the store's change feed for wall_commands inserts and hands each (for this wall, or for every wall) on.
class WallCommandFeed : public QObject
{
    Q_OBJECT
public:
    explicit WallCommandFeed(QObject *parent = nullptr);
    void setStore(Store *store);
    // This wall's name: commands naming another wall are left alone.
    void setWallName(const QString &name) { m_wall = name; }
    QString wallName() const { return m_wall; }

Q_SIGNALS:
    void command(const fc::WallCommand &command);
    void rejected(const QString &message);

private:
    void onRows(const QList<fc::RowEvent> &events);
    QPointer<Store> m_store;
    QMetaObject::Connection m_conn;
    QString m_wall;
};

} // namespace fc

Q_DECLARE_METATYPE(fc::WallCommand)
