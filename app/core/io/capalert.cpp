#include "app/core/io/capalert.h"
#include "app/core/store/storefile.h"

#include "app/core/rules/warningactions.h"
#include "app/core/rules/warningstate.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace fc {

namespace {

const QStringList &statusValues()
{
    static const QStringList v = {QStringLiteral("Actual"), QStringLiteral("Exercise"), QStringLiteral("System"),
                                  QStringLiteral("Test"), QStringLiteral("Draft")};
    return v;
}

QDateTime capTime(const QString &s)
{
    // CAP: 2024-09-15T08:00:00+08:00 (a zone offset is required; "Z" is not allowed by CAP but accepted here).
    const QDateTime t = QDateTime::fromString(s.trimmed(), Qt::ISODate);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return {};
    return t.toUTC();
}

// "lat,lon lat,lon ..." (WGS 84), at least four pairs, first and last equal.
bool capPolygon(const QString &text, QList<QPointF> *ring)
{
    for (const QString &pair : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QStringList ll = pair.split(QLatin1Char(','));
        bool okLat = false, okLon = false;
        if (ll.size() != 2)
            return false;
        const double lat = ll[0].toDouble(&okLat), lon = ll[1].toDouble(&okLon);
        if (!okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
            return false;
        ring->append({lon, lat});
    }
    return ring->size() >= 4 && ring->first() == ring->last();
}

// "lat,lon radius" (radius in km).
bool capCircle(const QString &text, CapArea::Circle *c)
{
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return false;
    const QStringList ll = parts[0].split(QLatin1Char(','));
    bool ok1 = false, ok2 = false, ok3 = false;
    if (ll.size() != 2)
        return false;
    c->lat = ll[0].toDouble(&ok1);
    c->lon = ll[1].toDouble(&ok2);
    c->radiusKm = parts[1].toDouble(&ok3);
    return ok1 && ok2 && ok3 && std::abs(c->lat) <= 90 && std::abs(c->lon) <= 180 && c->radiusKm >= 0;
}

QString capTimeText(const QDateTime &t)
{
    return t.toUTC().toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

} // namespace

CapAlert CapAlert::readFile(const QString &path, QString *error)
{
    // A named pipe would block and a device never ends: a CAP message is a regular file of modest size.
    constexpr qint64 MaxBytes = 16 << 20;
    QString why;
    if (!StoreFile::regularFile(path, &why)) {
        if (error)
            *error = why;
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read (%2)").arg(path, f.errorString());
        return {};
    }
    if (f.size() > MaxBytes) {
        if (error)
            *error = tr("%1: %2 bytes; a CAP message is at most %3 bytes: not a CAP file, nothing was imported")
                         .arg(path)
                         .arg(f.size())
                         .arg(MaxBytes);
        return {};
    }
    return parse(f.read(MaxBytes + 1), path, error);
}

CapAlert CapAlert::parse(const QByteArray &xml, const QString &fileName, QString *error)
{
    QXmlStreamReader r(xml);
    CapAlert a;
    QString problem;
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1: not a valid CAP 1.2 alert: %2").arg(fileName, why);
        return CapAlert();
    };
    const QString ns = QString::fromLatin1(Namespace);
    if (!r.readNextStartElement()) {
        if (r.hasError())
            return fail(tr("line %1: %2").arg(r.lineNumber()).arg(r.errorString()));
        return fail(tr("the file is empty"));
    }
    if (r.name() != QLatin1String("alert"))
        return fail(tr("line %1: the root element is <%2>, not <alert>").arg(r.lineNumber()).arg(r.name().toString()));
    if (r.namespaceUri() != ns)
        return fail(tr("line %1: namespace '%2' is not CAP 1.2 (%3)")
                        .arg(r.lineNumber())
                        .arg(r.namespaceUri().toString(), ns));
    QString references;
    bool sawSent = false;
    while (r.readNextStartElement()) {
        if (r.namespaceUri() != ns) {
            r.skipCurrentElement();
            continue;
        }
        const QString name = r.name().toString();
        if (name == QLatin1String("info")) {
            CapInfo info;
            while (r.readNextStartElement()) {
                const QString n = r.name().toString();
                if (n == QLatin1String("parameter")) {
                    QString valueName, value;
                    while (r.readNextStartElement()) {
                        const QString m = r.name().toString();
                        const QString t = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                        if (m == QLatin1String("valueName"))
                            valueName = t;
                        else if (m == QLatin1String("value"))
                            value = t;
                    }
                    info.parameters.append({valueName, value});
                    continue;
                }
                if (n == QLatin1String("area")) {
                    CapArea area;
                    while (r.readNextStartElement()) {
                        const QString m = r.name().toString();
                        const qint64 line = r.lineNumber();
                        if (m == QLatin1String("geocode")) {
                            QString valueName, value;
                            while (r.readNextStartElement()) {
                                const QString k = r.name().toString();
                                const QString t = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                                if (k == QLatin1String("valueName"))
                                    valueName = t;
                                else if (k == QLatin1String("value"))
                                    value = t;
                            }
                            area.geocodes.append({valueName, value});
                            continue;
                        }
                        const QString t = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                        if (m == QLatin1String("areaDesc")) {
                            area.desc = t;
                        } else if (m == QLatin1String("polygon")) {
                            QList<QPointF> ring;
                            if (!capPolygon(t, &ring) && problem.isEmpty())
                                problem = tr("line %1: <polygon> is not four or more closed 'lat,lon' pairs in range").arg(line);
                            area.polygons.append(ring);
                        } else if (m == QLatin1String("circle")) {
                            CapArea::Circle c;
                            if (!capCircle(t, &c) && problem.isEmpty())
                                problem = tr("line %1: <circle> '%2' is not 'lat,lon radius-km'").arg(line).arg(t);
                            area.circles.append(c);
                        }
                    }
                    if (!area.desc.isEmpty())
                        info.area += (info.area.isEmpty() ? QString() : QStringLiteral("; ")) + area.desc;
                    info.areas.append(area);
                    continue;
                }
                if (n == QLatin1String("eventCode") || n == QLatin1String("resource")) {
                    r.skipCurrentElement();
                    continue;
                }
                const QString t = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (n == QLatin1String("language"))
                    info.language = t;
                else if (n == QLatin1String("category"))
                    info.categories.append(t);
                else if (n == QLatin1String("event"))
                    info.event = t;
                else if (n == QLatin1String("urgency"))
                    info.urgency = t;
                else if (n == QLatin1String("severity"))
                    info.severity = t;
                else if (n == QLatin1String("certainty"))
                    info.certainty = t;
                else if (n == QLatin1String("headline"))
                    info.headline = t;
                else if (n == QLatin1String("description"))
                    info.description = t;
                else if (n == QLatin1String("instruction"))
                    info.instruction = t;
                else if (n == QLatin1String("senderName"))
                    info.senderName = t;
                else if (n == QLatin1String("effective") || n == QLatin1String("onset") || n == QLatin1String("expires")) {
                    const QDateTime v = capTime(t);
                    if (!v.isValid() && problem.isEmpty())
                        problem = tr("line %1: <%2> '%3' is not a date and time with a zone offset")
                                      .arg(r.lineNumber()).arg(n, t);
                    (n == QLatin1String("effective") ? info.effective : n == QLatin1String("onset") ? info.onset : info.expires) = v;
                }
            }
            a.infos.append(info);
            continue;
        }
        const QString t = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (name == QLatin1String("identifier"))
            a.identifier = t;
        else if (name == QLatin1String("sender"))
            a.sender = t;
        else if (name == QLatin1String("sent")) {
            sawSent = true;
            a.sent = capTime(t);
            if (!a.sent.isValid())
                problem = tr("line %1: <sent> '%2' is not a date and time with a zone offset").arg(r.lineNumber()).arg(t);
        } else if (name == QLatin1String("status"))
            a.status = t;
        else if (name == QLatin1String("msgType"))
            a.msgType = t;
        else if (name == QLatin1String("scope"))
            a.scope = t;
        else if (name == QLatin1String("references"))
            references = t;
        else if (name == QLatin1String("note"))
            a.note = t;
    }
    if (r.hasError())
        return fail(tr("line %1: %2").arg(r.lineNumber()).arg(r.errorString()));
    // Anything after the root (another element, unbalanced text) is an error of the reader too.
    while (!r.atEnd()) {
        r.readNext();
        if (r.hasError())
            return fail(tr("line %1: %2").arg(r.lineNumber()).arg(r.errorString()));
    }
    if (!problem.isEmpty())
        return fail(problem);
    auto missing = [&](const QString &what) { return fail(tr("required element <%1> is missing or empty").arg(what)); };
    if (a.identifier.isEmpty())
        return missing(QStringLiteral("identifier"));
    if (a.sender.isEmpty())
        return missing(QStringLiteral("sender"));
    if (!sawSent)
        return missing(QStringLiteral("sent"));
    if (a.status.isEmpty())
        return missing(QStringLiteral("status"));
    if (!statusValues().contains(a.status))
        return fail(tr("<status> '%1' is not one of %2").arg(a.status, statusValues().join(QLatin1String(", "))));
    if (a.msgType.isEmpty())
        return missing(QStringLiteral("msgType"));
    static const QStringList msgTypes = {QStringLiteral("Alert"), QStringLiteral("Update"), QStringLiteral("Cancel"),
                                         QStringLiteral("Ack"), QStringLiteral("Error")};
    if (!msgTypes.contains(a.msgType))
        return fail(tr("<msgType> '%1' is not one of %2").arg(a.msgType, msgTypes.join(QLatin1String(", "))));
    if (a.scope.isEmpty())
        return missing(QStringLiteral("scope"));
    static const QStringList scopes = {QStringLiteral("Public"), QStringLiteral("Restricted"), QStringLiteral("Private")};
    if (!scopes.contains(a.scope))
        return fail(tr("<scope> '%1' is not one of %2").arg(a.scope, scopes.join(QLatin1String(", "))));
    for (const QString &triple : references.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = triple.split(QLatin1Char(','));
        if (parts.size() != 3)
            return fail(tr("<references> entry '%1' is not sender,identifier,sent").arg(triple));
        a.references.append(parts.at(1));
    }
    // Identifiers of the national system are checked (and kept as they are): an identifier shaped like one
    // (digits, "_", digits) must be one, with a real time of issue.
    static const QRegularExpression nationalLike(QStringLiteral("^\\d+_\\d+$"));
    QStringList ids = a.references;
    ids.prepend(a.identifier);
    for (const QString &id : std::as_const(ids))
        if (nationalLike.match(id).hasMatch() && !isNationalIdentifier(id))
            return fail(tr("identifier '%1' is not of the national warning system's form (GB/T 35965.1: 14-digit "
                           "area and agency code, '_', time of issue yyyyMMddHHmmss)").arg(id));
    for (int i = 0; i < a.infos.size(); ++i) {
        const CapInfo &info = a.infos.at(i);
        const QDateTime from = info.effective.isValid() ? info.effective : a.sent;
        if (info.expires.isValid() && from.isValid() && info.expires <= from)
            return fail(tr("info %1: <expires> %2 is not after %3").arg(i + 1)
                            .arg(capTimeText(info.expires), capTimeText(from)));
    }
    if ((a.msgType == QLatin1String("Update") || a.msgType == QLatin1String("Cancel")) && a.references.isEmpty())
        return fail(tr("a %1 message needs <references> to the alert it changes").arg(a.msgType));
    if (a.msgType != QLatin1String("Cancel") && a.msgType != QLatin1String("Ack") && a.msgType != QLatin1String("Error")
        && a.infos.isEmpty())
        return missing(QStringLiteral("info"));
    static const QStringList urgency = {QStringLiteral("Immediate"), QStringLiteral("Expected"), QStringLiteral("Future"),
                                        QStringLiteral("Past"), QStringLiteral("Unknown")};
    static const QStringList severity = {QStringLiteral("Extreme"), QStringLiteral("Severe"), QStringLiteral("Moderate"),
                                         QStringLiteral("Minor"), QStringLiteral("Unknown")};
    static const QStringList certainty = {QStringLiteral("Observed"), QStringLiteral("Likely"), QStringLiteral("Possible"),
                                          QStringLiteral("Unlikely"), QStringLiteral("Unknown"),
                                          QStringLiteral("Very Likely")};
    for (int i = 0; i < a.infos.size(); ++i) {
        const CapInfo &info = a.infos.at(i);
        const QString where = tr("info %1").arg(i + 1);
        if (info.categories.isEmpty())
            return fail(tr("%1: required element <category> is missing").arg(where));
        if (info.event.isEmpty())
            return fail(tr("%1: required element <event> is missing").arg(where));
        if (!urgency.contains(info.urgency))
            return fail(tr("%1: <urgency> '%2' is missing or not one of %3").arg(where, info.urgency, urgency.join(QLatin1String(", "))));
        if (!severity.contains(info.severity))
            return fail(tr("%1: <severity> '%2' is missing or not one of %3").arg(where, info.severity, severity.join(QLatin1String(", "))));
        if (!certainty.contains(info.certainty))
            return fail(tr("%1: <certainty> '%2' is missing or not one of %3").arg(where, info.certainty, certainty.join(QLatin1String(", "))));
    }
    return a;
}

QString CapAlert::kindOfEvent(const QString &event)
{
    const QString e = event.toLower();
    struct Key
    {
        const char *kind;
        QStringList words;
    };
    // Longer / more specific names first (道路结冰 before 冰雹 does not collide; 台风 before 大风).
    static const QList<Key> keys = {
        {"typhoon", {QStringLiteral("台风"), QStringLiteral("typhoon"), QStringLiteral("tropical cyclone")}},
        {"rainstorm", {QStringLiteral("暴雨"), QStringLiteral("rainstorm"), QStringLiteral("heavy rain")}},
        {"high_tide", {QStringLiteral("高潮位"), QStringLiteral("风暴潮"), QStringLiteral("high tide"), QStringLiteral("storm surge")}},
        {"road_icing", {QStringLiteral("道路结冰"), QStringLiteral("road icing"), QStringLiteral("icy road")}},
        {"thunder", {QStringLiteral("雷电"), QStringLiteral("雷暴"), QStringLiteral("thunder"), QStringLiteral("lightning")}},
        {"cold_wave", {QStringLiteral("寒潮"), QStringLiteral("cold wave")}},
        {"high_wind", {QStringLiteral("大风"), QStringLiteral("gale"), QStringLiteral("high wind"), QStringLiteral("strong wind")}},
        {"fog", {QStringLiteral("大雾"), QStringLiteral("fog")}},
        {"heat", {QStringLiteral("高温"), QStringLiteral("heat")}},
        {"hail", {QStringLiteral("冰雹"), QStringLiteral("hail")}},
        {"haze", {QStringLiteral("霾"), QStringLiteral("haze")}},
    };
    for (const Key &k : keys)
        for (const QString &w : k.words)
            if (e.contains(w))
                return QString::fromLatin1(k.kind);
    return {};
}

QString CapAlert::colourOfText(const QString &text)
{
    const QString t = text.toLower();
    static const QList<QPair<const char *, QStringList>> words = {
        {"red", {QStringLiteral("红色"), QStringLiteral("red")}},
        {"orange", {QStringLiteral("橙色"), QStringLiteral("orange")}},
        {"yellow", {QStringLiteral("黄色"), QStringLiteral("yellow")}},
        {"blue", {QStringLiteral("蓝色"), QStringLiteral("blue")}},
    };
    for (const auto &w : words)
        for (const QString &s : w.second)
            if (t.contains(s))
                return QString::fromLatin1(w.first);
    return {};
}

bool CapAlert::isNationalIdentifier(const QString &identifier)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{14})_(\\d{14})$"));
    const QRegularExpressionMatch m = re.match(identifier);
    if (!m.hasMatch())
        return false;
    const QDateTime t = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMddHHmmss"));
    return t.isValid() && t.toString(QStringLiteral("yyyyMMddHHmmss")) == m.captured(2);
}

