#pragma once

#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fc {

// A kind of emergency supply in the catalogue (supply_kinds).
struct SupplyKind
{
    qint64 fid = 0;
    QString code, name, nameEn, category, unit;
    qint64 minLevel = 0;    // below it: a low-stock alarm (0: none)
    int shelfLifeDays = 0;  // 0: does not expire
    int expiryWarnDays = 0; // an expiry alarm this many days ahead (0: 30 days for kinds that expire)
    static SupplyKind fromRow(const StoreRow &r);
};

// One stock movement (supply_movements): delta > 0 brings stock in, < 0 takes it out.
struct SupplyMovement
{
    qint64 fid = 0;
    qint64 kind = 0, warehouse = 0, location = 0; // location 0: none recorded
    QString type;                                // opening, purchase, return, issue, transfer_out, transfer_in, write_off, stocktake
    qint64 delta = 0;
    QDateTime at;
    QString actor, reason, document;
    QString partyKind; // incident, shelter, team, drill, warehouse, supplier, unit
    qint64 partyFid = 0;
    QString party;
    qint64 request = 0;
    QDate expires;
    static SupplyMovement fromRow(const StoreRow &r);
};

// Who receives an issue: "shelter:ID", "incident:ID", "team:ID" or "drill[:TEXT]".
struct SupplyParty
{
    QString kind;
    qint64 fid = 0;
    QString text;
    static bool parse(const QString &spec, SupplyParty *out, QString *error);
};

// A low-stock or expiry alarm of one kind (warehouse 0: the district's total).
struct StockAlarm
{
    enum class Kind { Low, Expiring, Expired };
    Kind kind = Kind::Low;
    qint64 kindFid = 0;
    qint64 warehouse = 0;
    qint64 stock = 0;    // Low: the stock; Expiring/Expired: the quantity of the batch
    qint64 minLevel = 0;
    QDate expires;
};

// One line of a stock-take: what was counted of a kind at a location (location 0: none) of a warehouse.
struct CountLine
{
    qint64 warehouse = 0, location = 0, kind = 0;
    qint64 counted = 0;
};

struct CountDifference
{
    CountLine line;
    qint64 expected = 0; // the sum of the movements at that place
    qint64 difference() const { return line.counted - expected; }
};

// The warehouse's rules: stock is the sum of movements, never an edited total; the database keeps it from going
// below zero per kind and warehouse (supply_balances, on both backends, in the movement's transaction). Changes are
// built here from values the caller holds; the blocking helpers (SupplyBooks) read and write through a Store for
// tools and tests, never on the GUI thread.
class Supplies
{
    Q_DECLARE_TR_FUNCTIONS(fc::Supplies)
public:
    static QStringList movementTypes();
    static QStringList inTypes();  // delta > 0
    static QStringList outTypes(); // delta < 0
    static QString typeLabel(const QString &type);
    static QString partyLabel(const QString &kind);

    // Stock per (kind, warehouse) as the sum of movements at or before `asOf` (invalid: all of them).
    static QHash<QPair<qint64, qint64>, qint64> stock(const QList<SupplyMovement> &movements, const QDateTime &asOf = {});
    static QHash<qint64, qint64> stockByKind(const QList<SupplyMovement> &movements, const QDateTime &asOf = {});
    // Stock at one location (movements recorded there; location 0: those without a location).
    static qint64 stockAt(const QList<SupplyMovement> &movements, qint64 kind, qint64 warehouse, qint64 location);
    // Batches with an expiry date still in stock, taking the oldest received as issued first: (expires, quantity).
    static QList<QPair<QDate, qint64>> remainingBatches(const QList<SupplyMovement> &movements, qint64 kind,
                                                        qint64 warehouse);
    // Low stock (the district's total under the kind's minimum) and batches expiring within the warning days or
    // expired, as of `today`.
    static QList<StockAlarm> alarms(const QList<SupplyKind> &kinds, const QList<SupplyMovement> &movements,
                                    const QDate &today);
    static QString alarmText(const StockAlarm &a, const SupplyKind &kind);
    // Total issued per kind between two times (out types except transfers and write-offs: what left for use).
    static QHash<qint64, qint64> issued(const QList<SupplyMovement> &movements, const QDateTime &from,
                                        const QDateTime &until);

    // Stock-taking: each counted line against the movements at its place (lines with no difference included).
    static QList<CountDifference> reconcile(const QList<CountLine> &lines, const QList<SupplyMovement> &movements);
    // The count rows and, for each difference, a stocktake movement recording it (one write).
    static QList<RowChange> countChanges(const QList<CountDifference> &differences, const QString &actor,
                                         const QDateTime &at, const QString &reason, const QString &document);

    // A movement as an insert. Checks the sign for the type; error set and an empty change when wrong.
    static RowChange movement(const SupplyMovement &m);
    static QList<RowChange> issue(qint64 kind, qint64 warehouse, qint64 quantity, const SupplyParty &to,
                                  const QString &actor, const QDateTime &at, const QString &reason,
                                  const QString &document, qint64 request = 0);
    static QList<RowChange> receive(qint64 kind, qint64 warehouse, qint64 quantity, const QString &type,
                                    const QString &from, const QString &actor, const QDateTime &at,
                                    const QString &reason, const QString &document, const QDate &expires = {},
                                    qint64 location = 0);
    // Both halves in one write, paired by the document number.
    static QList<RowChange> transfer(qint64 kind, qint64 fromWarehouse, qint64 toWarehouse, qint64 quantity,
                                     const QString &actor, const QDateTime &at, const QString &reason,
                                     const QString &document);
    static QList<RowChange> writeOff(qint64 kind, qint64 warehouse, qint64 quantity, const QString &actor,
                                     const QDateTime &at, const QString &reason, const QString &document);
    // An allocation request (supply_requests) and its confirmation by the warehouse: the request confirmed and
    // the issue to the requester recorded in one write.
    static RowChange request(const QString &forKind, qint64 forFid, qint64 kind, qint64 quantity,
                             const QString &actor, const QDateTime &at, const QString &note = {});
    static QList<RowChange> confirmRequest(const StoreRow &request, qint64 warehouse, const QString &actor,
                                           const QDateTime &at, const QString &document);
    // Stock received by a shelter, an incident or a team: the sum of what was issued to it, per kind.
    static QHash<qint64, qint64> receivedBy(const QList<SupplyMovement> &movements, const QString &partyKind,
                                            qint64 partyFid);

    // True when a write was refused because the stock would go below zero (either backend's words).
    static bool isShortage(const QString &error);
    static QString shortageText(const QString &kindName, qint64 wanted, qint64 left);
};

// Blocking reads and writes through a Store (floodctl, tests, pool jobs; never the GUI thread).
class SupplyBooks
{
    Q_DECLARE_TR_FUNCTIONS(fc::SupplyBooks)
public:
    QList<SupplyKind> kinds;
    QList<SupplyMovement> movements;
    QHash<qint64, QString> warehouses; // fid -> name

    bool load(Store &store, QString *error);
    const SupplyKind *kind(qint64 fid) const;
    const SupplyKind *kindByCode(const QString &code) const;

    struct Outcome
    {
        bool ok = false;
        QString error;
        qint64 left = -1; // on a shortage: the stock left, read after the refusal
        WriteResult result;
    };
    // Writes the changes; on a shortage of (kind, warehouse) reads what is left and says so.
    static Outcome write(Store &store, const QList<RowChange> &changes, const QString &note, qint64 kind = 0,
                         qint64 warehouse = 0, qint64 wanted = 0, const QString &kindName = {});
};

} // namespace fc
