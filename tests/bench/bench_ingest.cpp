// Ingest benchmark(not a test): N readings (default 10,000,000 = 100 sensors x 100,000 five-minute
// intervals, about a year) through ReadingIngest (CSV parse, sort, threshold/rain/freeboard evaluation, one
// transaction through Store::appendReadings with the UNIQUE index) against the sqlite3 CLI `.import` of the same
// CSV into a plain table, in the same run. Prints the times, the ratio and the peak RSS of each side. With --server
// (an empty database for the store) and --plain (a database for the baseline table) also the same ingest into a
// PostgreSQL store against `psql \copy` of the CSV into a plain table on the same server (tests/bench/
// run_ingest_server.sh starts a throwaway server and passes both).
//   bench_ingest [--sensors 100] [--intervals 100000] [--dir /tmp/fc-bench-ingest] [--server URI --plain URI]
#include "app/core/io/readingingest.h"
#include "app/core/store/store.h"

#include <QCoreApplication>
#include <limits>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>
#include <malloc.h>
#include <unistd.h>

using namespace fc;

namespace {

double cpuS(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// A child process's own peak RSS: through GNU time when present (a child forked from this process would count this
// process's pages until it execs). Starts `program` in `p`; peakKb() reads the figure after it finished.
struct Measured
{
    QString rssFile = QDir::temp().filePath(QStringLiteral("fc-bench-ingest-rss-%1").arg(QCoreApplication::applicationPid()));
    void start(QProcess &p, const QString &program, const QStringList &args)
    {
        QFile::remove(rssFile);
        if (QFile::exists(QStringLiteral("/usr/bin/time")))
            p.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssFile, program} + args);
        else
            p.start(program, args);
    }
    double peakMb() const
    {
        QFile f(rssFile);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return f.readAll().trimmed().split('\n').last().toDouble() / 1024;
    }
};

// Peak resident memory of this process since the last resetPeakRss() (Linux VmHWM).
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith("VmHWM:"))
            return l.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// CPU seconds of every PostgreSQL server process on this machine, with the ended ones their parent collected.
// CPU seconds of one PostgreSQL server: its postmaster (which collects ended sessions' time) and every process it
// started (sessions, checkpointer, WAL writer, autovacuum). Other servers on the shared machine are not counted.
double serverCpuS(qint64 postmaster)
{
    const double tick = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (!pid.front().isDigit())
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray st = f.readAll();
        const qsizetype close = st.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = st.mid(close + 2).split(' '); // fields from 3 (state) on
        // ppid 4, utime 14, stime 15, cutime 16, cstime 17 (1-based) -> 1, 11..14 here
        if (pid.toLongLong() != postmaster && (fields.size() < 15 || fields[1].toLongLong() != postmaster))
            continue;
        for (int k = 11; k <= 14; ++k)
            total += fields[k].toDouble() / tick;
    }
    return total;
}

// The postmaster of the server `uri` points at (the parent of its checkpointer, which lives as long as it does).
qint64 postmasterOf(const QString &uri)
{
    QProcess p;
    p.start(QStringLiteral("psql"), {uri, QStringLiteral("-Atc"), QStringLiteral("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")});
    p.waitForFinished(-1);
    QFile f(QStringLiteral("/proc/%1/stat").arg(p.readAllStandardOutput().trimmed().toLongLong()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray st = f.readAll();
    return st.mid(st.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
}

// The sensors and flood walls of the benchmark, written into a new store.
bool setUp(Store &store, int sensors)
{
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
    return store.apply(setup).result().ok;
}

// What one side stored, to check both sides stored the same readings (outside the timed part): how many, the
// sum of the values, the sum of value x sensor number (B-k: a reading under the wrong sensor changes it), the first
// and last time.
struct Digest
{
    qint64 n = 0;
    double sum = 0, weighted = 0;
    qint64 first = 0, last = 0;

    bool sameAs(const Digest &o) const
    {
        auto close = [](double a, double b) { return std::abs(a - b) <= 1e-8 * std::max(1.0, std::abs(a)); };
        return n == o.n && close(sum, o.sum) && close(weighted, o.weighted) && first == o.first && last == o.last;
    }
    QString text() const
    {
        return QStringLiteral("%1 readings, sum %2, weighted %3, %4 .. %5")
            .arg(n)
            .arg(sum, 0, 'f', 2)
            .arg(weighted, 0, 'f', 2)
            .arg(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC).toString(Qt::ISODate),
                 QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).toString(Qt::ISODate));
    }
};

// The readings of a store as every panel reads them (Store::readings).
Digest storeDigest(const QString &location)
{
    Digest d;
    QString e;
    auto store = Store::openReadOnly(location, &e);
    if (!store && Store::isServer(location))
        store = Store::open(location, &e);
    if (!store) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(location), qPrintable(e));
        return d;
    }
    QHash<qint64, int> number;
    for (const StoreRow &r : store->rows(QStringLiteral("sensors")).result())
        number.insert(r.fid, r.values.value(QStringLiteral("id")).toString().mid(2).toInt());
    const ReadingBatch b = store->readings({}).result();
    d.n = qint64(b.rows.size());
    d.first = std::numeric_limits<qint64>::max();
    d.last = std::numeric_limits<qint64>::min();
    long double sum = 0, weighted = 0;
    for (const Reading &r : b.rows) {
        sum += r.value;
        weighted += static_cast<long double>(r.value) * number.value(r.sensorFid);
        d.first = std::min(d.first, r.atMs);
        d.last = std::max(d.last, r.atMs);
    }
    d.sum = double(sum);
    d.weighted = double(weighted);
    store.reset();
    malloc_trim(0); // the ten million readings read back are not counted in the next measurement's peak RSS
    return d;
}

