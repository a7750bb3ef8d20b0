#pragma once

#include <QCoreApplication>
#include <QString>

namespace fc {

// The text encoding of an import source: given by the user, declared by the file, or detected from its bytes.
// Shapefiles: --encoding, else the .cpg file, else the .dbf language driver byte (0x4D = code page 936 ...),
// else UTF-8 when the .dbf bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312).
// CSV: --encoding, else UTF-8 (with or without a byte order mark) when valid, else GB18030.
// Other formats are UTF-8 by their specification; --encoding still recodes their text when given.
struct SourceEncoding
{
    Q_DECLARE_TR_FUNCTIONS(SourceEncoding)
public:
    QString name;       // iconv name to decode with ("CP936", "GB18030", "UTF-8"); empty = leave it to the driver
    QString how;        // how it was chosen, for the summary ("from the .dbf language driver byte 0x4D")

    // "GBK (CP936), from the .dbf language driver byte 0x4D"
    QString describe() const;

    // Whether iconv (which GDAL uses to recode) knows an encoding name.
    static bool isKnown(const QString &name);
    // Refusal text for an unknown name: how to name an encoding.
    static QString unknownMessage(const QString &name);
    // Chooses the encoding for a source file (see above). False (error set) when `given` is unknown.
    static bool choose(const QString &path, const QString &given, SourceEncoding *out, QString *error);
};

} // namespace fc
