#include "app/core/district/gaugesdemo.h"

#include "app/core/store/store.h"

namespace fc::GaugesDemo {

bool seed(Store &store, QString *error)
{
    QList<RowChange> changes;
    for (const StoreRow &r : store.rows(QStringLiteral("sensors")).result()) {
        const QString id = r.values.value(QStringLiteral("id")).toString();
        const QString kind = r.values.value(QStringLiteral("kind")).toString();
        const QString n = id.right(2);
        QVariantMap v;
        if (kind == QLatin1String("tide")) {
            // Huangpu Park: 4.55 m is the high-tide warning level (DOMAIN.md); the others are sample values below
            // the 5.86 m design level.
            v = {{QStringLiteral("code"), QStringLiteral("63401200")}, {QStringLiteral("blue"), 4.55},
                 {QStringLiteral("yellow"), 4.80}, {QStringLiteral("orange"), 5.20}, {QStringLiteral("red"), 5.50},
                 {QStringLiteral("hysteresis"), 0.05}, {QStringLiteral("min_duration_s"), 600}};
        } else if (kind == QLatin1String("waterlogging")) {
            v = {{QStringLiteral("code"), QStringLiteral("JS3101%1").arg(n)}, {QStringLiteral("blue"), 10},
                 {QStringLiteral("yellow"), 15}, {QStringLiteral("orange"), 25}, {QStringLiteral("red"), 40},
                 {QStringLiteral("hysteresis"), 2}, {QStringLiteral("min_duration_s"), 300}};
        } else if (kind == QLatin1String("rain")) {
            // Rain gauges alarm on their 1 h / 6 h totals (rainstorm thresholds), not on one interval.
            v = {{QStringLiteral("code"), QStringLiteral("YL3101%1").arg(n)}};
        } else {
            continue;
        }
        changes.append({RowChange::Kind::Update, QStringLiteral("sensors"), r.fid, v});
    }
    if (changes.isEmpty())
        return true;
    const WriteResult w = store.apply(changes, QStringLiteral("demo sensor thresholds")).result();
    if (!w.ok && error)
        *error = w.error;
    return w.ok;
}

} // namespace fc::GaugesDemo
