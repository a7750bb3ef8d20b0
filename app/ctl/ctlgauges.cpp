// floodctl ingest / replay-scenario / replay / readings: sensor readings, alarms and the storm replay from the
// command line.
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"

#include "app/core/base/outputfile.h"
#include "app/core/io/readingcsv.h"
#include "app/core/io/readingingest.h"
#include "app/core/live/replayscenario.h"
#include "app/core/store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <cstdio>
#include <tuple>

namespace fc::ctl {

namespace {

// A command that only reads: a store file opens read-only (a copy on read-only media works, nothing can change
// it); one that would need migrating first is opened as usual. Null after saying why.
std::unique_ptr<Store> openForReading(const QString &db, const QString &command)
{
    QString e;
    auto store = Store::isServer(db) ? nullptr : Store::openReadOnly(db, &e);
    if (!store)
        store = Store::open(db, &e);
    if (!store)
        err(QStringLiteral("floodctl %1: %2").arg(command, e));
    return store;
}

} // namespace

int ingest(const QStringList &args)
{
    QStringList files;
    QString user;
    bool evaluate = true;
    bool corrections = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--user") && i + 1 < args.size())
            user = args[++i];
        else if (args[i] == QLatin1String("--no-alarms"))
            evaluate = false;
        else if (args[i] == QLatin1String("--corrections"))
            corrections = true;
        else if (args[i].startsWith(QLatin1String("--"))) {
            err(QStringLiteral("floodctl ingest: unknown option %1").arg(args[i]));
            return 2;
        } else
            files.append(args[i]);
    }
    if (files.size() < 2) {
        err(QStringLiteral("usage: floodctl ingest DB FILE.csv... [--user NAME] [--no-alarms] [--corrections]\n"
                           "  Columns: sensor (fid, id or code), ISO 8601 time with offset, value[, quality];\n"
                           "  header names such as sensor/time/value or 站点编号/时间/数值; a BOM is fine.\n"
                           "  One transaction per file: the good rows and the alarms they raise, or nothing.\n"
                           "  Exit 0: all rows stored or duplicates; 1: some rows rejected or a file failed;\n"
                           "  3: some readings conflict with stored ones (same sensor and time, another value).\n"
                           "  --corrections: such readings replace the stored values instead (audited with both)."));
        return 2;
    }
    QString e;
    auto store = Store::open(files.takeFirst(), &e);
    if (!store) {
        err(QStringLiteral("floodctl ingest: ") + e);
        return 1;
    }
    if (!user.isEmpty())
        store->setUser(user);
    ReadingIngest ingest(*store, evaluate);
    ingest.setCorrections(corrections);
    if (!ingest.load(&e)) {
        err(QStringLiteral("floodctl ingest: ") + e);
        return 1;
    }
    int rc = 0;
    qint64 read = 0, stored = 0, dup = 0, rej = 0, conflicts = 0, corrected = 0;
    for (const QString &f : files) {
        const ReadingIngest::Summary s = ingest.ingestFile(f);
        out(s.toText());
        read += s.rowsRead;
        stored += s.stored;
        dup += s.duplicates;
        rej += s.rejected;
        conflicts += s.conflicts;
        corrected += s.corrected;
        if (!s.ok || s.rejected > 0)
            rc = 1;
        else if (s.conflicts > 0 && rc == 0)
            rc = 3;
    }
    if (files.size() > 1)
        out(QStringLiteral("total: %1 rows read, %2 stored, %3 duplicates, %4 conflicts, %5 corrected, %6 rejected")
                .arg(read).arg(stored).arg(dup).arg(conflicts).arg(corrected).arg(rej));
    return rc;
}

int replayScenario(const QStringList &args)
{
    if (args.size() != 1) {
        err(QStringLiteral("usage: floodctl replay-scenario DB\n"
                           "  Writes the Typhoon Bebinca (2024) replay into the store: signals and response levels\n"
                           "  from DOMAIN.md and illustrative gauge series for the demo district's sensors."));
        return 2;
    }
    QString e;
    auto store = Store::open(args[0], &e);
    if (!store) {
        err(QStringLiteral("floodctl replay-scenario: ") + e);
        return 1;
    }
    ReplayScenario::Summary s;
    if (!ReplayScenario::writeBebinca(*store, &s, &e)) {
        err(QStringLiteral("floodctl replay-scenario: ") + e);
        return 1;
    }
    out(s.toText());
    return 0;
}

