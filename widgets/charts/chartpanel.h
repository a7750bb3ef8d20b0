#pragma once

#include "app/core/store/store.h"
#include "widgets/panels/panel.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QComboBox;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace fc {

class GaugeChart;

// Gauge charts (监测曲线): rain (hourly bars side by side per gauge, running total on the right axis), the Huangpu
// Park tide (warning level 4.55 m, design level 5.86 m, the lowest wall crest; forecast values dashed), road depths
// (threshold bands) and pumping stations (flow, forebay level). Shows a period (24 h, 72 h by default, 7 or 30 days,
// a year) up to the latest reading, or up to the replay time while replaying; new readings are appended from the
// change feed; sensor or wall edits (thresholds, names, crests) redraw it. Export PNG for briefings.
class ChartPanel : public Panel
{
    Q_OBJECT
public:
    explicit ChartPanel(QObject *parent = nullptr);
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;
    bool isReady() const override { return !m_store || m_loaded; }

    GaugeChart *chart(int tab) const;
    int tabCount() const;
    bool isLoaded() const { return m_loaded; }
    bool exportCurrent(const QString &path);
    // The period shown, in hours back from the latest reading (24, 72, 168, 720 or 8760).
    int periodHours() const { return m_periodHours; }
    void setPeriodHours(int hours);
    // Readings drawn in the last load (tests).
    qint64 readingsShown() const { return m_shown; }

Q_SIGNALS:
    void loaded();

private:
    void reload();
    struct Series;
    static Series prepare(const ReadingBatch &readings, const QSet<qint64> &rainSensors);
    void build(const QList<StoreRow> &sensors, const QList<StoreRow> &walls, const Series &series);
    void onRows(const QList<fc::RowEvent> &events);

    PanelHost *m_host = nullptr;
    QPointer<Store> m_store;
    QDockWidget *m_dock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_period = nullptr;
    int m_periodHours = 72;
    qint64 m_shown = 0;
    GaugeChart *m_rain = nullptr, *m_tide = nullptr, *m_depth = nullptr, *m_pump = nullptr;
    QHash<qint64, QPair<GaugeChart *, int>> m_lineOf; // sensor fid -> chart and series (live append)
    QHash<qint64, QString> m_kind;
    QMetaObject::Connection m_feed;
    QTimer m_redraw;
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace fc
