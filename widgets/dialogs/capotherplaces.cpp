#include "widgets/dialogs/capotherplaces.h"

#include "app/core/store/audit.h"
#include "app/core/io/capalert.h"
#include "app/core/store/store.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fc {

CapOtherPlacesDialog::CapOtherPlacesDialog(Store *store, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("CAP alerts for other places"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setPlainText(tr("Reading…"));
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
    if (!store) {
        m_text->setPlainText(tr("No operation store is open."));
        return;
    }
    auto *w = new QFutureWatcher<QList<AuditEntry>>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w] {
        const auto records = CapAlert::notApplicableRecords(w->result());
        QStringList lines;
        for (const auto &r : records)
            lines.append(QStringLiteral("%1  %2").arg(
                r.first.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                r.second));
        lines.append(tr("%n alert(s) recorded as not applicable to the district.", nullptr, int(records.size())));
        m_text->setPlainText(lines.join(QLatin1Char('\n')));
    });
    w->setFuture(store->auditLog(QStringLiteral("duty_log"), 0, 1 << 30));
}

} // namespace fc
