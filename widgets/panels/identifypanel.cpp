#include "widgets/panels/identifypanel.h"

#include "app/core/district/floodlayers.h"
#include "app/core/store/import/importmapping.h"
#include "maps/vectorlayer.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fc {

IdentifyPanel::IdentifyPanel(QWidget *parent) : QWidget(parent)
{
    m_hint = new QLabel(tr("Click a feature on the map to see its attributes."), this);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hint->setTextFormat(Qt::RichText);
    m_choice = new QComboBox(this);
    m_choice->setVisible(false);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(m_hint, 1);
    lay->addWidget(m_choice);
    lay->addWidget(m_table, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &IdentifyPanel::showHit);
}

void IdentifyPanel::setIdleText(const QString &html)
{
    m_idle = html;
    if (m_hits.isEmpty()) {
        m_hint->setText(html);
        m_table->setVisible(false);
        m_hint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    }
}

void IdentifyPanel::showHits(const QList<IdentifyHit> &hits)
{
    m_hits.clear();
    for (const IdentifyHit &h : hits)
        if (h.layer && h.store && h.feature >= 0 && h.feature < h.store->count())
            m_hits.append(h);
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    for (const IdentifyHit &h : std::as_const(m_hits)) {
        const auto &fs = *h.store;
        QString name = fs.attribute(h.feature, QStringLiteral("name")).toString();
        if (name.isEmpty())
            name = fs.attribute(h.feature, QStringLiteral("id")).toString();
        m_choice->addItem(QStringLiteral("%1 · %2").arg(h.layer->name(), name));
    }
    m_choice->setVisible(m_hits.size() > 1);
    m_hint->setText(m_hits.isEmpty() ? (m_idle.isEmpty() ? tr("Nothing here. Click a feature on the map to see its attributes.") : m_idle)
                                     : tr("%n feature(s) at this place.", nullptr, int(m_hits.size())));
    m_table->setVisible(!m_hits.isEmpty() || m_idle.isEmpty());
    m_hint->setSizePolicy(QSizePolicy::Preferred, m_table->isVisibleTo(this) ? QSizePolicy::Maximum : QSizePolicy::Expanding);
    showHit(m_hits.isEmpty() ? -1 : 0);
}

void IdentifyPanel::showHit(int index)
{
    m_table->setRowCount(0);
    if (index < 0 || index >= m_hits.size())
        return;
    const IdentifyHit &h = m_hits[index];
    const FeatureStore &fs = *h.store;
    const QStringList fields = fs.fields();
    QList<QPair<QString, QString>> rows = {{tr("Layer"), h.layer->name()}};
    QList<QPair<QString, QString>> extra;
    for (int k = 0; k < fields.size(); ++k) {
        const QVariant v = fs.attribute(h.feature, k);
        if (fields[k] == QLatin1String(ExtraColumn)) {
            // Source fields an import kept without a column: one row each, marked as from the source file.
            const QJsonObject o = QJsonDocument::fromJson(v.toString().toUtf8()).object();
            for (auto it = o.begin(); it != o.end(); ++it)
                extra.append({tr("%1 (source field)").arg(it.key()),
                              it.value().isString() ? it.value().toString()
                                                    : it.value().isNull() ? QString()
                                                                          : it.value().toVariant().toString()});
            continue;
        }
        rows.append({h.layer->fieldCaption(fields[k]), v.isNull() ? QString() : FloodLayers::valueCaption(fields[k], v)});
    }
    rows += extra;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    m_table->resizeRowsToContents();
    Q_EMIT featureChosen(h);
}

QList<QPair<QString, QString>> IdentifyPanel::rows() const
{
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.append({m_table->item(r, 0)->text(), m_table->item(r, 1)->text()});
    return out;
}

} // namespace fc
