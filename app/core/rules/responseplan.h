#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace fc {

struct WarningSignal;

// One action of a response level: who does what, by when (minutes after the level starts).
struct PlanItem
{
    QString code, task, taskEn, unit, unitEn;
    // The task and unit in the interface language (the plan's English texts in English, where it has them).
    QString taskText() const;
    QString unitText() const;
    int dueMinutes = 0;
    QString level; // IV, III, II, I
};

// When the plan proposes a typhoon signal from the storm's forecast: the `circle`-level wind circle (7, 10, 12) is
// forecast to reach the district within `withinHours` ("typhoon_proposals" in the JSON).
struct TyphoonProposalRule
{
    QString colour;
    int circle = 7;
    double withinHours = 48;
};

// A contingency plan (预案) as data: which signals imply which response level, and what each level's checklist
// holds. Shipped as JSON (resources/plans/flood_typhoon.json), stored in the plans table one row per version.
class ResponsePlan
{
    Q_DECLARE_TR_FUNCTIONS(ResponsePlan)
public:
    static ResponsePlan fromJson(const QByteArray &json, QString *error);
    // The default Flood and Typhoon plan from the resources.
    static ResponsePlan defaultPlan();
    QByteArray toJson() const;

    bool isValid() const { return !m_code.isEmpty(); }
    QString code() const { return m_code; }
    QString title() const { return m_title; }
    QString titleText() const; // in the interface language
    QString kind() const { return m_kind; }
    QString edition() const { return m_edition; }
    QString owner() const { return m_owner; }
    QString scope() const { return m_scope; }
    // Administrative codes of the district (GB/T 2260 / the national warning system's 12 digits): a CAP alert
    // whose geocode is one of them or a place containing them applies here ("cap_geocodes" in the JSON).
    QStringList capGeocodes() const { return m_capGeocodes; }
    qint64 storeFid() const { return m_fid; } // the plans row it came from (0 when not stored)
    int version() const { return m_version; }
    void setStored(qint64 fid, int version)
    {
        m_fid = fid;
        m_version = version;
    }

    // The typhoon signal rules on the storm's forecast (see TyphoonProposal).
    QList<TyphoonProposalRule> typhoonProposals() const { return m_typhoonProposals; }
    // Level (IV..I) a signal implies, or "none".
    QString levelFor(const QString &kind, const QString &colour) const;
    void setLevelFor(const QString &kind, const QString &colour, const QString &level);
    // The highest level implied by the signals in force, and the signal that implies it (fid 0 when none).
    QString impliedLevel(const QList<WarningSignal> &inForce, qint64 *signalFid = nullptr) const;
    // Items of one level; itemsUpTo: all items of the levels from IV up to the given one (a higher level
    // includes the actions of the lower ones).
    QList<PlanItem> items(const QString &level) const;
    QList<PlanItem> itemsUpTo(const QString &level) const;
    // The item with this code (any level); an empty item when none.
    PlanItem item(const QString &code) const;

private:
    QString m_code, m_title, m_titleEn, m_kind, m_edition, m_owner, m_scope;
    QStringList m_capGeocodes;
    QList<TyphoonProposalRule> m_typhoonProposals;
    QHash<QString, QString> m_mapping; // "kind/colour" -> level
    QHash<QString, QList<PlanItem>> m_items;
    qint64 m_fid = 0;
    int m_version = 0;
};

} // namespace fc
