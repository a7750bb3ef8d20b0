#include "widgets/wall/wallmode.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>
#include <QToolBar>

namespace fc {

int WallModePanel::minimumPixelSize()
{
    return 21; // 10 pt = 13.3 px at 96 dpi; x 1.6
}

void WallModePanel::applyTo(QMainWindow *window, const QString &keepToolBar)
{
    if (window->menuBar())
        window->menuBar()->hide();
    for (QToolBar *t : window->findChildren<QToolBar *>())
        if (t->objectName() != keepToolBar && t->parentWidget() == window)
            t->hide();
    const int min = minimumPixelSize();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        QFont f = w->font();
        if (QFontInfo(f).pixelSize() < min) {
            f.setPixelSize(min);
            w->setFont(f);
        }
    }
}

void WallModePanel::install(PanelHost *host)
{
    if (!host->wallMode())
        return;
    m_host = host;
    QMainWindow *w = host->window();
    // After every panel has installed its widgets (and again once the window is shown and filled).
    QTimer::singleShot(0, this, [w] { applyTo(w, QStringLiteral("WarningBannerBar")); });
    qApp->installEventFilter(this);
}

bool WallModePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (auto *d = qobject_cast<QDialog *>(watched); d && d->isWindow()) {
            if (m_host)
                m_host->showMessage(tr("Not shown on the wall: %1").arg(d->windowTitle()), 15000);
            QTimer::singleShot(0, d, &QDialog::reject);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fc
