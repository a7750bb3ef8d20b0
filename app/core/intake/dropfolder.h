#pragma once

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>

namespace fc {

class ReadingIntake;

// A watched drop folder: CSV files of readings put there are ingested by the operation's ReadingIntake (evaluated,
// then stored with their alarms in one transaction per file, whatever its size), then moved to `done/` or, when the
// file as a whole is unusable or the store refuses it, to `failed/`, each with a `.log` next to it listing the summary
// and the rejected lines. A file is taken once its size has stayed the same for one poll (it is completely written).
// Off unless a folder is set. Parsing and writing run on the intake's worker; nothing blocks the GUI.
class DropFolder : public QObject
{
    Q_OBJECT
public:
    DropFolder(ReadingIntake *intake, const QString &folder, QObject *parent = nullptr);
    QString folder() const { return m_folder; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    void scan();

Q_SIGNALS:
    void fileIngested(const QString &file, bool ok, const QString &summary);

private:
    void ingest(const QString &path);

    ReadingIntake *m_intake;
    QString m_folder;
    QTimer m_poll;
    QHash<QString, qint64> m_sizes; // file -> size seen at the last poll
    QSet<QString> m_busy;
};

} // namespace fc
