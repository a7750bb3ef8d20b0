#include "app/core/intake/dropfolder.h"

#include "app/core/intake/readingintake.h"
#include "app/core/store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>

namespace fc {

DropFolder::DropFolder(ReadingIntake *intake, const QString &folder, QObject *parent)
    : QObject(parent), m_intake(intake), m_folder(folder)
{
    QDir().mkpath(folder);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &DropFolder::scan);
    m_poll.start();
}

void DropFolder::scan()
{
    if (!m_intake->store())
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
    // Parsed, evaluated and stored with its alarms in one transaction on the intake's worker (streamed: memory does
    // not grow with the file); then moved to done/ or failed/ with its log.
    auto *watcher = new QFutureWatcher<ReadingIntake::Result>(this);
    connect(watcher, &QFutureWatcher<ReadingIntake::Result>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        ReadingIngest::Summary s = watcher->result().summary;
        s.file = QFileInfo(path).fileName();
        const bool ok = s.ok;
        const QString text = s.toText();
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
    });
    watcher->setFuture(m_intake->submitFile(path));
}

} // namespace fc
