#include "app/gui/bookmarkactions.h"

#include "widgets/map/mapcanvas.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>

namespace fc {

BookmarkActions::BookmarkActions(MapCanvas *canvas, QWidget *window) : QObject(window), m_canvas(canvas), m_window(window) {}

QList<BookmarkActions::Bookmark> BookmarkActions::load()
{
    QList<Bookmark> out;
    QSettings s;
    const int n = s.beginReadArray(QStringLiteral("bookmarks"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        out.append({s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("x")).toDouble(),
                    s.value(QStringLiteral("y")).toDouble(), s.value(QStringLiteral("resolution")).toDouble()});
    }
    s.endArray();
    return out;
}

void BookmarkActions::save(const QList<Bookmark> &list)
{
    QSettings s;
    s.remove(QStringLiteral("bookmarks"));
    s.beginWriteArray(QStringLiteral("bookmarks"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), list[i].name);
        s.setValue(QStringLiteral("x"), list[i].x);
        s.setValue(QStringLiteral("y"), list[i].y);
        s.setValue(QStringLiteral("resolution"), list[i].resolution);
    }
    s.endArray();
}

void BookmarkActions::addCurrent(const QString &name)
{
    QList<Bookmark> list = load();
    list.append({name, m_canvas->settings().center().x(), m_canvas->settings().center().y(), m_canvas->settings().resolution()});
    save(list);
    // Queued: this may run inside a menu action that rebuild() deletes.
    QMetaObject::invokeMethod(this, &BookmarkActions::rebuild, Qt::QueuedConnection);
}

void BookmarkActions::setMenu(QMenu *menu)
{
    m_menu = menu;
    rebuild();
}

void BookmarkActions::rebuild()
{
    if (!m_menu)
        return;
    m_menu->clear();
    QAction *add = m_menu->addAction(tr("&Save current view…"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(add, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("Save view"), tr("Name of this view:"), QLineEdit::Normal,
                                                   QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addCurrent(name.trimmed());
    });
    const QList<Bookmark> list = load();
    if (list.isEmpty())
        return;
    m_menu->addSeparator();
    for (int i = 0; i < list.size(); ++i) {
        const Bookmark b = list[i];
        QAction *a = m_menu->addAction(b.name);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, b] {
            m_canvas->setCenter(QPointF(b.x, b.y));
            m_canvas->setResolution(b.resolution);
        });
    }
    m_menu->addSeparator();
    QMenu *del = m_menu->addMenu(tr("&Delete view"));
    for (int i = 0; i < list.size(); ++i) {
        QAction *a = del->addAction(list[i].name);
        connect(a, &QAction::triggered, this, [this, i] {
            QList<Bookmark> l = load();
            if (i < l.size())
                l.removeAt(i);
            save(l);
            QMetaObject::invokeMethod(this, &BookmarkActions::rebuild, Qt::QueuedConnection);
        });
    }
}

} // namespace fc
