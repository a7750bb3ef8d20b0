#include "app/core/briefing/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>
#include <cmath>

namespace fc::ReportWriter {

namespace {

const char Family[] = "WenQuanYi Micro Hei";
const double MarginMm = 18, HeaderMm = 9, FooterMm = 9;

QTextCharFormat textFormat(double pt, bool bold = false, QColor colour = Qt::black)
{
    QTextCharFormat f;
    f.setFontFamilies({QString::fromLatin1(Family)});
    f.setFontPointSize(pt);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(colour);
    return f;
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QPageLayout layoutFor(ReportPaper paper)
{
    const bool a3 = paper == ReportPaper::A3Landscape;
    return QPageLayout(QPageSize(a3 ? QPageSize::A3 : QPageSize::A4), a3 ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
}

} // namespace

bool formatOf(const QString &path, Format *format, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (suffix == QLatin1String("odt"))
        *format = Format::Odt;
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        *format = Format::Html;
    else {
        if (error)
            *error = QStringLiteral("%1: the report is written as .pdf, .odt or .html (by the file's suffix)").arg(path);
        return false;
    }
    return true;
}

QString formatCode(Format f)
{
    return f == Format::Pdf ? QStringLiteral("pdf") : f == Format::Odt ? QStringLiteral("odt") : QStringLiteral("html");
}

std::unique_ptr<QTextDocument> toTextDocument(const ReportDocument &doc, double contentWidthMm)
{
    auto td = std::make_unique<QTextDocument>();
    QFont base(QString::fromLatin1(Family));
    base.setPointSizeF(10.5);
    td->setDefaultFont(base);
    td->setDocumentMargin(0);
    td->setMetaInformation(QTextDocument::DocumentTitle, doc.title);
    QTextCursor cur(td.get());
    QTextBlockFormat centre;
    centre.setAlignment(Qt::AlignHCenter);
    centre.setBottomMargin(4);
    cur.setBlockFormat(centre);
    cur.insertText(doc.title, textFormat(20, true, QColor(170, 0, 0)));
    if (!doc.subtitle.isEmpty()) {
        cur.insertBlock(centre);
        cur.insertText(doc.subtitle, textFormat(12));
    }
    // The red rule under a Chinese report's masthead.
    QTextBlockFormat rule;
    rule.setTopMargin(2);
    rule.setBottomMargin(8);
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    cur.insertBlock(rule);
    int imageNo = 0;
    for (const ReportSection &sec : doc.sections) {
        for (const ReportBlock &b : sec.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading: {
                QTextBlockFormat f;
                f.setTopMargin(b.level == 1 ? 10 : 6);
                f.setBottomMargin(4);
                f.setHeadingLevel(b.level);
                cur.insertBlock(f);
                cur.insertText(b.text, textFormat(b.level == 1 ? 14 : 12, true));
                break;
            }
            case ReportBlock::Kind::Paragraph: {
                QTextBlockFormat f;
                f.setBottomMargin(4);
                f.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
                f.setTextIndent(doc.language == QLatin1String("en") ? 0 : 21);
                cur.insertBlock(f);
                cur.insertText(b.text, textFormat(10.5));
                break;
            }
            case ReportBlock::Kind::KeyValues:
            case ReportBlock::Kind::Table: {
                const bool kv = b.kind == ReportBlock::Kind::KeyValues;
                const int cols = kv ? 2 : int(b.columns.size());
                const int rows = kv ? int(b.keyValues.size()) : int(b.rows.size()) + 1;
                if (cols == 0 || rows == 0)
                    break;
                cur.insertBlock(QTextBlockFormat());
                QTextTableFormat tf;
                tf.setBorder(kv ? 0 : 0.5);
                tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                tf.setBorderBrush(QColor(90, 90, 90));
                tf.setCellPadding(3);
                tf.setCellSpacing(0);
                tf.setBorderCollapse(true);
                tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
                tf.setHeaderRowCount(kv ? 0 : 1);
                tf.setBottomMargin(6);
                if (kv)
                    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 25), QTextLength(QTextLength::PercentageLength, 75)});
                QTextTable *t = cur.insertTable(rows, cols, tf);
                for (int r = 0; r < rows; ++r)
                    for (int col = 0; col < cols; ++col) {
                        QTextTableCell cell = t->cellAt(r, col);
                        QTextCursor cc = cell.firstCursorPosition();
                        QString text;
                        bool bold = false;
                        QColor colour = Qt::black;
                        if (kv) {
                            text = col == 0 ? b.keyValues[r].first : b.keyValues[r].second;
                            bold = col == 0;
                        } else if (r == 0) {
                            text = b.columns.value(col);
                            bold = true;
                            QTextCharFormat bg = cell.format();
                            bg.setBackground(QColor(235, 235, 235));
                            cell.setFormat(bg);
                        } else {
                            text = b.rows[r - 1].value(col);
                            if (b.alertRows.contains(r - 1))
                                colour = QColor(190, 0, 0);
                        }
                        cc.insertText(text, textFormat(9.5, bold, colour));
                    }
                cur.movePosition(QTextCursor::End);
                break;
            }
            case ReportBlock::Kind::Image: {
                if (b.image.isNull())
                    break;
                const QString name = QStringLiteral("report-image-%1-%2.png").arg(++imageNo).arg(b.imageName);
                td->addResource(QTextDocument::ImageResource, QUrl(name), b.image);
                QTextBlockFormat f;
                f.setAlignment(Qt::AlignHCenter);
                f.setTopMargin(4);
                cur.insertBlock(f);
                QTextImageFormat img;
                img.setName(name);
                // Width in points (1/72 in) of the printed size; the layout scales to the device.
                const double w = std::min(b.widthMm, contentWidthMm) / 25.4 * 72;
                img.setWidth(w);
                img.setHeight(w * b.image.height() / std::max(1, b.image.width()));
                cur.insertImage(img);
                if (!b.text.isEmpty()) {
                    QTextBlockFormat cap;
                    cap.setAlignment(Qt::AlignHCenter);
                    cap.setBottomMargin(6);
                    cur.insertBlock(cap);
                    cur.insertText(b.text, textFormat(9, false, QColor(80, 80, 80)));
                }
                break;
            }
            }
        }
    }
    return td;
}

