#pragma once

#include "app/core/store/store.h"
#include "widgets/panels/panel.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableWidget;
class QTextBrowser;
class QWidget;

namespace fc {

// The hazard desk (隐患排查与整改) and the greenery campaign (屋顶绿化防台检查): the hazard list with filters
// (round, category, street, status, overdue), the selected hazard's card (photos, history, the steps it can take
// now), figures by category and status; the campaign's sites with their results and the sites flagged while a
// typhoon signal is in force. Rows come from the store (read once, then kept current from the change feed); the
// rules are HazardDesk and GreeneryRules.
class HazardPanel : public Panel
{
    Q_OBJECT
public:
    explicit HazardPanel(QObject *parent = nullptr);
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;
    bool isReady() const override { return m_pending == 0; }

    void selectHazard(qint64 fid);
    int visibleHazards() const;

private:
    void load();
    void apply(const QList<RowEvent> &events);
    void refresh();
    void fillFilters();
    void showCard();
    void showGreenery();
    void move(const QString &to);
    void attach();
    void startCampaign();
    void recordResult();
    void findingToHazard();
    qint64 selectedSite() const;
    void styleMap();
    QDateTime now() const;

    PanelHost *m_host = nullptr;
    QPointer<Store> m_store;
    int m_pending = 0;
    QMap<qint64, QVariantMap> m_hazards, m_rounds, m_steps, m_sites, m_results, m_campaigns, m_signals;
    qint64 m_selected = 0;
    QWidget *m_widget = nullptr;
    QComboBox *m_round = nullptr, *m_category = nullptr, *m_street = nullptr, *m_status = nullptr;
    QCheckBox *m_overdue = nullptr;
    QTableWidget *m_list = nullptr;
    QTextBrowser *m_card = nullptr;
    QHBoxLayout *m_photos = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QWidget *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_greeneryHead = nullptr;
    QTableWidget *m_sitesTable = nullptr;
    QComboBox *m_resultBox = nullptr;
    QSet<qint64> m_late, m_lateShown; // the overdue hazards, and those the map shows marked
    const void *m_styledLayer = nullptr; // compared only, never used
    int m_styledTheme = -1;
};

} // namespace fc
