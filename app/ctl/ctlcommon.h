#pragma once

#include <QMultiHash>
#include <QString>
#include <QStringList>

// What every floodctl command shares: its output lines and its argument parser.
namespace fc::ctl {

void err(const QString &s); // one line on stderr (UTF-8)
void out(const QString &s); // one line on stdout (UTF-8), flushed

struct Args
{
    QStringList pos;
    QMultiHash<QString, QString> opt;
    bool has(const char *o) const { return opt.contains(QString::fromLatin1(o)); }
    QString value(const char *o) const { return opt.value(QString::fromLatin1(o)); }
};

// Splits `args` into positional arguments and options: `valueOptions` take the next argument, `flags` none; any
// other "--" word is refused by name, and every value is checked by its option's rule (ctlargs.h).
bool parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flags, Args *a, QString *error);

} // namespace fc::ctl
