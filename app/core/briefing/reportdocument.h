#pragma once

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace fc {

// One report as a document model: built once from the operation (BriefingBuilder, IncidentReport), then written
// as PDF, ODT or HTML and printed (ReportWriter), so every rendering carries the same text and the same numbers.
struct ReportBlock
{
    enum class Kind { Heading, Paragraph, KeyValues, Table, Image };
    Kind kind = Kind::Paragraph;
    int level = 1;                            // heading level (1: section, 2: sub-heading)
    QString text;                             // heading or paragraph text; image caption
    QList<QPair<QString, QString>> keyValues; // KeyValues rows
    QStringList columns;                      // Table header
    QList<QStringList> rows;                  // Table body (cells as text)
    QList<int> alertRows;                     // Table rows to emphasise (overdue, red)
    QImage image;                             // Image (map or chart), drawn at print resolution
    QString imageName;                        // a stable name (map, chart-rain ...): file name in ODT, id in HTML
    double widthMm = 0;                       // printed width (the height follows the image's aspect)
    QString extentLonLat;                     // maps: minlon,minlat,maxlon,maxlat of the image

    static ReportBlock heading(const QString &text, int level = 1);
    static ReportBlock paragraph(const QString &text);
    static ReportBlock facts(const QList<QPair<QString, QString>> &rows);
    static ReportBlock table(const QStringList &columns, const QList<QStringList> &rows, const QList<int> &alert = {});
    static ReportBlock picture(const QImage &image, const QString &name, const QString &caption, double widthMm);
};

struct ReportSection
{
    QString id; // cover, rain, water, works, typhoon, incidents, impact, measures, next (or first, followup ...)
    QList<ReportBlock> blocks;
};

// Paper and orientation of the printed renderings.
enum class ReportPaper { A4Portrait, A3Landscape };

struct ReportDocument
{
    QString kind;       // situation, incident-first, incident-followup, incident-verified
    QString language;   // zh_CN or en
    QString title, subtitle;
    QString district;
    QString serial;     // e.g. 2024-003
    QDateTime asOf;     // the time the report describes (UTC)
    QDateTime issuedAt; // when it was made (UTC)
    QString author;
    QString header;     // page header text (district, serial), placeholders resolved
    QString footer;     // page footer with {page} and {pages} still in it
    QList<ReportSection> sections;

    const ReportSection *section(const QString &id) const;
    QStringList sectionIds() const;
    // Every text of the document in order (headings, paragraphs, cells): what a reader can search for.
    QString plainText() const;
    QString footerFor(int page, int pages) const;
};

} // namespace fc
