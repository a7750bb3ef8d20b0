#include "app/core/store/import/sourceencoding.h"

#include <cpl_string.h>
#include <iconv.h>

#include <QFile>
#include <QFileInfo>

namespace fc {

namespace {

// Bytes read to decide between UTF-8 and GB18030 (the .dbf or CSV from the start).
constexpr qint64 ScanBytes = 8 * 1024 * 1024;

// dBase language driver ids (byte 29 of a .dbf header) and the code pages they name. 0x57-0x59 ("ANSI") mean the
// writing machine's code page, which says nothing about the text: those are detected from the bytes.
const char *codePageOfLdid(unsigned char id)
{
    switch (id) {
    case 0x01: case 0x09: case 0x0b: case 0x0d: case 0x0f: case 0x11: case 0x15: case 0x18: case 0x19: case 0x1b:
        return "CP437";
    case 0x02: case 0x0a: case 0x0e: case 0x10: case 0x12: case 0x14: case 0x16: case 0x1a: case 0x1d: case 0x25:
    case 0x37:
        return "CP850";
    case 0x03:
        return "CP1252";
    case 0x13: case 0x7b:
        return "CP932";
    case 0x4d: case 0x7a:
        return "CP936";
    case 0x4e: case 0x79:
        return "CP949";
    case 0x4f: case 0x78:
        return "CP950";
    case 0x50: case 0x7c:
        return "CP874";
    case 0x26: case 0x65:
        return "CP866";
    case 0x1f: case 0x22: case 0x23: case 0x40: case 0x64: case 0x87:
        return "CP852";
    case 0xc8:
        return "CP1250";
    case 0xc9:
        return "CP1251";
    case 0xca:
        return "CP1254";
    case 0xcb:
        return "CP1253";
    case 0xcc:
        return "CP1257";
    default:
        return nullptr;
    }
}

QString friendlyName(const QString &name)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("CP936") || n == QLatin1String("GBK") || n == QLatin1String("936"))
        return QStringLiteral("GBK (CP936)");
    if (n == QLatin1String("CP950") || n == QLatin1String("BIG5") || n == QLatin1String("950"))
        return QStringLiteral("Big5 (CP950)");
    return name;
}

QByteArray head(const QString &path, qint64 n, qint64 *size = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (size)
        *size = f.size();
    return f.read(n);
}

// Valid UTF-8, allowing a multi-byte character cut by the end of the scanned bytes.
bool validUtf8(QByteArray bytes, bool cut)
{
    if (cut) {
        int back = 0;
        while (back < 3 && back < bytes.size() && (uchar(bytes[bytes.size() - 1 - back]) & 0xc0) == 0x80)
            ++back;
        if (back < bytes.size() && uchar(bytes[bytes.size() - 1 - back]) >= 0xc0)
            bytes.chop(back + 1);
    }
    return CPLIsUTF8(bytes.constData(), int(bytes.size())) != 0;
}

bool ascii(const QByteArray &bytes)
{
    for (const char c : bytes)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

// UTF-8 when the bytes are, else GB18030.
void detect(const QByteArray &bytes, bool cut, const QString &prefix, SourceEncoding *out)
{
    if (ascii(bytes)) {
        out->name = QStringLiteral("UTF-8");
        out->how = prefix + SourceEncoding::tr("plain ASCII text");
    } else if (validUtf8(bytes, cut)) {
        out->name = QStringLiteral("UTF-8");
        out->how = prefix + SourceEncoding::tr("detected: the text is valid UTF-8");
    } else {
        out->name = QStringLiteral("GB18030");
        out->how = prefix + SourceEncoding::tr("detected: the text is not UTF-8, read as GB18030 (covers GBK and GB2312)");
    }
}

} // namespace

QString SourceEncoding::describe() const
{
    if (name.isEmpty())
        return how;
    return how.isEmpty() ? friendlyName(name) : tr("%1, %2").arg(friendlyName(name), how);
}

bool SourceEncoding::isKnown(const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    iconv_t cd = iconv_open("UTF-8", name.toLatin1().constData());
    if (cd == iconv_t(-1))
        return false;
    iconv_close(cd);
    return true;
}

QString SourceEncoding::unknownMessage(const QString &name)
{
    return tr("unknown encoding '%1': name one such as UTF-8, GBK, GB18030, Big5 or CP936 (`iconv -l` lists every "
              "name this system knows)")
        .arg(name);
}

bool SourceEncoding::choose(const QString &path, const QString &given, SourceEncoding *out, QString *error)
{
    *out = {};
    if (!given.isEmpty()) {
        if (!isKnown(given)) {
            *error = unknownMessage(given);
            return false;
        }
        out->name = given;
        out->how = tr("given with --encoding");
        return true;
    }
    if (path.startsWith(QLatin1String("/vsi")))
        return true;
    const QFileInfo info(path);
    const QString ext = info.suffix().toLower();
    if (ext == QLatin1String("shp") || ext == QLatin1String("dbf")) {
        const QString base = path.left(path.size() - 3);
        for (const char *cpgExt : {"cpg", "CPG"}) {
            const QString cpg = base + QLatin1String(cpgExt);
            if (QFileInfo::exists(cpg)) {
                const QString declared = QString::fromLatin1(head(cpg, 64)).trimmed();
                out->how = tr("%1, declared in the .cpg file").arg(friendlyName(declared));
                return true; // the shapefile driver reads the .cpg itself
            }
        }
        QString dbf = base + QStringLiteral("dbf");
        if (!QFileInfo::exists(dbf))
            dbf = base + QStringLiteral("DBF");
        qint64 size = 0;
        const QByteArray bytes = head(dbf, ScanBytes, &size);
        if (bytes.size() < 32)
            return true;
        const uchar ldid = uchar(bytes[29]);
        if (const char *cp = codePageOfLdid(ldid)) {
            out->name = QString::fromLatin1(cp);
            out->how = tr("from the .dbf language driver byte 0x%1 (no .cpg file)")
                           .arg(QString::number(ldid, 16).toUpper().rightJustified(2, QLatin1Char('0')));
            return true;
        }
        detect(bytes.mid(32), size > bytes.size(), tr("no .cpg file, no language driver byte; "), out);
        return true;
    }
    if (ext == QLatin1String("csv") || ext == QLatin1String("txt") || ext == QLatin1String("tsv")) {
        qint64 size = 0;
        const QByteArray bytes = head(path, ScanBytes, &size);
        if (bytes.startsWith("\xef\xbb\xbf")) {
            out->name = QStringLiteral("UTF-8");
            out->how = tr("UTF-8 byte order mark");
            return true;
        }
        detect(bytes, size > bytes.size(), QString(), out);
        return true;
    }
    out->how = tr("UTF-8 (as the format specifies)");
    return true;
}

} // namespace fc
