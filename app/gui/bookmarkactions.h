#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace fc {

class MapCanvas;

// Saved views ("bookmarks"): name a view, jump back to it, delete it. Kept in QSettings so they
// survive restarts; a view is a centre (Web Mercator) and a resolution, independent of window size.
class BookmarkActions : public QObject
{
    Q_OBJECT
public:
    BookmarkActions(MapCanvas *canvas, QWidget *window);
    void setMenu(QMenu *menu); // rebuilt whenever bookmarks change

    struct Bookmark
    {
        QString name;
        double x = 0, y = 0, resolution = 1;
    };
    static QList<Bookmark> load();
    static void save(const QList<Bookmark> &list);
    void addCurrent(const QString &name);

private:
    void rebuild();
    MapCanvas *m_canvas;
    QWidget *m_window;
    QMenu *m_menu = nullptr;
};

} // namespace fc
