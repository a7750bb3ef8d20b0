#pragma once

#include "app/core/store.h"
#include "widgets/panel.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace fc {

class GaugeChart;

// Gauge charts (监测曲线): rain (hourly bars side by side per gauge, running total on the right axis), the Huangpu
// Park tide (warning level 4.55 m, design level 5.86 m, the lowest wall crest; forecast values dashed), road depths
// (threshold bands) and pumping stations (flow, forebay level). Shows the 72 h up to the latest reading, or up to the
// replay time while replaying; new readings are appended from the change feed. Export PNG for briefings.
class ChartPanel : public Panel
{
    Q_OBJECT
public:
    explicit ChartPanel(QObject *parent = nullptr);
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;

    GaugeChart *chart(int tab) const;
    int tabCount() const;
    bool isLoaded() const { return m_loaded; }
    bool exportCurrent(const QString &path);

Q_SIGNALS:
    void loaded();

private:
    void reload();
    void build(const QList<StoreRow> &sensors, const QList<StoreRow> &walls, const QList<StoreRow> &readings);
    void onRows(const QList<fc::RowEvent> &events);

    PanelHost *m_host = nullptr;
    QPointer<Store> m_store;
    QDockWidget *m_dock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    GaugeChart *m_rain = nullptr, *m_tide = nullptr, *m_depth = nullptr, *m_pump = nullptr;
    QHash<qint64, QPair<GaugeChart *, int>> m_lineOf; // sensor fid -> chart and series (live append)
    QHash<qint64, QString> m_kind;
    QMetaObject::Connection m_feed;
    QTimer m_redraw;
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace fc
