#include "widgets/dialogs/handoverdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace fc {

namespace {

void printTo(const HandoverSummary &s, QPrinter *printer)
{
    QTextDocument doc;
    doc.setHtml(s.html);
    doc.print(printer);
}

} // namespace

HandoverDialog::HandoverDialog(const HandoverSummary &summary, QWidget *parent)
    : QDialog(parent), m_summary(summary), m_view(new QTextBrowser(this)), m_next(new QLineEdit(this))
{
    setWindowTitle(tr("Shift handover"));
    setObjectName(QStringLiteral("HandoverDialog"));
    auto *v = new QVBoxLayout(this);
    m_view->setHtml(summary.html);
    v->addWidget(m_view, 1);
    auto *form = new QFormLayout;
    m_next->setPlaceholderText(tr("name of the officer taking over"));
    form->addRow(tr("Next duty officer (signs for this summary):"), m_next);
    v->addLayout(form);
    auto *note = new QLabel(tr("Signing records the handover in the operation store (shift handovers and the duty log). "
                               "Print or save a PDF copy for the paper file."),
                            this);
    note->setWordWrap(true);
    v->addWidget(note);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    m_sign = buttons->addButton(tr("Sign and record"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_sign->setEnabled(false);
    connect(m_next, &QLineEdit::textChanged, this, [this](const QString &t) { m_sign->setEnabled(!t.trimmed().isEmpty()); });
    connect(print, &QPushButton::clicked, this, &HandoverDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &HandoverDialog::savePdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(760, 720);
}

QString HandoverDialog::nextOfficer() const
{
    return m_next->text().trimmed();
}

bool HandoverDialog::writePdf(const HandoverSummary &summary, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Shift handover"));
    printTo(summary, &printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("%1: the PDF could not be written").arg(path);
        return false;
    }
    return true;
}

void HandoverDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Shift handover"));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printTo(m_summary, p); });
    preview.exec();
}

void HandoverDialog::savePdf()
{
    const QString name = tr("handover-%1.pdf").arg(m_summary.at.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the handover as PDF"), name, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(m_summary, path, &error))
        QMessageBox::warning(this, tr("Shift handover"), error);
}

} // namespace fc