QString CapImportOptions::defaultLanguage()
{
    const QLocale l;
    return l.language() == QLocale::Chinese || l.language() == QLocale::C ? QStringLiteral("zh") : QStringLiteral("en");
}

QList<CapAlert::Signal> CapAlert::signalList(QString *error, const QString &language) const
{
    QList<Signal> out;
    QList<CapInfo> ordered;
    // The interface language's block first, then Chinese, then the rest, in document order.
    auto rank = [&](const CapInfo &i) {
        if (!language.isEmpty() && i.language.startsWith(language, Qt::CaseInsensitive))
            return 0;
        return i.language.startsWith(QLatin1String("zh")) ? 1 : 2;
    };
    for (int r = 0; r < 3; ++r)
        for (const CapInfo &i : infos)
            if (rank(i) == r)
                ordered.append(i);
    QStringList unknown;
    for (const CapInfo &i : ordered) {
        QString kind = kindOfEvent(i.event);
        if (kind.isEmpty())
            kind = kindOfEvent(i.headline);
        if (kind.isEmpty()) {
            unknown.append(i.event);
            continue;
        }
        bool seen = false;
        for (const Signal &s : out)
            seen = seen || s.kind == kind;
        if (seen)
            continue;
        QString colour;
        for (const auto &p : i.parameters) {
            const QString n = p.first.toLower();
            if (n.contains(QLatin1String("colo")) || n.contains(QStringLiteral("颜色")) || n.contains(QStringLiteral("级别"))
                || n.contains(QLatin1String("level")))
                colour = colourOfText(p.second);
            if (!colour.isEmpty())
                break;
        }
        if (colour.isEmpty())
            colour = colourOfText(i.headline);
        if (colour.isEmpty())
            colour = colourOfText(i.event);
        if (colour.isEmpty()) {
            static const QHash<QString, QString> bySeverity = {{QStringLiteral("Extreme"), QStringLiteral("red")},
                                                               {QStringLiteral("Severe"), QStringLiteral("orange")},
                                                               {QStringLiteral("Moderate"), QStringLiteral("yellow")},
                                                               {QStringLiteral("Minor"), QStringLiteral("blue")}};
            colour = bySeverity.value(i.severity);
        }
        if (colour.isEmpty()) {
            if (error)
                *error = tr("alert %1: the colour of '%2' is neither in a parameter, the headline nor the severity")
                             .arg(identifier, i.event);
            return {};
        }
        out.append({kind, colour, i});
    }
    if (out.isEmpty() && error)
        *error = tr("alert %1: no event maps to a warning signal kind (%2)").arg(identifier, unknown.join(QLatin1String(", ")));
    return out;
}

