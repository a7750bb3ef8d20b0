#pragma once

#include "app/core/typhoon/typhoontrack.h"
#include "widgets/panels/panel.h"

#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QToolBar;

namespace fc {

// The typhoon box: a strip under the warning banner while a storm has a position at the clock's time (live or
// replayed): its name and grade, distance and bearing to the district, movement, when the 7/10/12-level circles
// reach and leave the district, the closest approach, and the typhoon signal the plan proposes. The figures are
// computed on a pool thread (store read, geodesics), again when the storms change or the clock moves a minute.
class TyphoonPanel : public Panel
{
    Q_OBJECT
public:
    struct Figures
    {
        bool have = false;
        Storm storm;
        TyphoonFigures figures;
        QString proposal;
        QDateTime at;
    };
    explicit TyphoonPanel(QObject *parent = nullptr);
    ~TyphoonPanel() override;
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;
    bool isReady() const override { return !m_running && !m_dirty; }
    // The strip's text for the figures (rich text; a value so tests can read it).
    static QString text(const Figures &f);

private:
    void request();
    void start();
    void finished();

    PanelHost *m_host = nullptr;
    QPointer<Store> m_store;
    QToolBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QFutureWatcher<Figures> m_watcher;
    bool m_running = false, m_dirty = true, m_again = false;
    QDateTime m_shownAt;
};

} // namespace fc
