#include "app/core/models/teamstyle.h"

#include "app/core/rules/incidentdesk.h"
#include "app/core/models/teamboardmodel.h"

namespace fc {

namespace {

Symbol mark(Symbol::Marker m, const QString &status, double size)
{
    Symbol s;
    s.marker = m;
    s.fill = TeamBoardModel::statusColour(status);
    s.size = size;
    s.stroke = QColor(255, 255, 255, 230);
    s.strokeWidth = 1.6;
    return s;
}

} // namespace

VectorStyle TeamStyle::byDutyStatus(VectorStyle base)
{
    using M = Symbol::Marker;
    const struct { const char *status; M marker; double size; } states[] = {
        {"available", M::Circle, 14},  {"standing_watch", M::Square, 14}, {"dispatched", M::Triangle, 17},
        {"en_route", M::Triangle, 17}, {"on_scene", M::Star, 22},         {"returning", M::Diamond, 16},
        {"off_duty", M::Cross, 13},
    };
    QList<VectorStyle::Category> cats;
    for (const auto &st : states) {
        const QString code = QString::fromLatin1(st.status);
        cats.append({code, mark(st.marker, code, st.size), IncidentDesk::dutyStatusLabel(code)});
    }
    base.setCategorized(QString::fromLatin1(Field), cats);
    // No duty state recorded yet reads as available (the team board's rule).
    base.setValueFunction([](const FeatureStore &fs, int i) -> QVariant {
        const QString s = fs.attribute(i, QString::fromLatin1(Field)).toString();
        return s.isEmpty() ? QStringLiteral("available") : s;
    });
    return base;
}

bool TeamStyle::isApplied(const VectorStyle &style)
{
    return style.mode() == VectorStyle::Mode::Categorized && style.classField() == QLatin1String(Field);
}

} // namespace fc
