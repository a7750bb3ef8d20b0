#pragma once

#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// People moved to (arrival) or away from (departure) a shelter (people_transfers).
struct PeopleTransfer
{
    qint64 fid = 0;
    qint64 shelter = 0;
    QString direction = QStringLiteral("arrival");
    qint64 people = 0;
    QDateTime at;
    QString fromPlace, estate, street;
    qint64 elderly = 0, disabled = 0, children = 0;
    QString actor, note, overrideReason;
    qint64 signedPeople() const { return direction == QLatin1String("departure") ? -people : people; }
    static PeopleTransfer fromRow(const StoreRow &r);
};

// A shelter as the board shows it.
struct ShelterState
{
    qint64 fid = 0;
    QString name, address, phone;
    qint64 capacity = 0, occupancy = 0;
    QString status; // shelter_profiles.status; "full" whenever occupancy reaches capacity
    QString facilities, contact;
};

// The shelters' rules: occupancy is the sum of arrivals and departures (the database keeps shelters.occupancy at
// that sum and refuses an arrival over capacity without an override reason, and a departure of more people than
// are there), so the occupancy at any past time is the sum of the transfers up to it.
class Shelters
{
    Q_DECLARE_TR_FUNCTIONS(fc::Shelters)
public:
    static QStringList statuses(); // closed, opening, open, full
    static QString statusLabel(const QString &status);
    // Occupancy at `t`: the sum of the shelter's transfers at or before it.
    static qint64 occupancyAt(const QList<PeopleTransfer> &transfers, qint64 shelter, const QDateTime &t);
    static QHash<qint64, qint64> occupancyAt(const QList<PeopleTransfer> &transfers, const QDateTime &t);
    // The status shown: the recorded one, or full when occupancy reaches capacity.
    static QString effectiveStatus(const QString &recorded, qint64 occupancy, qint64 capacity);
    static QList<ShelterState> states(const QList<StoreRow> &shelters, const QList<StoreRow> &profiles);

    // A transfer as one write: the transfer row, and the shelter row touched so the occupancy the database set
    // reaches every seat and the map on the change feed. An arrival over capacity needs overrideReason (checked
    // here and by the database).
    static QList<RowChange> transfer(const PeopleTransfer &t);
    static QString checkTransfer(const PeopleTransfer &t, const ShelterState &s); // empty when allowed
    // A shelter whose occupancy was recorded without transfers (an imported layer): the arrival that carries that
    // figure into the events, to write before its first transfer (the database sets occupancy to the transfers'
    // sum). Empty when the shelter's transfers already account for it.
    static QList<RowChange> baseline(const ShelterState &s, const QList<PeopleTransfer> &transfers, const QDateTime &at);
    // The shelter's status (shelter_profiles: insert or update).
    static RowChange setStatus(qint64 shelter, const StoreRow *profile, const QString &status, const QDateTime &at);
    static bool isOverCapacity(const QString &error);

    // Blocking helpers through a Store (floodctl, tests; never the GUI thread).
    static QList<ShelterState> load(Store &store);
    static QList<PeopleTransfer> loadTransfers(Store &store);
};

} // namespace fc
