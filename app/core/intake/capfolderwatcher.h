#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>

namespace fc {

// Watches a folder for CAP files dropped by a warning system: each new *.xml (or *.cap) is announced once.
// Files present when watching starts are taken as already handled. Off until a folder is set.
class CapFolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CapFolderWatcher(QObject *parent = nullptr);
    void setFolder(const QString &folder); // empty: off
    QString folder() const { return m_folder; }
    // Looks for new files now (also called on every change of the folder).
    void scan();

Q_SIGNALS:
    void fileArrived(const QString &path);

private:
    QFileSystemWatcher m_watcher;
    QString m_folder;
    QSet<QString> m_seen;
};

} // namespace fc
