#include "app/gui/storeactions.h"

#include "app/core/district/demooperation.h"
#include "app/core/store/storefile.h"

#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "app/core/live/operation.h"
#include "widgets/dialogs/importdialog.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QCoreApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QUrl>
#include <QPointer>
#include <QThread>
#include <QUndoStack>

namespace fc {

StoreActions::StoreActions(Operation *operation, QWidget *window)
    : QObject(window), m_window(window), m_operation(operation), m_undo(new QUndoStack(this))
{
    m_import = new QAction(tr("&Import into operation…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setEnabled(false);
    m_import->setToolTip(tr("Open an operation store to import data into it"));
    connect(m_import, &QAction::triggered, this, &StoreActions::showImportDialog);
    m_batch.setSingleShot(true);
    m_batch.setInterval(250);
    connect(&m_batch, &QTimer::timeout, this, [this] {
        Q_EMIT tablesChanged(m_pending);
        m_pending.clear();
    });
}

StoreActions::~StoreActions() = default;

Store *StoreActions::store() const
{
    return m_operation->store();
}

QProgressDialog *StoreActions::upgradeProgress(const QString &path, std::shared_ptr<std::atomic_bool> cancel)
{
    QString why;
    const int version = StoreFile::inspect(path, &why);
    if (version < 0 || version >= Schema::CurrentVersion)
        return nullptr; // nothing to upgrade (or Store::open says what is wrong)
    // Schema 5 rewrites every sensor reading (about half a minute for ten million): the step shows itself after a
    // moment and can be cancelled (the file is then left as it was). The migration runs with the opening, off
    // this thread; no nested event loop.
    auto *progress = new QProgressDialog(tr("Upgrading the operation store %1 from schema version %2 to %3 (sensor readings are "
                                            "rewritten as one block per sensor and day)…")
                                             .arg(QFileInfo(path).fileName())
                                             .arg(version)
                                             .arg(Schema::CurrentVersion),
                                         tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Upgrading operation store"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    return progress;
}

void StoreActions::openOrCreate(const QString &path, bool demo, bool readOnly, std::function<void(bool, const QString &)> done)
{
    m_notice.clear();
    QString why;
    enum class How { Open, OpenReadOnly, Create, CreateDemo } how = How::Open;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<QProgressDialog> progress;
    if (Store::isServer(path)) {
        how = How::Open; // a shared operation is created with floodctl init, never implicitly
    } else if (QFileInfo::exists(path) && readOnly) {
        how = How::OpenReadOnly;
        m_notice = tr("Opened read-only (--read-only): nothing can be changed through this window.");
    } else if (QFileInfo::exists(path) && !StoreFile::writable(path, &why) && StoreFile::inspect(path, &why, true) >= 0) {
        // A copy on read-only media, a share without write access: show it rather than refuse it.
        how = How::OpenReadOnly;
        m_notice = tr("Opened read-only: the store file or its folder cannot be written here. It can be viewed, "
                      "replayed and exported, not changed.");
    } else if (QFileInfo::exists(path)) {
        progress = upgradeProgress(path, cancel); // null when the file is current
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
        how = demo ? How::CreateDemo : How::Create;
    }
    // Connecting to a server, opening a file or creating the demo operation (an import and a seed) runs on a pool
    // thread: the window keeps painting. The store is handed to this (the GUI) thread before it is returned.
    struct Opened
    {
        std::shared_ptr<std::unique_ptr<Store>> store = std::make_shared<std::unique_ptr<Store>>();
        QString error;
    };
    QThread *gui = thread();
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher, done, progress] {
        watcher->deleteLater();
        if (progress)
            progress->deleteLater();
        Opened o = watcher->result();
        std::unique_ptr<Store> store = std::move(*o.store);
        if (!store) {
            m_notice.clear();
            m_operation->setStore(nullptr);
            done(false, o.error);
            return;
        }
        connect(store.get(), &Store::rowsChanged, this, [this](const QList<RowEvent> &events) {
            for (const RowEvent &e : events)
                m_pending.insert(e.table);
            m_batch.start();
        });
        connect(store.get(), &Store::writeFailed, this, &StoreActions::message);
        const bool viewer = store->role() == QLatin1String("viewer");
        const bool readOnlyFile = store->isReadOnly();
        // The Operation owns the store from here on; its services follow it.
        m_operation->setStore(std::move(store));
        if (viewer) {
            m_import->setToolTip(readOnlyFile ? tr("This operation is open read-only")
                                              : tr("Your role (viewer) may only read this operation"));
        } else {
            m_import->setEnabled(true);
            m_import->setToolTip(QString());
        }
        done(true, QString());
    });
    const bool migrate = progress != nullptr;
    watcher->setFuture(QtConcurrent::run([path, how, gui, migrate, cancel]() -> Opened {
        Opened o;
        std::unique_ptr<Store> &s = *o.store;
        if (migrate && !Store::migrateFile(path, cancel.get(), &o.error))
            return o; // cancelled or refused: the file is as it was
        switch (how) {
        case How::Open:
            s = Store::open(path, &o.error);
            break;
        case How::OpenReadOnly:
            s = Store::openReadOnly(path, &o.error);
            break;
        case How::Create:
            s = Store::create(path, &o.error);
            break;
        case How::CreateDemo:
            s = DemoOperation::createStore(path, &o.error);
            break;
        }
        if (s)
            s->moveToThread(gui);
        return o;
    }));
}

void StoreActions::addTo(QMenu *file, QMenu *edit)
{
    QAction *connectServer = file->addAction(tr("&Connect to server…"));
    connect(connectServer, &QAction::triggered, this, &StoreActions::showConnectDialog);
    file->addAction(m_import);
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

void StoreActions::showConnectDialog()
{
    // Recent servers are remembered without passwords: those come from PGPASSWORD or ~/.pgpass (libpq).
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("servers/recent")).toStringList();
    bool ok = false;
    const QString uri = QInputDialog::getItem(m_window, tr("Connect to server"),
                                              tr("Shared operation (postgresql://user@host:port/database).\n"
                                                 "The password is read from PGPASSWORD or ~/.pgpass and never stored "
                                                 "by FloodCommand."),
                                              recent.isEmpty() ? QStringList{QStringLiteral("postgresql://@localhost:5432/floodcommand")} : recent,
                                              0, true, &ok)
                            .trimmed();
    if (!ok || uri.isEmpty())
        return;
    if (!Store::isServer(uri)) {
        QMessageBox::warning(m_window, tr("Connect to server"), tr("Not a server address: %1").arg(uri));
        return;
    }
    QUrl clean(uri);
    clean.setPassword(QString());
    recent.removeAll(clean.toString());
    recent.prepend(clean.toString());
    settings.setValue(QStringLiteral("servers/recent"), recent.mid(0, 8));
    // The shared operation opens in a window of its own; this one keeps its store.
    QStringList args = {QStringLiteral("--db"), uri};
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
        QMessageBox::warning(m_window, tr("Connect to server"), tr("Could not start a window for %1").arg(clean.toString()));
}

void StoreActions::showImportDialog()
{
    if (!store())
        return;
    auto *dlg = new ImportDialog(store(), m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &ImportDialog::previewGeometries, this, &StoreActions::previewGeometries);
    connect(dlg, &QObject::destroyed, this, [this] { Q_EMIT previewGeometries({}); });
    dlg->show();
}

} // namespace fc
