#pragma once

#include "maps/extent.h"
#include "widgets/wall/walllayout.h"
#include "widgets/wall/wallmetrics.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <deque>
#include <functional>

namespace fc {

class GaugeChart;
class LayerRegistry;
class MapCanvas;
class Operation;
class RouteOverlay;
struct ReadingBatch;

// What every wall view reads: the Operation (its store, services and clock) and the map's layers.
struct WallContext
{
    Operation *operation = nullptr;
    LayerRegistry *registry = nullptr;
    std::function<Extent()> fullExtent; // the district, once the map data is loaded
};

// One view of a wall screen. Sizes come from the wall's metrics (pixel pitch, viewing distance), never a fixed scale:
// key figures in keyFont(), everything else in bodyFont().
class WallView : public QWidget
{
    Q_OBJECT
public:
    WallView(const QString &kind, QWidget *parent = nullptr);
    QString kind() const { return m_kind; }
    void setMetrics(const WallMetrics &m);
    const WallMetrics &metrics() const { return m_metrics; }
    QFont keyFont() const { return m_key; }
    QFont bodyFont() const { return m_body; }
    // The view shows its data (for screenshots and the soak run).
    virtual bool isReady() const { return true; }
    // The key figures the view shows now, as drawn (tests read them beside the image).
    virtual QStringList keyTexts() const { return {}; }

protected:
    virtual void metricsChanged() {}
    int pad() const { return std::max(4, m_metrics.bodyGlyphPx() / 2); }
    // A view's title line (body font, dim) with an optional key figure on its right; returns the height used.
    int paintHeader(QPainter &p, const QString &title, const QString &figure = {}, const QColor &figureColour = {});
    void paintPanel(QPainter &p);
    WallMetrics m_metrics;
    QFont m_key, m_body;

private:
    QString m_kind;
};

// The banner: signals in force as badges, the response level and how long it has run, open and overdue checklist
// items, the clock with its date (Beijing time), a replay marker. BannerContent (the desk banner's rule) decides what
// it says. Leaves a place for the typhoon box (typhoonSlot(): a container, hidden until something is put in it).
class WallBannerView : public WallView
{
    Q_OBJECT
public:
    WallBannerView(Operation *operation, QWidget *parent = nullptr);
    QWidget *typhoonSlot() const { return m_slot; }
    QStringList keyTexts() const override;
    bool isReady() const override;
    bool isFlashing() const { return m_flashLeft > 0; }
    int flashIntervalMs() const { return m_flash.interval(); }

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void metricsChanged() override;

private:
    QRect slotRect() const;
    QPointer<Operation> m_op;
    QWidget *m_slot;
    QTimer m_flash;
    int m_flashLeft = 0;
    bool m_flashOn = false;
};

// A list painted for the wall from one of the operation's item models (team board, alarm list, incident list):
// rows filtered and ordered, cells in the body font, status cells as coloured chips in the key font.
class WallListView : public WallView
{
    Q_OBJECT
public:
    struct Column
    {
        int modelColumn = 0;
        int stretch = 1;
        bool chip = false; // key figure on a coloured chip
    };
    WallListView(const QString &kind, QAbstractItemModel *model, const QString &title, QList<Column> columns,
                 QWidget *parent = nullptr);
    std::function<bool(int row)> filter;           // rows shown (default: all)
    std::function<QColor(int row, int column)> chipColour; // chip fill (default: the model's background)
    std::function<QString()> figure;               // key figure in the header (a count)
    bool newestFirst = true;
    std::function<bool()> ready;
    bool isReady() const override { return ready ? ready() : true; }
    QStringList keyTexts() const override;
    QList<int> shownRows() const;

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QPointer<QAbstractItemModel> m_model;
    QString m_title;
    QList<Column> m_columns;
};

// Checklist progress by unit: per unit, items done of those started, overdue ones counted in red.
class WallChecklistView : public WallView
{
    Q_OBJECT
public:
    WallChecklistView(Operation *operation, QWidget *parent = nullptr);
    struct Unit
    {
        QString name;
        int done = 0, total = 0, overdue = 0;
    };
    QList<Unit> units() const;
    bool isReady() const override;
    QStringList keyTexts() const override;

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QPointer<Operation> m_op;
    QAbstractItemModel *m_model;
};

// The latest events, newest on top: signals issued, changed or lifted, the response level, alarms raised, incidents
// reported, teams dispatched. Read as differences of the services' state (live or replayed), so the ticker follows a
// replay like the live feed; a jump of the clock (seek) is taken as the new starting point, not as events.
class WallTickerView : public WallView
{
    Q_OBJECT
public:
    WallTickerView(Operation *operation, QWidget *parent = nullptr);
    struct Entry
    {
        QDateTime at;
        QString text;
        QString colour; // blue..red, or empty
    };
    const std::deque<Entry> &entries() const { return m_entries; }
    static constexpr int MaxEntries = 40;

protected:
    void paintEvent(QPaintEvent *) override;

private:
    void add(const QDateTime &at, const QString &text, const QString &colour = {});
    void diffWarnings(bool silent);
    void diffAlarms(bool silent);
    void diffDispatch(bool silent);
    void rebase();
    QPointer<Operation> m_op;
    std::deque<Entry> m_entries;
    QHash<QString, QString> m_signals; // kind -> colour in force
    QString m_level;
    QSet<QString> m_alarms;            // sensor/wall, source, raised time
    QSet<qint64> m_incidents, m_dispatches;
    bool m_warningsBased = false, m_alarmsBased = false, m_dispatchBased = false;
};

// A gauge chart: one sensor's last hours (store readings as of the clock: follows a replay), its latest value as
// the key figure.
class WallChartView : public WallView
{
    Q_OBJECT
public:
    WallChartView(Operation *operation, const QString &sensorId, int hours, QWidget *parent = nullptr);
    void setSensor(const QString &sensorId);
    QString sensor() const { return m_sensorId; }
    bool isReady() const override { return m_loaded; }
    QStringList keyTexts() const override;
    GaugeChart *chart() const { return m_chart; }

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void metricsChanged() override;

private:
    void reload();
    int headerHeight() const;
    QPointer<Operation> m_op;
    QString m_sensorId, m_seriesOf;
    int m_hours = 24;
    GaugeChart *m_chart;
    QFutureWatcher<ReadingBatch> *m_watcher;
    bool m_loaded = false, m_again = false;
    QDateTime m_loadedAt;
    QElapsedTimer m_sinceLoad;
};

// A map of its own on the wall: the operation's layers (some left out), its own extent (a saved view or the
// district), and what a desk put up: an incident framed with its team and their route.
class WallMapView : public WallView
{
    Q_OBJECT
public:
    WallMapView(const WallContext &context, const QJsonObject &options, QWidget *parent = nullptr);
    MapCanvas *canvas() const { return m_canvas; }
    bool isReady() const override;
    bool isSteered() const { return m_steered; }
    bool isHomed() const { return m_homed; }
    QString standingBookmark() const { return m_bookmark; }
    // The standing view (its bookmark or the district).
    void home();
    void showExtent(const Extent &mercator);
    // Flies to the incident and frames it with its dispatched team and their route; false when it is unknown.
    bool showIncident(qint64 fid, QString *error);
    std::function<bool(const QString &name, Extent *out)> bookmarks;
    double labelPixelSize() const; // the smallest label font's pixel size at this view's symbol scale
    double symbolScale() const { return m_symbolScale; }

protected:
    void resizeEvent(QResizeEvent *) override;
    void metricsChanged() override;

private:
    void applyScale();
    WallContext m_ctx;
    MapCanvas *m_canvas;
    RouteOverlay *m_overlay;
    QString m_bookmark;
    bool m_steered = false;
    bool m_homed = false;
    double m_symbolScale = 1.0;
};

} // namespace fc
