#include "app/ctl/ctlcommon.h"

#include "app/ctl/ctlargs.h"

#include <cstdio>

namespace fc::ctl {

void err(const QString &s)
{
    std::fprintf(stderr, "%s\n", s.toUtf8().constData());
    std::fflush(stderr);
}

void out(const QString &s)
{
    std::printf("%s\n", s.toUtf8().constData());
    std::fflush(stdout);
}

bool parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flags, Args *a, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &s = args[i];
        if (flags.contains(s)) {
            a->opt.insert(s, QString());
        } else if (valueOptions.contains(s)) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(s);
                return false;
            }
            if (!checkOption(s, args[i + 1], error))
                return false;
            a->opt.insert(s, args[++i]);
        } else if (s.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unknown option %1").arg(s);
            return false;
        } else {
            a->pos.append(s);
        }
    }
    return true;
}

} // namespace fc::ctl
