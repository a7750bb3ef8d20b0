#pragma once

#include "app/core/live/wallcommands.h"
#include "widgets/wall/walllayout.h"
#include "widgets/wall/wallviews.h"

#include <QLabel>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <QWidget>

class QScreen;

namespace fc {

class Store;

// One wall screen: a frameless window holding the pages (layout screens) placed on it, and a status line along its
// foot (what a desk put up, a lost server connection, questions that went to the desks instead).
class WallWindow : public QWidget
{
    Q_OBJECT
public:
    explicit WallWindow(int index, QWidget *parent = nullptr);
    int index() const { return m_index; }
    QWidget *pageArea() const { return m_pages; }
    QLabel *statusLine() const { return m_status; }

private:
    int m_index;
    QWidget *m_pages;
    QLabel *m_status;
};

// The wall: a layout's views on one window per screen (frameless, full screen on its QScreen), or on N windows of a
// given size where there are no screens to put them on (offscreen: screenshots, tests, the soak run). A screen that
// goes (cable pulled) hands its views to the remaining windows; they return when it comes back. Desk seats steer it
// through wall_commands rows on the change feed; when nobody steers, it rotates through the layout's list, and after
// a command it goes back to the standing layout after the layout's minutes. Nothing on it asks a question: dialogs are
// refused and said on the status line (and the log); the cursor hides after a few seconds without movement.
class WallController : public QObject
{
    Q_OBJECT
public:
    explicit WallController(const WallContext &context, QObject *parent = nullptr);
    ~WallController() override;

    // The machine's own saved views (settings), beside the layout's.
    void setBookmarkLookup(std::function<bool(const QString &name, Extent *mercator)> lookup) { m_machineBookmarks = std::move(lookup); }
    void setMetrics(const WallMetrics &m);
    const WallMetrics &metrics() const { return m_metrics; }
    // The standing layout (home comes back to it).
    void setLayout(const WallLayout &layout);
    const WallLayout &layout() const { return m_layout; }
    const WallLayout &standingLayout() const { return m_standing; }

    // Windows: `count` windows of `size` that are not put on screens (offscreen), or one per QScreen (0).
    void useVirtualScreens(int count, const QSize &size, bool dontShowOnScreen);
    void useRealScreens();
    // How many windows there are now; fewer than the layout's screens fold the extra pages into the others.
    void setWindowCount(int n);
    int windowCount() const { return int(m_windows.size()); }
    QList<WallWindow *> windows() const;
    QList<WallView *> views() const;
    template<class T> QList<T *> viewsOf() const
    {
        QList<T *> out;
        for (WallView *v : views())
            if (auto *t = qobject_cast<T *>(v))
                out.append(t);
        return out;
    }
    // The window a view is shown on now (-1: none).
    int windowOf(const WallView *view) const;
    bool allReady() const;
    // The map data arrived: maps not yet placed go to their standing view.
    void mapDataLoaded();

    // Follows the store: steering commands from its change feed, its connection state on screen.
    void setStore(Store *store);
    void setWallName(const QString &name) { m_feed->setWallName(name); }
    // Shows a target (a command arrived, or the rotation moved on). False with the reason said on the wall.
    bool apply(const WallCommand &command, bool fromRotation = false);
    bool isRotationPaused() const { return m_paused; }
    QString lastCommand() const { return m_lastCommand; }
    void showMessage(const QString &text, int timeoutMs = 15000);
    QString message() const { return m_message; }
    bool bookmarkExtent(const QString &name, double aspect, Extent *out) const;
    // The cursor hides after this long without movement.
    static constexpr int CursorHideMs = 3000;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void place();
    void placeWindow(WallWindow *w);
    WallView *createView(const WallViewSpec &spec);
    WallMapView *steeredMap() const;
    void rotate();
    void refreshStatus();

    WallContext m_ctx;
    WallMetrics m_metrics;
    WallLayout m_layout, m_standing;
    QList<QWidget *> m_pages; // one per layout screen
    QList<WallWindow *> m_windows;
    bool m_virtual = true, m_dontShow = false;
    QSize m_size{1920, 1080};
    std::function<bool(const QString &, Extent *)> m_machineBookmarks;
    WallCommandFeed *m_feed;
    QPointer<Store> m_store;
    QMetaObject::Connection m_connConn;
    bool m_online = true;
    QString m_offlineText;
    QString m_message;
    QTimer m_messageTimer, m_rotation, m_return, m_cursor;
    int m_rotationIndex = 0;
    bool m_paused = false;
    QString m_lastCommand;
};

} // namespace fc
