#pragma once

#include "app/core/intake/feedserver.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace fc {

class AlarmService;
class CapFolderWatcher;
class Clock;
class DispatchState;
class DropFolder;
class ReadingIntake;
class RoadNetworkFeed;
class Store;
class WarningService;

// One operation, open: the owner of the store and of every live service, the way a GIS project owns its layers.
// The window (app/gui) and `floodctl serve` (app/ctl) each create one; panels, the wall and briefings receive it
// and read what they show from its services and the store's change feed. No service is created elsewhere and none
// is found by name: this header lists them all.
//
//   clock()     domain time: real, a replay shown on a window, or fixed by a test
//   store()     the operation store (GeoPackage file or PostgreSQL server), or null
//   warnings()  signals in force, response level, checklist (and their state at a replayed time)
//   alarms()    the alarm list and the latest readings, adopted from the feed (never evaluates)
//   dispatch()  incidents, teams, dispatches (and as of a replayed time)
//   roads()     the road network with the depths that close roads (one rule: RoadNetwork)
//   intake()    the evaluating writer of readings (ReadingIntake); with startIntake() also the feed endpoint, the
//               drop folder and the watched CAP folder, run by one process per operation (Store::lockIntake)
class Operation : public QObject
{
    Q_OBJECT
public:
    // Where the intake listens and looks; empty parts stay off.
    struct IntakeOptions
    {
        bool feed = false;
        FeedServer::Options feedOptions;
        QString dropFolder;
        QString capFolder;
        bool any() const { return feed || !dropFolder.isEmpty() || !capFolder.isEmpty(); }
    };

    explicit Operation(QObject *parent = nullptr);
    ~Operation() override;

    Clock *clock() const { return m_clock; }
    Store *store() const { return m_store.get(); }
    WarningService *warnings() const { return m_warnings; }
    AlarmService *alarms() const { return m_alarms; }
    DispatchState *dispatch() const { return m_dispatch; }
    RoadNetworkFeed *roads() const { return m_roads; }
    ReadingIntake *intake() const { return m_intake; }
    FeedServer *feedServer() const { return m_feed.get(); }
    DropFolder *dropFolder() const { return m_drop.get(); }
    CapFolderWatcher *capFolder() const { return m_cap; }

    // Takes the store (null: close). Every service follows it; the intake stops and must be started again.
    void setStore(std::unique_ptr<Store> store);
    // Gives the store up to the caller (services let go of it first).
    std::unique_ptr<Store> takeStore();

    // Starts the intake transports on the open store after claiming the operation's intake lock. False, with the
    // reason, when another process or seat runs the intake, or a transport cannot start (nothing is left running).
    bool startIntake(const IntakeOptions &options, QString *error);
    void stopIntake();
    bool isIntakeRunning() const { return m_intakeRunning; }

    // Imports one CAP alert file into the live warnings: validated, and checked against the district (alerts for
    // other places are recorded as not applicable), off this thread; applied against the live state, even while a
    // window shows a replay. The outcome arrives as capImported(). The one path for the watched folder, floodctl
    // serve and the window's Import CAP.
    void importCapFile(const QString &path);

Q_SIGNALS:
    void storeChanged(fc::Store *store);
    // One line per intake event for a log, a status bar or the journal.
    void intakeMessage(const QString &text);
    void capImported(const QString &path, bool ok, const QString &summary);

private:
    void bind(Store *store);

    Clock *m_clock;
    std::unique_ptr<Store> m_store;
    WarningService *m_warnings;
    AlarmService *m_alarms;
    DispatchState *m_dispatch;
    RoadNetworkFeed *m_roads;
    ReadingIntake *m_intake;
    std::unique_ptr<FeedServer> m_feed;
    std::unique_ptr<DropFolder> m_drop;
    CapFolderWatcher *m_cap;
    bool m_intakeRunning = false;
};

} // namespace fc
