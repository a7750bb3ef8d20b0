#pragma once

#include "app/core/store/hazardworkflow.h"
#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fc {

// The hazard desk's rules (隐患整改): moving a hazard along the workflow (HazardWorkflow, which the database
// enforces too), its log, overdue against the clock, attachments (size limit, thumbnail) and the categories of the
// investigation. Changes are built from rows the caller holds; the blocking helpers read and write through a Store
// for tools and tests (never on the GUI thread).
class HazardDesk
{
    Q_DECLARE_TR_FUNCTIONS(fc::HazardDesk)
public:
    // Investigation categories (scope of a round, category of a hazard), codes as stored.
    static QStringList categories();
    static QString categoryLabel(const QString &code);
    static QString stateLabel(const QString &state);
    static QString severityLabel(const QString &severity);

    // The changes that move `hazard` (a hazards row as read, with its rev) to `to`: the hazard's status, status time
    // (and closing time), and one hazard_steps row (who, when, from, to, remark). The row's rev goes with the change,
    // so a seat that moved it meanwhile wins and this one is refused. Empty and *error set when the transition does
    // not exist.
    static QList<RowChange> move(const StoreRow &hazard, const QString &to, const QString &remark,
                                 const QString &actor, const QDateTime &now, QString *error);
    // Overdue: still open and its deadline (a date, inclusive) is before today in Beijing time at `now`.
    static bool isOverdue(const QVariantMap &hazard, const QDateTime &now);
    // Days past the deadline at `now` (0 when not overdue).
    static int daysOverdue(const QVariantMap &hazard, const QDateTime &now);

    // An attachment row for a file's bytes: mime type, size, SHA-256 and, for an image, a PNG thumbnail. Refused
    // (empty map, *error naming the file and its size) above HazardWorkflow::MaxAttachmentBytes.
    static QVariantMap attachment(const QString &fileName, const QByteArray &data, const QString &actor,
                                  const QDateTime &now, QString *error);

    // Blocking helpers (tools, tests). Reads the hazard, moves it and writes in one transaction.
    static WriteResult moveHazard(Store &store, qint64 fid, const QString &to, const QString &remark,
                                  const QDateTime &now);
    static WriteResult attachFile(Store &store, const QString &ownerColumn, qint64 ownerFid, const QString &path,
                                  const QDateTime &now);
};

// One greenery site flagged while a typhoon signal is in force.
struct GreeneryFlag
{
    qint64 fid = 0;
    QString name;
    QString unit;
    int tallTrees = 0;
    QDateTime lastInspected; // invalid: never
};

struct GreeneryFlagging
{
    bool typhoonInForce = false;
    QDateTime signalSince; // when the typhoon signal in force was first issued (through upgrades and downgrades)
    QDateTime cutoff;      // sites not inspected since then are flagged
    QList<GreeneryFlag> flagged;
    // The checklist of each responsible unit: its flagged sites.
    QMap<QString, QList<GreeneryFlag>> byUnit() const;
};

// Rooftop greenery rules: pre-typhoon inspection (屋顶绿化防台检查).
class GreeneryRules
{
    Q_DECLARE_TR_FUNCTIONS(fc::GreeneryRules)
public:
    static QStringList results(); // fine, pruned, braced, trees_removed, closed_to_public
    static QString resultLabel(const QString &result);
    // How long before the typhoon signal an inspection still counts (configurable; 48 h by default).
    qint64 windowHours = 48;

    // The last time a site was inspected: its last_inspected_at, else the start (Beijing) of its last_inspection
    // date; invalid when never.
    static QDateTime lastInspected(const QVariantMap &site);
    // While a typhoon signal is in force at `now` (a warning_signals row of kind typhoon, issued, not lifted), every
    // site whose last inspection is before (first issue of that signal - windowHours) is flagged.
    GreeneryFlagging flag(const QList<StoreRow> &sites, const QList<StoreRow> &signalRows, const QDateTime &now) const;

    // A campaign that lists every site (one result row each, no result yet): the campaign row then the result
    // rows are written by startCampaign.
    static WriteResult startCampaign(Store &store, const QString &name, qint64 signalFid, const QDateTime &now);
    // A site's result in a campaign; the site's last inspection follows, in the same transaction.
    static QList<RowChange> recordResult(const StoreRow &resultRow, const QString &result, const QString &remark,
                                         const QString &inspector, const QDateTime &now, QString *error);
    // A greenery finding becomes a hazard in the rectification workflow (found, category rooftop_greenery, at the
    // site), linked both ways; its first step is logged. One action for the officer.
    static WriteResult findingToHazard(Store &store, qint64 resultFid, const QString &description,
                                       const QString &severity, const QDate &deadline, const QDateTime &now);
};

} // namespace fc
