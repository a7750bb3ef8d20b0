#include "app/core/briefing/briefingtemplate.h"

#include <QFile>
#include <QRegularExpression>

namespace fc {

namespace {

struct Offer
{
    QStringList placeholders, tables, charts, facts;
    bool map = false;
};

const QHash<QString, Offer> &catalogue()
{
    static const QHash<QString, Offer> c = {
        {QStringLiteral("cover"),
         {{QStringLiteral("signals"), QStringLiteral("response_level"), QStringLiteral("level_since"), QStringLiteral("officer")},
          {},
          {},
          {QStringLiteral("cover")}}},
        {QStringLiteral("rain"),
         {{QStringLiteral("rain_gauges"), QStringLiteral("wettest_gauge"), QStringLiteral("wettest_1h"),
           QStringLiteral("wettest_3h"), QStringLiteral("wettest_24h"), QStringLiteral("wettest_event"),
           QStringLiteral("mean_24h")},
          {QStringLiteral("rain_totals")},
          {QStringLiteral("rain")},
          {}}},
        {QStringLiteral("water"),
         {{QStringLiteral("tide_gauge"), QStringLiteral("tide_level"), QStringLiteral("tide_warning"),
           QStringLiteral("tide_time"), QStringLiteral("lowest_wall"), QStringLiteral("lowest_freeboard"),
           QStringLiteral("walls_orange"), QStringLiteral("walls_red"), QStringLiteral("river_gauges")},
          {QStringLiteral("tide_gauges"), QStringLiteral("lowest_freeboard")},
          {QStringLiteral("tide"), QStringLiteral("river")},
          {}}},
        {QStringLiteral("works"),
         {{QStringLiteral("walls"), QStringLiteral("gates"), QStringLiteral("gates_open"), QStringLiteral("gates_closed"),
           QStringLiteral("pumps"), QStringLiteral("pump_capacity")},
          {QStringLiteral("gates_open"), QStringLiteral("pumps")},
          {},
          {QStringLiteral("works")}}},
        {QStringLiteral("typhoon"),
         {{QStringLiteral("typhoon_name"), QStringLiteral("typhoon_time"), QStringLiteral("typhoon_position"),
           QStringLiteral("typhoon_distance")},
          {QStringLiteral("typhoon")},
          {},
          {}}},
        {QStringLiteral("incidents"),
         {{QStringLiteral("incidents_open"), QStringLiteral("incidents_urgent"), QStringLiteral("roads_waterlogged")},
          {QStringLiteral("incidents_by_kind"), QStringLiteral("incidents_open"), QStringLiteral("waterlogged_roads")},
          {QStringLiteral("incidents")},
          {},
          true}},
        {QStringLiteral("impact"),
         {{QStringLiteral("shelters_open"), QStringLiteral("people_sheltered"), QStringLiteral("shelter_capacity"),
           QStringLiteral("roads_closed")},
          {QStringLiteral("shelters"), QStringLiteral("roads_closed")},
          {},
          {}}},
        {QStringLiteral("measures"),
         {{QStringLiteral("checklist_items"), QStringLiteral("checklist_done"), QStringLiteral("checklist_overdue"),
           QStringLiteral("teams_dispatched"), QStringLiteral("supplies_issued")},
          {QStringLiteral("checklist_units"), QStringLiteral("overdue_items"), QStringLiteral("teams_dispatched"),
           QStringLiteral("supplies_issued")},
          {QStringLiteral("checklist")},
          {}}},
        {QStringLiteral("next"), {{QStringLiteral("next_steps")}, {}, {}, {}}},
    };
    return c;
}

const QStringList &settings()
{
    static const QStringList s = {QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("header"),
                                  QStringLiteral("footer"), QStringLiteral("numerals")};
    return s;
}

} // namespace

QStringList BriefingTemplate::sectionIds()
{
    return {QStringLiteral("cover"),     QStringLiteral("rain"),   QStringLiteral("water"),
            QStringLiteral("works"),     QStringLiteral("typhoon"), QStringLiteral("incidents"),
            QStringLiteral("impact"),    QStringLiteral("measures"), QStringLiteral("next")};
}

QStringList BriefingTemplate::globalPlaceholders()
{
    return {QStringLiteral("district"), QStringLiteral("serial"), QStringLiteral("as_of"), QStringLiteral("issued_at"),
            QStringLiteral("author"), QStringLiteral("n")};
}

QStringList BriefingTemplate::placeholders(const QString &section)
{
    return catalogue().value(section).placeholders;
}

QStringList BriefingTemplate::offered(const QString &section, const QString &kind)
{
    const Offer o = catalogue().value(section);
    if (kind == QLatin1String("table"))
        return o.tables;
    if (kind == QLatin1String("chart"))
        return o.charts;
    if (kind == QLatin1String("facts"))
        return o.facts;
    if (kind == QLatin1String("map"))
        return o.map ? QStringList{QStringLiteral("map")} : QStringList{};
    return {};
}

QStringList BriefingTemplate::placeholdersIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    QStringList names;
    for (auto it = re.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

QString BriefingTemplate::fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z0-9_]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

bool BriefingTemplate::parse(const QString &text, const QString &source, BriefingTemplate *out, QString *error)
{
    BriefingTemplate t;
    const QStringList lines = text.split(QLatin1Char('\n'));
    Section *current = nullptr;
    QStringList seen;
    auto fail = [&](int line, const QString &why) {
        if (error)
            *error = tr("%1 line %2: %3").arg(source).arg(line).arg(why);
        return false;
    };
    const QStringList kinds = {QStringLiteral("heading"), QStringLiteral("text"), QStringLiteral("table"),
                               QStringLiteral("chart"), QStringLiteral("map"), QStringLiteral("facts")};
    for (int i = 0; i < lines.size(); ++i) {
        const int no = i + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')))
                return fail(no, tr("a section line must read [name]"));
            const QString id = line.mid(1, line.size() - 2).trimmed();
            if (!sectionIds().contains(id))
                return fail(no, tr("unknown section [%1] (known: %2)").arg(id, sectionIds().join(QStringLiteral(", "))));
            if (seen.contains(id))
                return fail(no, tr("section [%1] appears twice").arg(id));
            seen.append(id);
            t.sections.append({id, {}, no});
            current = &t.sections.last();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(no, tr("expected 'name: value', a [section] or a # comment"));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        // Every placeholder is checked: braces that do not pair, names the place does not offer.
        if (value.count(QLatin1Char('{')) != value.count(QLatin1Char('}')))
            return fail(no, tr("unbalanced braces in '%1'").arg(value));
        if (!current) {
            if (!settings().contains(key))
                return fail(no, tr("unknown setting '%1' before the first section (known: %2)")
                                    .arg(key, settings().join(QStringLiteral(", "))));
            QStringList allowed = globalPlaceholders();
            allowed.removeAll(QStringLiteral("n"));
            if (key == QLatin1String("footer"))
                allowed << QStringLiteral("page") << QStringLiteral("pages");
            for (const QString &p : placeholdersIn(value))
                if (!allowed.contains(p))
                    return fail(no, tr("unknown placeholder {%1} in %2 (offered: %3)").arg(p, key, allowed.join(QStringLiteral(", "))));
            if (key == QLatin1String("title"))
                t.title = value;
            else if (key == QLatin1String("subtitle"))
                t.subtitle = value;
            else if (key == QLatin1String("header"))
                t.header = value;
            else if (key == QLatin1String("footer"))
                t.footer = value;
            else if (key == QLatin1String("numerals")) {
                if (value != QLatin1String("chinese") && value != QLatin1String("arabic"))
                    return fail(no, tr("numerals must be chinese or arabic, not '%1'").arg(value));
                t.chineseNumerals = value == QLatin1String("chinese");
            }
            continue;
        }
        if (!kinds.contains(key))
            return fail(no, tr("unknown item '%1' in section [%2] (known: %3)").arg(key, current->id, kinds.join(QStringLiteral(", "))));
        if (key == QLatin1String("heading") || key == QLatin1String("text")) {
            const QStringList allowed = globalPlaceholders() + placeholders(current->id);
            for (const QString &p : placeholdersIn(value))
                if (!allowed.contains(p))
                    return fail(no, tr("unknown placeholder {%1} in section [%2] (offered: %3)")
                                        .arg(p, current->id, allowed.join(QStringLiteral(", "))));
        } else {
            const QString name = key == QLatin1String("map") && value.isEmpty() ? QStringLiteral("map") : value;
            const QStringList allowed = offered(current->id, key);
            if (!allowed.contains(name))
                return fail(no, allowed.isEmpty()
                                    ? tr("section [%1] offers no %2").arg(current->id, key)
                                    : tr("unknown %1 '%2' in section [%3] (offered: %4)")
                                          .arg(key, name, current->id, allowed.join(QStringLiteral(", "))));
            current->items.append({key, name, no});
            continue;
        }
        current->items.append({key, value, no});
    }
    if (t.sections.isEmpty())
        return fail(lines.size(), tr("the template has no section"));
    *out = t;
    return true;
}

bool BriefingTemplate::load(const QString &path, BriefingTemplate *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the template %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray bytes = f.read(1 << 20);
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        if (error)
            *error = tr("%1 is not UTF-8 text").arg(path);
        return false;
    }
    return parse(text, path, out, error);
}

QString BriefingTemplate::builtinPath(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral(":/briefing/situation.en.tmpl")
                                           : QStringLiteral(":/briefing/situation.zh_CN.tmpl");
}

BriefingTemplate BriefingTemplate::builtin(const QString &language)
{
    BriefingTemplate t;
    QString error;
    if (!load(builtinPath(language), &t, &error))
        qWarning("briefing: the built-in template is bad: %s", qPrintable(error));
    return t;
}

} // namespace fc
