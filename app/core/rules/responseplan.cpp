#include "app/core/rules/responseplan.h"

#include "app/core/rules/warningsignal.h"
#include "app/core/base/uilanguage.h"


#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

ResponsePlan ResponsePlan::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return ResponsePlan();
    };
    if (!doc.isObject())
        return fail(tr("the plan is not a JSON object (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject o = doc.object();
    ResponsePlan p;
    p.m_code = o.value(QLatin1String("code")).toString();
    p.m_title = o.value(QLatin1String("title")).toString();
    p.m_titleEn = o.value(QLatin1String("title_en")).toString();
    p.m_kind = o.value(QLatin1String("kind")).toString();
    p.m_edition = o.value(QLatin1String("edition")).toString();
    p.m_owner = o.value(QLatin1String("owner")).toString();
    p.m_scope = o.value(QLatin1String("scope")).toString(QStringLiteral("flood_typhoon"));
    for (const QJsonValue &g : o.value(QLatin1String("cap_geocodes")).toArray())
        p.m_capGeocodes.append(g.toString());
    if (p.m_code.isEmpty() || p.m_title.isEmpty())
        return fail(tr("the plan has no code or title"));
    const QJsonArray proposals = o.value(QLatin1String("typhoon_proposals")).toArray();
    for (int i = 0; i < proposals.size(); ++i) {
        const QJsonObject t = proposals.at(i).toObject();
        TyphoonProposalRule r;
        r.colour = t.value(QLatin1String("colour")).toString();
        r.circle = t.value(QLatin1String("circle")).toInt();
        r.withinHours = t.value(QLatin1String("within_hours")).toDouble(-1);
        if (!QStringList{QStringLiteral("blue"), QStringLiteral("yellow"), QStringLiteral("orange"), QStringLiteral("red")}.contains(r.colour)
            || !(r.circle == 7 || r.circle == 10 || r.circle == 12) || !(r.withinHours > 0 && r.withinHours <= 240))
            return fail(tr("typhoon proposal %1: needs a colour, a circle (7, 10 or 12) and within_hours (0..240)").arg(i + 1));
        p.m_typhoonProposals.append(r);
    }
    const QJsonArray mapping = o.value(QLatin1String("mapping")).toArray();
    for (int i = 0; i < mapping.size(); ++i) {
        const QJsonObject m = mapping.at(i).toObject();
        const QString kind = m.value(QLatin1String("kind")).toString();
        const QString colour = m.value(QLatin1String("colour")).toString();
        const QString level = m.value(QLatin1String("level")).toString();
        if (!WarningSignal::kinds().contains(kind) || WarningSignal::colourRank(colour) == 0
            || ResponseLevel::rank(level) < 0)
            return fail(tr("mapping entry %1: unknown kind, colour or level (%2 %3 -> %4)")
                            .arg(i + 1)
                            .arg(kind, colour, level));
        p.m_mapping.insert(kind + QLatin1Char('/') + colour, level);
    }
    const QJsonObject levels = o.value(QLatin1String("levels")).toObject();
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        if (ResponseLevel::rank(it.key()) < 1)
            return fail(tr("unknown response level '%1'").arg(it.key()));
        const QJsonArray items = it.value().toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject j = items.at(i).toObject();
            PlanItem item;
            item.code = j.value(QLatin1String("code")).toString();
            item.task = j.value(QLatin1String("task")).toString();
            item.taskEn = j.value(QLatin1String("task_en")).toString();
            item.unit = j.value(QLatin1String("unit")).toString();
            item.unitEn = j.value(QLatin1String("unit_en")).toString();
            item.dueMinutes = j.value(QLatin1String("due_minutes")).toInt(-1);
            item.level = it.key();
            if (item.code.isEmpty() || item.task.isEmpty() || item.dueMinutes < 0)
                return fail(tr("level %1, item %2: needs a code, a task and due_minutes >= 0").arg(it.key()).arg(i + 1));
            p.m_items[it.key()].append(item);
        }
    }
    return p;
}