bool paint(const ReportDocument &doc, QPagedPaintDevice *device, QString *error)
{
    const QPageLayout layout = device->pageLayout();
    const QRectF contentMm = layout.paintRect(QPageLayout::Millimeter);
    // The body is laid out in points on the content area less the header and footer bands, then scaled.
    const double ptPerMm = 72 / 25.4;
    const QSizeF bodyPt(contentMm.width() * ptPerMm, (contentMm.height() - HeaderMm - FooterMm) * ptPerMm);
    std::unique_ptr<QTextDocument> td = toTextDocument(doc, contentMm.width());
    td->setPageSize(bodyPt);
    // A heading is kept with what follows it: one that ends a page while its text starts the next moves over too
    // (QTextDocument has no keep-with-next; a few passes settle it).
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        auto *layout = td->documentLayout();
        for (QTextBlock b = td->begin(); b.isValid(); b = b.next()) {
            const QTextBlock n = b.next();
            if (b.blockFormat().headingLevel() == 0 || !n.isValid()
                || b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            // The heading and about two lines of what follows must fit on its page.
            const QRectF here = layout->blockBoundingRect(b);
            const int pageHere = int(here.top() / bodyPt.height()), pageNext = int((here.bottom() + 36) / bodyPt.height());
            if (pageNext > pageHere) {
                QTextCursor c(b);
                QTextBlockFormat f = b.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                c.setBlockFormat(f);
                moved = true;
                break;
            }
        }
        if (!moved)
            break;
    }
    const int pages = td->pageCount();
    QPainter p;
    if (!p.begin(device)) {
        if (error)
            *error = QStringLiteral("cannot paint on the output device");
        return false;
    }
    const double devPerPt = device->logicalDpiX() / 72.0;
    const double devPerMm = device->logicalDpiX() / 25.4;
    const QRectF pageDev(0, 0, contentMm.width() * devPerMm, contentMm.height() * devPerMm);
    QFont small(QString::fromLatin1(Family));
    small.setPointSizeF(8.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        // Header: the district and serial, a thin rule; footer: page N of M.
        p.setFont(small);
        p.setPen(QColor(90, 90, 90));
        const QRectF head(0, 0, pageDev.width(), HeaderMm * devPerMm * 0.7);
        p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, doc.header);
        p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, doc.asOf.isValid()
                   ? doc.asOf.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());
        p.setPen(QPen(QColor(170, 0, 0), 0.3 * devPerMm));
        p.drawLine(QPointF(0, HeaderMm * devPerMm * 0.8), QPointF(pageDev.width(), HeaderMm * devPerMm * 0.8));
        p.setPen(QColor(90, 90, 90));
        p.drawText(QRectF(0, pageDev.height() - FooterMm * devPerMm * 0.7, pageDev.width(), FooterMm * devPerMm * 0.7),
                   Qt::AlignHCenter | Qt::AlignVCenter, doc.footerFor(i + 1, pages));
        p.save();
        p.translate(0, HeaderMm * devPerMm);
        p.scale(devPerPt, devPerPt);
        const QRectF clip(0, i * bodyPt.height(), bodyPt.width(), bodyPt.height());
        p.translate(0, -clip.top());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        p.setClipRect(clip);
        td->documentLayout()->draw(&p, ctx);
        p.restore();
    }
    p.end();
    return true;
}

QByteArray pdf(const ReportDocument &doc, ReportPaper paper, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buffer);
        w.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // archival: fonts embedded, metadata
        w.setResolution(300);
        w.setPageLayout(layoutFor(paper));
        w.setTitle(doc.title);
        w.setCreator(QStringLiteral("FloodCommand"));
        if (!paint(doc, &w, error))
            return {};
    }
    return bytes;
}