int replay(const QStringList &args)
{
    QString db, at;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--at") && i + 1 < args.size())
            at = args[++i];
        else if (args[i] == QLatin1String("--json"))
            json = true;
        else if (db.isEmpty() && !args[i].startsWith(QLatin1String("--")))
            db = args[i];
        else {
            err(QStringLiteral("floodctl replay: unexpected argument %1").arg(args[i]));
            return 2;
        }
    }
    qint64 ms = 0;
    QString why;
    const QByteArray a = at.toUtf8();
    if (db.isEmpty() || at.isEmpty()) {
        err(QStringLiteral("usage: floodctl replay DB --at ISO8601 [--json]   (e.g. --at 2024-09-16T07:30:00+08:00)"));
        return 2;
    }
    if (!ReadingCsv::parseTime(a.constData(), a.size(), &ms, &why)) {
        err(QStringLiteral("floodctl replay: --at %1: %2").arg(at, why));
        return 2;
    }
    QString e;
    auto store = openForReading(db, QStringLiteral("replay"));
    if (!store)
        return 1;
    ReplayState state;
    if (!ReplayState::compute(*store, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), &state, &e)) {
        err(QStringLiteral("floodctl replay: ") + e);
        return 1;
    }
    if (json)
        std::printf("%s\n", QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented).constData());
    else
        out(state.toText());
    return 0;
}

int readings(const QStringList &args)
{
    QString db, from, to, outPath;
    QStringList sensors;
    bool overwrite = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--sensor") && hasValue)
            sensors.append(args[++i]);
        else if (a == QLatin1String("--from") && hasValue)
            from = args[++i];
        else if (a == QLatin1String("--to") && hasValue)
            to = args[++i];
        else if (a == QLatin1String("--out") && hasValue)
            outPath = args[++i];
        else if (a == QLatin1String("--overwrite"))
            overwrite = true;
        else if (a.startsWith(QLatin1String("--")) || !db.isEmpty()) {
            err(QStringLiteral("floodctl readings: unexpected argument %1").arg(a));
            return 2;
        } else
            db = a;
    }
    if (db.isEmpty()) {
        err(QStringLiteral("usage: floodctl readings DB [--sensor ID]... [--from ISO8601] [--to ISO8601] [--out FILE.csv [--overwrite]]\n"
                           "  The stored readings (from and to inclusive) as CSV: sensor,time,value,quality, times in\n"
                           "  Beijing time with their offset; floodctl ingest reads the file back. Without --out: to stdout."));
        return 2;
    }
    ReadingQuery q;
    for (const auto &[text, bound, shift] : {std::tuple{from, &q.after, qint64(-1)}, std::tuple{to, &q.until, qint64(0)}}) {
        if (text.isEmpty())
            continue;
        qint64 ms = 0;
        QString why;
        const QByteArray b = text.toUtf8();
        if (!ReadingCsv::parseTime(b.constData(), b.size(), &ms, &why)) {
            err(QStringLiteral("floodctl readings: %1: %2 (e.g. 2024-09-16T00:00:00+08:00)").arg(text, why));
            return 2;
        }
        *bound = QDateTime::fromMSecsSinceEpoch(ms + shift, Qt::UTC); // --from is inclusive: after = from - 1 ms
    }
    QString e;
    auto store = openForReading(db, QStringLiteral("readings"));
    if (!store)
        return 1;
    QHash<qint64, QString> names;
    QHash<QString, qint64> byName;
    for (const StoreRow &r : store->rows(QStringLiteral("sensors")).result()) {
        const QString id = r.values.value(QStringLiteral("id")).toString(), code = r.values.value(QStringLiteral("code")).toString();
        names.insert(r.fid, !id.isEmpty() ? id : !code.isEmpty() ? code : QString::number(r.fid));
        for (const QString &k : {id, code, QString::number(r.fid)})
            if (!k.isEmpty())
                byName.insert(k, r.fid);
    }
    for (const QString &s : std::as_const(sensors)) {
        if (!byName.contains(s)) {
            err(QStringLiteral("floodctl readings: %1 has no sensor %2 (by id, code or fid)").arg(db, s));
            return 2;
        }
        q.sensors.append(byName.value(s));
    }
    const ReadingBatch batch = store->readings(q).result();
    QSet<qint32> seen;
    for (const Reading &r : batch.rows)
        seen.insert(r.sensorFid);
    const QString summary = QStringLiteral("%1 readings of %2 sensors").arg(batch.rows.size()).arg(seen.size());
    if (outPath.isEmpty()) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !ReadingCsv::write(batch, names, &stdoutFile)) {
            err(QStringLiteral("floodctl readings: could not write to standard output"));
            return 1;
        }
        stdoutFile.close();
        err(summary);
        return 0;
    }
    OutputFile file({outPath});
    file.setOverwrite(overwrite);
    if (!Store::isServer(db))
        file.setSources({db});
    if (!file.begin(&e)) {
        err(QStringLiteral("floodctl readings: ") + e);
        return 1;
    }
    QFile f(file.stagingPath());
    if (!f.open(QIODevice::WriteOnly) || !ReadingCsv::write(batch, names, &f)) {
        err(QStringLiteral("floodctl readings: %1: %2%3").arg(outPath, f.errorString(), OutputFile::diskNote(outPath)));
        return 1;
    }
    f.close();
    if (!file.commit(&e)) {
        err(QStringLiteral("floodctl readings: ") + e);
        return 1;
    }
    out(QStringLiteral("%1 written to %2").arg(summary, outPath));
    return 0;
}

} // namespace fc::ctl
