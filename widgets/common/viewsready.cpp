#include "widgets/common/viewsready.h"

#include "widgets/map/mapcanvas.h"
#include "widgets/panels/panel.h"

namespace fc {

ViewsReady::ViewsReady(MapCanvas *canvas, const QList<Panel *> &panels, QObject *parent) : QObject(parent), m_canvas(canvas)
{
    for (Panel *p : panels)
        m_panels.append(p);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ViewsReady::check);
}

void ViewsReady::start()
{
    m_stable = 0;
    m_timer.start();
}

bool ViewsReady::allReady() const
{
    if (!m_canvas || !m_canvas->hasCompleteFrame())
        return false;
    for (const QPointer<Panel> &p : m_panels)
        if (p && !p->isReady())
            return false;
    return true;
}

void ViewsReady::check()
{
    m_stable = allReady() ? m_stable + 1 : 0;
    if (m_stable >= 3) { // three checks in a row: nothing restyled the map since
        m_timer.stop();
        Q_EMIT ready();
    }
}

} // namespace fc