QByteArray odt(const ReportDocument &doc, QString *error)
{
    std::unique_ptr<QTextDocument> td = toTextDocument(doc, 170);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter w(&buffer, "odf");
    if (!w.write(td.get())) {
        if (error)
            *error = QStringLiteral("the OpenDocument writer failed");
        return {};
    }
    return bytes;
}

QByteArray html(const ReportDocument &doc)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n")
             .arg(doc.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh-CN"), escaped(doc.title));
    h += QStringLiteral(
        "<style>\nbody{font-family:\"WenQuanYi Micro Hei\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;"
        "max-width:190mm;margin:1em auto;padding:0 1em;color:#000;line-height:1.6}\n"
        "header.page{display:flex;justify-content:space-between;color:#555;font-size:9pt;border-bottom:1px solid #a00}\n"
        "h1.title{color:#a00;text-align:center;font-size:20pt;margin:.6em 0 .1em}\np.subtitle{text-align:center;margin:0}\n"
        "hr.masthead{border:0;border-top:2px solid #a00}\nh2{font-size:14pt;margin:1.2em 0 .3em}\n"
        "p.text{text-indent:2em;margin:.3em 0}\ntable{border-collapse:collapse;width:100%;margin:.4em 0 .8em;font-size:9.5pt}\n"
        "th,td{border:1px solid #666;padding:2px 5px;text-align:left}\nth{background:#eee}\ntr.alert td{color:#b00}\n"
        "table.facts td{border:0}\ntable.facts td:first-child{font-weight:bold;width:25%}\n"
        "figure{margin:.5em 0;text-align:center}\nfigure img{max-width:100%;height:auto}\nfigcaption{color:#555;font-size:9pt}\n"
        "@media print{body{max-width:none}}\n</style>\n</head>\n<body>\n");
    h += QStringLiteral("<header class=\"page\"><span>%1</span><span>%2</span></header>\n")
             .arg(escaped(doc.header), doc.asOf.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    h += QStringLiteral("<h1 class=\"title\">%1</h1>\n").arg(escaped(doc.title));
    if (!doc.subtitle.isEmpty())
        h += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(escaped(doc.subtitle));
    h += QStringLiteral("<hr class=\"masthead\">\n");
    for (const ReportSection &sec : doc.sections) {
        h += QStringLiteral("<section id=\"%1\">\n").arg(escaped(sec.id));
        for (const ReportBlock &b : sec.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading:
                h += QStringLiteral("<h%1>%2</h%1>\n").arg(b.level + 1).arg(escaped(b.text));
                break;
            case ReportBlock::Kind::Paragraph:
                h += QStringLiteral("<p class=\"text\">%1</p>\n").arg(escaped(b.text));
                break;
            case ReportBlock::Kind::KeyValues:
                h += QStringLiteral("<table class=\"facts\">\n");
                for (const auto &kv : b.keyValues)
                    h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(escaped(kv.first), escaped(kv.second));
                h += QStringLiteral("</table>\n");
                break;
            case ReportBlock::Kind::Table:
                h += QStringLiteral("<table>\n<thead><tr>");
                for (const QString &c : b.columns)
                    h += QStringLiteral("<th>%1</th>").arg(escaped(c));
                h += QStringLiteral("</tr></thead>\n<tbody>\n");
                for (int r = 0; r < b.rows.size(); ++r) {
                    h += b.alertRows.contains(r) ? QStringLiteral("<tr class=\"alert\">") : QStringLiteral("<tr>");
                    for (const QString &c : b.rows[r])
                        h += QStringLiteral("<td>%1</td>").arg(escaped(c));
                    h += QStringLiteral("</tr>\n");
                }
                h += QStringLiteral("</tbody>\n</table>\n");
                break;
            case ReportBlock::Kind::Image: {
                if (b.image.isNull())
                    break;
                QByteArray png;
                QBuffer buf(&png);
                buf.open(QIODevice::WriteOnly);
                b.image.save(&buf, "PNG");
                h += QStringLiteral("<figure id=\"%1\"%2><img alt=\"%3\" style=\"width:%4mm\" src=\"data:image/png;base64,")
                         .arg(escaped(b.imageName),
                              b.extentLonLat.isEmpty() ? QString() : QStringLiteral(" data-extent=\"%1\"").arg(b.extentLonLat),
                              escaped(b.text))
                         .arg(b.widthMm, 0, 'f', 0);
                h += QString::fromLatin1(png.toBase64());
                h += QStringLiteral("\"><figcaption>%1</figcaption></figure>\n").arg(escaped(b.text));
                break;
            }
            }
        }
        h += QStringLiteral("</section>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

QByteArray write(const ReportDocument &doc, Format format, ReportPaper paper, QString *error)
{
    switch (format) {
    case Format::Pdf:
        return pdf(doc, paper, error);
    case Format::Odt:
        return odt(doc, error);
    case Format::Html:
        return html(doc);
    }
    return {};
}

} // namespace fc::ReportWriter
