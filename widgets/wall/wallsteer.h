#pragma once

#include "widgets/panels/panel.h"

#include <QPointer>

class QMenu;

namespace fc {

// On a desk seat: Command › Wall display puts an incident, a saved view, a layout, a gauge chart or the standing
// layout on the operation's walls (one wall_commands row; every wall reacts on the change feed). Not on a wall.
class WallSteerPanel : public Panel
{
    Q_OBJECT
public:
    using Panel::Panel;
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override { m_store = store; }

private:
    void send(const QString &target);
    PanelHost *m_host = nullptr;
    QPointer<Store> m_store;
};

} // namespace fc
