#include "widgets/dialogs/briefingdialog.h"

#include "app/core/briefing/briefingarchive.h"
#include "app/core/briefing/reportwriter.h"
#include "app/core/store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fc {

namespace {

struct Built
{
    ReportDocument doc;
    QString error;
};

struct Written
{
    QString error, serial;
    qint64 bytes = 0;
};

QPageLayout pageLayout(ReportPaper paper)
{
    const bool a3 = paper == ReportPaper::A3Landscape;
    return QPageLayout(QPageSize(a3 ? QPageSize::A3 : QPageSize::A4), a3 ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
}

} // namespace

BriefingDialog::BriefingDialog(Store *store, const QDateTime &asOf, QWidget *parent)
    : QDialog(parent), m_store(store), m_asOf(asOf)
{
    setWindowTitle(tr("Situation report"));
    auto *layout = new QHBoxLayout(this);
    auto *side = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("As of:"), new QLabel(SituationReport::asOfText(m_asOf, QStringLiteral("zh_CN")), this));
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("Language:"), m_language);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4 portrait"), int(ReportPaper::A4Portrait));
    m_paper->addItem(tr("A3 landscape"), int(ReportPaper::A3Landscape));
    form->addRow(tr("Paper:"), m_paper);
    side->addLayout(form);
    side->addWidget(new QLabel(tr("Next steps (下步工作), written before issuing:"), this));
    m_next = new QPlainTextEdit(this);
    m_next->setPlaceholderText(tr("Left out of the report when empty."));
    side->addWidget(m_next, 1);
    m_refresh = new QPushButton(tr("Update preview"), this);
    side->addWidget(m_refresh);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 3);
    side->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save and issue…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    side->addWidget(buttons);
    layout->addLayout(side, 0);
    m_printer = std::make_unique<QPrinter>(QPrinter::ScreenResolution);
    m_printer->setPageLayout(pageLayout(ReportPaper::A4Portrait));
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setMinimumSize(520, 600);
    layout->addWidget(m_preview, 1);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BriefingDialog::paintPreview);
    connect(m_refresh, &QPushButton::clicked, this, &BriefingDialog::rebuild);
    connect(m_language, &QComboBox::currentIndexChanged, this, &BriefingDialog::rebuild);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &BriefingDialog::rebuild);
    connect(m_print, &QPushButton::clicked, this, &BriefingDialog::print);
    connect(m_save, &QPushButton::clicked, this, &BriefingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 800);
    rebuild();
}

BriefingDialog::~BriefingDialog() = default;

BriefingOptions BriefingDialog::options() const
{
    BriefingOptions o;
    o.at = m_asOf;
    o.language = m_language->currentData().toString();
    o.paper = ReportPaper(m_paper->currentData().toInt());
    o.nextSteps = m_next->toPlainText();
    o.author = m_store ? m_store->user() : QString();
    return o;
}

void BriefingDialog::setBusy(bool busy, const QString &text)
{
    m_print->setEnabled(!busy && m_haveDoc);
    m_save->setEnabled(!busy && m_haveDoc && m_store && !m_store->isReadOnly());
    m_refresh->setEnabled(!busy);
    m_status->setText(text);
}

void BriefingDialog::rebuild()
{
    if (!m_store) {
        setBusy(false, tr("No operation store is open."));
        return;
    }
    setBusy(true, tr("Preparing the report…"));
    const int generation = ++m_generation;
    const BriefingOptions o = options();
    Store::Use use = m_store->use();
    auto *w = new QFutureWatcher<Built>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, generation] {
        w->deleteLater();
        if (generation != m_generation)
            return; // a newer request is under way
        const Built b = w->result();
        built(b.doc, b.error);
    });
    w->setFuture(QtConcurrent::run([use, o]() {
        Built b;
        BriefingOptions opt = o;
        opt.serial = BriefingArchive::nextSerial(*use.store(), QStringLiteral("situation"), opt.at);
        SituationReport::build(*use.store(), opt, &b.doc, &b.error);
        return b;
    }));
}

void BriefingDialog::built(const ReportDocument &doc, const QString &error)
{
    m_haveDoc = error.isEmpty();
    m_doc = doc;
    setBusy(false, error.isEmpty() ? tr("Serial %1 (given when issued). %n section(s).", nullptr, int(doc.sections.size())).arg(doc.serial)
                                   : error);
    m_printer->setPageLayout(pageLayout(ReportPaper(m_paper->currentData().toInt())));
    m_preview->updatePreview();
}

void BriefingDialog::paintPreview(QPrinter *printer)
{
    if (!m_haveDoc)
        return;
    printer->setPageLayout(pageLayout(ReportPaper(m_paper->currentData().toInt())));
    QString e;
    ReportWriter::paint(m_doc, printer, &e);
}

void BriefingDialog::print()
{
    if (!m_haveDoc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pageLayout(ReportPaper(m_paper->currentData().toInt())));
    QPrintDialog dlg(&printer, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    QString e;
    if (!ReportWriter::paint(m_doc, &printer, &e))
        QMessageBox::warning(this, tr("Print"), e);
}

void BriefingDialog::save()
{
    if (!m_haveDoc || !m_store)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), m_doc.title + QStringLiteral(".pdf"),
                                                      tr("PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)"));
    if (path.isEmpty())
        return;
    ReportWriter::Format format;
    QString e;
    if (!ReportWriter::formatOf(path, &format, &e)) {
        QMessageBox::warning(this, tr("Save the report"), e);
        return;
    }
    setBusy(true, tr("Writing %1…").arg(path));
    const ReportDocument doc = m_doc;
    const ReportPaper paper = ReportPaper(m_paper->currentData().toInt());
    Store::Use use = m_store->use();
    auto *w = new QFutureWatcher<Written>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, path] {
        w->deleteLater();
        const Written r = w->result();
        setBusy(false, r.error.isEmpty() ? tr("Issued %1 as %2 (%3 bytes).").arg(r.serial, path).arg(r.bytes) : r.error);
        if (r.error.isEmpty())
            rebuild(); // the next issue takes the next serial
    });
    w->setFuture(QtConcurrent::run([use, doc, format, paper, path]() {
        Written r;
        const QByteArray bytes = ReportWriter::write(doc, format, paper, &r.error);
        if (bytes.isEmpty())
            return r;
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            r.error = tr("%1: %2").arg(path, f.errorString());
            return r;
        }
        BriefingArchive::Issued issued;
        if (!BriefingArchive::record(*use.store(), doc, ReportWriter::formatCode(format),
                                     paper == ReportPaper::A3Landscape ? QStringLiteral("A3") : QStringLiteral("A4"), path, bytes, 0,
                                     &issued, &r.error))
            r.error = tr("Saved %1 but could not record it: %2").arg(path, r.error);
        r.serial = issued.serial;
        r.bytes = bytes.size();
        return r;
    }));
}

} // namespace fc
