#include "widgets/wall/wallsteer.h"

#include "app/core/base/clock.h"
#include "app/core/live/wallcommands.h"
#include "app/core/store/store.h"
#include "widgets/wall/walllayout.h"

#include <QFutureWatcher>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>

namespace fc {

void WallSteerPanel::install(PanelHost *host)
{
    if (host->wallMode())
        return;
    m_host = host;
    QMenu *menu = host->menu(PanelHost::Menu::Command)->addMenu(tr("&Wall display"));
    QAction *home = menu->addAction(tr("Back to the &standing layout"));
    connect(home, &QAction::triggered, this, [this] { send(QStringLiteral("home")); });
    QAction *incident = menu->addAction(tr("Show an &incident…"));
    connect(incident, &QAction::triggered, this, [this] {
        bool ok = false;
        const int id = QInputDialog::getInt(m_host->window(), tr("Show on the wall"), tr("Incident number:"), 1, 1, 1 << 30, 1, &ok);
        if (ok)
            send(QStringLiteral("incident:%1").arg(id));
    });
    QAction *view = menu->addAction(tr("Show a saved &view…"));
    connect(view, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_host->window(), tr("Show on the wall"), tr("Saved view (its name):"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            send(QStringLiteral("bookmark:") + name.trimmed());
    });
    QAction *chart = menu->addAction(tr("Show a gauge &chart…"));
    connect(chart, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString id = QInputDialog::getText(m_host->window(), tr("Show on the wall"), tr("Sensor id (e.g. S-TIDE-01):"),
                                                 QLineEdit::Normal, {}, &ok);
        if (ok && !id.trimmed().isEmpty())
            send(QStringLiteral("chart:") + id.trimmed());
    });
    QMenu *layouts = menu->addMenu(tr("&Layout"));
    for (const QString &n : WallLayout::builtInNames())
        connect(layouts->addAction(n), &QAction::triggered, this, [this, n] { send(QStringLiteral("layout:") + n); });
}

void WallSteerPanel::send(const QString &target)
{
    WallCommand c;
    QString error;
    if (!WallCommand::parse(target, &c, &error)) {
        m_host->showMessage(error);
        return;
    }
    if (!m_store) {
        m_host->showMessage(tr("No operation store is open: nothing can be put on the wall"));
        return;
    }
    auto *w = new QFutureWatcher<WriteResult>(this);
    connect(w, &QFutureWatcher<WriteResult>::finished, this, [this, w, c] {
        w->deleteLater();
        const WriteResult r = w->result();
        m_host->showMessage(r.ok ? tr("Sent to the wall: %1").arg(c.describe()) : tr("Not sent to the wall: %1").arg(r.error), 15000);
    });
    w->setFuture(m_store->apply({c.toChange(m_host->clock()->liveNow(), m_store->user())}, tr("Wall display")));
}

} // namespace fc