// The same of the baseline's plain table (sensor 'B-k', time ISO text with offset, value), through its own CLI.
Digest baselineDigest(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split('|');
    Digest d;
    if (f.size() < 5) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return d;
    }
    d.n = f[0].toLongLong();
    d.sum = f[1].toDouble();
    d.weighted = f[2].toDouble();
    d.first = QDateTime::fromString(QString::fromLatin1(f[3]), Qt::ISODate).toMSecsSinceEpoch();
    d.last = QDateTime::fromString(QString::fromLatin1(f[4]), Qt::ISODate).toMSecsSinceEpoch();
    return d;
}

bool reportSame(const char *what, const Digest &ours, const Digest &theirs)
{
    const bool same = ours.sameAs(theirs);
    std::printf("%s: same readings stored on both sides: %s (ours: %s; baseline: %s)\n", what, same ? "yes" : "NO",
                qPrintable(ours.text()), qPrintable(theirs.text()));
    return same;
}

// psql \copy into a plain table against our ingest into a PostgreSQL store, on the same server.
bool serverRun(const QString &server, const QString &plain, const QString &csv, int sensors, qint64 n)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"), {plain, QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                        QStringLiteral("-c"), QStringLiteral("DROP TABLE IF EXISTS plain_readings"),
                                        QStringLiteral("-c"),
                                        QStringLiteral("CREATE TABLE plain_readings (sensor text, time text, value double precision)")});
    psql.waitForFinished(-1);
    if (psql.exitCode() != 0) {
        std::fprintf(stderr, "psql: %s\n", psql.readAllStandardError().constData());
        return false;
    }
    const double childCpu0 = cpuS(RUSAGE_CHILDREN);
    const qint64 postmaster = postmasterOf(plain);
    double server0 = serverCpuS(postmaster);
    QElapsedTimer timer;
    timer.start();
    Measured psqlRss;
    psqlRss.start(psql, QStringLiteral("psql"),
                  {plain, QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                   QStringLiteral("\\copy plain_readings FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv)});
    psql.waitForFinished(-1);
    const double psqlS = double(timer.nsecsElapsed()) / 1e9;
    const double psqlCpu = cpuS(RUSAGE_CHILDREN) - childCpu0;
    QThread::msleep(500); // the server collects the ended session's process (its CPU time moves to the parent)
    const double psqlServerCpu = serverCpuS(postmaster) - server0;
    if (psql.exitCode() != 0) {
        std::fprintf(stderr, "psql \\copy: %s\n", psql.readAllStandardError().constData());
        return false;
    }
    std::printf("psql \\copy: %.2f s, CPU psql %.2f s + server %.2f s, peak RSS of psql %.0f MB\n", psqlS, psqlCpu,
                psqlServerCpu, psqlRss.peakMb());
    // The plain table's autovacuum (ten million fresh rows) would otherwise run in our window below: done here,
    // outside both measurements.
    psql.start(QStringLiteral("psql"), {plain, QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("VACUUM ANALYZE plain_readings")});
    psql.waitForFinished(-1);

    QString e;
    auto store = Store::create(server, &e);
    if (!store || !setUp(*store, sensors)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(server), qPrintable(e));
        return false;
    }
    resetPeakRss();
    const double rssBefore = peakRssMb();
    const double cpu0 = cpuS(RUSAGE_SELF);
    server0 = serverCpuS(postmaster);
    timer.restart();
    ReadingIngest ingest(*store, true);
    ingest.load(&e);
    const ReadingIngest::Summary s = ingest.ingestFile(csv);
    store.reset();
    const double fcS = double(timer.nsecsElapsed()) / 1e9;
    const double fcCpu = cpuS(RUSAGE_SELF) - cpu0;
    QThread::msleep(500);
    const double fcServerCpu = serverCpuS(postmaster) - server0;
    std::printf("floodctl ingest into the server store: %.2f s, CPU client %.2f s + server %.2f s: %s\n", fcS, fcCpu,
                fcServerCpu, qPrintable(s.toText().section(QLatin1Char('\n'), 0, 0)));
    std::printf("PostgreSQL: ratio floodctl / psql \\copy: wall %.2f (%.0f vs %.0f readings/s), CPU (client + server) %.2f "
                "(%.2f s vs %.2f s); peak RSS of the client %.0f MB (before %.0f MB) vs psql %.0f MB\n",
                fcS / psqlS, double(n) / fcS, double(n) / psqlS, (fcCpu + fcServerCpu) / (psqlCpu + psqlServerCpu),
                fcCpu + fcServerCpu, psqlCpu + psqlServerCpu, peakRssMb(), rssBefore, psqlRss.peakMb());
    // Times sort as text here (one offset, fixed width), so min/max are the first and last.
    const Digest theirs = baselineDigest(QStringLiteral("psql"), {plain, QStringLiteral("-At"), QStringLiteral("-c"),
                                                                  QStringLiteral("SELECT count(*), sum(value), sum(value * substr(sensor, 3)::int), "
                                                                                 "min(time), max(time) FROM plain_readings")});
    return s.ok && reportSame("PostgreSQL", storeDigest(server), theirs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int sensors = 100;
    qint64 intervals = 100000;
    QString dir = QStringLiteral("/tmp/fc-bench-ingest");
    QString server, plain;
    const QStringList a = app.arguments();
    for (int i = 1; i + 1 < a.size(); i += 2) {
        if (a[i] == QLatin1String("--sensors"))
            sensors = a[i + 1].toInt();
        else if (a[i] == QLatin1String("--intervals"))
            intervals = a[i + 1].toLongLong();
        else if (a[i] == QLatin1String("--dir"))
            dir = a[i + 1];
        else if (a[i] == QLatin1String("--server"))
            server = a[i + 1];
        else if (a[i] == QLatin1String("--plain"))
            plain = a[i + 1];
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
    std::printf("load average: %s", [] {
        QFile f(QStringLiteral("/proc/loadavg"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }().constData());
    std::printf("readings: %lld (%d sensors x %lld intervals), CSV %.0f MB\n", n, sensors, intervals,
                double(QFileInfo(csv).size()) / 1e6);

    // sqlite3 CLI baseline: plain table, no index, one process.
    const QString base = QDir(dir).filePath(QStringLiteral("baseline.db"));
    QFile::remove(base);
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    Measured sqliteMeasure;
    sqliteMeasure.start(p, QStringLiteral("sqlite3"), {base});
    p.waitForStarted();
    p.write(QStringLiteral("CREATE TABLE r(sensor TEXT, time TEXT, value REAL);\n.mode csv\n.import --skip 1 %1 r\n")
                .arg(csv)
                .toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double sqliteS = double(timer.nsecsElapsed()) / 1e9;
    const double sqliteRss = sqliteMeasure.peakMb();
    const double sqliteCpu = cpuS(RUSAGE_CHILDREN);
    std::printf("sqlite3 .import: %.2f s (CPU %.2f s, exit %d), peak RSS %.0f MB\n", sqliteS, sqliteCpu, p.exitCode(),
                sqliteRss);

    // FloodCommand: an empty store with the sensors, 20 wall segments; ingest with evaluation.
    const QString db = QDir(dir).filePath(QStringLiteral("store.gpkg"));
    for (const char *sfx : {"", "-wal", "-shm"})
        QFile::remove(db + QLatin1String(sfx));
    QString e;
    auto store = Store::create(db, &e);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    if (!setUp(*store, sensors))
        return 1;
    resetPeakRss();
    const double rssBefore = peakRssMb();
    const double cpu0 = cpuS(RUSAGE_SELF);
    timer.restart();
    ReadingIngest ingest(*store, true);
    ingest.load(&e);
    // What `floodctl ingest` does: the file streamed in chunks (parse, sort per chunk, evaluate, store), one transaction.
    const ReadingIngest::Summary s = ingest.ingestFile(csv);
    const double storeS = double(timer.nsecsElapsed()) / 1e9;
    store.reset(); // close: checkpoints the WAL into the file, like the CLI's own close
    const double fcS = double(timer.nsecsElapsed()) / 1e9;
    const double fcCpu = cpuS(RUSAGE_SELF) - cpu0;
    std::printf("floodctl ingest (parse, evaluate, store): %.2f s (close %.2f s), CPU %.2f s: %s\n", fcS, fcS - storeS,
                fcCpu, qPrintable(s.toText().section(QLatin1Char('\n'), 0, 0)));
    const double fcRss = peakRssMb();
    std::printf("peak RSS of this process: %.0f MB (before ingest %.0f MB)\n", fcRss, rssBefore);
    std::printf("GeoPackage: ratio floodctl / sqlite3 .import: wall %.2f (%.0f vs %.0f readings/s), CPU %.2f (%.2f s vs %.2f s); "
                "peak RSS %.0f MB vs %.0f MB\n",
                fcS / sqliteS, double(n) / fcS, double(n) / sqliteS, fcCpu / sqliteCpu, fcCpu, sqliteCpu,
                fcRss, sqliteRss);
    if (!s.ok)
        return 1;
    const Digest theirs = baselineDigest(QStringLiteral("sqlite3"), {base, QStringLiteral("SELECT count(*), sum(value), "
                                                                                         "sum(value * CAST(substr(sensor, 3) AS INTEGER)), min(time), max(time) FROM r")});
    if (!reportSame("GeoPackage", storeDigest(db), theirs))
        return 1;
    if (!server.isEmpty() && !serverRun(server, plain.isEmpty() ? server : plain, csv, sensors, n))
        return 1;
    return 0;
}
