#include "app/manpage.h"

namespace fc::manpage {

QString header(const QString &program, const QString &version)
{
    return QStringLiteral("'\\\" -*- coding: UTF-8 -*-\n.\\\" Generated from the program's own option descriptions at build time: do not edit.\n"
                          ".TH %1 1 \"\" \"FloodCommand %2\" \"User Commands\"\n")
        .arg(program.toUpper(), version);
}

QString text(const QString &s)
{
    QString r;
    r.reserve(s.size() + 16);
    bool lineStart = true;
    QChar prev = QLatin1Char(' ');
    for (const QChar c : s) {
        if (lineStart && (c == QLatin1Char('.') || c == QLatin1Char('\'')))
            r += QStringLiteral("\\&");
        if (c == QLatin1Char('\\'))
            r += QStringLiteral("\\e");
        else if (c == QLatin1Char('-') && (prev.isSpace() || prev == QLatin1Char('-') || prev == QLatin1Char('[')
                                           || prev == QLatin1Char('(') || prev == QLatin1Char('|')))
            r += QStringLiteral("\\-"); // an option's dashes (a minus to copy), not a hyphen
        else
            r += c;
        lineStart = c == QLatin1Char('\n');
        prev = c;
    }
    return r;
}

} // namespace fc::manpage
