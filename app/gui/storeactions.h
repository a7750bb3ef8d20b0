#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QProgressDialog;
class QMenu;
class QUndoStack;
class QWidget;

namespace fc {

class Operation;
class Store;

// The operation store in the GUI: opening or creating it (into the Operation, which owns it), the undo stack (Edit menu), the import
// dialog, and change notifications batched per table so the map reloads only what changed.
class StoreActions : public QObject
{
    Q_OBJECT
public:
    // Opens stores into `operation` (which owns them).
    StoreActions(Operation *operation, QWidget *window);
    ~StoreActions() override;

    // Opens path, or creates it when missing (filled with the demo district when demo is set).
    // readOnly: open an existing store read-only. A store that cannot be written (read-only file or folder) is
    // opened read-only too, and notice() says why.
    // Opening (a server connection, the migration of an older file) and creating run on a pool thread; `done` comes
    // back on this thread once the Operation holds the store (true), or with the reason it could not (false).
    void openOrCreate(const QString &path, bool demo, bool readOnly, std::function<void(bool ok, const QString &error)> done);
    // The progress dialog of migrating an older store file before it is opened (null when it is current);
    // cancelling sets `cancel`, which the migration checks.
    QProgressDialog *upgradeProgress(const QString &path, std::shared_ptr<std::atomic_bool> cancel);
    QString notice() const { return m_notice; }
    Store *store() const;
    QUndoStack *undoStack() const { return m_undo; }
    void addTo(QMenu *file, QMenu *edit);
    void showImportDialog();
    // File > Connect to server: a shared operation on PostgreSQL, opened in a window of its own.
    void showConnectDialog();

Q_SIGNALS:
    void tablesChanged(const QSet<QString> &tables);
    void previewGeometries(const QStringList &wkt);
    void message(const QString &text);

private:
    QString m_notice;
    QWidget *m_window;
    Operation *m_operation;
    QUndoStack *m_undo;
    QAction *m_import;
    QSet<QString> m_pending;
    QTimer m_batch;
};

} // namespace fc