QByteArray CapAlert::write(const QList<WarningSignal> &inForce, const QString &sender, const QDateTime &sent)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QString::fromLatin1(Namespace));
    w.writeStartElement(QStringLiteral("alert"));
    static const QRegularExpression nationalSender(QStringLiteral("^\\d{14}$"));
    const QString identifier =
        nationalSender.match(sender).hasMatch()
            ? QStringLiteral("%1_%2").arg(sender, sent.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                                                      .toString(QStringLiteral("yyyyMMddHHmmss")))
            : QStringLiteral("%1-%2").arg(sender, sent.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")));
    w.writeTextElement(QStringLiteral("identifier"), identifier);
    w.writeTextElement(QStringLiteral("sender"), sender);
    w.writeTextElement(QStringLiteral("sent"), capTimeText(sent));
    w.writeTextElement(QStringLiteral("status"), QStringLiteral("Actual"));
    w.writeTextElement(QStringLiteral("msgType"), QStringLiteral("Alert"));
    w.writeTextElement(QStringLiteral("scope"), QStringLiteral("Public"));
    static const QHash<QString, QString> severity = {{QStringLiteral("red"), QStringLiteral("Extreme")},
                                                     {QStringLiteral("orange"), QStringLiteral("Severe")},
                                                     {QStringLiteral("yellow"), QStringLiteral("Moderate")},
                                                     {QStringLiteral("blue"), QStringLiteral("Minor")}};
    for (const WarningSignal &s : inForce) {
        w.writeStartElement(QStringLiteral("info"));
        w.writeTextElement(QStringLiteral("language"), QStringLiteral("zh-CN"));
        w.writeTextElement(QStringLiteral("category"), QStringLiteral("Met"));
        w.writeTextElement(QStringLiteral("event"), WarningSignal::kindChinese(s.kind));
        w.writeTextElement(QStringLiteral("urgency"), QStringLiteral("Expected"));
        w.writeTextElement(QStringLiteral("severity"), severity.value(s.colour, QStringLiteral("Unknown")));
        w.writeTextElement(QStringLiteral("certainty"), QStringLiteral("Likely"));
        if (s.issuedAt.isValid())
            w.writeTextElement(QStringLiteral("effective"), capTimeText(s.issuedAt));
        if (s.liftedAt.isValid()) // in force until then: its expiry
            w.writeTextElement(QStringLiteral("expires"), capTimeText(s.liftedAt));
        // The issuing body; the sender when none was recorded (import reads it back as the issuer: stable).
        w.writeTextElement(QStringLiteral("senderName"), s.issuer.isEmpty() ? sender : s.issuer);
        w.writeTextElement(QStringLiteral("headline"),
                           WarningSignal::kindChinese(s.kind) + WarningSignal::colourChinese(s.colour) + QStringLiteral("预警"));
        if (!s.text.isEmpty())
            w.writeTextElement(QStringLiteral("description"), s.text);
        w.writeStartElement(QStringLiteral("parameter"));
        w.writeTextElement(QStringLiteral("valueName"), QStringLiteral("colour"));
        w.writeTextElement(QStringLiteral("value"), s.colour);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("area"));
        w.writeTextElement(QStringLiteral("areaDesc"), s.area.isEmpty() ? QStringLiteral("本区") : s.area);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace fc
