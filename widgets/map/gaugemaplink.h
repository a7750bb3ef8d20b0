#pragma once

#include <QObject>
#include <QTimer>

namespace fc {

class AlarmService;
class PanelHost;

// Puts live gauge state on the map: sensors coloured by level with their latest value as label, waterlogging roads
// by their depth sensor, and the toolbar's tide level (MainWindow's "tideLevel" spin box, which recolours the flood
// walls by freeboard) set from the latest tide reading whenever one exists. While the clock replays, the same at the
// replay time (AlarmService's replay view). Coalesced: at most two updates a second.
class GaugeMapLink : public QObject
{
    Q_OBJECT
public:
    GaugeMapLink(PanelHost *host, AlarmService *service, QObject *parent = nullptr);
    void update();
    // An update is waiting (readings arrived, the map and the tide level not yet brought up to them).
    bool isPending() const { return m_coalesce.isActive(); }

private:
    PanelHost *m_host;
    AlarmService *m_service;
    QTimer m_coalesce;
    bool m_styled = false; // the live styles are on the layers
};

} // namespace fc