QString PlanItem::taskText() const
{
    return UiLanguage::pick(task, taskEn);
}

QString PlanItem::unitText() const
{
    return UiLanguage::pick(unit, unitEn);
}

QString ResponsePlan::titleText() const
{
    return UiLanguage::pick(m_title, m_titleEn);
}

PlanItem ResponsePlan::item(const QString &code) const
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        for (const PlanItem &i : it.value())
            if (i.code == code)
                return i;
    return {};
}

ResponsePlan ResponsePlan::defaultPlan()
{
    QFile f(QStringLiteral(":/plans/flood_typhoon.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return fromJson(f.readAll(), nullptr);
}

QByteArray ResponsePlan::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("code"), m_code);
    o.insert(QLatin1String("title"), m_title);
    o.insert(QLatin1String("title_en"), m_titleEn);
    o.insert(QLatin1String("kind"), m_kind);
    o.insert(QLatin1String("edition"), m_edition);
    o.insert(QLatin1String("owner"), m_owner);
    o.insert(QLatin1String("scope"), m_scope);
    if (!m_capGeocodes.isEmpty())
        o.insert(QLatin1String("cap_geocodes"), QJsonArray::fromStringList(m_capGeocodes));
    if (!m_typhoonProposals.isEmpty()) {
        QJsonArray tp;
        for (const TyphoonProposalRule &r : m_typhoonProposals)
            tp.append(QJsonObject{{QLatin1String("colour"), r.colour},
                                  {QLatin1String("circle"), r.circle},
                                  {QLatin1String("within_hours"), r.withinHours}});
        o.insert(QLatin1String("typhoon_proposals"), tp);
    }
    QJsonArray mapping;
    for (const QString &kind : WarningSignal::kinds())
        for (const QString &colour : WarningSignal::colours()) {
            const QString level = m_mapping.value(kind + QLatin1Char('/') + colour);
            if (level.isEmpty() || level == QLatin1String("none"))
                continue;
            mapping.append(QJsonObject{{QLatin1String("kind"), kind},
                                       {QLatin1String("colour"), colour},
                                       {QLatin1String("level"), level}});
        }
    o.insert(QLatin1String("mapping"), mapping);
    QJsonObject levels;
    for (const QString &level : ResponseLevel::all()) {
        if (!m_items.contains(level))
            continue;
        QJsonArray items;
        for (const PlanItem &i : m_items.value(level))
            items.append(QJsonObject{{QLatin1String("code"), i.code},
                                     {QLatin1String("task"), i.task},
                                     {QLatin1String("task_en"), i.taskEn},
                                     {QLatin1String("unit"), i.unit},
                                     {QLatin1String("unit_en"), i.unitEn},
                                     {QLatin1String("due_minutes"), i.dueMinutes}});
        levels.insert(level, items);
    }
    o.insert(QLatin1String("levels"), levels);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString ResponsePlan::levelFor(const QString &kind, const QString &colour) const
{
    return m_mapping.value(kind + QLatin1Char('/') + colour, QStringLiteral("none"));
}

void ResponsePlan::setLevelFor(const QString &kind, const QString &colour, const QString &level)
{
    m_mapping.insert(kind + QLatin1Char('/') + colour, level);
}

QString ResponsePlan::impliedLevel(const QList<WarningSignal> &inForce, qint64 *signalFid) const
{
    int best = 0;
    qint64 fid = 0;
    for (const WarningSignal &s : inForce) {
        const int r = ResponseLevel::rank(levelFor(s.kind, s.colour));
        if (r > best) {
            best = r;
            fid = s.fid;
        }
    }
    if (signalFid)
        *signalFid = fid;
    return ResponseLevel::fromRank(best);
}

QList<PlanItem> ResponsePlan::items(const QString &level) const
{
    return m_items.value(level);
}

QList<PlanItem> ResponsePlan::itemsUpTo(const QString &level) const
{
    QList<PlanItem> out;
    for (int r = 1; r <= ResponseLevel::rank(level); ++r)
        out += m_items.value(ResponseLevel::fromRank(r));
    return out;
}

} // namespace fc
