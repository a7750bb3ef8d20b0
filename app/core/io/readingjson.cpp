#include "app/core/io/readingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace fc::ReadingJson {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fc::ReadingJson)
};
} // namespace

ReadingCsv::Result parse(const QByteArray &body, const QHash<QString, qint32> &lookup, int maxRejectsListed)
{
    ReadingCsv::Result parsed;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        parsed.error = Tr::tr("malformed JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return parsed;
    }
    if (!doc.isArray() && !doc.object().value(QStringLiteral("readings")).isArray()) {
        parsed.error = Tr::tr("JSON body must be an array of readings or {\"readings\": [...]}");
        return parsed;
    }
    const QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("readings")).toArray();
    parsed.ok = true;
    QHash<QString, int> qualities;
    for (int i = 0; i < items.size(); ++i) {
        ++parsed.rowsRead;
        const QJsonObject o = items[i].toObject();
        auto reject = [&](const QString &why) {
            ++parsed.rejected;
            if (parsed.rejects.size() < maxRejectsListed)
                parsed.rejects.append({i + 1, why});
        };
        const QJsonValue sv = o.value(QStringLiteral("sensor"));
        const QString sensor = sv.isDouble() ? QString::number(qint64(sv.toDouble())) : sv.toString();
        const qint32 fid = lookup.value(sensor, 0);
        if (!fid) {
            reject(Tr::tr("unknown sensor '%1'").arg(sensor.left(60)));
            continue;
        }
        const QByteArray t = o.value(QStringLiteral("time")).toString().toUtf8();
        Reading r;
        r.sensorFid = fid;
        QString why;
        if (!ReadingCsv::parseTime(t.constData(), t.size(), &r.atMs, &why)) {
            reject(Tr::tr("time '%1': %2").arg(QString::fromUtf8(t.left(60)), why));
            continue;
        }
        const QJsonValue v = o.value(QStringLiteral("value"));
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            reject(Tr::tr("value is not a number"));
            continue;
        }
        r.value = v.toDouble();
        const QString q = o.value(QStringLiteral("quality")).toString();
        if (!q.isEmpty()) {
            auto qi = qualities.constFind(q);
            if (qi == qualities.cend()) {
                qi = qualities.insert(q, int(parsed.batch.qualities.size()));
                parsed.batch.qualities.append(q);
            }
            r.quality = *qi;
        }
        parsed.batch.rows.push_back(r);
    }
    return parsed;
}

} // namespace fc::ReadingJson
