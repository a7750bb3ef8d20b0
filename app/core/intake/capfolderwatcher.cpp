#include "app/core/intake/capfolderwatcher.h"

#include <QDir>
#include <QFileInfo>

namespace fc {

CapFolderWatcher::CapFolderWatcher(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &CapFolderWatcher::scan);
}

void CapFolderWatcher::setFolder(const QString &folder)
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folder = folder;
    m_seen.clear();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return;
    const QDir dir(folder);
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.xml"), QStringLiteral("*.cap")}, QDir::Files))
        m_seen.insert(f.fileName());
    m_watcher.addPath(folder);
}

void CapFolderWatcher::scan()
{
    if (m_folder.isEmpty())
        return;
    const QDir dir(m_folder);
    QFileInfoList files = dir.entryInfoList({QStringLiteral("*.xml"), QStringLiteral("*.cap")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &f : files) {
        if (m_seen.contains(f.fileName()))
            continue;
        m_seen.insert(f.fileName());
        Q_EMIT fileArrived(f.absoluteFilePath());
    }
}

} // namespace fc
