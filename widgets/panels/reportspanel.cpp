#include "widgets/panels/reportspanel.h"

#include "app/core/base/clock.h"
#include "app/core/store/store.h"
#include "widgets/dialogs/briefingdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QTableWidget>
#include <algorithm>

namespace fc {

namespace {

QString bj(const QVariant &v)
{
    QDateTime t = v.metaType().id() == QMetaType::QDateTime ? v.toDateTime()
                                                            : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("situation"))
        return ReportsPanel::tr("Situation report");
    if (kind == QLatin1String("incident-first"))
        return ReportsPanel::tr("Incident: first report");
    if (kind == QLatin1String("incident-followup"))
        return ReportsPanel::tr("Incident: follow-up");
    if (kind == QLatin1String("incident-verified"))
        return ReportsPanel::tr("Incident: verified");
    return kind;
}

} // namespace

void ReportsPanel::install(PanelHost *host)
{
    m_host = host;
    if (host->wallMode())
        return;
    QAction *a = host->menu(PanelHost::Menu::Command)->addAction(tr("&Briefing…"));
    a->setToolTip(tr("The situation report as of the clock's time: preview, print, save and issue"));
    connect(a, &QAction::triggered, this, &ReportsPanel::openBriefing);
    m_dock = new QDockWidget(tr("Reports"), host->window());
    m_dock->setObjectName(QStringLiteral("reportsDock"));
    m_table = new QTableWidget(0, 6, m_dock);
    m_table->setHorizontalHeaderLabels({tr("Serial"), tr("Kind"), tr("As of"), tr("Issued"), tr("Format"), tr("By")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_dock->setWidget(m_table);
    host->addDock(m_dock, Qt::BottomDockWidgetArea);
    m_dock->hide();
}

void ReportsPanel::storeChanged(Store *store)
{
    if (m_feed)
        disconnect(m_feed);
    m_store = store;
    if (!m_table)
        return;
    m_table->setRowCount(0);
    if (!store)
        return;
    m_feed = connect(store, &Store::rowsChanged, this, [this](const QList<fc::RowEvent> &events) {
        if (std::any_of(events.begin(), events.end(), [](const RowEvent &e) { return e.table == QLatin1String("briefings"); }))
            reload();
    });
    reload();
}

void ReportsPanel::reload()
{
    if (!m_store || !m_table)
        return;
    m_loading = true;
    auto *w = new QFutureWatcher<QList<StoreRow>>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w] {
        w->deleteLater();
        m_loading = false;
        QList<StoreRow> rows = w->result();
        std::sort(rows.begin(), rows.end(), [](const StoreRow &a, const StoreRow &b) { return a.fid > b.fid; });
        m_table->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const QVariantMap &v = rows[i].values;
            const QStringList cells = {v.value(QStringLiteral("serial")).toString(), kindText(v.value(QStringLiteral("kind")).toString()),
                                       bj(v.value(QStringLiteral("as_of"))), bj(v.value(QStringLiteral("issued_at"))),
                                       v.value(QStringLiteral("format")).toString().toUpper(), v.value(QStringLiteral("author")).toString()};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setToolTip(tr("%1\n%2, %3 bytes, SHA-256 %4")
                                     .arg(v.value(QStringLiteral("title")).toString(), v.value(QStringLiteral("file_name")).toString())
                                     .arg(v.value(QStringLiteral("size_bytes")).toLongLong())
                                     .arg(v.value(QStringLiteral("sha256")).toString()));
                m_table->setItem(i, c, item);
            }
        }
        m_table->resizeColumnsToContents();
    });
    w->setFuture(m_store->rows(QStringLiteral("briefings")));
}

void ReportsPanel::openBriefing()
{
    if (!m_host)
        return;
    const QDateTime asOf = m_host->clock() ? m_host->clock()->now() : QDateTime::currentDateTimeUtc();
    auto *dlg = new BriefingDialog(m_store.data(), asOf, m_host->window());
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
    if (m_dock)
        m_dock->show();
}

} // namespace fc
