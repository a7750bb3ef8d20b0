#include "app/core/intake/dropfolder.h"

#include "app/core/live/alarmservice.h"
#include "app/core/base/clock.h"
#include "app/core/io/readingcsv.h"
#include "app/core/io/readingingest.h"
#include "app/core/store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace fc {

DropFolder::DropFolder(AlarmService *service, const QString &folder, QObject *parent)
    : QObject(parent), m_service(service), m_folder(folder)
{
    QDir().mkpath(folder);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &DropFolder::scan);
    m_poll.start();
}

void DropFolder::scan()
{
    if (!m_service->store() || !m_service->isReady())
        return;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files, QDir::Name);
    QHash<QString, qint64> seen;
    for (const QFileInfo &f : files) {
        const QString p = f.absoluteFilePath();
        seen.insert(p, f.size());
        if (!m_busy.contains(p) && m_sizes.value(p, -1) == f.size())
            ingest(p);
    }
    m_sizes = seen;
}

void DropFolder::ingest(const QString &path)
{
    m_busy.insert(path);
    Store *store = m_service->store();
    const QHash<QString, qint32> lookup = ReadingCsv::lookup(m_service->engine().sensors().values());
    auto *parsed = new QFutureWatcher<ReadingCsv::Result>(this);
    connect(parsed, &QFutureWatcher<ReadingCsv::Result>::finished, this, [this, parsed, path, store] {
        parsed->deleteLater();
        auto result = std::make_shared<ReadingCsv::Result>(parsed->result());
        auto finish = [this, path](bool ok, const QString &text) {
            const QString sub = ok ? QStringLiteral("done") : QStringLiteral("failed");
            QDir(m_folder).mkpath(sub);
            const QString target = QDir(m_folder).filePath(sub + QLatin1Char('/') + QFileInfo(path).fileName());
            QFile::remove(target);
            QFile::rename(path, target);
            QFile log(target + QStringLiteral(".log"));
            if (log.open(QIODevice::WriteOnly | QIODevice::Truncate))
                log.write(text.toUtf8() + '\n');
            m_busy.remove(path);
            m_sizes.remove(path);
            Q_EMIT fileIngested(path, ok, text.section(QLatin1Char('\n'), 0, 0));
        };
        ReadingIngest::Summary s;
        s.file = QFileInfo(path).fileName();
        s.rowsRead = result->rowsRead;
        s.rejected = result->rejected;
        s.rejects = result->rejects;
        if (!result->ok || store != m_service->store()) {
            s.error = result->ok ? tr("the store changed while reading") : result->error;
            finish(false, s.toText());
            return;
        }
        auto *write = new QFutureWatcher<AppendResult>(this);
        connect(write, &QFutureWatcher<AppendResult>::finished, this, [write, s, finish]() mutable {
            write->deleteLater();
            const AppendResult r = write->result();
            s.ok = r.ok;
            s.error = r.error;
            s.stored = r.stored;
            s.duplicates = r.duplicates;
            finish(r.ok, s.toText());
        });
        write->setFuture(store->appendReadings(std::move(result->batch), {}, tr("drop folder %1").arg(QFileInfo(path).fileName())));
    });
    parsed->setFuture(QtConcurrent::run([path, lookup] { return ReadingCsv::parseFile(path, lookup); }));
}

} // namespace fc
