#pragma once

#include "app/core/briefing/reportdocument.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace fc {

// Writes a ReportDocument. PDF and print lay the document out (QTextDocument) on the page's content area, page by
// page, with the header (district, serial) and the footer ("第 N 页 共 M 页"); text is real text in WenQuanYi
// Micro Hei, embedded as a subset by Qt's PDF engine (selectable, searchable). ODT through QTextDocumentWriter
// (OpenDocument; images in the package). HTML written here: one file, images inline as data: URIs, no external
// reference (opens from a USB stick with no network). All three from the same model: the same numbers.
namespace ReportWriter {

enum class Format { Pdf, Odt, Html };
bool formatOf(const QString &path, Format *format, QString *error);
QString formatCode(Format f); // pdf, odt, html

// The document laid out for a page content width in millimetres (images at their printed width).
std::unique_ptr<QTextDocument> toTextDocument(const ReportDocument &doc, double contentWidthMm);
// Paints the whole report on a paged device (a QPdfWriter, a QPrinter) whose page layout is already set.
bool paint(const ReportDocument &doc, QPagedPaintDevice *device, QString *error);

QByteArray pdf(const ReportDocument &doc, ReportPaper paper, QString *error);
QByteArray odt(const ReportDocument &doc, QString *error);
QByteArray html(const ReportDocument &doc);
QByteArray write(const ReportDocument &doc, Format format, ReportPaper paper, QString *error);

} // namespace ReportWriter

} // namespace fc
