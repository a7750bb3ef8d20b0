#pragma once

#include "widgets/panels/panel.h"

#include <QPointer>

class QDockWidget;
class QTableWidget;

namespace fc {

struct RowEvent;

// Reports: Command > Briefing… (the situation report dialog) and a dock listing every report issued in the
// operation (table briefings), newest first, kept current from the change feed.
class ReportsPanel : public Panel
{
    Q_OBJECT
public:
    using Panel::Panel;
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;
    bool isReady() const override { return !m_loading; }

private:
    void reload();
    void openBriefing();

    PanelHost *m_host = nullptr;
    QPointer<Store> m_store;
    QDockWidget *m_dock = nullptr;
    QTableWidget *m_table = nullptr;
    bool m_loading = false;
    QMetaObject::Connection m_feed;
};

} // namespace fc
