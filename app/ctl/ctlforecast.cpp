// floodctl whatif: the waterlogging forecast from the command line (the model on the operation's DEM and layers).
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"

#include "app/core/forecast/floodinputs.h"
#include "app/core/store/store.h"
#include "app/core/whatif/whatif.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace fc::ctl {

namespace {

std::atomic_bool g_cancel{false};

void onInterrupt(int)
{
    g_cancel.store(true);
}

const char whatifUsage[] =
    "usage: floodctl whatif DB (--rain MM --hours H | --profile FILE.csv) [--drain MM_PER_H] [--tide M]\n"
    "                       [--dem FILE.tif] [--cell M] [--until H] [--max] --out DEPTH.tif [--overwrite] [--json]\n"
    "                       [--threads N] [--start ISO8601] [--write-dem DEM.tif]\n"
    "  Forecasts waterlogging with a 2D local-inertial flood model: writes the depth at --until (or the maximum\n"
    "  depth, --max) as a GeoTIFF and prints each road's first time above 10 / 15 / 25 cm and its peak.\n"
    "  Without --dem the demo district's DEM is generated from its geometry. --profile: CSV with the columns\n"
    "  minutes,mm (rain in each interval, optionally per gauge: gauge,minutes,mm). --drain (per pumping station\n"
    "  catchment) defaults to the design standard, 36 mm/h; --tide defaults to the\n"
    "  latest tide reading (else 3.2 m). A DB without a district boundary with --dem: the DEM alone, its edge\n"
    "  closed, no drainage unless given. --write-dem: also the ground used (m; walls at crest height). Ctrl-C cancels\n"
    "  (no file written).";

bool positive(const Args &a, const char *opt, double min, double max, double *out, QString *error)
{
    if (!a.has(opt))
        return true;
    bool ok = false;
    const double v = a.value(opt).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        *error = QStringLiteral("%1 '%2': expected a number from %3 to %4").arg(QLatin1String(opt), a.value(opt)).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

QString localTime(const QDateTime &start, double s)
{
    return s < 0 ? QString() : start.addMSecs(qint64(s * 1000.0)).toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonValue minutesOrNull(double s)
{
    return s < 0 ? QJsonValue() : QJsonValue(std::round(s / 6.0) / 10.0);
}

} // namespace

int whatif(const QStringList &args)
{
    Args a;
    QString e;
    if (args.contains(QStringLiteral("--help"))) {
        out(QString::fromLatin1(whatifUsage));
        return 0;
    }
    if (!parse(args,
               {QStringLiteral("--rain"), QStringLiteral("--hours"), QStringLiteral("--profile"), QStringLiteral("--drain"),
                QStringLiteral("--tide"), QStringLiteral("--dem"), QStringLiteral("--cell"), QStringLiteral("--until"),
                QStringLiteral("--out"), QStringLiteral("--threads"), QStringLiteral("--start"),
                QStringLiteral("--write-dem")},
               {QStringLiteral("--max"), QStringLiteral("--json"), QStringLiteral("--overwrite")}, &a, &e)
        || a.pos.size() != 1 || !a.has("--out") || (a.has("--profile") == (a.has("--rain") || a.has("--hours")))
        || (a.has("--rain") != a.has("--hours"))) {
        err(e.isEmpty() ? QString::fromLatin1(whatifUsage) : e);
        return 2;
    }
    whatif::Options o;
    double v = 0;
    if (!positive(a, "--rain", 0.1, 1000, &o.rainMm, &e) || !positive(a, "--hours", 0.1, 72, &o.rainHours, &e)
        || !positive(a, "--cell", 1, 200, &o.cellM, &e) || !positive(a, "--until", 0.1, 96, &o.untilH, &e)) {
        err(QStringLiteral("floodctl whatif: ") + e);
        return 2;
    }
    if (a.has("--drain")) {
        if (!positive(a, "--drain", 0, 500, &v, &e)) {
            err(QStringLiteral("floodctl whatif: ") + e);
            return 2;
        }
        o.drainMmH = v;
    }
    if (a.has("--tide")) {
        if (!positive(a, "--tide", -10, 20, &v, &e)) {
            err(QStringLiteral("floodctl whatif: ") + e);
            return 2;
        }
        o.tide = v;
    }
    if (a.has("--threads")) {
        if (!positive(a, "--threads", 1, 64, &v, &e)) {
            err(QStringLiteral("floodctl whatif: ") + e);
            return 2;
        }
        o.threads = int(v);
    }
    if (a.has("--start")) {
        o.start = QDateTime::fromString(a.value("--start"), Qt::ISODate);
        if (!o.start.isValid()) {
            err(QStringLiteral("floodctl whatif: --start '%1' is not ISO 8601").arg(a.value("--start")));
            return 2;
        }
    }
    if (a.has("--profile")) {
        QFile f(a.value("--profile"));
        if (!f.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("floodctl whatif: %1: %2").arg(f.fileName(), f.errorString()));
            return 2;
        }
        o.profileName = f.fileName();
        o.profileCsv = f.readAll();
    }
    o.demPath = a.value("--dem");
    const QString outPath = a.value("--out");
    if (QFile::exists(outPath) && !a.has("--overwrite")) {
        err(QStringLiteral("floodctl whatif: %1 exists (give --overwrite to replace it)").arg(outPath));
        return 1;
    }
    auto store = Store::openReadOnly(a.pos[0], &e);
    if (!store) {
        err(QStringLiteral("floodctl whatif: ") + e);
        return 1;
    }
    const whatif::Layers layers = whatif::readLayers(*store, &e);
    if (!e.isEmpty()) {
        err(QStringLiteral("floodctl whatif: ") + e);
        return 1;
    }
    if (!o.tide)
        o.tide = whatif::latestTide(*store);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    int lastPct = -1;
    const whatif::Result r = whatif::run(layers, o, &g_cancel, [&](double f) {
        const int pct = int(f * 100);
        if (pct / 10 != lastPct / 10) {
            lastPct = pct;
            std::fprintf(stderr, "floodctl whatif: %d %%\n", pct);
        }
    });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!r.ok) {
        err(QStringLiteral("floodctl whatif: ") + r.error);
        return 1;
    }
    if (!flood::writeGeoTiff(outPath, r.geo, a.has("--max") ? r.maxDepth : r.finalDepth, r.mask, a.has("--overwrite"), &e)) {
        err(QStringLiteral("floodctl whatif: ") + e);
        return 1;
    }
    if (a.has("--write-dem")) {
        if (!flood::writeGeoTiff(a.value("--write-dem"), r.geo, r.ground, {}, a.has("--overwrite"), &e)) {
            err(QStringLiteral("floodctl whatif: ") + e);
            return 1;
        }
    }
    const flood::Balance &b = r.balance;
    const double rel = b.rain > 0 ? b.error() / b.rain : 0.0;
    std::size_t cells = 0;
    for (std::uint8_t m : r.mask)
        cells += m;
    if (a.has("--json")) {
        QJsonArray roads;
        for (const whatif::RoadForecast &rf : r.roads)
            roads.append(QJsonObject{{QStringLiteral("id"), rf.id},
                                     {QStringLiteral("name"), rf.name},
                                     {QStringLiteral("over_10cm_min"), minutesOrNull(rf.onsetS[0])},
                                     {QStringLiteral("over_15cm_min"), minutesOrNull(rf.onsetS[1])},
                                     {QStringLiteral("over_25cm_min"), minutesOrNull(rf.onsetS[2])},
                                     {QStringLiteral("over_15cm_at"), rf.onsetS[1] < 0 ? QJsonValue() : QJsonValue(localTime(r.start, rf.onsetS[1]))},
                                     {QStringLiteral("peak_cm"), std::round(rf.peakM * 1000.0) / 10.0},
                                     {QStringLiteral("peak_min"), minutesOrNull(rf.peakAtS)},
                                     {QStringLiteral("peak_at"), localTime(r.start, rf.peakAtS)}});
        QJsonObject o2{{QStringLiteral("forecast"), true},
                       {QStringLiteral("start"), r.start.toString(Qt::ISODate)},
                       {QStringLiteral("until_h"), r.untilS / 3600.0},
                       {QStringLiteral("rain_mm"), r.rainMm},
                       {QStringLiteral("drain_mm_h"), r.drainMmH},
                       {QStringLiteral("tide_m"), r.tideM},
                       {QStringLiteral("dem"), r.demSource},
                       {QStringLiteral("cell_m"), o.cellM},
                       {QStringLiteral("cells"), double(cells)},
                       {QStringLiteral("steps"), double(r.steps)},
                       {QStringLiteral("threads"), r.threads},
                       {QStringLiteral("seconds"), r.wallSeconds},
                       {QStringLiteral("output"), outPath},
                       {QStringLiteral("output_is_max"), a.has("--max")},
                       {QStringLiteral("balance_m3"),
                        QJsonObject{{QStringLiteral("rain"), b.rain}, {QStringLiteral("drained"), b.drained},
                                    {QStringLiteral("pumped"), b.pumped}, {QStringLiteral("outflow"), b.outflow},
                                    {QStringLiteral("river_exchange"), b.boundaryIn},
                                    {QStringLiteral("stored_start"), b.storedStart}, {QStringLiteral("stored"), b.stored},
                                    {QStringLiteral("residual_of_rain"), rel}}},
                       {QStringLiteral("roads"), roads}};
        out(QString::fromUtf8(QJsonDocument(o2).toJson(QJsonDocument::Compact)));
    } else {
        out(QStringLiteral("forecast from %1: %2 mm of rain, drainage %3 mm/h, river %4 m, %5 h simulated on %6 cells of %7 m (%8)")
                .arg(r.start.toString(QStringLiteral("yyyy-MM-dd HH:mm t")))
                .arg(r.rainMm, 0, 'f', 1)
                .arg(r.drainMmH, 0, 'f', 0)
                .arg(r.tideM, 0, 'f', 2)
                .arg(r.untilS / 3600.0, 0, 'f', 1)
                .arg(cells)
                .arg(o.cellM)
                .arg(r.demSource));
        out(QStringLiteral("%1 steps on %2 threads in %3 s; mass balance residual %4 % of the rain")
                .arg(r.steps)
                .arg(r.threads)
                .arg(r.wallSeconds, 0, 'f', 1)
                .arg(rel * 100, 0, 'g', 2));
        int over15 = 0;
        for (const whatif::RoadForecast &rf : r.roads)
            over15 += rf.onsetS[1] >= 0;
        out(QStringLiteral("%1 road segments above 10 cm, %2 above 15 cm (forecast)").arg(r.roads.size()).arg(over15));
        for (const whatif::RoadForecast &rf : r.roads) {
            if (rf.onsetS[1] < 0)
                continue;
            out(QStringLiteral("  %1 %2: over 15 cm from %3, peak %4 cm at %5")
                    .arg(rf.id, rf.name, localTime(r.start, rf.onsetS[1]))
                    .arg(rf.peakM * 100, 0, 'f', 0)
                    .arg(localTime(r.start, rf.peakAtS)));
        }
        out(QStringLiteral("%1 written (%2 depth, m)").arg(outPath, a.has("--max") ? QStringLiteral("maximum") : QStringLiteral("final")));
    }
    return 0;
}

} // namespace fc::ctl
