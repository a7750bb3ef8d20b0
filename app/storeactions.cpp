#include "app/storeactions.h"

#include "app/core/store.h"
#include "widgets/importdialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QUndoStack>

namespace fc {

StoreActions::StoreActions(QWidget *window) : QObject(window), m_window(window), m_undo(new QUndoStack(this))
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

bool StoreActions::openOrCreate(const QString &path, bool demo, QString *error)
{
    if (QFileInfo::exists(path)) {
        m_store = Store::open(path, error);
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_store = Store::create(path, demo, error);
    }
    if (!m_store)
        return false;
    connect(m_store.get(), &Store::rowsChanged, this, [this](const QList<RowEvent> &events) {
        for (const RowEvent &e : events)
            m_pending.insert(e.table);
        m_batch.start();
    });
    connect(m_store.get(), &Store::writeFailed, this, &StoreActions::message);
    m_import->setEnabled(true);
    m_import->setToolTip(QString());
    return true;
}

void StoreActions::addTo(QMenu *file, QMenu *edit)
{
    file->addAction(m_import);
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

void StoreActions::showImportDialog()
{
    if (!m_store)
        return;
    auto *dlg = new ImportDialog(m_store.get(), m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &ImportDialog::previewGeometries, this, &StoreActions::previewGeometries);
    connect(dlg, &QObject::destroyed, this, [this] { Q_EMIT previewGeometries({}); });
    dlg->show();
}

} // namespace fc
