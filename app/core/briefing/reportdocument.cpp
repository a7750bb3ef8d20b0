#include "app/core/briefing/reportdocument.h"

#include <algorithm>

namespace fc {

ReportBlock ReportBlock::heading(const QString &text, int level)
{
    ReportBlock b;
    b.kind = Kind::Heading;
    b.text = text;
    b.level = level;
    return b;
}

ReportBlock ReportBlock::paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::facts(const QList<QPair<QString, QString>> &rows)
{
    ReportBlock b;
    b.kind = Kind::KeyValues;
    b.keyValues = rows;
    return b;
}

ReportBlock ReportBlock::table(const QStringList &columns, const QList<QStringList> &rows, const QList<int> &alert)
{
    ReportBlock b;
    b.kind = Kind::Table;
    b.columns = columns;
    b.rows = rows;
    b.alertRows = alert;
    // A column with nothing in any row (no addresses recorded) is left out.
    for (qsizetype c = b.columns.size() - 1; c >= 0 && !b.rows.isEmpty(); --c) {
        const bool empty = std::all_of(b.rows.begin(), b.rows.end(), [c](const QStringList &r) { return r.value(c).trimmed().isEmpty(); });
        if (!empty)
            continue;
        b.columns.removeAt(c);
        for (QStringList &r : b.rows)
            if (c < r.size())
                r.removeAt(c);
    }
    return b;
}

ReportBlock ReportBlock::picture(const QImage &image, const QString &name, const QString &caption, double widthMm)
{
    ReportBlock b;
    b.kind = Kind::Image;
    b.image = image;
    b.imageName = name;
    b.text = caption;
    b.widthMm = widthMm;
    return b;
}

const ReportSection *ReportDocument::section(const QString &id) const
{
    for (const ReportSection &s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

QStringList ReportDocument::sectionIds() const
{
    QStringList ids;
    for (const ReportSection &s : sections)
        ids.append(s.id);
    return ids;
}

QString ReportDocument::plainText() const
{
    QStringList out{title, subtitle};
    for (const ReportSection &s : sections)
        for (const ReportBlock &b : s.blocks) {
            if (!b.text.isEmpty())
                out.append(b.text);
            for (const auto &kv : b.keyValues)
                out.append(kv.first + QLatin1Char(' ') + kv.second);
            if (!b.columns.isEmpty())
                out.append(b.columns.join(QLatin1Char(' ')));
            for (const QStringList &r : b.rows)
                out.append(r.join(QLatin1Char(' ')));
        }
    return out.join(QLatin1Char('\n'));
}

QString ReportDocument::footerFor(int page, int pages) const
{
    QString f = footer;
    f.replace(QLatin1String("{page}"), QString::number(page));
    f.replace(QLatin1String("{pages}"), QString::number(pages));
    return f;
}

} // namespace fc
