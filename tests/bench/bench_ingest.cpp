// Ingest benchmark (issue 11; not a test): N readings (default 10,000,000 = 100 sensors x 100,000 five-minute
// intervals, about a year) through ReadingIngest (CSV parse, sort, threshold/rain/freeboard evaluation, one
// transaction through Store::appendReadings with the UNIQUE index) against the sqlite3 CLI `.import` of the same
// CSV into a plain table, in the same run. Prints the times, the ratio and the peak RSS of each side.
//   bench_ingest [--sensors 100] [--intervals 100000] [--dir /tmp/fc-bench-ingest]
#include "app/core/readingingest.h"
#include "app/core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

using namespace fc;

namespace {

double cpuS(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long maxRssKb(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int sensors = 100;
    qint64 intervals = 100000;
    QString dir = QStringLiteral("/tmp/fc-bench-ingest");
    const QStringList a = app.arguments();
    for (int i = 1; i + 1 < a.size(); i += 2) {
        if (a[i] == QLatin1String("--sensors"))
            sensors = a[i + 1].toInt();
        else if (a[i] == QLatin1String("--intervals"))
            intervals = a[i + 1].toLongLong();
        else if (a[i] == QLatin1String("--dir"))
            dir = a[i + 1];
    }
    QDir().mkpath(dir);
    const QString csv = QDir(dir).filePath(QStringLiteral("readings_%1x%2.csv").arg(sensors).arg(intervals));
    const qint64 n = qint64(sensors) * intervals;
    const qint64 t0 = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    if (!QFile::exists(csv)) {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        f.write("sensor,time,value\n");
        QByteArray line;
        for (qint64 k = 0; k < intervals; ++k) {
            const QByteArray t = QDateTime::fromMSecsSinceEpoch(t0 + k * 300000, Qt::UTC).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate).toLatin1();
            for (int s = 0; s < sensors; ++s) {
                // Rain gauges (s % 4 == 0) mostly dry with storms; tide (s == 1) semi-diurnal; depths otherwise.
                double v;
                if (s == 1)
                    v = 2.6 + 1.5 * std::cos(2 * M_PI * double(k) / 149.0) + 0.6 * std::sin(double(k) / 5000.0);
                else if (s % 4 == 0)
                    v = (k % 2000) < 60 ? 3.0 + double((k * 7 + s) % 50) / 10.0 : 0.0;
                else
                    v = std::max(0.0, 20 * std::sin(double(k + s * 97) / 400.0) + double((k + s) % 7));
                line = "B-" + QByteArray::number(s) + ',' + t + ',' + QByteArray::number(v, 'f', 2) + '\n';
                f.write(line);
            }
        }
    }
    std::printf("readings: %lld (%d sensors x %lld intervals), CSV %.0f MB\n", n, sensors, intervals,
                double(QFileInfo(csv).size()) / 1e6);

    // sqlite3 CLI baseline: plain table, no index, one process.
    const QString base = QDir(dir).filePath(QStringLiteral("baseline.db"));
    QFile::remove(base);
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {base});
    p.waitForStarted();
    p.write(QStringLiteral("CREATE TABLE r(sensor TEXT, time TEXT, value REAL);\n.mode csv\n.import --skip 1 %1 r\n")
                .arg(csv)
                .toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double sqliteS = double(timer.nsecsElapsed()) / 1e9;
    const long sqliteRss = maxRssKb(RUSAGE_CHILDREN);
    const double sqliteCpu = cpuS(RUSAGE_CHILDREN);
    std::printf("sqlite3 .import: %.2f s (CPU %.2f s, exit %d), peak RSS %.0f MB\n", sqliteS, sqliteCpu, p.exitCode(),
                double(sqliteRss) / 1024);

    // FloodCommand: an empty store with the sensors, 20 wall segments; ingest with evaluation.
    const QString db = QDir(dir).filePath(QStringLiteral("store.gpkg"));
    for (const char *sfx : {"", "-wal", "-shm"})
        QFile::remove(db + QLatin1String(sfx));
    QString e;
    auto store = Store::create(db, false, &e);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    QList<RowChange> setup;
    for (int s = 0; s < sensors; ++s) {
        const QString kind = s == 1 ? QStringLiteral("tide") : s % 4 == 0 ? QStringLiteral("rain") : QStringLiteral("waterlogging");
        QVariantMap v{{QStringLiteral("id"), QStringLiteral("B-%1").arg(s)},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("road_id"), QStringLiteral("R-%1").arg(s)},
                      {QStringLiteral("geom"), QStringLiteral("POINT(121.48 31.22)")}};
        if (s == 1)
            v.insert({{QStringLiteral("blue"), 4.55}, {QStringLiteral("yellow"), 4.8}, {QStringLiteral("orange"), 5.2},
                      {QStringLiteral("red"), 5.5}, {QStringLiteral("hysteresis"), 0.05}, {QStringLiteral("min_duration_s"), 600}});
        else if (s % 4 != 0)
            v.insert({{QStringLiteral("blue"), 10}, {QStringLiteral("yellow"), 15}, {QStringLiteral("orange"), 25},
                      {QStringLiteral("red"), 40}, {QStringLiteral("hysteresis"), 2}, {QStringLiteral("min_duration_s"), 300}});
        setup.append({RowChange::Kind::Insert, QStringLiteral("sensors"), 0, v});
    }
    for (int w = 0; w < 20; ++w)
        setup.append({RowChange::Kind::Insert, QStringLiteral("flood_walls"), 0,
                      {{QStringLiteral("name"), QStringLiteral("W%1").arg(w)}, {QStringLiteral("crest_m"), 5.2 + 0.1 * w},
                       {QStringLiteral("geom"), QStringLiteral("LINESTRING(121.49 31.2, 121.49 31.21)")}}});
    if (!store->apply(setup).result().ok)
        return 1;
    const long rssBefore = maxRssKb(RUSAGE_SELF);
    const double cpu0 = cpuS(RUSAGE_SELF);
    timer.restart();
    ReadingIngest ingest(*store, true);
    ingest.load(&e);
    // Same work as ingestFile, in two timed steps.
    ReadingCsv::Result parsed = ReadingCsv::parseFile(csv, ingest.sensorLookup());
    const double parseS = double(timer.nsecsElapsed()) / 1e9;
    const ReadingIngest::Summary s = ingest.ingestBatch(std::move(parsed.batch), csv);
    const double storeS = double(timer.nsecsElapsed()) / 1e9 - parseS;
    store.reset(); // close: checkpoints the WAL into the file, like the CLI's own close
    const double fcS = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  parse %.2f s, evaluate + store %.2f s, close %.2f s; CPU time of this process so far %.2f s\n", parseS,
                storeS, fcS - parseS - storeS, [] {
                    rusage u{};
                    getrusage(RUSAGE_SELF, &u);
                    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
                }());
    std::printf("floodctl ingest (parse, evaluate, store): %.2f s: %s\n", fcS, qPrintable(s.toText().section(QLatin1Char('\n'), 0, 0)));
    std::printf("peak RSS of this process: %.0f MB (before ingest %.0f MB)\n", double(maxRssKb(RUSAGE_SELF)) / 1024,
                double(rssBefore) / 1024);
    const double fcCpu = cpuS(RUSAGE_SELF) - cpu0;
    std::printf("ratio floodctl / sqlite3 .import: wall %.2f (%.0f vs %.0f readings/s), CPU %.2f (%.2f s vs %.2f s)\n",
                fcS / sqliteS, double(n) / fcS, double(n) / sqliteS, fcCpu / sqliteCpu, fcCpu, sqliteCpu);
    return s.ok ? 0 : 1;
}
