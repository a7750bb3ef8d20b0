#include "widgets/dialogs/signaldialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>

namespace fc {

SignalDialog::SignalDialog(const WarningState &state, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_state(state)
{
    setWindowTitle(tr("Warning signal"));
    auto *form = new QFormLayout(this);
    m_action = new QComboBox(this);
    m_action->addItem(tr("Issue / change colour"));
    m_action->addItem(tr("Lift"));
    form->addRow(tr("Action"), m_action);
    m_kind = new QComboBox(this);
    for (const QString &k : WarningSignal::kinds()) {
        const WarningSignal cur = state.inForce(k);
        m_kind->addItem(QIcon(WarningSignal::iconPath(k)),
                        cur.fid ? tr("%1 (in force: %2)").arg(WarningSignal::kindName(k), WarningSignal::colourName(cur.colour))
                                : WarningSignal::kindName(k),
                        k);
    }
    form->addRow(tr("Kind"), m_kind);
    m_colour = new QComboBox(this);
    for (const QString &c : WarningSignal::colours()) {
        QPixmap swatch(16, 16);
        swatch.fill(WarningSignal::colourValue(c));
        m_colour->addItem(QIcon(swatch), WarningSignal::colourName(c), c);
    }
    form->addRow(tr("Colour"), m_colour);
    const QTimeZone bj(QByteArrayLiteral("Asia/Shanghai"));
    // The edit shows Beijing wall-clock time; input() reads it back as Beijing time.
    const QDateTime local = now.toTimeZone(bj);
    m_time = new QDateTimeEdit(QDateTime(local.date(), local.time()), this);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    form->addRow(tr("Issued at (Beijing time)"), m_time);
    m_issuer = new QLineEdit(QStringLiteral("上海中心气象台"), this);
    form->addRow(tr("Issued by"), m_issuer);
    m_area = new QLineEdit(this);
    m_area->setPlaceholderText(tr("e.g. whole city, central districts"));
    form->addRow(tr("Area"), m_area);
    m_text = new QPlainTextEdit(this);
    m_text->setMaximumHeight(90);
    form->addRow(tr("Text"), m_text);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    form->addRow(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (QComboBox *c : {m_action, m_kind, m_colour})
        connect(c, &QComboBox::currentIndexChanged, this, &SignalDialog::updateSummary);
    updateSummary();
}

void SignalDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void SignalDialog::setColour(const QString &colour)
{
    m_colour->setCurrentIndex(m_colour->findData(colour));
}

void SignalDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void SignalDialog::setLift(bool lift)
{
    m_action->setCurrentIndex(lift ? 1 : 0);
}

bool SignalDialog::isLift() const
{
    return m_action->currentIndex() == 1;
}

SignalInput SignalDialog::input() const
{
    SignalInput in;
    in.kind = m_kind->currentData().toString();
    in.colour = m_colour->currentData().toString();
    const QDateTime shown = m_time->dateTime();
    in.issuedAt = QDateTime(shown.date(), shown.time(), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
    in.issuer = m_issuer->text().trimmed();
    in.area = m_area->text().trimmed();
    in.text = m_text->toPlainText().trimmed();
    in.source = QStringLiteral("manual");
    return in;
}

void SignalDialog::updateSummary()
{
    const QString kind = m_kind->currentData().toString();
    const QString colour = m_colour->currentData().toString();
    const WarningSignal cur = m_state.inForce(kind);
    const bool lift = isLift();
    m_colour->setEnabled(!lift);
    QString s;
    if (lift)
        s = cur.fid ? tr("Lift %1").arg(WarningSignal::title(cur.kind, cur.colour))
                    : tr("No %1 signal is in force").arg(WarningSignal::kindName(kind));
    else if (!cur.fid)
        s = tr("Issue %1").arg(WarningSignal::title(kind, colour));
    else if (cur.colour == colour)
        s = tr("Update the details of %1").arg(WarningSignal::title(kind, colour));
    else
        s = (WarningSignal::colourRank(colour) > WarningSignal::colourRank(cur.colour) ? tr("Upgrade %1 to %2")
                                                                                        : tr("Downgrade %1 to %2"))
                .arg(WarningSignal::title(cur.kind, cur.colour), WarningSignal::colourName(colour));
    m_summary->setText(s);
}

} // namespace fc
